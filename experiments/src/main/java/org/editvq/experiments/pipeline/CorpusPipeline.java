package org.editvq.experiments.pipeline;

import java.util.Optional;
import org.editvq.dataset.pairs.PairCounts;

import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.CanonicalizationProblem;
import org.editvq.core.canon.CanonicalizationResult;
import org.editvq.dataset.corpus.Corpora;
import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.SkippedEntry;
import org.editvq.core.data.Submission;
import org.editvq.core.manifest.RunManifest;
import org.editvq.dataset.pairs.PairConfig;
import org.editvq.dataset.pairs.PairDataset;
import org.editvq.dataset.pairs.PairDatasetBuilder;
import org.editvq.dataset.pairs.PairDatasetIO;
import org.editvq.evaluation.stats.CorpusStatistics;
import org.editvq.evaluation.stats.StatisticsConfig;
import org.editvq.evaluation.stats.StatisticsWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data pipeline from a corpus to what models train on: load → canonicalize → pairs, splits
 * and reference sets (or corpus statistics). Each step reports what it skipped and why.
 */
public final class CorpusPipeline {
    private CorpusPipeline() {
    }

    /** Canonicalizes every submission of a corpus (generic mode); failures are reported, not thrown. */
    public static CanonicalCorpus canonicalize(Corpus corpus) {
        List<CanonicalProgram> programs = new ArrayList<>();
        List<SkippedEntry> failed = new ArrayList<>();
        for (Submission s : corpus.submissions()) {
            CanonicalizationResult r = Canonicalizers.forLanguage(s.language())
                    .canonicalize(s.source(), CanonicalizationMode.GENERIC);
            if (r.ok()) {
                programs.add(r.toProgram(s));
            } else {
                failed.add(new SkippedEntry(failureLocation(s, r.problems().get(0)), r.problems().get(0).message()));
            }
        }
        return new CanonicalCorpus(programs, corpus.report(), failed);
    }

    /**
     * Where a canonicalization failure is, for a per-file report: the file's path in the corpus when the
     * reader recorded one (else problem id and submission id), then the line and column when known, e.g.
     * {@code 2008/round1A/a/alice.py:3:1}.
     */
    static String failureLocation(Submission s, CanonicalizationProblem problem) {
        String path = s.extras().get(org.editvq.dataset.corpus.SourceTreeReader.PATH_EXTRA);
        String where = path != null ? path
                : s.submissionId().startsWith(s.problemId() + "/") ? s.submissionId()
                : s.problemId() + " " + s.submissionId();
        return problem.line() > 0 ? where + ":" + problem.line() + ":" + problem.column() : where;
    }

    /** Loads a corpus spec (see {@link Corpora#open(String)}) and canonicalizes it. */
    public static CanonicalCorpus canonicalize(String corpusSpec) throws IOException {
        return canonicalize(Corpora.open(corpusSpec));
    }

    /** Result of {@link #writePairs}. */
    public record PairsRun(CanonicalCorpus corpus, PairDataset dataset, RunManifest manifest) {
        /**
         * Why the training split is empty and what to change, or empty when it has pairs. A pair dataset
         * without training pairs cannot train a model, so {@code editvq pairs} fails with this message.
         */
        public Optional<String> emptyTrainingSplit() {
            PairCounts c = dataset.counts();
            if (c.trainPairs() > 0) {
                return Optional.empty();
            }
            long pairs = c.build().pairs();
            String why;
            if (corpus.withRuntime() == 0) {
                why = "no program has a runtime; judge the corpus first (editvq judge, docs/judge.md)";
            } else if (pairs == 0) {
                why = "no two programs of a problem pass the gates (ROUGE-" + dataset.config().rougeN() + " >= "
                        + dataset.config().minRouge() + ", speedup >= " + dataset.config().minSpeedup()
                        + "); lower --min-rouge or --min-speedup, or add programs";
            } else if (c.testInputs() > 0 && c.testInputs() >= c.testInputsEligible()) {
                why = pairs + " pairs were found, but all " + c.testInputsEligible() + " eligible inputs became test"
                        + " inputs (--test-inputs " + c.testInputsRequested() + "), and pairs touching a test input"
                        + " leave training; pass --test-inputs " + Math.max(0, c.testInputsEligible() / 5)
                        + " or fewer (about a fifth of the eligible inputs)";
            } else {
                why = pairs + " pairs were found, but none is left for training after holding out "
                        + c.testInputs() + " test inputs and the validation share; lower --test-inputs or"
                        + " --valid-fraction";
            }
            return Optional.of("the training split is empty: " + why);
        }
    }

