package org.editvq.inference.suggest;

import org.editvq.inference.diff.LineDiff;

import java.util.ArrayList;
import java.util.List;

/** Applying a token-level edit script ({@link LineDiff#script}) to its input. */
public final class TokenEdits {
    private TokenEdits() {
    }

    /**
     * The sequence {@code script} turns {@code input} into: kept and inserted tokens in order.
     *
     * @throws IllegalArgumentException if the kept and deleted tokens of the script are not exactly {@code input}
     */
    public static List<String> apply(List<String> input, List<LineDiff.Line> script) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (LineDiff.Line line : script) {
            if (line.op() != LineDiff.Op.INSERT) {
                if (i >= input.size() || !input.get(i).equals(line.text())) {
                    throw new IllegalArgumentException("script does not match the input at token " + i);
                }
                i++;
            }
            if (line.op() != LineDiff.Op.DELETE) {
                out.add(line.text());
            }
        }
        if (i != input.size()) {
            throw new IllegalArgumentException("script covers " + i + " of " + input.size() + " input tokens");
        }
        return List.copyOf(out);
    }

    /** Number of inserted plus deleted tokens of a script (0 = no change). */
    public static int changes(List<LineDiff.Line> script) {
        return (int) script.stream().filter(l -> l.op() != LineDiff.Op.KEEP).count();
    }
}
