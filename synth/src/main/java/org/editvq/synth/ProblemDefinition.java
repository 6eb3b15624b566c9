package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;

/**
 * The language-neutral half of a problem: its id, statement, planted categories, input generator
 * (small and large inputs, sized per submission language) and reference solver. Every problem
 * has one definition; the renderers turn it into submissions: {@link AbstractProblem} (which
 * extends this class, so each Java problem is its own definition) writes Java, and
 * {@link AbstractPyProblem} writes the Python twin of a definition ({@code <id>-py}), so a
 * problem in both languages is defined once.
 */
abstract class ProblemDefinition {
    private final String id;
    private final String statement;
    private final List<EditCategory> categories;

    /**
     * @param plantsOutput whether {@link EditCategory#OUTPUT} is planted (only for problems whose
     *                     output is large enough for buffering to matter); otherwise every submission
     *                     prints line by line and no output choice is recorded
     * @param algorithmic  the problem's algorithmic categories, planted after {@link EditCategory#INPUT}
     *                     (and {@link EditCategory#OUTPUT})
     */
    ProblemDefinition(String id, String statement, boolean plantsOutput, EditCategory... algorithmic) {
        this.id = id;
        this.statement = statement;
        List<EditCategory> all = new ArrayList<>(List.of(EditCategory.INPUT));
        if (plantsOutput) {
            all.add(EditCategory.OUTPUT);
        }
        all.addAll(List.of(algorithmic));
        this.categories = List.copyOf(all);
    }

    /** The id of the Java problem (its Python twin's is {@code <id>-py}). */
    public final String id() {
        return id;
    }

    /** The statement of the Java problem (its Python twin appends a note on the Python inputs). */
    public final String statement() {
        return statement;
    }

    /** Input, output when planted, then the algorithmic categories; the same in both languages. */
    public final List<EditCategory> categories() {
        return categories;
    }

    /** A deterministic input for submissions in {@code language} (see {@link #generate}). */
    final String generateInput(long seed, boolean large, Language language) {
        StringBuilder sb = new StringBuilder();
        generate(new SplittableRandom(seed), large, language, sb);
        return sb.toString();
    }

    /** The expected output: the reference solver, which reads whitespace-separated tokens, so any input layout. */
    public final String solve(String input) {
        StringBuilder sb = new StringBuilder();
        Tokens in = new Tokens(input);
        int t = in.nextInt();
        for (int tc = 1; tc <= t; tc++) {
            solveCase(in, tc, sb);
        }
        return sb.toString();
    }

    /**
     * Appends a whole input (the first line is T). Small inputs are the same in both languages; a
     * problem with a Python twin sizes the large ones for the language (Python is much slower) and
     * for Python may put lists one value per line ({@link #appendList}), as its Python programs
     * read them; problems without a twin ignore {@code language}.
     */
    abstract void generate(SplittableRandom random, boolean large, Language language, StringBuilder out);

    /** Reads one case and appends its expected output lines. */
    abstract void solveCase(Tokens in, int caseNumber, StringBuilder out);

    /**
     * Appends {@code count} values drawn in order from {@code next}: space-separated on one line,
     * or one per line when {@code onePerLine}; either way the list ends with a line break.
     */
    static void appendList(StringBuilder out, int count, boolean onePerLine, IntSupplier next) {
        for (int i = 0; i < count; i++) {
            if (onePerLine) {
                out.append(next.getAsInt()).append('\n');
            } else {
                out.append(i == 0 ? "" : " ").append(next.getAsInt());
            }
        }
        if (!onePerLine) {
            out.append('\n');
        }
    }

    /**
     * The choices of one submission, checked against {@link #categories()}: exactly one per planted
     * category (an unknown or missing category is rejected, naming {@code problemId}).
     */
    final Map<EditCategory, Choice> checkedChoices(String problemId, Map<EditCategory, Choice> choices) {
        Map<EditCategory, Choice> c = new EnumMap<>(EditCategory.class);
        for (Map.Entry<EditCategory, Choice> e : choices.entrySet()) {
            if (!categories.contains(e.getKey())) {
                throw new IllegalArgumentException(problemId + " has no edit category " + e.getKey().key());
            }
            c.put(e.getKey(), e.getValue());
        }
        for (EditCategory category : categories) {
            if (!c.containsKey(category)) {
                throw new IllegalArgumentException("no choice for " + category.key() + " in " + problemId);
            }
        }
        return c;
    }
}
