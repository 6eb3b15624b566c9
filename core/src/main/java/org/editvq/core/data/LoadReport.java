package org.editvq.core.data;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a corpus load took and what it skipped. A load never aborts because of one bad entry:
 * the entry lands here instead.
 *
 * @param source  what was read (a path or a description)
 * @param loaded  number of submissions loaded
 * @param skipped every entry that was not loaded, with its reason
 */
public record LoadReport(String source, int loaded, List<SkippedEntry> skipped) {
    public LoadReport {
        if (loaded < 0) {
            throw new IllegalArgumentException("loaded < 0");
        }
        skipped = List.copyOf(skipped);
    }

    /** Skipped entries counted by reason, sorted by reason. */
    public Map<String, Long> skippedByReason() {
        return skipped.stream().collect(Collectors.groupingBy(SkippedEntry::reason, TreeMap::new, Collectors.counting()));
    }

    /** One-line summary such as {@code "read x.csv: 1200 loaded, 3 skipped (2 empty source, 1 bad runtime)"}. */
    public String summary() {
        StringBuilder sb = new StringBuilder("read ").append(source).append(": ").append(loaded).append(" loaded, ")
                .append(skipped.size()).append(" skipped");
        if (!skipped.isEmpty()) {
            sb.append(" (").append(skippedByReason().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))).append(')');
        }
        return sb.toString();
    }
}
