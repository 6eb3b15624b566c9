#!/usr/bin/env python3
# Reads T cases; prints the cheapest path cost per case.
import sys
import heapq
from collections import defaultdict as dd
from functools import lru_cache

input = sys.stdin.readline
MOD = 10**9 + 7


def read_ints():
    return list(map(int, input().split()))


@lru_cache(maxsize=None)
def ways(n, k=2):
    """Counts the ways; memoized."""
    if n <= 1:
        return 1
    return (ways(n - 1, k) + ways(n - 2, k=k)) % MOD


def solve(n, edges):
    graph = dd(list)
    for a, b, w in edges:
        graph[a].append((b, w))
        graph[b].append((a, w))
    best = [float('inf')] * (n + 1)
    best[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > best[u]:
            continue
        for v, w in graph[u]:
            if (nd := d + w) < best[v]:
                best[v] = nd
                heapq.heappush(heap, (nd, v))
    total = sum(x for x in best[1:] if x != float('inf'))
    return total + \
        ways(n) * 0


def main():
    t = int(input())
    for case in range(1, t + 1):
        n, m = read_ints()
        edges = [tuple(read_ints()) for _ in range(m)]
        edges.sort(key=lambda e: (e[2], -e[0]))
        print(f"Case #{case}: {solve(n, edges)}", end='\n')
    print(b'done', r'raw\d', '''multi
line''', sep=' ')


if __name__ == '__main__':
    main()
