import java.util.ArrayList;
import java.util.List;

public class Graph {
    private final List<Integer> items = new ArrayList<>();
    private int size;
    Graph next;

    void add(int item) {
        items.add(item);
        this.size++;
        size(this);
    }

    static int size(Graph graph) {
        return graph.size + graph.items.size();
    }

    int max(int a, int b) {
        return Math.max(a, b) + max(b, a) - this.max(a, a);
    }

    public static void main(String[] args) {
        Graph graph = new Graph();
        graph.add(3);
        graph.next = new Graph();
        graph.next.add(4);
        ArrayList<Integer> plain = new ArrayList<>();
        plain.add(5);
        System.out.println(size(graph) + plain.size());
    }
}
