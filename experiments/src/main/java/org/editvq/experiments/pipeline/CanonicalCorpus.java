package org.editvq.experiments.pipeline;

import org.editvq.core.data.CanonicalProgram;
import org.editvq.core.data.LoadReport;
import org.editvq.core.data.SkippedEntry;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A corpus after canonicalization: the programs that canonicalized, the load report of the
 * corpus, and every submission that failed to canonicalize with its first problem.
 *
 * @param programs         canonical programs in corpus order
 * @param load             what the corpus reader loaded and skipped
 * @param failed           submissions that did not canonicalize (location = submission id)
 */
public record CanonicalCorpus(List<CanonicalProgram> programs, LoadReport load, List<SkippedEntry> failed) {
    public CanonicalCorpus {
        programs = List.copyOf(programs);
        failed = List.copyOf(failed);
    }

    /** Programs with a measured runtime. */
    public long withRuntime() {
        return programs.stream().filter(p -> !Double.isNaN(p.runtimeMs())).count();
    }

    /** Counts for manifests and reports. */
    public Map<String, Object> counts() {
        Map<String, Object> m = new TreeMap<>();
        m.put("loaded", load.loaded());
        m.put("skippedByReader", load.skipped().size());
        m.put("canonicalized", programs.size());
        m.put("failedToCanonicalize", failed.size());
        m.put("withRuntime", withRuntime());
        return m;
    }

    /** One-line summary. */
    public String summary() {
        String failures = failed.isEmpty() ? "" : " (" + failed.stream()
                .collect(Collectors.groupingBy(SkippedEntry::reason, TreeMap::new, Collectors.counting()))
                .entrySet().stream().limit(5).map(e -> e.getValue() + "x " + e.getKey())
                .collect(Collectors.joining("; ")) + ")";
        return load.summary() + "; canonicalized " + programs.size() + ", failed " + failed.size() + failures
                + "; with runtime " + withRuntime();
    }
}
