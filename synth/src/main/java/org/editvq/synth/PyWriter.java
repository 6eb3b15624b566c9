package org.editvq.synth;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Emits Python 3 source in a {@link Style}: {@code $role} placeholders become the style's names,
 * {@code $MACRO}s expand (recursively), blocks are indented by the style's indent, operator spacing
 * follows the style, and imported modules are collected into the import block.
 */
final class PyWriter {
    private static final Pattern SPACED_OP = Pattern.compile(" (==|!=|<=|>=|\\+=|-=|<|>|\\+|-|\\*|//|%) ");

    final Style style;
    private final StringBuilder body = new StringBuilder();
    private final TreeSet<String> imports = new TreeSet<>();
    private final Map<String, String> macros = new HashMap<>();
    private int depth;

    PyWriter(Style style) {
        this.style = style;
    }

    void macro(String key, String value) {
        macros.put(key, value);
    }

    /** Records an import line, e.g. {@code import sys} or {@code from functools import lru_cache}. */
    PyWriter use(String importLine) {
        imports.add(importLine);
        return this;
    }

    String name(String role) {
        return style.names.get(role);
    }

    String subst(String template) {
        return Templates.substitute(template, macros, this::name);
    }

    private String format(String code) {
        return style.compactOps ? Templates.outsideLiterals(code, PyWriter::compact) : code;
    }

    private static String compact(String code) {
        String out = SPACED_OP.matcher(code).replaceAll("$1");
        return SPACED_OP.matcher(out).replaceAll("$1");
    }

    /** One statement. */
    PyWriter line(String template) {
        body.append(style.indent.repeat(depth)).append(format(subst(template))).append('\n');
        return this;
    }

    /** A compound statement header ({@code for ...}, {@code def ...}); the colon is added. */
    PyWriter open(String header) {
        line(header + ":");
        depth++;
        return this;
    }

    PyWriter close() {
        depth--;
        return this;
    }

    /** A blank line when the style separates blocks (always at module level between definitions). */
    PyWriter blank() {
        if (style.blankLines || depth == 0) {
            body.append('\n');
        }
        return this;
    }

    /** The import block followed by everything written. */
    String finish() {
        StringBuilder sb = new StringBuilder();
        imports.forEach(i -> sb.append(i).append('\n'));
        if (!imports.isEmpty()) {
            sb.append('\n');
        }
        return sb.append(body).toString();
    }
}
