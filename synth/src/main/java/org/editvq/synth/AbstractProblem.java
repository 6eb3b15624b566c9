package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.Map;

/**
 * A Java problem: its own {@link ProblemDefinition} (id, statement, categories, inputs, reference
 * solver) and the Java renderer. The renderer owns the parts every problem shares: the program
 * skeleton ({@code main}, the test-case loop), the input variants (Scanner vs buffered tokenizer)
 * and the output variants (println per line vs StringBuilder / PrintWriter; planted only where
 * the output is large, otherwise fixed to println). Subclasses write the definition's generator
 * and solver, the per-case body and their helper methods.
 */
abstract class AbstractProblem extends ProblemDefinition implements SynthProblem {
    /** A problem planting {@code input} and its algorithmic categories; its output style is fixed (println per line). */
    AbstractProblem(String id, String statement, EditCategory... algorithmic) {
        this(id, statement, false, algorithmic);
    }

    /**
     * @param plantsOutput whether {@link EditCategory#OUTPUT} is planted (only for problems whose
     *                     output is large enough for buffering to matter); otherwise every submission
     *                     prints with {@code System.out.println} and no output choice is recorded
     */
    AbstractProblem(String id, String statement, boolean plantsOutput, EditCategory... algorithmic) {
        super(id, statement, plantsOutput, algorithmic);
    }

    @Override
    public final String generateInput(long seed, boolean large) {
        return generateInput(seed, large, Language.JAVA);
    }

    /** Whether inputs contain words (then the StreamTokenizer reader is never used). */
    boolean wordsInput() {
        return false;
    }

    /** Whether array elements may be declared {@code long} instead of {@code int} (safe for this problem). */
    boolean longElementsAllowed() {
        return true;
    }

    /** Static fields and helper methods of the algorithmic variants. */
    abstract void helpers(Program p);

    /** The body of the test-case loop. */
    abstract void caseBody(Program p);

    /** Statements in {@code main} before the test-case loop (rarely needed). */
    void beforeCases(Program p) {
    }

    @Override
    public final SynthSource render(Map<EditCategory, Choice> choices, long styleSeed) {
        Map<EditCategory, Choice> c = checkedChoices(id(), choices);
        Style style = new Style(styleSeed);
        JavaWriter w = new JavaWriter(style);
        Program p = new Program(w, c, style, wordsInput() || !style.streamTokenizer, longElementsAllowed() && style.useLong);
        String cls = w.name("cls");
        w.open("public class " + cls);
        p.readerFields();
        if (style.helpersFirst) {
            helpers(p);
        }
        w.open("public static void main(String[] args) throws " + p.exception());
        if (style.outputSetupFirst) {
            p.outputSetup();
            p.readerSetup();
        } else {
            p.readerSetup();
            p.outputSetup();
        }
        beforeCases(p);
        w.line("int $T = $RI;");
        w.open("for (int $tc = 1; $tc <= $T; $tc++)");
        caseBody(p);
        w.close();
        p.outputFinish();
        w.close();
        if (!style.helpersFirst) {
            w.blank();
            helpers(p);
        }
        w.close();
        return new SynthSource(cls, w.finish());
    }

    /** The state of one rendering: writer, choices, style, and the shared input/output variants. */
    static final class Program {
        final JavaWriter w;
        final Map<EditCategory, Choice> choices;
        final Style style;
        final boolean tokenizer;
        final boolean longElements;

        Program(JavaWriter w, Map<EditCategory, Choice> choices, Style style, boolean tokenizer, boolean longElements) {
            this.w = w;
            this.choices = choices;
            this.style = style;
            this.tokenizer = tokenizer;
            this.longElements = longElements;
            w.macro("E", longElements ? "long" : "int");
            w.macro("BOX", longElements ? "Long" : "Integer");
            w.macro("RE", longElements ? "$RL" : "$RI");
            if (fast(EditCategory.INPUT)) {
                if (tokenizer) {
                    w.macro("RI", style.readIntHelper ? "$nextInt()" : "Integer.parseInt($next())");
                    w.macro("RL", style.readIntHelper ? "$nextLong()" : "Long.parseLong($next())");
                    w.macro("RS", "$next()");
                } else {
                    w.macro("RI", "$nextInt()");
                    w.macro("RL", "$nextLong()");
                }
            } else {
                w.macro("RI", "$sc.nextInt()");
                w.macro("RL", "$sc.nextLong()");
                w.macro("RS", "$sc.next()");
            }
        }