    /**
     * Canonicalizes a loaded corpus and builds pairs, splits and reference sets in memory. The manifest
     * (settings, counts, the corpus's input hash, {@code corpus} = {@code source}) is not written.
     */
    public static PairsRun pairs(Corpus loaded, String source, PairConfig config) {
        CanonicalCorpus corpus = canonicalize(loaded);
        PairDataset dataset = PairDatasetBuilder.build(corpus.programs(), config);
        RunManifest manifest = PairDatasetIO.manifest(dataset, PairDatasetBuilder.inputHash(corpus.programs()));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("corpus", source);
        extra.putAll(corpus.counts());
        return new PairsRun(corpus, dataset, manifest.withMetrics(extra));
    }

    /** {@link #pairs(Corpus, String, PairConfig)} of a corpus spec (see {@link Corpora#open(String)}). */
    public static PairsRun pairs(String corpusSpec, PairConfig config) throws IOException {
        return pairs(Corpora.open(corpusSpec), corpusSpec, config);
    }

    /**
     * Builds pairs, splits and reference sets from a corpus and writes them (JSONL plus
     * {@code manifest.json}) into {@code outDir}.
     */
    public static PairsRun writePairs(String corpusSpec, PairConfig config, Path outDir) throws IOException {
        PairsRun run = pairs(corpusSpec, config);
        return new PairsRun(run.corpus(), run.dataset(), PairDatasetIO.write(run.dataset(), outDir, run.manifest()));
    }

    /** Result of {@link #writeStatistics}. */
    public record StatisticsRun(CanonicalCorpus corpus, CorpusStatistics statistics) {
    }

    /**
     * Writes the paper's Figure 2 statistics (runtime, length and pair-speedup distributions as
     * CSV and PNG) for a corpus into {@code outDir}.
     */
    public static StatisticsRun writeStatistics(String corpusSpec, PairConfig config, Path outDir) throws IOException {
        CanonicalCorpus corpus = canonicalize(corpusSpec);
        PairDataset dataset = PairDatasetBuilder.build(corpus.programs(), config);
        CorpusStatistics stats = StatisticsWriter.write(corpus.programs(), dataset, StatisticsConfig.defaults(), outDir);
        return new StatisticsRun(corpus, stats);
    }

    /** Pairs found in one problem under each of several gates (see {@link #pairsPerProblem}). */
    public record ProblemPairs(String problemId, int programs, long withRuntime, List<Long> pairs) {
    }

    /**
     * How many (slow, fast) pairs the pair builder finds in each problem of a runtime-annotated
     * corpus under each of the given pair settings (no inputs held out): what a judged corpus
     * is worth for training. Written as {@code pairs_per_problem.csv} next to the judge's summary.
     */
    public static List<ProblemPairs> pairsPerProblem(CanonicalCorpus corpus, List<PairConfig> configs) {
        Map<String, List<CanonicalProgram>> byProblem = new java.util.TreeMap<>(
                java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder()));
        for (CanonicalProgram p : corpus.programs()) {
            byProblem.computeIfAbsent(p.problemId(), id -> new ArrayList<>()).add(p);
        }
        List<ProblemPairs> out = new ArrayList<>();
        byProblem.forEach((problem, programs) -> {
            List<Long> counts = new ArrayList<>();
            for (PairConfig c : configs) {
                counts.add(PairDatasetBuilder.build(programs, c.withTestInputs(0)).counts().build().pairs());
            }
            long timed = programs.stream().filter(p -> !Double.isNaN(p.runtimeMs())).count();
            out.add(new ProblemPairs(problem, programs.size(), timed, List.copyOf(counts)));
        });
        return out;
    }

    /**
     * {@link #pairsPerProblem} of a corpus spec, written as CSV ({@code problem_id, programs,
     * with_runtime}, then one {@code pairs_rouge<N>_<gate>} column per setting).
     */
    public static List<ProblemPairs> writePairsPerProblem(String corpusSpec, List<PairConfig> configs, Path csv)
            throws IOException {
        List<ProblemPairs> pairs = pairsPerProblem(canonicalize(corpusSpec), configs);
        StringBuilder sb = new StringBuilder("problem_id,programs,with_runtime");
        for (PairConfig c : configs) {
            sb.append(",pairs_rouge").append(c.rougeN()).append('_').append(c.minRouge());
        }
        sb.append('\n');
        for (ProblemPairs p : pairs) {
            sb.append(p.problemId()).append(',').append(p.programs()).append(',').append(p.withRuntime());
            p.pairs().forEach(n -> sb.append(',').append(n));
            sb.append('\n');
        }
        java.nio.file.Files.writeString(csv, sb.toString(), java.nio.charset.StandardCharsets.UTF_8);
        return pairs;
    }
}
