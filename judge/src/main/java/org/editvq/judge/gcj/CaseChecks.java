package org.editvq.judge.gcj;

import org.editvq.judge.CheckResult;

import java.util.NoSuchElementException;

/**
 * The frame every Code Jam checker shares: the input's T cases, each answer introduced by
 * {@code Case #c:} (the word matched case-insensitively), nothing after the last case, and an
 * output that ends early rejected rather than thrown.
 */
final class CaseChecks {
    private CaseChecks() {
    }

    /** Checks one case's answer, read from {@code out} after its label; null when it is right. */
    interface CaseCheck {
        CheckResult check(int caseNumber, Tokens in, Tokens out);
    }

    /** Runs {@code perCase} on every case of {@code input} against {@code output}. */
    static CheckResult check(String input, String output, CaseCheck perCase) {
        Tokens in = new Tokens(input);
        Tokens out = new Tokens(output);
        int t = in.nextInt();
        try {
            for (int c = 1; c <= t; c++) {
                String word = out.next();
                String label = out.next();
                if (!word.equalsIgnoreCase("case") || !label.equals("#" + c + ":")) {
                    return CheckResult.reject("case " + c + ": expected 'Case #" + c + ":', got '" + word + " " + label + "'");
                }
                CheckResult wrong = perCase.check(c, in, out);
                if (wrong != null) {
                    return wrong;
                }
            }
            if (out.hasNext()) {
                return CheckResult.reject("extra output after the last case: '" + out.next() + "'");
            }
            return CheckResult.accept();
        } catch (NoSuchElementException e) {
            return CheckResult.reject("output ends early");
        }
    }
}
