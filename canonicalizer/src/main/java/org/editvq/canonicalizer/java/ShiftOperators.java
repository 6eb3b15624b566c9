package org.editvq.canonicalizer.java;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * JavaParser lexes {@code >>}, {@code >>>}, {@code >>=} and {@code >>>=} as several {@code >} tokens (so that
 * they can close nested type arguments). This finds the token spans that are really one shift operator, so that
 * the canonical sequence has {@code >>} where the program shifts and {@code > >} only where it closes generics.
 */
final class ShiftOperators {

    private ShiftOperators() {
    }

    /** First token of every multi-token shift operator to its last token (identity keys). */
    static Map<JavaToken, JavaToken> find(CompilationUnit unit) {
        Map<JavaToken, JavaToken> spans = new IdentityHashMap<>();
        for (BinaryExpr binary : unit.findAll(BinaryExpr.class)) {
            BinaryExpr.Operator op = binary.getOperator();
            if (op == BinaryExpr.Operator.SIGNED_RIGHT_SHIFT || op == BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT) {
                between(binary.getLeft(), binary.getRight()).ifPresent(span -> spans.put(span[0], span[1]));
            }
        }
        for (AssignExpr assign : unit.findAll(AssignExpr.class)) {
            AssignExpr.Operator op = assign.getOperator();
            if (op == AssignExpr.Operator.SIGNED_RIGHT_SHIFT || op == AssignExpr.Operator.UNSIGNED_RIGHT_SHIFT) {
                between(assign.getTarget(), assign.getValue()).ifPresent(span -> spans.put(span[0], span[1]));
            }
        }
        return spans;
    }

    /** The first and last non-whitespace, non-comment tokens strictly between two sibling nodes. */
    private static Optional<JavaToken[]> between(Node left, Node right) {
        Optional<JavaToken> leftEnd = left.getTokenRange().map(r -> r.getEnd());
        Optional<JavaToken> rightBegin = right.getTokenRange().map(r -> r.getBegin());
        if (leftEnd.isEmpty() || rightBegin.isEmpty()) {
            return Optional.empty();
        }
        JavaToken first = null;
        JavaToken last = null;
        for (JavaToken t = leftEnd.get().getNextToken().orElse(null); t != null && t != rightBegin.get();
             t = t.getNextToken().orElse(null)) {
            if (!t.getCategory().isWhitespaceOrComment()) {
                if (first == null) {
                    first = t;
                }
                last = t;
            }
        }
        return first == null || first == last ? Optional.empty() : Optional.of(new JavaToken[]{first, last});
    }
}
