package org.editvq.training.reproduce;

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
                      StageTimes times, Path file) throws IOException {
        ReproduceConfig c = request.config();
        StringBuilder sb = new StringBuilder("# editvq reproduction\n\n");
        sb.append("- corpus: `").append(request.corpusSpec()).append("` (").append(data.corpusCounts()).append(")\n");
        sb.append(String.format(Locale.ROOT, "- pairs: ROUGE-%d >= %.2f, speedup >= %.2f; %d train, %d valid "
                        + "(Transformer*: %d, %d); %d test inputs scored%n", c.pairs().rougeN(), c.pairs().minRouge(),
                c.pairs().minSpeedup(), data.dataset().train().size(), data.dataset().valid().size(),
                data.dataset().trainStar().size(), data.dataset().validStar().size(), result.testInputs()));
        sb.append(String.format(Locale.ROOT, "- preset `%s`: %s steps per model (Transformer* %s), %d samples per "
                        + "test input, sampling temperature %.2f top-k %d, seed %d, %d job(s)%n", c.preset(),
                c.steps() == 0 ? "the preset's" : Long.toString(c.steps()),
                c.starSteps() == 0 ? "the preset's" : Long.toString(c.starSteps()), c.samples(), c.temperature(),
                c.topK(), c.seed(), c.jobs()));
        sb.append("- editvq ").append(EditVqVersion.VERSION).append("; machine: ");
        Map<String, String> env = RunManifest.currentEnvironment();
        sb.append(env.getOrDefault("processors", "?")).append(" processors, Java ")
                .append(env.getOrDefault("java.version", "?")).append(", ").append(env.getOrDefault("os.name", "?"))
                .append(' ').append(env.getOrDefault("os.arch", "")).append('\n');
        sb.append(String.format(Locale.ROOT, "- wall time: %.1f min over all sessions%n", times.totalMinutes()));
        sb.append("\n## Table 1\n\n").append(Table1Writer.markdown(result.models(), c.samples()));
        sb.append("\n## Stage times (wall minutes; models run ").append(c.jobs()).append(" at once)\n\n");
        times.minutes().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "- %s: %.1f%n", k, v)));
        sb.append("\n## Files\n\n");
        sb.append("- `table1.md`, `table1.csv`: Table 1; `scores/<model>.jsonl`: every sample with its scores\n");
        sb.append("- `samples/<model>.jsonl`: the drawn samples; `table2.md`: edits under different latents\n");
        sb.append("- `figure2/`: dataset statistics (Figure 2); `figures/`: Figure 5, Figure 6, codebook usage\n");
        sb.append("- `pairs/`: the pair dataset; `models/<model>/`: the trained bundles; `manifest.json`\n");
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
}
