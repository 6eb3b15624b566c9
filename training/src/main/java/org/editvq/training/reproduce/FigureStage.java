package org.editvq.training.reproduce;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.ProgramPair;
import org.editvq.core.figures.CodebookUsageFigure;
import org.editvq.core.figures.EditArrowFigure;
import org.editvq.core.figures.EmbeddingMapFigure;
import org.editvq.core.pairs.PairDataset;
import org.editvq.core.pairs.Reference;
import org.editvq.core.pairs.TestInput;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.EditModel;
import org.editvq.models.PairBatch;
import org.editvq.models.bundle.ModelBundle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    static void write(Path bundleDir, PairDataset dataset, ReproduceConfig config, Path out, PrintStream log)
            throws IOException {
        Path dir = out.resolve("figures");
        if (Files.exists(dir.resolve("figure6.png")) && Files.exists(dir.resolve("figure5.png"))
                && Files.exists(dir.resolve("codebook_usage.png"))) {
            log.println("      figures exist already");
            return;
        }
        Files.createDirectories(dir);
        ModelBundle bundle = ModelBundle.load(bundleDir, ModelBundle.Weights.BEST);
        EditModel model = bundle.model();
        Vocabulary vocabulary = bundle.vocabulary();
        int maxSource = model.config().maxSourceLength();
        int maxTarget = model.config().maxTargetLength();

        List<int[]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        for (ProgramPair p : dataset.train()) {
            if (p.slow().length() > 0 && p.fast().length() > 0 && p.slow().length() <= Math.min(maxSource, maxTarget)
                    && p.fast().length() <= Math.min(maxSource, maxTarget)) {
                xs.add(vocabulary.encode(p.slow().tokens()));
                ys.add(vocabulary.encode(p.fast().tokens()));
            }
        }
        int k = model.config().codebookSize();
        int[] codes = new int[xs.size()];
        double[][] slow = new double[xs.size()][];
        double[][] fast = new double[xs.size()][];
        for (int from = 0; from < xs.size(); from += BATCH) {
            int to = Math.min(xs.size(), from + BATCH);
            int[] c = model.assignCodes(PairBatch.of(xs.subList(from, to), ys.subList(from, to)));
            System.arraycopy(c, 0, codes, from, c.length);
            double[][] fx = model.programVectors(xs.subList(from, to));
            double[][] fy = model.programVectors(ys.subList(from, to));
            System.arraycopy(fx, 0, slow, from, fx.length);
            System.arraycopy(fy, 0, fast, from, fy.length);
        }
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

        Map<String, List<CanonicalProgram>> byProblem = mapPrograms(dataset, maxSource);
        String widest = null;
        double widestSpread = -1;
        for (Map.Entry<String, List<CanonicalProgram>> e : byProblem.entrySet()) {
            List<CanonicalProgram> programs = e.getValue();
            if (programs.size() < MIN_MAP_POINTS) {
                continue;
            }
            double[][] vectors = new double[programs.size()][];
            for (int from = 0; from < programs.size(); from += BATCH) {
                int to = Math.min(programs.size(), from + BATCH);
                List<int[]> batch = programs.subList(from, to).stream().map(p -> vocabulary.encode(p.tokens()))
                        .toList();
                double[][] v = model.programVectors(batch);
                System.arraycopy(v, 0, vectors, from, v.length);
            }
            double[] runtimes = programs.stream().mapToDouble(CanonicalProgram::runtimeMs).toArray();
            double[] sorted = runtimes.clone();
            java.util.Arrays.sort(sorted);
            double spread = sorted[(int) (0.9 * (sorted.length - 1))] / sorted[(int) (0.1 * (sorted.length - 1))];
            EmbeddingMapFigure.write(vectors, runtimes, EmbeddingMapFigure.Method.TSNE, config.seed(),
                    String.format(Locale.ROOT, "Program vectors f(x), problem %s (%d programs, p90/p10 runtime %.1f)",
                            e.getKey(), programs.size(), spread), dir.resolve("figure6_problem_"
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

    /** The distinct programs with a runtime in the pair data, per problem (at most {@link #MAP_POINTS} each). */
    private static Map<String, List<CanonicalProgram>> mapPrograms(PairDataset dataset, int maxSource) {
        Map<String, Map<String, CanonicalProgram>> byProblem = new java.util.TreeMap<>();
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
        for (CanonicalProgram p : all) {
            if (p.length() > 0 && p.length() <= maxSource && p.runtimeMs() > 0) {
                byProblem.computeIfAbsent(p.problemId(), id -> new LinkedHashMap<>()).putIfAbsent(p.submissionId(), p);
            }
        }
        Map<String, List<CanonicalProgram>> out = new java.util.TreeMap<>();
        byProblem.forEach((problem, programs) -> out.put(problem,
                List.copyOf(new ArrayList<>(programs.values()).subList(0, Math.min(MAP_POINTS, programs.size())))));
        return out;
    }
}
