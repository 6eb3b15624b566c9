package org.editvq.synth;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Emits Java source in a {@link Style}: {@code $role} placeholders become the style's names,
 * {@code $MACRO}s expand (recursively), braces, indentation and operator spacing follow the style,
 * and used classes are collected into the import block.
 */
final class JavaWriter {
    private static final Pattern SPACED_OP = Pattern.compile(" (==|!=|<=|>=|\\+=|-=|\\*=|&&|\\|\\||=|<|>|\\+|-|\\*|/|%) ");
    private static final Pattern KEYWORD_PAREN = Pattern.compile("\\b(if|for|while) \\(");

    final Style style;
    private final StringBuilder body = new StringBuilder();
    private final TreeSet<String> imports = new TreeSet<>();
    private final Map<String, String> macros = new HashMap<>();
    private int depth;

    JavaWriter(Style style) {
        this.style = style;
    }

    void macro(String key, String value) {
        macros.put(key, value);
    }

    /** Records fully qualified classes to import. */
    JavaWriter use(String... classes) {
        for (String c : classes) {
            imports.add(c);
        }
        return this;
    }

    String name(String role) {
        return style.names.get(role);
    }

    String subst(String template) {
        return Templates.substitute(template, macros, this::name);
    }

    private String format(String code) {
        return Templates.outsideLiterals(code, this::formatCode);
    }

    private String formatCode(String code) {
        String out = code;
        if (style.compactOps) {
            // twice: "a + b + c" shares spaces between neighbouring operators
            out = SPACED_OP.matcher(out).replaceAll("$1");
            out = SPACED_OP.matcher(out).replaceAll("$1");
        }
        if (!style.keywordSpace) {
            out = KEYWORD_PAREN.matcher(out).replaceAll("$1(");
        }
        return out;
    }

    private void indentLine(String text) {
        body.append(style.indent.repeat(depth)).append(text).append('\n');
    }

    /** One statement or declaration. */
    JavaWriter line(String template) {
        indentLine(format(subst(template)));
        return this;
    }

    /** A block header followed by an opening brace, in the style's brace placement. */
    JavaWriter open(String header) {
        String h = format(subst(header));
        if (style.allman) {
            indentLine(h);
            indentLine("{");
        } else {
            indentLine(h + " {");
        }
        depth++;
        return this;
    }

    JavaWriter close() {
        depth--;
        indentLine("}");
        return this;
    }

    /** Closes the current block and opens {@code else ...}. */
    JavaWriter closeElse(String header) {
        depth--;
        String h = format(subst(header));
        if (style.allman) {
            indentLine("}");
            indentLine(h);
            indentLine("{");
        } else {
            indentLine("} " + h + " {");
        }
        depth++;
        return this;
    }

    /** A block with one statement; braces may be omitted by the style. */
    JavaWriter single(String header, String statement) {
        if (style.omitBraces) {
            line(header);
            depth++;
            line(statement);
            depth--;
            return this;
        }
        return open(header).line(statement).close();
    }

    /** A blank line when the style separates blocks. */
    JavaWriter blank() {
        if (style.blankLines) {
            body.append('\n');
        }
        return this;
    }

    /** The import block followed by everything written. */
    String finish() {
        StringBuilder sb = new StringBuilder();
        if (style.wildcardImports) {
            TreeSet<String> packages = new TreeSet<>();
            for (String c : imports) {
                packages.add(c.substring(0, c.lastIndexOf('.')));
            }
            packages.forEach(p -> sb.append("import ").append(p).append(".*;\n"));
        } else {
            imports.forEach(c -> sb.append("import ").append(c).append(";\n"));
        }
        if (!imports.isEmpty()) {
            sb.append('\n');
        }
        return sb.append(body).toString();
    }
}
