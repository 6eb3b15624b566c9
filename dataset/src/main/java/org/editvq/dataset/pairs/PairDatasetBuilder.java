package org.editvq.dataset.pairs;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.ProgramPair;
import org.editvq.core.manifest.Hashing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds a {@link PairDataset} from canonical programs: all pairs ({@link PairBuilder}), the reference sets, then
 * the split.
 *
 * <ol>
 *   <li>Reference sets, the paper's equation 1, independent of the pair gate: R(x) holds every program y of x's
 *       problem with runtime(y) &lt; runtime(x) (strict; no speedup threshold) and ROUGE-N F(y, x) &gt;=
 *       {@link PairConfig#referenceMinRouge()} (the neighbourhood reading of the paper's t; docs/metrics.md), except
 *       programs token-identical to x (the same canonical program timed again).</li>
 *   <li>Test inputs: {@link #testCount} programs (the requested count, at most {@code maxTestShare} of the eligible
 *       ones) among those with a non-empty R(x), stratified
 *       across problems: the problems in a seeded order, each problem's eligible programs in a seeded order, then
 *       one program per problem in turn (round robin) until enough are drawn, so every problem with an eligible
 *       program is represented whenever {@code testInputs} is at least the number of such problems. The test
 *       inputs are listed in the order drawn.</li>
 *   <li>Every pair with a test input on <em>either</em> side is removed from training and validation
 *       (counted as {@code pairsRemovedBySplit}). Reference programs of test inputs may still appear
 *       in training pairs: they are targets, not held-out inputs.</li>
 *   <li>Validation: {@code round(validFraction * remaining inputs)} input programs drawn by the same
 *       seeded generator; all their pairs go to validation, the rest to training. Validation inputs
 *       are never training inputs, but may be the fast side of a training pair.</li>
 *   <li>Optional cap of pairs per input (most similar kept), then the Transformer* selection.</li>
 * </ol>
 * Deterministic: the same programs (same order) and configuration give the same dataset.
 */
public final class PairDatasetBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(PairDatasetBuilder.class);

    private PairDatasetBuilder() {
    }

    /** The dataset of the programs under the configuration. */
    public static PairDataset build(List<CanonicalProgram> programs, PairConfig config) {
        PairBuildResult all = PairBuilder.from(config).build(programs);
        return split(all, referenceSets(programs, config), config);
    }

    /**
     * The reference set R(x) of every program x that has one (equation 1), as candidate test inputs in program
     * order, each set fastest first (ties by submission id).
     */
    public static List<TestInput> referenceSets(List<CanonicalProgram> programs, PairConfig config) {
        // every similar pair in both directions with runtime ratio >= 1, then the strict runtime order
        PairBuildResult neighbours = new PairBuilder(config.rougeN(), config.referenceMinRouge(), 1.0)
                .build(programs);
        Map<ProgramKey, List<ProgramPair>> bySlow = new LinkedHashMap<>();
        for (ProgramPair p : neighbours.pairs()) {
            // a token-identical program is x itself in canonical form: its faster runtime is measurement noise
            if (p.fast().runtimeMs() < p.slow().runtimeMs() && !p.fast().tokens().equals(p.slow().tokens())) {
                bySlow.computeIfAbsent(ProgramKey.of(p.slow()), k -> new ArrayList<>()).add(p);
            }
        }
        List<TestInput> out = new ArrayList<>(bySlow.size());
        bySlow.values().forEach(v -> out.add(testInput(v)));
        return out;
    }

    /**
     * The split of already built pairs and reference sets (lets callers reuse one pair search for several seeds).
     *
     * @param all           the pairs under the configuration's gate and speedup
     * @param referenceSets the reference sets of {@link #referenceSets}
     * @param config        the configuration (seed, test inputs, validation share, cap)
     */
    public static PairDataset split(PairBuildResult all, List<TestInput> referenceSets, PairConfig config) {
        SplittableRandom rnd = new SplittableRandom(config.seed());
        Map<ProgramKey, TestInput> references = new LinkedHashMap<>();
        for (TestInput t : referenceSets) {
            if (references.put(ProgramKey.of(t.input()), t) != null) {
                throw new IllegalArgumentException("two reference sets for " + t.input().submissionId());
            }
        }
        Map<String, List<ProgramKey>> byProblem = new LinkedHashMap<>();
        for (ProgramKey k : references.keySet()) {
            byProblem.computeIfAbsent(k.problemId(), p -> new ArrayList<>()).add(k);
        }
        List<String> problems = shuffled(new ArrayList<>(byProblem.keySet()), rnd);
        List<List<ProgramKey>> queues = new ArrayList<>();
        for (String problem : problems) {
            queues.add(shuffled(byProblem.get(problem), rnd));
        }
        int eligible = references.size();
        int testCount = testCount(config, eligible);
        if (testCount < config.testInputs()) {
            LOG.warn("{} test inputs: {} requested, {} programs have a non-empty reference set, at most {}% of them"
                    + " are held out (maxTestShare) so that training data remains", testCount, config.testInputs(),
                    eligible, Math.round(config.maxTestShare() * 100));
        }
        List<TestInput> test = new ArrayList<>();
        Set<ProgramKey> testKeys = new HashSet<>();
        Map<String, Integer> perProblem = new LinkedHashMap<>();
        for (int round = 0; test.size() < testCount; round++) {
            for (int q = 0; q < queues.size() && test.size() < testCount; q++) {
                if (round < queues.get(q).size()) {
                    ProgramKey k = queues.get(q).get(round);
                    testKeys.add(k);
                    test.add(references.get(k));
                    perProblem.merge(k.problemId(), 1, Integer::sum);
                }
            }
        }
        LOG.info("test inputs: {} of {} eligible, from {} of {} problems with a reference set: {}", test.size(),
                eligible, perProblem.size(), problems.size(), perProblem);
        long removed = 0;
        Map<ProgramKey, List<ProgramPair>> remaining = new LinkedHashMap<>();
        for (ProgramPair p : all.pairs()) {
            if (testKeys.contains(ProgramKey.of(p.slow())) || testKeys.contains(ProgramKey.of(p.fast()))) {
                removed++;
            } else {
                remaining.computeIfAbsent(ProgramKey.of(p.slow()), k -> new ArrayList<>()).add(p);
            }
        }
        List<ProgramKey> inputs = shuffled(new ArrayList<>(remaining.keySet()), rnd);
        int validCount = (int) Math.round(config.validFraction() * inputs.size());
        Set<ProgramKey> validKeys = new HashSet<>(inputs.subList(0, validCount));
        List<ProgramPair> train = new ArrayList<>();
        List<ProgramPair> valid = new ArrayList<>();
        for (Map.Entry<ProgramKey, List<ProgramPair>> e : remaining.entrySet()) {
            (validKeys.contains(e.getKey()) ? valid : train).addAll(e.getValue());
        }
        long beforeCap = train.size() + valid.size();
        if (config.maxPairsPerInput() > 0) {
            train = PairSelection.topPerInput(train, config.maxPairsPerInput(), PairSelection.BY_ROUGE);
            valid = PairSelection.topPerInput(valid, config.maxPairsPerInput(), PairSelection.BY_ROUGE);
        }
        long capped = beforeCap - train.size() - valid.size();
        List<ProgramPair> trainStar = PairSelection.largestSpeedupPerInput(train);
        List<ProgramPair> validStar = PairSelection.largestSpeedupPerInput(valid);
        PairCounts counts = new PairCounts(all.stats(), config.testInputs(), eligible, test.size(), removed,
                capped, trainStar.size(), validStar.size(), train.size(), valid.size(), trainStar.size(),
                validStar.size());
        LOG.info("split: {} train pairs ({} inputs), {} valid pairs ({} inputs), {} test inputs, {} pairs removed by the split",
                train.size(), trainStar.size(), valid.size(), validStar.size(), test.size(), removed);
        return new PairDataset(config, train, valid, trainStar, validStar, test, counts);
    }

    /**
     * The number of test inputs: the requested count, but at most {@code floor(maxTestShare × eligible)} (at least
     * one when any input is eligible and one was requested).
     */
    public static int testCount(PairConfig config, int eligible) {
        if (config.testInputs() == 0 || eligible == 0) {
            return 0;
        }
        int cap = Math.max(1, (int) Math.floor(config.maxTestShare() * eligible));
        return Math.min(config.testInputs(), cap);
    }

    private static TestInput testInput(List<ProgramPair> pairsOfInput) {
        List<Reference> refs = new ArrayList<>();
        for (ProgramPair p : pairsOfInput) {
            refs.add(new Reference(p.fast(), p.speedup(), p.rouge()));
        }
        refs.sort(Comparator.comparingDouble((Reference r) -> r.program().runtimeMs())
                .thenComparing(r -> r.program().submissionId()));
        return new TestInput(pairsOfInput.get(0).slow(), refs);
    }

    private static <T> List<T> shuffled(List<T> items, SplittableRandom rnd) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }

    /**
     * Hex SHA-256 of the canonical programs, in order: problem, submission, runtime and tokens of each,
     * length-prefixed so no two different lists hash alike by concatenation. The manifest's data hash.
     */
    public static String inputHash(List<CanonicalProgram> programs) {
        MessageDigest d = Hashing.sha256();
        for (CanonicalProgram p : programs) {
            field(d, p.problemId());
            field(d, p.submissionId());
            field(d, Long.toHexString(Double.doubleToLongBits(p.runtimeMs())));
            field(d, Integer.toString(p.length()));
            for (String t : p.tokens()) {
                field(d, t);
            }
        }
        return Hashing.hex(d);
    }

    private static void field(MessageDigest d, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        d.update((byte) ':');
        d.update(b);
    }
}
