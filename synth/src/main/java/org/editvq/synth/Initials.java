package org.editvq.synth;

import org.editvq.core.data.Language;

import java.util.SplittableRandom;

/** Building a string of initials: String += in a loop (slow) vs StringBuilder (fast). */
final class Initials extends AbstractProblem {
    Initials() {
        super("initials", "Each case gives N and a line of N lowercase words. Output 'Case #x: S', where S is the "
                + "string of the first letters of the words, in order.", EditCategory.STRING_BUILDER);
    }

    @Override
    boolean wordsInput() {
        return true;
    }

    @Override
    void generate(SplittableRandom random, boolean large, Language language, StringBuilder out) {
        int t = large ? 5 : 3;
        out.append(t).append('\n');
        for (int tc = 0; tc < t; tc++) {
            int n = large ? 30_000 : 1 + random.nextInt(8);
            out.append(n).append('\n');
            for (int i = 0; i < n; i++) {
                out.append(i == 0 ? "" : " ");
                int len = 1 + random.nextInt(8);
                for (int c = 0; c < len; c++) {
                    out.append((char) ('a' + random.nextInt(26)));
                }
            }
            out.append('\n');
        }
    }

    @Override
    void solveCase(Tokens in, int caseNumber, StringBuilder out) {
        int n = in.nextInt();
        out.append("Case #").append(caseNumber).append(": ");
        for (int i = 0; i < n; i++) {
            out.append(in.next().charAt(0));
        }
        out.append('\n');
    }

    @Override
    void helpers(Program p) {
        if (!p.style.useHelper) {
            return;
        }
        JavaWriter w = p.w;
        w.open("static String $initials(String[] $words)");
        if (p.fast(EditCategory.STRING_BUILDER)) {
            w.line("StringBuilder $b = new StringBuilder();");
            w.single("for (String $w : $words)", "$b.append($w.charAt(0));");
            w.line("return $b.toString();");
        } else {
            w.line("String $str = \"\";");
            w.single("for (String $w : $words)", "$str += $w.charAt(0);");
            w.line("return $str;");
        }
        w.close();
        w.blank();
    }

    @Override
    void caseBody(Program p) {
        JavaWriter w = p.w;
        w.line("int $n = $RI;");
        if (p.style.useHelper) {
            w.line("String[] $words = new String[$n];");
            w.single("for (int $i = 0; $i < $n; $i++)", "$words[$i] = $RS;");
            w.line("String $str = $initials($words);");
        } else if (p.fast(EditCategory.STRING_BUILDER)) {
            w.line("StringBuilder $b = new StringBuilder();");
            w.open("for (int $i = 0; $i < $n; $i++)");
            w.line("String $w = $RS;");
            w.line("$b.append($w.charAt(0));");
            w.close();
            w.line("String $str = $b.toString();");
        } else {
            w.line("String $str = \"\";");
            w.open("for (int $i = 0; $i < $n; $i++)");
            w.line("String $w = $RS;");
            w.line("$str += $w.charAt(0);");
            w.close();
        }
        p.caseLine("$str");
    }
}
