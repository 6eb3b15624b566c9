package org.editvq.dataset.pairs;

import org.editvq.core.data.CanonicalProgram;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic canonical programs for benchmarks and tests: each problem has a few random template
 * token sequences; every program is a template with a random fraction of its tokens replaced,
 * deleted or followed by an inserted token, and a log-normal runtime. Deterministic from the seed.
 *
 * @param problems      number of problems
 * @param perProblem    programs per problem
 * @param length        template length in tokens
 * @param templates     templates per problem (distinct solution approaches)
 * @param vocabulary    size of the token vocabulary
 * @param maxMutation   each program draws a mutation rate uniformly in [0, maxMutation]
 * @param seed          seed of every draw
 */
public record SyntheticPrograms(int problems, int perProblem, int length, int templates, int vocabulary,
                                double maxMutation, long seed) {
    public SyntheticPrograms {
        if (problems < 1 || perProblem < 1 || length < 1 || templates < 1 || vocabulary < 2) {
            throw new IllegalArgumentException("sizes must be positive (vocabulary >= 2)");
        }
        if (!(maxMutation >= 0 && maxMutation <= 1)) {
            throw new IllegalArgumentException("maxMutation must be in [0, 1]: " + maxMutation);
        }
    }

    /** The programs, problem by problem; ids {@code p<problem>} and {@code s<index>}. */
    public List<CanonicalProgram> generate() {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<CanonicalProgram> out = new ArrayList<>(problems * perProblem);
        for (int p = 0; p < problems; p++) {
            List<List<String>> bases = new ArrayList<>();
            for (int t = 0; t < templates; t++) {
                List<String> base = new ArrayList<>(length);
                for (int i = 0; i < length; i++) {
                    base.add(token(rnd));
                }
                bases.add(base);
            }
            for (int s = 0; s < perProblem; s++) {
                List<String> base = bases.get(rnd.nextInt(templates));
                double rate = rnd.nextDouble() * maxMutation;
                List<String> tokens = new ArrayList<>(length + 8);
                for (String tok : base) {
                    if (rnd.nextDouble() < rate) {
                        int kind = rnd.nextInt(3);
                        if (kind == 0) {
                            tokens.add(token(rnd));
                        } else if (kind == 2) {
                            tokens.add(tok);
                            tokens.add(token(rnd));
                        }
                    } else {
                        tokens.add(tok);
                    }
                }
                double runtime = Math.exp(3 + 0.6 * gaussian(rnd));
                out.add(new CanonicalProgram("p" + p, "s" + s, tokens, runtime));
            }
        }
        return out;
    }

    private String token(SplittableRandom rnd) {
        return "t" + rnd.nextInt(vocabulary);
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }
}
