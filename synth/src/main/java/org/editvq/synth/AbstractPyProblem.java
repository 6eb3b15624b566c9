package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.List;
import java.util.Map;

/**
 * The Python twin of a problem ({@code <id>-py}): the Python renderer of the problem's
 * {@link ProblemDefinition}, from which it takes the categories, the inputs (generated for
 * {@link Language#PYTHON}: sized for Python, some lists one value per line) and the reference
 * solver. The renderer owns the parts every Python problem shares: the program skeleton (optional
 * {@code def main()}, the test-case loop), the input variants ({@code input()} per line vs one
 * {@code sys.stdin.buffer.read().split()}) and the output variants ({@code print} per line vs one
 * {@code "\n".join}, planted only where the output is large, otherwise fixed to {@code print}).
 * Subclasses write the per-case body and their helper functions.
 */
abstract class AbstractPyProblem implements SynthProblem {
    private final ProblemDefinition definition;
    private final String id;
    private final String statement;

    /** The Python twin of {@code definition} (normally the Java problem, which is its own definition). */
    AbstractPyProblem(ProblemDefinition definition) {
        this.definition = definition;
        this.id = definition.id() + "-py";
        this.statement = definition.statement() + " (Python 3 submissions; inputs sized for Python; lists of queries and the running-sums values stand one per line.)";
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String statement() {
        return statement;
    }

    @Override
    public final List<EditCategory> categories() {
        return definition.categories();
    }

    @Override
    public final Language language() {
        return Language.PYTHON;
    }

    @Override
    public final String generateInput(long seed, boolean large) {
        return definition.generateInput(seed, large, Language.PYTHON);
    }

    @Override
    public final String solve(String input) {
        return definition.solve(input);
    }

    /** Module-level helper functions of the variants (may be empty). */
    abstract void helpers(PyProgram p);

    /** The body of the test-case loop. */
    abstract void caseBody(PyProgram p);

    @Override
    public final SynthSource render(Map<EditCategory, Choice> choices, long styleSeed) {
        Map<EditCategory, Choice> c = definition.checkedChoices(id, choices);
        Style style = new Style(styleSeed);
        PyWriter w = new PyWriter(style);
        PyProgram p = new PyProgram(w, c, style);
        String module = w.name("pyModule");
        boolean main = style.pyMainFunction;
        if (!main || style.helpersFirst) {
            helpers(p);
        }
        if (main) {
            w.open("def $pyMain()");
        }
        if (style.outputSetupFirst) {
            p.outputSetup();
            p.readerSetup();
        } else {
            p.readerSetup();
            p.outputSetup();
        }
        w.line("$T = " + p.lineInt());
        w.open("for $tc in range(1, $T + 1)");
        caseBody(p);
        w.close();
        p.outputFinish();
        if (main) {
            w.close();
            w.blank();
            if (!style.helpersFirst) {
                helpers(p);
            }
            if (style.pyMainGuard) {
                w.open("if __name__ == \"__main__\"");
                w.line("$pyMain()");
                w.close();
            } else {
                w.line("$pyMain()");
            }
        }
        return new SynthSource(module, w.finish());
    }

    /** The state of one rendering: writer, choices, style, and the shared input/output variants. */
    static final class PyProgram {
        final PyWriter w;
        final Map<EditCategory, Choice> choices;
        final Style style;

        PyProgram(PyWriter w, Map<EditCategory, Choice> choices, Style style) {
            this.w = w;
            this.choices = choices;
            this.style = style;
            if (fast(EditCategory.INPUT)) {
                w.macro("RI", style.pyMapInts ? "next($pyIt)" : "int(next($pyIt))");
            }
        }

        /** Whether the category takes its fast variant; an unplanted category (no choice) is slow. */
        boolean fast(EditCategory category) {
            return choices.get(category) == Choice.FAST;
        }

        void readerSetup() {
            if (fast(EditCategory.INPUT)) {
                w.use("import sys");
                w.line("$pyIt = " + (style.pyMapInts ? "map(int, sys.stdin.buffer.read().split())"
                        : "iter(sys.stdin.buffer.read().split())"));
            }
        }

        /** An expression reading one integer that stands alone on its line. */
        String lineInt() {
            return fast(EditCategory.INPUT) ? "$RI" : "int(input())";
        }

        /** Reads one line of integers into the given variables ({@code $n}, {@code $q}, ...). */
        void readInts(String... vars) {
            if (fast(EditCategory.INPUT)) {
                for (String v : vars) {
                    w.line(v + " = $RI");
                }
            } else if (vars.length == 1) {
                w.line(vars[0] + " = int(input())");
            } else {
                w.line(String.join(", ", vars) + " = map(int, input().split())");
            }
        }

        /** Reads a line of {@code count} integers into list {@code var}. */
        void readArray(String var, String count) {
            if (fast(EditCategory.INPUT)) {
                w.line(var + " = [$RI for _ in range(" + count + ")]");
            } else if (style.pyComprehension) {
                w.line(var + " = [int($pyTok) for $pyTok in input().split()]");
            } else {
                w.line(var + " = list(map(int, input().split()))");
            }
        }

        /** Reads {@code count} integers, one per line, into list {@code var}. */
        void readColumn(String var, String count) {
            if (fast(EditCategory.INPUT)) {
                w.line(var + " = [$RI for _ in range(" + count + ")]");
            } else {
                w.line(var + " = [int(input()) for _ in range(" + count + ")]");
            }
        }

        void outputSetup() {
            if (fast(EditCategory.OUTPUT)) {
                w.line("$pyOut = []");
            }
        }

        /** One output line; {@code expr} is a Python expression of any type (printed with {@code str}). */
        void out(String expr, boolean isString) {
            if (fast(EditCategory.OUTPUT)) {
                w.line("$pyOut.append(" + (isString ? expr : "str(" + expr + ")") + ")");
            } else {
                w.line("print(" + expr + ")");
            }
        }

        /** The {@code Case #x:} header line, or {@code Case #x: answer} when {@code answer} is given. */
        void caseLine(String answer) {
            String text;
            if (style.pyPercentFormat) {
                text = answer == null ? "\"Case #%d:\" % $tc" : "\"Case #%d: %s\" % ($tc, " + answer + ")";
            } else {
                text = answer == null ? "\"Case #\" + str($tc) + \":\"" : "\"Case #\" + str($tc) + \": \" + str(" + answer + ")";
            }
            out(text, true);
        }

        void outputFinish() {
            if (!fast(EditCategory.OUTPUT)) {
                return;
            }
            if (style.pyStdoutWrite) {
                w.use("import sys");
                w.line("sys.stdout.write(\"\\n\".join($pyOut) + \"\\n\")");
            } else {
                w.line("print(\"\\n\".join($pyOut))");
            }
        }
    }
}
