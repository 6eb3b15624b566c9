import java.util.List;
import java.util.function.Function;

sealed interface Shape permits Circle, Square {}

record Circle(double radius) implements Shape {}

record Square(double side) implements Shape {
    Square {
        if (side < 0) throw new IllegalArgumentException("negative side");
    }
}

enum Mode { FAST, SLOW }

final class Geometry<K extends Comparable<K>> {
    static double area(Shape shape) {
        if (shape instanceof Circle c) {
            return Math.PI * c.radius() * c.radius();
        }
        Square s = (Square) shape;
        return switch ((int) Math.signum(s.side())) {
            case 0 -> 0;
            default -> {
                double side = s.side();
                yield side * side;
            }
        };
    }

    static String describe(Object thing, Mode mode) {
        if (thing instanceof Circle circle && circle.radius() > 1) {
            return """
                big circle
                """;
        }
        var label = switch (mode) {
            case FAST -> 'F';
            case SLOW -> 'S';
        };
        Function<Integer, Integer> twice = x -> x * 2;
        List<Integer> doubled = List.of(1, 2, 3).stream().map(twice).toList();
        outer:
        for (int row : new int[]{1, 2}) {
            for (int col : new int[]{3, 4}) {
                if (row * col > 4) break outer;
            }
        }
        return label + ":" + doubled.size() + List.of(2.5, 1e3).stream().map(Geometry::scale).count();
    }

    static double scale(double d) {
        try {
            return d / 0x10;
        } catch (ArithmeticException problem) {
            return 0;
        }
    }

    <T> T pick(T first, T second) {
        return first != null ? first : second;
    }

    static int bits(int mask, List<List<Integer>> nested) {
        mask >>= 1;
        mask >>>= 2;
        return (mask >> 3) + (mask >>> 4) + (nested.get(0).get(0) > 1 ? 1 : 0);
    }
}
