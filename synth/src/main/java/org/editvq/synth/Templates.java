package org.editvq.synth;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Template mechanics shared by the Java and Python source writers. */
final class Templates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");

    private Templates() {
    }

    /** Replaces {@code $key} by its macro (expanded recursively) or, without one, by {@code names(key)}. */
    static String substitute(String template, Map<String, String> macros, UnaryOperator<String> names) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String macro = macros.get(key);
            m.appendReplacement(sb, Matcher.quoteReplacement(macro != null ? substitute(macro, macros, names)
                    : names.apply(key)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Applies {@code transform} to the code between string and character literals, leaving literals as they are. */
    static String outsideLiterals(String code, UnaryOperator<String> transform) {
        StringBuilder sb = new StringBuilder();
        Matcher m = LITERAL.matcher(code);
        int last = 0;
        while (m.find()) {
            sb.append(transform.apply(code.substring(last, m.start()))).append(m.group());
            last = m.end();
        }
        sb.append(transform.apply(code.substring(last)));
        return sb.toString();
    }
}
