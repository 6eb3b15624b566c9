package org.editvq.experiments.reproduce;

import org.editvq.canonicalizer.Canonicalizers;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.data.Language;
import org.editvq.dataset.pairs.TestInput;
import org.editvq.models.Decoded;
import org.editvq.inference.decode.ProgramDecoder;
import org.editvq.inference.suggest.Suggester;
import org.editvq.inference.suggest.Suggestion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Table 2 of the paper: for a few test inputs, the input program and the distinct programs the
 * Edit-VQ-VAE generates under different latents, each as a diff against the input with the
 * latents that produce it. The inputs shown are those with the most distinct changed outputs
 * (ties: test-set order), so the table shows what the latents do rather than copies.
 */
final class Table2Writer {
    /** Distinct outputs shown per input at most. */
    static final int OUTPUTS_PER_INPUT = 6;

    private Table2Writer() {
    }

    static void write(Path editVqvaeSamples, List<TestInput> tests, Language language, int examples, Path out)
            throws IOException {
        Map<String, SampleFile.Entry> samples = SampleFile.read(editVqvaeSamples);
        Canonicalizer canonicalizer = Canonicalizers.forLanguage(language);
        record Candidate(TestInput test, SampleFile.Entry entry, int changed, int order) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            TestInput t = tests.get(i);
            SampleFile.Entry e = samples.get(t.input().submissionId());
            if (e == null) {
                continue;
            }
            Set<List<String>> changed = new HashSet<>();
            for (SampleFile.Sample s : e.samples()) {
                if (!s.tokens().equals(t.input().tokens())) {
                    changed.add(s.tokens());
                }
            }
            candidates.add(new Candidate(t, e, changed.size(), i));
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.changed()).thenComparingInt(Candidate::order));
        StringBuilder sb = new StringBuilder("# Table 2: edits generated under different latents\n\n");
        sb.append("Edit-VQ-VAE, one greedy decode per latent. For each input: its distinct outputs (at most ")
                .append(OUTPUTS_PER_INPUT).append("), most likely first, as unified diffs against the input.\n");
        for (Candidate c : candidates.subList(0, Math.min(examples, candidates.size()))) {
            List<String> input = c.test().input().tokens();
            List<ProgramDecoder.Output> outputs = new ArrayList<>();
            for (SampleFile.Sample s : c.entry().samples()) {
                double perToken = Decoded.normalizedLogProb(s.logProb(), s.tokens().size(), s.finished());
                outputs.add(new ProgramDecoder.Output("latent " + s.latent(), s.latent(), s.tokens(), "", perToken,
                        s.logProb(), s.finished()));
            }
            List<Suggestion> ranked = Suggester.group(input, input, canonicalizer, outputs);
            sb.append("\n## ").append(c.test().input().submissionId()).append(String.format(Locale.ROOT,
                    " (problem %s, %.1f ms; %d references, fastest %.1f ms)%n%n", c.test().input().problemId(),
                    c.test().input().runtimeMs(), c.test().references().size(), c.test().fastestRuntimeMs()));
            sb.append(ranked.size()).append(" distinct outputs from ").append(outputs.size()).append(" latents, ")
                    .append(c.changed()).append(" of them changed.\n\n");
            sb.append("Input:\n\n```\n").append(Suggester.inputCode(language, input).strip()).append("\n```\n");
            for (Suggestion s : ranked.subList(0, Math.min(OUTPUTS_PER_INPUT, ranked.size()))) {
                sb.append("\nLatents ").append(s.latents().stream().map(String::valueOf)
                        .collect(Collectors.joining(", "))).append(String.format(Locale.ROOT,
                        " (log-likelihood per token %.3f%s)", s.score(), s.finished() ? "" : ", cut at the length limit"));
                if (s.noChange()) {
                    sb.append(": no change\n");
                } else {
                    sb.append(":\n\n```diff\n").append(s.diff().strip()).append("\n```\n");
                }
            }
        }
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }
}
