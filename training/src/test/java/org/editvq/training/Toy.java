package org.editvq.training;

import org.editvq.models.Preset;
import org.editvq.models.CodebookOptions;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.ModelConfig;
import org.editvq.models.ModelKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Toy edit tasks over ids 5..12: y = edit_k(x) with k in {copy, reverse, sort, rotate}. */
final class Toy {
    static final Vocabulary VOCAB = Vocabulary.of(List.of("a", "b", "c", "d", "e", "f", "g", "h"));

    static ModelConfig config(ModelKind kind, double dropout) {
        return ModelConfig.builder(Preset.SMOKE, kind).vocabSize(VOCAB.size()).dims(32, 4, 64).layers(1, 1, 1)
                .regularization(dropout, 0.0).codebookSize(8).commitmentBeta(0.25).restarts(5, 0.5)
                .klWeight(0.5).klAnnealSteps(20).maxSourceLength(16).maxTargetLength(16).seed(7)
                .codebookOptions(CodebookOptions.LEGACY).build();
    }

    static int[] edit(int k, int[] x) {
        int[] y = x.clone();
        switch (k) {
            case 0 -> {
            }
            case 1 -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = x[x.length - 1 - i];
                }
            }
            case 2 -> Arrays.sort(y);
            default -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = x[(i + 1) % x.length];
                }
            }
        }
        return y;
    }

    static PairData data(int n, int edits, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<int[]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] x = r.ints(3 + r.nextInt(6), 5, 13).toArray();
            xs.add(x);
            ys.add(edit(r.nextInt(edits), x));
        }
        return PairData.fromIds(xs, ys, 16, 16);
    }

    private Toy() {
    }
}
