package org.editvq.synth;

import java.util.SplittableRandom;

/**
 * The surface of one submission, derived from its style seed: identifier names, brace style,
 * indentation, operator spacing, blank lines, import style, member order, helper methods or
 * inline code, {@code int} or {@code long} elements, and which equivalent implementation of a
 * variant is used (the {@code py*} fields only for Python sources). None of it changes the slow/fast
 * semantics of a choice.
 */
final class Style {
    final Names names;
    final boolean allman;
    final String indent;
    final boolean compactOps;
    final boolean keywordSpace;
    final boolean blankLines;
    final boolean omitBraces;
    final boolean wildcardImports;
    final boolean helpersFirst;
    final boolean useHelper;
    final boolean readIntHelper;
    final boolean scannerStatic;
    final boolean throwsException;
    final boolean useLong;
    final boolean printWriter;
    final boolean streamTokenizer;
    final boolean outputSetupFirst;
    final boolean alternative;
    final boolean staticState;
    /** Python: code inside {@code def main()} (called at the end) or at module level. */
    final boolean pyMainFunction;
    /** Python: {@code main()} guarded by {@code if __name__ == "__main__":}. */
    final boolean pyMainGuard;
    /** Python: the fast reader converts while reading ({@code map(int, ...)}) or per token ({@code int(next(it))}). */
    final boolean pyMapInts;
    /** Python: {@code list(map(int, line.split()))} or a list comprehension. */
    final boolean pyComprehension;
    /** Python: the case header as {@code "Case #%d:" % tc} or by concatenation with {@code str(tc)}. */
    final boolean pyPercentFormat;
    /** Python: the buffered output written by {@code sys.stdout.write} or by one {@code print}. */
    final boolean pyStdoutWrite;

    Style(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        allman = r.nextInt(4) == 0;
        String[] indents = {"    ", "    ", "  ", "\t"};
        indent = indents[r.nextInt(indents.length)];
        compactOps = r.nextInt(4) == 0;
        keywordSpace = r.nextInt(5) != 0;
        blankLines = r.nextBoolean();
        omitBraces = r.nextInt(3) == 0;
        wildcardImports = r.nextBoolean();
        helpersFirst = r.nextBoolean();
        useHelper = r.nextBoolean();
        readIntHelper = r.nextBoolean();
        scannerStatic = r.nextInt(3) == 0;
        throwsException = r.nextBoolean();
        useLong = r.nextInt(4) == 0;
        printWriter = r.nextBoolean();
        streamTokenizer = r.nextInt(3) == 0;
        outputSetupFirst = r.nextBoolean();
        alternative = r.nextBoolean();
        staticState = r.nextBoolean();
        names = new Names(r.split());
        // drawn after the Java fields and the name stream, so Java sources are unchanged by them
        pyMainFunction = r.nextBoolean();
        pyMainGuard = r.nextBoolean();
        pyMapInts = r.nextBoolean();
        pyComprehension = r.nextBoolean();
        pyPercentFormat = r.nextBoolean();
        pyStdoutWrite = r.nextBoolean();
    }
}
