package org.editvq.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Toy "apply edit k" task: x is a random sequence over ids 5..12, y = edit_k(x) for one of four
 * edits (reverse, sort, copy, rotate left). Without knowing k a model cannot predict y exactly;
 * a latent that encodes k can.
 */
final class ToyEdits {
    static final int VOCAB = 13;
    static final int EDITS = 4;

    record Example(int[] x, int[] y, int edit) {
    }

    static int[] apply(int edit, int[] x) {
        int[] y = x.clone();
        switch (edit) {
            case 0 -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = x[x.length - 1 - i];
                }
            }
            case 1 -> Arrays.sort(y);
            case 2 -> {
            }
            case 3 -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = x[(i + 1) % x.length];
                }
            }
            default -> throw new IllegalArgumentException("edit " + edit);
        }
        return y;
    }

    static List<Example> sample(int count, int edits, SplittableRandom random) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int[] x = new int[4 + random.nextInt(4)];
            for (int j = 0; j < x.length; j++) {
                x[j] = 5 + random.nextInt(8);
            }
            int edit = random.nextInt(edits);
            out.add(new Example(x, apply(edit, x), edit));
        }
        return out;
    }

    static PairBatch batch(List<Example> examples) {
        return PairBatch.of(examples.stream().map(Example::x).toList(), examples.stream().map(Example::y).toList());
    }

    private ToyEdits() {
    }
}
