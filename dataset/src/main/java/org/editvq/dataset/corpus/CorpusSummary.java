package org.editvq.dataset.corpus;

import org.editvq.core.data.Corpus;
import org.editvq.core.data.Language;
import org.editvq.core.data.SkippedEntry;
import org.editvq.core.data.Submission;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A summary of a corpus load: what {@code editvq corpus} prints.
 *
 * @param source          what was read
 * @param loaded          submissions loaded
 * @param skipped         entries skipped
 * @param skippedByReason skipped entries counted by reason, sorted by reason
 * @param perProblem      submissions per problem, problems in natural order
 * @param perLanguage     submissions per language
 * @param withRuntime     submissions with a measured runtime
 * @param loadMillis      wall time of the load in milliseconds
 * @param firstSkipped    the first {@value #SKIPPED_EXAMPLES} skipped entries, with their locations
 */
public record CorpusSummary(String source, int loaded, int skipped, Map<String, Long> skippedByReason,
                            Map<String, Integer> perProblem, Map<Language, Integer> perLanguage, int withRuntime,
                            long loadMillis, List<SkippedEntry> firstSkipped) {
    /** How many skipped entries a summary lists by location. */
    public static final int SKIPPED_EXAMPLES = 20;

    public CorpusSummary {
        Objects.requireNonNull(source, "source");
        if (loaded < 0 || skipped < 0 || withRuntime < 0 || withRuntime > loaded || loadMillis < 0) {
            throw new IllegalArgumentException("counts must be >= 0 and withRuntime <= loaded");
        }
        skippedByReason = java.util.Collections.unmodifiableMap(new TreeMap<>(skippedByReason));
        perProblem = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perProblem));
        EnumMap<Language, Integer> languages = new EnumMap<>(Language.class);
        languages.putAll(perLanguage);
        perLanguage = java.util.Collections.unmodifiableMap(languages);
        firstSkipped = List.copyOf(firstSkipped);
    }

    /** Summarizes a loaded corpus. */
    public static CorpusSummary of(Corpus corpus, long loadMillis) {
        Map<String, Integer> perProblem = new TreeMap<>(NaturalOrder.INSTANCE);
        Map<Language, Integer> perLanguage = new EnumMap<>(Language.class);
        int withRuntime = 0;
        for (Submission s : corpus.submissions()) {
            perProblem.merge(s.problemId(), 1, Integer::sum);
            perLanguage.merge(s.language(), 1, Integer::sum);
            withRuntime += s.hasRuntime() ? 1 : 0;
        }
        return new CorpusSummary(corpus.report().source(), corpus.size(), corpus.report().skipped().size(),
                corpus.report().skippedByReason(), perProblem, perLanguage, withRuntime, loadMillis,
                corpus.report().skipped().subList(0, Math.min(SKIPPED_EXAMPLES, corpus.report().skipped().size())));
    }

    /** Human-readable, multi-line text. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("corpus:      ").append(source).append('\n');
        sb.append("loaded:      ").append(loaded).append(" submissions in ").append(perProblem.size())
                .append(" problems (").append(loadMillis).append(" ms)\n");
        sb.append("languages:   ").append(perLanguage.isEmpty() ? "-" : perLanguage.toString()).append('\n');
        sb.append("runtimes:    ").append(withRuntime).append(" of ").append(loaded).append(" measured\n");
        sb.append("skipped:     ").append(skipped).append('\n');
        skippedByReason.forEach((reason, n) -> sb.append(String.format("  %6d  %s%n", n, reason)));
        if (!firstSkipped.isEmpty()) {
            sb.append(skipped > firstSkipped.size() ? "first " + firstSkipped.size() + " skipped:\n" : "skipped entries:\n");
            firstSkipped.forEach(e -> sb.append("  ").append(e).append('\n'));
        }
        sb.append("per problem:\n");
        perProblem.forEach((problem, n) -> sb.append(String.format("  %6d  %s%n", n, problem)));
        return sb.toString();
    }

    /** The problems, in natural order. */
    public List<String> problems() {
        return List.copyOf(perProblem.keySet());
    }
}
