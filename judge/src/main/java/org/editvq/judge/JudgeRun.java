package org.editvq.judge;

import org.editvq.core.data.Corpus;
import org.editvq.core.data.Submission;
import org.editvq.core.manifest.Hashing;
import org.editvq.core.manifest.RunManifest;
import org.editvq.judge.java.JavaSourceRewriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The judge's entry point: judges submissions into an output folder, resumably.
 *
 * <p>Output folder layout: {@code journal.jsonl} (one line per finished submission, see
 * {@link JudgeJournal}), {@value ResultsWriter#JUDGED_CSV}, {@value ResultsWriter#SUMMARY_CSV},
 * {@code manifest.json}, {@code cache/java} (class files by source hash), {@code inputs}
 * (test inputs), {@code work} (scratch, emptied as it goes). A rerun with the same folder skips
 * every submission already in the journal with the same source hash.
 */
public final class JudgeRun {
    private static final Logger LOG = LoggerFactory.getLogger(JudgeRun.class);
    /** Changes whenever judging semantics change (part of every fingerprint, so old journals are not reused). */
    public static final String JUDGE_VERSION = "judge-3";

    private JudgeRun() {
    }

    /** Judges a loaded corpus; see {@link #run(List, JudgeConfig, Path, ProgressListener)}. */
    public static JudgeReport run(Corpus corpus, JudgeConfig config, Path outDir, ProgressListener progress)
            throws IOException {
        return run(corpus.submissions(), config, outDir, progress);
    }

    /**
     * Judges submissions with {@code config.parallelism()} workers, appending each result to the
     * journal as soon as it is known, then applies the majority fallback and writes the CSVs and
     * the manifest.
     *
     * @throws IllegalArgumentException when two submissions share problem and submission id (named)
     * @throws IOException              when the output folder cannot be written
     */
    public static JudgeReport run(List<Submission> submissions, JudgeConfig config, Path outDir,
                                  ProgressListener progress) throws IOException {
        long start = System.nanoTime();
        Set<String> ids = new HashSet<>();
        for (Submission s : submissions) {
            if (!ids.add(s.problemId() + "\u0000" + s.submissionId())) {
                throw new IllegalArgumentException("duplicate submission '" + s.submissionId() + "' of problem '"
                        + s.problemId() + "'");
            }
        }
        Files.createDirectories(outDir);
        Path journalFile = outDir.resolve("journal.jsonl");
        Map<String, JudgeResult> finished = new HashMap<>(JudgeJournal.readFinished(journalFile));
        List<String> keys = new ArrayList<>();
        List<Submission> pending = new ArrayList<>();
        Map<String, String> fingerprints = new HashMap<>();
        for (Submission s : submissions) {
            String key = JudgeResult.key(s.problemId(), s.submissionId(), Hashing.sha256Hex(s.source()),
                    fingerprints.computeIfAbsent(s.problemId(), id -> fingerprint(config, id)));
            keys.add(key);
            if (!finished.containsKey(key)) {
                pending.add(s);
            }
        }
        int resumed = submissions.size() - pending.size();
        LOG.info("judging {} submissions into {} ({} already in the journal)", submissions.size(), outDir, resumed);
        progress.started(submissions.size(), resumed);
        SubmissionJudge judge = new SubmissionJudge(config, outDir);
        AtomicInteger done = new AtomicInteger(resumed);
        Map<String, JudgeResult> results = new java.util.concurrent.ConcurrentHashMap<>(finished);
        ExecutorService pool = Executors.newFixedThreadPool(config.parallelism(), r -> {
            Thread t = new Thread(r, "judge-worker");
            t.setDaemon(true);
            return t;
        });
        try (JudgeJournal journal = new JudgeJournal(journalFile)) {
            List<Future<?>> futures = new ArrayList<>();
            for (Submission s : pending) {
                futures.add(pool.submit(() -> {
                    JudgeResult r = judge.judge(s);
                    try {
                        journal.append(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot append to " + journalFile, e);
                    }
                    results.put(r.key(), r);
                    LOG.debug("{} {}: {} {} ms {}", r.problemId(), r.submissionId(), r.status(), r.runtimeMs(), r.detail());
                    progress.finished(r, done.incrementAndGet(), submissions.size());
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    if (e.getCause() instanceof UncheckedIOException io) {
                        throw io.getCause();
                    }
                    throw new IllegalStateException("judge worker failed", e.getCause());
                } catch (InterruptedException e) {
                    pool.shutdownNow();
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted; finished submissions are in " + journalFile, e);
                }
            }
        } finally {
            pool.shutdown();
        }
        List<JudgeResult> ordered = new ArrayList<>();
        for (String key : keys) {
            ordered.add(results.get(key));
        }
        if (config.majorityFallback()) {
            ordered = MajorityVote.apply(ordered, config);
        }
        Map<String, List<JudgeResult>> byProblem = new LinkedHashMap<>();
        for (JudgeResult r : ordered) {
            byProblem.computeIfAbsent(r.problemId(), k -> new ArrayList<>()).add(r);
        }
        List<ProblemSummary> summaries = new ArrayList<>();
        byProblem.forEach((id, rs) -> summaries.add(ProblemSummary.of(id, rs)));
        List<Submission> judged = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            judged.add(ordered.get(i).applyTo(submissions.get(i)));
        }
        Path judgedCsv = outDir.resolve(ResultsWriter.JUDGED_CSV);
        Path summaryCsv = outDir.resolve(ResultsWriter.SUMMARY_CSV);
        ResultsWriter.writeJudged(judgedCsv, judged);
        ResultsWriter.writeSummary(summaryCsv, summaries);
        double wall = (System.nanoTime() - start) / 1e9;
        Path manifest = outDir.resolve("manifest.json");
        writeManifest(manifest, submissions, config, ordered, resumed, wall);
        LOG.info("judged {} submissions in {} s ({} resumed)", pending.size(), String.format("%.1f", wall), resumed);
        return new JudgeReport(ordered, summaries, resumed, pending.size(), wall, judgedCsv, summaryCsv, manifest);
    }

    /**
     * Hex SHA-256 of everything besides the source that decides a submission's result: the
     * problem's input, expected output and checker id, run counts, limits, Python command, Java
     * version, and the judge and rewriter versions (parallelism and the majority switch are left out: they do not change
     * what is journaled).
     */
    public static String fingerprint(JudgeConfig config, String problemId) {
        ProblemTests tests = config.tests().get(problemId);
        String text = String.join("\u0000", JUDGE_VERSION, JavaSourceRewriter.VERSION, Runtime.version().toString(),
                Integer.toString(config.runs()), Integer.toString(config.warmups()), Integer.toString(config.maxRuns()),
                Double.toString(config.maxSpread()), Long.toString(config.cpuTimeLimit().toMillis()),
                Integer.toString(config.memoryLimitMiB()), Long.toString(config.outputLimitBytes()),
                config.pythonCommand(), problemId,
                tests == null ? "-" : tests.input(),
                tests == null || tests.expectedOutput() == null ? "-" : tests.expectedOutput(),
                tests == null || tests.checker() == null ? "-" : tests.checker().id());
        return Hashing.sha256Hex(text);
    }

    private static void writeManifest(Path file, List<Submission> submissions, JudgeConfig config,
                                      List<JudgeResult> results, int resumed, double wall) throws IOException {
        MessageDigest digest = Hashing.sha256();
        for (Submission s : submissions) {
            digest.update((s.problemId() + "\u0000" + s.submissionId() + "\u0000" + s.source() + "\u0000")
                    .getBytes(StandardCharsets.UTF_8));
        }
        config.tests().keySet().stream().sorted().forEach(id -> digest.update(
                (id + "\u0000" + config.tests().get(id).input()).getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("runs", config.runs());
        params.put("warmups", config.warmups());
        params.put("maxRuns", config.maxRuns());
        params.put("maxSpread", config.maxSpread());
        params.put("cpuTimeLimitMs", config.cpuTimeLimit().toMillis());
        params.put("memoryLimitMiB", config.memoryLimitMiB());
        params.put("outputLimitBytes", config.outputLimitBytes());
        params.put("parallelism", config.parallelism());
        params.put("majorityFallback", config.majorityFallback());
        params.put("pythonCommand", config.pythonCommand());
        params.put("problemsWithTests", config.tests().keySet().stream().sorted().toList());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("submissions", submissions.size());
        metrics.put("resumed", resumed);
        metrics.put("wallSeconds", wall);
        Map<String, Long> statuses = new java.util.TreeMap<>();
        results.forEach(r -> statuses.merge(r.status().name(), 1L, Long::sum));
        metrics.put("statuses", statuses);
        RunManifest.of("judge", 0, params, Hashing.hex(digest), metrics).write(file);
    }
}