        /** Whether the category takes its fast variant; an unplanted category (no choice) is slow. */
        boolean fast(EditCategory category) {
            return choices.get(category) == Choice.FAST;
        }

        String exception() {
            if (style.throwsException) {
                return "Exception";
            }
            w.use("java.io.IOException");
            return "IOException";
        }

        void readerFields() {
            if (!fast(EditCategory.INPUT)) {
                if (style.scannerStatic) {
                    w.use("java.util.Scanner");
                    w.line("static Scanner $sc = new Scanner(System.in);");
                    w.blank();
                }
                return;
            }
            if (tokenizer) {
                w.use("java.io.BufferedReader", "java.io.InputStreamReader", "java.util.StringTokenizer");
                w.line("static BufferedReader $br = new BufferedReader(new InputStreamReader(System.in));");
                w.line("static StringTokenizer $st;");
                w.blank();
                w.open("static String $next() throws " + exception());
                w.open("while ($st == null || !$st.hasMoreTokens())");
                w.line("$st = new StringTokenizer($br.readLine());");
                w.close();
                w.line("return $st.nextToken();");
                w.close();
                if (style.readIntHelper) {
                    w.blank();
                    w.open("static int $nextInt() throws " + exception());
                    w.line("return Integer.parseInt($next());");
                    w.close();
                    if (longElements) {
                        w.blank();
                        w.open("static long $nextLong() throws " + exception());
                        w.line("return Long.parseLong($next());");
                        w.close();
                    }
                }
            } else {
                w.use("java.io.BufferedReader", "java.io.InputStreamReader", "java.io.StreamTokenizer");
                w.line("static StreamTokenizer $st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));");
                w.blank();
                w.open("static int $nextInt() throws " + exception());
                w.line("$st.nextToken();");
                w.line("return (int) $st.nval;");
                w.close();
                if (longElements) {
                    w.blank();
                    w.open("static long $nextLong() throws " + exception());
                    w.line("$st.nextToken();");
                    w.line("return (long) $st.nval;");
                    w.close();
                }
            }
            w.blank();
        }

        void readerSetup() {
            if (!fast(EditCategory.INPUT) && !style.scannerStatic) {
                w.use("java.util.Scanner");
                w.line("Scanner $sc = new Scanner(System.in);");
            }
        }

        void outputSetup() {
            if (!fast(EditCategory.OUTPUT)) {
                return;
            }
            if (style.printWriter) {
                w.use("java.io.PrintWriter", "java.io.BufferedWriter", "java.io.OutputStreamWriter");
                w.line("PrintWriter $pw = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));");
            } else {
                w.line("StringBuilder $sb = new StringBuilder();");
            }
        }

        /**
         * One output line made of Java expressions (string literals included), e.g.
         * {@code "\"Case #\"", "$tc", "\": \"", "$ans"}; the first part must be a string when
         * there are several.
         */
        void out(String... parts) {
            if (!fast(EditCategory.OUTPUT)) {
                w.line("System.out.println(" + String.join(" + ", parts) + ");");
            } else if (style.printWriter) {
                w.line("$pw.println(" + String.join(" + ", parts) + ");");
            } else {
                StringBuilder sb = new StringBuilder("$sb");
                for (String part : parts) {
                    sb.append(".append(").append(part).append(')');
                }
                w.line(sb.append(".append('\\n');").toString());
            }
        }

        /** The usual {@code Case #x: answer} line. */
        void caseLine(String answer) {
            if (answer == null) {
                out("\"Case #\"", "$tc", "\":\"");
            } else {
                out("\"Case #\"", "$tc", "\": \"", answer);
            }
        }

        void outputFinish() {
            if (!fast(EditCategory.OUTPUT)) {
                return;
            }
            if (style.printWriter) {
                w.line("$pw.flush();");
            } else {
                w.line("System.out.print($sb);");
            }
        }
    }
}
