package org.editvq.experiments.reproduce;

import org.editvq.core.manifest.EditVqVersion;
import org.editvq.core.manifest.RunManifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The {@code README.md} of a reproduction folder: what ran, on what, how long, and where everything is. */
final class RunReport {
    private RunReport() {
    }

    static void write(Reproduction.Request request, Reproduction.Data data, Reproduction.Result result,
                      StageTimes times, Map<String, SuggestionHealth> health, Path file) throws IOException {
        ReproduceConfig c = request.config();
        StringBuilder sb = new StringBuilder("# editvq reproduction\n\n");
        sb.append("- corpus: `").append(request.corpusSpec()).append("` (").append(data.corpusCounts()).append(")\n");
        sb.append(String.format(Locale.ROOT, "- pairs: ROUGE-%d >= %.2f, speedup >= %.2f; %d train, %d valid "
                        + "(Transformer*: %d, %d); %d test inputs scored%n", c.pairs().rougeN(), c.pairs().minRouge(),
                c.pairs().minSpeedup(), data.dataset().train().size(), data.dataset().valid().size(),
                data.dataset().trainStar().size(), data.dataset().validStar().size(), result.testInputs()));
        sb.append(String.format(Locale.ROOT, "- preset `%s`: %s steps per model (Transformer* %s), %d samples per "
                        + "test input, sampling temperature %.2f top-k %d, seed %d, %d job(s)%n", c.preset().cliName(),
                c.steps() == 0 ? "the preset's" : Long.toString(c.steps()),
                c.starSteps() == 0 ? "the preset's" : Long.toString(c.starSteps()), c.samples(), c.temperature(),
                c.topK(), c.seed(), c.jobs()));
        sb.append("- decoders: ").append(switch (c.decoders()) {
            case PROGRAM -> "the paper's whole-program decoder";
            case EDITS -> "the edit decoder (docs/edit-decoding.md; models named <kind>-edits)";
            case BOTH -> "each model with the paper's whole-program decoder and with the edit decoder "
                    + "(docs/edit-decoding.md; <kind>-edits)";
        }).append('\n');
        sb.append("- editvq ").append(EditVqVersion.VERSION).append("; machine: ");
        Map<String, String> env = RunManifest.currentEnvironment();
        sb.append(env.getOrDefault("processors", "?")).append(" processors, Java ")
                .append(env.getOrDefault("java.version", "?")).append(", ").append(env.getOrDefault("os.name", "?"))
                .append(' ').append(env.getOrDefault("os.arch", "")).append('\n');
        sb.append(String.format(Locale.ROOT, "- wall time: %.1f min over all sessions%n", times.totalMinutes()));
        sb.append(String.format(Locale.ROOT, "- reference sets R(x) (paper, equation 1): every program of x's problem "
                + "faster than x (strict, no speedup threshold) with ROUGE-%d >= %.2f, independent of the pair gate; "
                + "test inputs drawn among programs with a non-empty R(x), stratified across problems (%s); every "
                + "pair with a test input on either side is out of training and validation, references of test inputs "
                + "may still be training targets%n", c.pairs().rougeN(), c.pairs().referenceMinRouge(),
                testInputsPerProblem(data)));
        sb.append("\n## Sampling protocol\n\n");
        sb.append(String.format(Locale.ROOT, "N = %d samples per test input and model:%n%n", c.samples()));
        sb.append("- Edit-VQ-VAE: one greedy decode under each codebook entry (sample i under latent i mod K), as the "
                + "paper's \"1 program per latent\";\n");
        sb.append("- VQ-VAE: greedy decodes under codes drawn from its uniform prior, without replacement when N <= K "
                + "(N distinct codes), with replacement when N > K;\n");
        sb.append("- Edit-VAE: greedy decodes under N draws from its N(0, I) prior;\n");
        sb.append(String.format(Locale.ROOT, "- Transformer, Transformer*: N ancestral samples (temperature %.2f, "
                + "top-k %d): they have no latent, so greedy decoding would repeat one program N times (the paper: "
                + "\"we simply randomly sample outputs\");%n", c.temperature(), c.topK()));
        sb.append("- copy-input: the input itself N times (the baseline).\n\n");
        if (c.decoders() != ReproduceDecoders.PROGRAM) {
            sb.append("A model with the edit decoder (`<kind>-edits`) draws its N samples by the same rule; each decoded "
                    + "edit script is applied to the input and the resulting program is scored.\n\n");
        }
        sb.append("The latent models decode greedily because their latent is the source of diversity. Every decode "
                + "stops at EOS or at min(max target length, 1.5 x input length + 32) tokens.\n");
        sb.append("\n## Table 1\n\n").append(Table1Writer.markdown(result.models(), c.samples(),
                c.bootstrapConfig()));
        sb.append("\n## Suggestions (`suggestions.csv`)\n\n");
        sb.append("Distinct outputs per test input (of N), the share of outputs equal to the input, and how many of "
                + "the distinct changed outputs parse again after rendering (the canonicalizer's own check).\n\n");
        sb.append("| model | distinct per input | unchanged | distinct changed | parse |\n|---|---|---|---|---|\n");
        health.forEach((model, h) -> sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.1f%% | %d | %d (%.1f%%) |%n",
                model, h.distinctPerInput(), 100 * h.unchangedShare(), h.changedDistinct(), h.parsing(),
                100 * h.parseRate())));
        sb.append("\n## Stage times (wall minutes; models run ").append(c.jobs()).append(" at once)\n\n");
        times.minutes().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "- %s: %.1f%n", k, v)));
        sb.append("\n## Files\n\n");
        sb.append("- `table1.md`, `table1.csv`: Table 1 with intervals; `table1_vs_copy.csv`: paired differences to "
                + "copy-input; `scores/<model>.jsonl`: every sample with its scores; `suggestions.csv`: distinct, "
                + "unchanged and parsing outputs per model\n");
        sb.append("- `samples/<model>.jsonl`: the drawn samples; `table2.md`: edits under different latents"
                + (c.decoders() != ReproduceDecoders.PROGRAM ? " (`table2-edits.md`: of edit-vqvae-edits)" : "") + "\n");
        sb.append("- `figure2/`: dataset statistics (Figure 2); `figures/`: Figure 5, Figure 6, codebook usage"
                + (c.decoders() != ReproduceDecoders.PROGRAM ? " (`figures-edits/`: of edit-vqvae-edits)" : "") + "\n");
        sb.append("- `pairs/`: the pair dataset; `models/<model>/`: the trained bundles; `manifest.json`\n");
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static String testInputsPerProblem(Reproduction.Data data) {
        Map<String, Long> perProblem = new java.util.TreeMap<>();
        data.dataset().test().forEach(t -> perProblem.merge(t.input().problemId(), 1L, Long::sum));
        StringBuilder sb = new StringBuilder();
        perProblem.forEach((p, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(p).append(": ").append(n));
        return sb.toString();
    }
}
