package org.editvq.synth;

import org.editvq.dataset.corpus.NormalizedCsv;
import org.editvq.core.data.Corpus;
import org.editvq.core.data.LoadReport;
import org.editvq.core.data.Submission;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A generated corpus of planted-edit submissions: problems with inputs and expected outputs, and
 * submissions (language JAVA or PYTHON per {@link SynthConfig#language()}, runtime NaN until judged) whose extras record the choice per edit
 * category ({@code edit.<key>=slow|fast}), the style seed ({@code synth.style_seed}) and the class
 * name ({@code synth.class}). Deterministic from {@link SynthConfig#seed()}.
 */
public final class PlantedEditCorpus {
    private final SynthConfig config;
    private final List<ProblemData> problems;
    private final List<Submission> submissions;
    private final Map<String, GroundTruth> truth;

    private PlantedEditCorpus(SynthConfig config, List<ProblemData> problems, List<Submission> submissions,
                              Map<String, GroundTruth> truth) {
        this.config = config;
        this.problems = List.copyOf(problems);
        this.submissions = List.copyOf(submissions);
        this.truth = java.util.Collections.unmodifiableMap(truth);
    }

    /**
     * Generates the corpus. Problem {@code i} draws from the {@code i}-th split of the seed: first
     * its input seed, then per submission one choice per category (fast with probability
     * {@link SynthConfig#fastProbability()}) and a style seed.
     */
    public static PlantedEditCorpus generate(SynthConfig config) {
        SplittableRandom root = new SplittableRandom(config.seed());
        List<ProblemData> problems = new ArrayList<>();
        List<Submission> submissions = new ArrayList<>();
        Map<String, GroundTruth> truth = new LinkedHashMap<>();
        for (SynthProblem problem : config.language().problems().subList(0, config.problems())) {
            SplittableRandom random = root.split();
            String input = problem.generateInput(random.nextLong(), config.largeInputs());
            problems.add(new ProblemData(problem, input, problem.solve(input)));
            for (int k = 0; k < config.submissionsPerProblem(); k++) {
                Map<EditCategory, Choice> choices = new EnumMap<>(EditCategory.class);
                for (EditCategory c : problem.categories()) {
                    choices.put(c, random.nextDouble() < config.fastProbability() ? Choice.FAST : Choice.SLOW);
                }
                long styleSeed = random.nextLong();
                String id = String.format("%s-%04d", problem.id(), k + 1);
                SynthSource source = problem.render(choices, styleSeed);
                GroundTruth gt = new GroundTruth(problem.id(), id, styleSeed, source.className(), choices);
                submissions.add(new Submission(problem.id(), id, problem.language(), Double.NaN, source.text(), extras(gt)));
                truth.put(id, gt);
            }
        }
        return new PlantedEditCorpus(config, problems, submissions, truth);
    }

    /** The extras recording a submission's ground truth. */
    static Map<String, String> extras(GroundTruth gt) {
        Map<String, String> extras = new TreeMap<>();
        gt.choices().forEach((c, v) -> extras.put(c.extraKey(), v.text()));
        extras.put(GroundTruth.STYLE_SEED_EXTRA, Long.toString(gt.styleSeed()));
        extras.put(GroundTruth.CLASS_EXTRA, gt.className());
        return extras;
    }

    /** The configuration generated from. */
    public SynthConfig config() {
        return config;
    }

    /** The problems with their input and expected output, in {@link SynthLanguage#problems()} order. */
    public List<ProblemData> problems() {
        return problems;
    }

    /** The submissions, grouped by problem, in generation order. */
    public List<Submission> submissions() {
        return submissions;
    }

    /** The submissions as a corpus (load report source {@code synthetic(seed=...)}). */
    public Corpus corpus() {
        return new Corpus(submissions, new LoadReport("synthetic(seed=" + config.seed() + ")", submissions.size(),
                List.of()));
    }

    /** Ground truth of every submission, in submission order. */
    public List<GroundTruth> groundTruth() {
        return List.copyOf(truth.values());
    }

    /** Ground truth of one submission. */
    public GroundTruth groundTruth(String submissionId) {
        GroundTruth gt = truth.get(submissionId);
        if (gt == null) {
            throw new IllegalArgumentException("no submission " + submissionId);
        }
        return gt;
    }

    /**
     * The planted fixes of a submission: for each category it is slow on, the same submission
     * (same style seed, so the same names and layout) with exactly that category made fast. These
     * are the suggestions a model should find for it (the planted edit recall of docs/edit-decoding.md).
     */
    public Map<EditCategory, SynthSource> plantedFixes(String submissionId) {
        GroundTruth gt = groundTruth(submissionId);
        SynthProblem problem = problems.stream().map(ProblemData::problem).filter(p -> p.id().equals(gt.problemId()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no problem " + gt.problemId()));
        return plantedFixes(problem, gt);
    }

    /**
     * {@link #plantedFixes(String)} of a submission known only by its ground truth (a {@code ground_truth.csv}
     * row): its problem is looked up among {@link SynthProblems}.
     *
     * @throws IllegalArgumentException when no problem has the ground truth's problem id
     */
    public static Map<EditCategory, SynthSource> plantedFixes(GroundTruth gt) {
        SynthProblem problem = SynthProblems.byId(gt.problemId()).orElseThrow(() -> new IllegalArgumentException(
                "no synthetic problem '" + gt.problemId() + "' (submission " + gt.submissionId() + ")"));
        return plantedFixes(problem, gt);
    }

    private static Map<EditCategory, SynthSource> plantedFixes(SynthProblem problem, GroundTruth gt) {
        Map<EditCategory, SynthSource> fixes = new EnumMap<>(EditCategory.class);
        for (Map.Entry<EditCategory, Choice> e : gt.choices().entrySet()) {
            if (e.getValue() == Choice.SLOW) {
                Map<EditCategory, Choice> choices = new EnumMap<>(gt.choices());
                choices.put(e.getKey(), Choice.FAST);
                fixes.put(e.getKey(), problem.render(choices, gt.styleSeed()));
            }
        }
        return fixes;
    }

    /**
     * Every (slow, fast) pair of submissions of one problem that differ by exactly one planted
     * edit, in submission order: the pairs whose assigned latents {@code org.editvq.evaluation.metrics.LatentPurity} scores.
     */
    public List<PlantedPair> singleEditPairs() {
        return singleEditPairs(groundTruth());
    }

    /** The single-edit pairs among the given ground truths (pairs are only formed within a problem). */
    public static List<PlantedPair> singleEditPairs(List<GroundTruth> truths) {
        List<PlantedPair> pairs = new ArrayList<>();
        for (int i = 0; i < truths.size(); i++) {
            GroundTruth a = truths.get(i);
            for (int j = i + 1; j < truths.size(); j++) {
                GroundTruth b = truths.get(j);
                if (!a.problemId().equals(b.problemId())) {
                    continue;
                }
                java.util.Set<EditCategory> diff = a.differingEdits(b);
                if (diff.size() == 1) {
                    EditCategory c = diff.iterator().next();
                    boolean aSlow = a.choices().get(c) == Choice.SLOW;
                    pairs.add(new PlantedPair(a.problemId(), aSlow ? a.submissionId() : b.submissionId(),
                            aSlow ? b.submissionId() : a.submissionId(), c));
                }
            }
        }
        return pairs;
    }

    /**
     * Writes {@code submissions.csv} (normalized corpus CSV), {@code inputs/<problem>.in},
     * {@code inputs/<problem>.out} and {@code ground_truth.csv} (columns
     * {@code submission_id,problem_id,style_seed,class} then one column per {@link EditCategory}
     * key, {@code slow}/{@code fast}, empty where the problem has no such category).
     */
    public void writeTo(Path dir) throws IOException {
        Path inputs = dir.resolve("inputs");
        Files.createDirectories(inputs);
        NormalizedCsv.write(corpus(), dir.resolve("submissions.csv"));
        for (ProblemData p : problems) {
            Files.writeString(inputs.resolve(p.id() + ".in"), p.input(), StandardCharsets.UTF_8);
            Files.writeString(inputs.resolve(p.id() + ".out"), p.expectedOutput(), StandardCharsets.UTF_8);
        }
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(dir.resolve("ground_truth.csv"), StandardCharsets.UTF_8))) {
            writeGroundTruth(groundTruth(), out);
        }
    }

    /** Writes ground truth rows in the {@code ground_truth.csv} format. */
    public static void writeGroundTruth(List<GroundTruth> rows, Writer out) throws IOException {
        StringBuilder header = new StringBuilder("submission_id,problem_id,style_seed,class");
        for (EditCategory c : EditCategory.values()) {
            header.append(',').append(c.key());
        }
        out.write(header.append('\n').toString());
        for (GroundTruth gt : rows) {
            StringBuilder line = new StringBuilder().append(gt.submissionId()).append(',').append(gt.problemId())
                    .append(',').append(gt.styleSeed()).append(',').append(gt.className());
            for (EditCategory c : EditCategory.values()) {
                Choice v = gt.choices().get(c);
                line.append(',').append(v == null ? "" : v.text());
            }
            out.write(line.append('\n').toString());
        }
    }

    /** Reads a {@code ground_truth.csv} written by {@link #writeTo(Path)}. */
    public static List<GroundTruth> readGroundTruth(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(csv + ": empty ground truth file");
        }
        String[] header = lines.get(0).split(",", -1);
        List<GroundTruth> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split(",", -1);
            if (f.length != header.length) {
                throw new IOException(csv + ":" + (i + 1) + ": expected " + header.length + " fields, got " + f.length);
            }
            Map<EditCategory, Choice> choices = new EnumMap<>(EditCategory.class);
            for (int k = 4; k < header.length; k++) {
                if (!f[k].isEmpty()) {
                    choices.put(EditCategory.fromKey(header[k]), Choice.parse(f[k]));
                }
            }
            rows.add(new GroundTruth(f[1], f[0], Long.parseLong(f[2]), f[3], choices));
        }
        return rows;
    }
}
