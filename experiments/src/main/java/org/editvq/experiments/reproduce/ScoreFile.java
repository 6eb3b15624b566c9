package org.editvq.experiments.reproduce;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.editvq.evaluation.metrics.EfficiencyReport;
import org.editvq.evaluation.metrics.ExampleScores;
import org.editvq.evaluation.metrics.SampleScores;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-example scores of one model, one JSON line per test input with every sample and its
 * scores:
 * <pre>{"model": "edit-vqvae", "id": "...", "problem": "...", "references": 7,
 *  "avg_correctness": .., "max_correctness": .., "avg_hard_efficiency": .., "max_hard_efficiency": ..,
 *  "avg_soft_efficiency": .., "max_soft_efficiency": .., "diversity": .., "distinct": ..,
 *  "samples": [{"latent": 0, "tokens": [...], "correctness": .., "hard_efficiency": .., "soft_efficiency": ..}]}</pre>
 */
final class ScoreFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScoreFile() {
    }

    static void write(Path file, String model, EfficiencyReport report, List<SampleFile.Entry> entries)
            throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < entries.size(); i++) {
                ExampleScores e = report.perExample().get(i);
                SampleFile.Entry entry = entries.get(i);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("model", model);
                m.put("id", e.id());
                m.put("problem", entry.problem());
                m.put("input_runtime_ms", entry.runtimeMs());
                m.put("references", e.references());
                m.put("avg_correctness", e.avgCorrectness());
                m.put("max_correctness", e.maxCorrectness());
                m.put("avg_hard_efficiency", e.avgHardEfficiency());
                m.put("max_hard_efficiency", e.maxHardEfficiency());
                m.put("avg_soft_efficiency", e.avgSoftEfficiency());
                m.put("max_soft_efficiency", e.maxSoftEfficiency());
                m.put("diversity", e.diversity());
                m.put("distinct", e.distinct());
                List<Map<String, Object>> samples = new ArrayList<>();
                for (int k = 0; k < e.samples().size(); k++) {
                    SampleScores s = e.samples().get(k);
                    SampleFile.Sample sample = entry.samples().get(k);
                    Map<String, Object> sm = new LinkedHashMap<>();
                    sm.put("latent", sample.latent());
                    sm.put("tokens", sample.tokens());
                    sm.put("correctness", s.correctness());
                    sm.put("hard_efficiency", s.hardEfficiency());
                    sm.put("soft_efficiency", s.softEfficiency());
                    samples.add(sm);
                }
                m.put("samples", samples);
                w.write(JSON.writeValueAsString(m));
                w.write('\n');
            }
        }
    }
}
