# Answers range-sum queries; written for editvq's formatter tests.
import sys
from collections import defaultdict
input = sys.stdin.readline

def prefix(a, start=0):
    p = [start]
    for x in a:
        p.append(p[-1] + x)   # running sum
    return p

class Counter:
    def __init__(self):
        self.hits = defaultdict(int)
    def add(self, key, *rest, **options):
        self.hits[key] += 1 if not rest else len(rest)

def main():
    t = int(input())
    for case in range(1, t + 1):
        n, q = map(int, input().split())
        a = list(map(int, input().split()))
        p = prefix(a)
        total = sum(p[r] - p[l - 1] for l, r in (map(int, input().split()) for _ in range(q)))
        best = max(a[1:n], key=lambda v: -v) if n > 1 else a[0]
        print("Case #%d:" % case, total, best ** 2, sep=' ', end='\n')

if __name__ == '__main__':
    main()
