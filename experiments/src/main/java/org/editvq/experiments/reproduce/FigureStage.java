package org.editvq.experiments.reproduce;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.ProgramPair;
import org.editvq.evaluation.figures.CodebookUsageFigure;
import org.editvq.evaluation.figures.EditArrowFigure;
import org.editvq.evaluation.figures.EmbeddingMapFigure;
import org.editvq.dataset.pairs.PairDataset;
import org.editvq.dataset.pairs.Reference;
import org.editvq.dataset.pairs.TestInput;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.EditModel;
import org.editvq.models.bundle.ModelBundle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The model figures of a reproduction, from the trained Edit-VQ-VAE (best weights):
 * <ul>
 *   <li>{@code figures/codebook_usage.png}: how many training pairs each latent is assigned;</li>
 *   <li>{@code figures/figure5.png}: Figure 5, the program vectors f(x) → f(y) of the training
 *       pairs of the most used latents, PCA'd to 3-D and drawn as arrows in three projections;</li>
 *   <li>{@code figures/figure6_problem_<id>.png}: Figure 6, a t-SNE map of the program vectors
 *       f(x) of one problem's programs, coloured by runtime, for every problem with at least
 *       {@value #MIN_MAP_POINTS} programs; {@code figure6.png} is the problem with the widest
 *       runtime spread (p90/p10).</li>
 * </ul>
 * Each comes with a CSV of the plotted numbers.
 */
final class FigureStage {
    /** Pairs drawn per latent in Figure 5 at most. */
    static final int ARROWS_PER_LATENT = 60;
    /** Programs mapped per problem in Figure 6 at most. */
    static final int MAP_POINTS = 1500;
    /** Problems with fewer programs get no map. */
    static final int MIN_MAP_POINTS = 8;
    private static final int BATCH = 16;

    private FigureStage() {
    }

    /** Writes the figures of the Edit-VQ-VAE in {@code bundleDir} into {@code dir}, unless they are there already. */
    static void write(Path bundleDir, PairDataset dataset, ReproduceConfig config, Path dir, PrintStream log)
            throws IOException {
        if (Files.exists(dir.resolve("figure6.png")) && Files.exists(dir.resolve("figure5.png"))
                && Files.exists(dir.resolve("codebook_usage.png"))) {
            log.println("      figures exist already");
            return;
        }
        Files.createDirectories(dir);
        ModelBundle bundle = ModelBundle.load(bundleDir, ModelBundle.Weights.BEST);
        EditModel model = bundle.model();
        Vocabulary vocabulary = bundle.vocabulary();
        int maxLength = Math.min(model.config().maxSourceLength(), model.config().maxTargetLength());
        // f(x) of every distinct program once; the pairs' codes come from f(y) - f(x), the vector the
        // Edit-VQ-VAE quantizes, so no program is encoded twice
        Map<String, CanonicalProgram> programs = distinctPrograms(dataset, maxLength);
        Map<String, double[]> vectors = programVectors(model, vocabulary, programs.values());

        List<double[]> slowList = new ArrayList<>();
        List<double[]> fastList = new ArrayList<>();
        for (ProgramPair p : dataset.train()) {
            double[] fx = vectors.get(p.slow().submissionId());
            double[] fy = vectors.get(p.fast().submissionId());
            if (fx != null && fy != null) {
                slowList.add(fx);
                fastList.add(fy);
            }
        }
        double[][] slow = slowList.toArray(double[][]::new);
        double[][] fast = fastList.toArray(double[][]::new);
        double[][] edits = new double[slow.length][];
        for (int i = 0; i < slow.length; i++) {
            edits[i] = new double[slow[i].length];
            for (int d = 0; d < edits[i].length; d++) {
                edits[i][d] = fast[i][d] - slow[i][d];
            }
        }
        int k = model.config().codebookSize();
        int[] codes = model.nearestCodes(edits);
        int[] counts = new int[k];
        for (int c : codes) {
            counts[c]++;
        }
        CodebookUsageFigure.Result usage = CodebookUsageFigure.write(counts, String.format(Locale.ROOT,
                "Edit-VQ-VAE codebook usage on %d training pairs", codes.length), dir.resolve("codebook_usage.png"));
        log.printf("      codebook: %d of %d latents used, usage perplexity %.1f%n", usage.usedCodes(), k,
                usage.perplexity());

        List<Integer> top = IntStream.range(0, k).boxed().filter(c -> counts[c] > 0)
                .sorted(Comparator.comparingInt((Integer c) -> -counts[c]).thenComparingInt(c -> c))
                .limit(config.figureLatents()).toList();
        List<EditArrowFigure.LatentGroup> groups = new ArrayList<>();
        for (int latent : top) {
            List<double[]> s = new ArrayList<>();
            List<double[]> f = new ArrayList<>();
            for (int i = 0; i < codes.length && s.size() < ARROWS_PER_LATENT; i++) {
                if (codes[i] == latent) {
                    s.add(slow[i]);
                    f.add(fast[i]);
                }
            }
            groups.add(new EditArrowFigure.LatentGroup(latent, s.toArray(double[][]::new), f.toArray(double[][]::new)));
        }
        if (!groups.isEmpty()) {
            EditArrowFigure.write(groups, dir.resolve("figure5.png"));
        }

        Map<String, List<CanonicalProgram>> byProblem = mapPrograms(programs.values());
        String widest = null;
        double widestSpread = -1;
        for (Map.Entry<String, List<CanonicalProgram>> e : byProblem.entrySet()) {
            List<CanonicalProgram> problemPrograms = e.getValue();
            if (problemPrograms.size() < MIN_MAP_POINTS) {
                continue;
            }
            double[][] mapVectors = problemPrograms.stream().map(p -> vectors.get(p.submissionId()))
                    .toArray(double[][]::new);
            double[] runtimes = problemPrograms.stream().mapToDouble(CanonicalProgram::runtimeMs).toArray();
            double[] sorted = runtimes.clone();
            java.util.Arrays.sort(sorted);
            double spread = sorted[(int) (0.9 * (sorted.length - 1))] / sorted[(int) (0.1 * (sorted.length - 1))];
            EmbeddingMapFigure.write(mapVectors, runtimes, EmbeddingMapFigure.Method.TSNE, config.seed(),
                    String.format(Locale.ROOT, "Program vectors f(x), problem %s (%d programs, p90/p10 runtime %.1f)",
                            e.getKey(), problemPrograms.size(), spread), dir.resolve("figure6_problem_"
                            + e.getKey().replaceAll("[^A-Za-z0-9._-]", "_") + ".png"));
            if (spread > widestSpread) {
                widestSpread = spread;
                widest = e.getKey();
            }
        }
        if (widest != null) {
            String name = "figure6_problem_" + widest.replaceAll("[^A-Za-z0-9._-]", "_");
            Files.copy(dir.resolve(name + ".png"), dir.resolve("figure6.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(dir.resolve(name + ".csv"), dir.resolve("figure6.csv"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            log.printf("      figure 6: problem %s, the widest runtime spread (p90/p10 %.1f)%n", widest, widestSpread);
        }
        log.println("      figures in " + dir);
    }

    /**
     * The distinct programs of the pair data (training and validation pairs, then test inputs
     * and their references), in that order, that the model can read.
     */
    private static Map<String, CanonicalProgram> distinctPrograms(PairDataset dataset, int maxLength) {
        List<CanonicalProgram> all = new ArrayList<>();
        for (List<ProgramPair> split : List.of(dataset.train(), dataset.valid())) {
            for (ProgramPair p : split) {
                all.add(p.slow());
                all.add(p.fast());
            }
        }
        for (TestInput t : dataset.test()) {
            all.add(t.input());
            for (Reference r : t.references()) {
                all.add(r.program());
            }
        }
        Map<String, CanonicalProgram> out = new LinkedHashMap<>();
        for (CanonicalProgram p : all) {
            if (p.length() > 0 && p.length() <= maxLength) {
                out.putIfAbsent(p.submissionId(), p);
            }
        }
        return out;
    }

    /** f(x) of each program, in batches, keyed by submission id. */
    private static Map<String, double[]> programVectors(EditModel model, Vocabulary vocabulary,
                                                       Collection<CanonicalProgram> programs) {
        List<CanonicalProgram> list = List.copyOf(programs);
        Map<String, double[]> out = new HashMap<>();
        for (int from = 0; from < list.size(); from += BATCH) {
            List<CanonicalProgram> batch = list.subList(from, Math.min(list.size(), from + BATCH));
            double[][] v = model.programVectors(batch.stream().map(p -> vocabulary.encode(p.tokens())).toList());
            for (int i = 0; i < v.length; i++) {
                out.put(batch.get(i).submissionId(), v[i]);
            }
        }
        return out;
    }

    /** The programs with a runtime, per problem (at most {@link #MAP_POINTS} each). */
    private static Map<String, List<CanonicalProgram>> mapPrograms(Collection<CanonicalProgram> programs) {
        Map<String, List<CanonicalProgram>> out = new TreeMap<>();
        for (CanonicalProgram p : programs) {
            if (p.runtimeMs() > 0) {
                List<CanonicalProgram> list = out.computeIfAbsent(p.problemId(), id -> new ArrayList<>());
                if (list.size() < MAP_POINTS) {
                    list.add(p);
                }
            }
        }
        return out;
    }
}
