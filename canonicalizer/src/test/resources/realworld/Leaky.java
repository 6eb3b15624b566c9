import java.util.*;
import java.util.function.*;

// Every name this program declares must disappear from its canonical tokens.
class Leaky {
    @interface Limit { int most(); }

    static class Edge { int to, capacity; Edge back; Edge(int target, int cap) { to = target; capacity = cap; } }
    static class Cell implements Comparable<Cell> {
        long hash; int weight;
        public int compareTo(Cell other) { return Long.compare(hash, other.hash); }
    }
    static class Helper {
        static int twice(int x) { return 2 * x; }
        int thrice(int x) { return 3 * x; }
        Helper self() { return this; }
    }
    enum Colour { RED, GREEN }
    record Span(int left, int right) { }

    int \u0061lpha = 3;
    class Inner { int depth() { return Leaky.this.alpha; } }

    @Limit(most = 4)
    long solve(int \u006Eodes) {
        PriorityQueue<Cell> queue = new PriorityQueue<>();
        List<Edge> edges = new ArrayList<>();
        Map<Integer, List<Edge>> graph = new HashMap<>();
        Edge[] table = new Edge[nodes];
        int e = 0;
        long total = queue.peek().hash + edges.get(e ^ 1).capacity + graph.get(0).get(0).back.to;
        total += table[0].capacity + ((Edge) edges.get(0)).to + edges.get(e).back.capacity;
        Helper local = new Helper();
        Function<Integer, Integer> byObject = local::thrice;
        Function<Integer, Integer> byClass = Helper::twice;
        Function<Integer, Integer> chained = local.self()::thrice;
        IntUnaryOperator lambda = value -> value + a\u006Cpha;
        total += byObject.apply(1) + byClass.apply(2) + chained.apply(3) + lambda.applyAsInt(4);
        total += new Helper().self().thrice(5) + Optional.of(local).get().thrice(6);
        Colour colour = Colour.valueOf("RED");
        switch (colour) { case RED: total++; break; default: break; }
        Span span = new Span(1, 2);
        total += span.left() + span.right() + new Inner().depth();
        outer:
        for (int i = 0; i < \u006Eodes; i++) {
            for (Cell cell : queue) {
                if (cell.weight > i) continue outer;
            }
        }
        return total;
    }

    public static void main(String[] args) {
        System.out.println(new Leaky().solve(new Scanner(System.in).nextInt()));
    }
}
