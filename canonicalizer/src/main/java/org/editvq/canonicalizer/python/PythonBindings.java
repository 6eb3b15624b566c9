package org.editvq.canonicalizer.python;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.editvq.canonicalizer.python.grammar.PythonParser;
import org.editvq.canonicalizer.python.grammar.PythonParserBaseListener;

/**
 * The names a Python program binds, collected from its parse tree: functions ({@code def}), classes,
 * variables (assignment, augmented and annotated assignment, {@code for} and comprehension targets,
 * parameters, {@code with ... as}, {@code except ... as}, {@code :=}, {@code global}/{@code nonlocal}), attributes
 * assigned through a receiver ({@code self.count = 0}), the token indexes of import statements, whose names are
 * library names and stay as written, and the token indexes of keyword-argument names ({@code end=} in a call).
 */
final class PythonBindings extends PythonParserBaseListener {

    final Set<String> functions = new HashSet<>();
    final Set<String> classes = new HashSet<>();
    final Set<String> variables = new HashSet<>();
    final Set<String> attributes = new HashSet<>();
    final Set<Integer> importTokenIndexes = new HashSet<>();
    final Set<Integer> keywordArgumentTokenIndexes = new HashSet<>();
    private final List<String[]> assignedAttributes = new ArrayList<>();

    /**
     * Decides, once the walk is over, which assigned attributes are the program's own: those assigned
     * through a receiver that is one of its names ({@code self.count = 0}, {@code Node.total = 0}) or an
     * expression; not those of a library object ({@code sys.stdin = open(...)} keeps {@code stdin}).
     */
    void resolveAttributes(Predicate<String> isProgramName) {
        for (String[] assignment : assignedAttributes) {
            if (assignment[0] == null || isProgramName.test(assignment[0])) {
                attributes.add(assignment[1]);
            }
        }
    }

    /**
     * Visits every rule node of {@code root} (iteratively, rule nodes only: cheaper than a
     * {@code ParseTreeWalker}, which also calls back for every token and every rule exit).
     */
    void collect(ParserRuleContext root) {
        Deque<ParserRuleContext> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            ParserRuleContext node = pending.pop();
            node.enterRule(this);
            if (node.children == null) {
                continue;
            }
            for (int i = node.children.size() - 1; i >= 0; i--) {
                if (node.children.get(i) instanceof ParserRuleContext child) {
                    pending.push(child);
                }
            }
        }
    }

    @Override
    public void enterArgument(PythonParser.ArgumentContext ctx) {
        if (ctx.NAME() != null && ctx.ASSIGN() != null) {
            keywordArgumentTokenIndexes.add(ctx.NAME().getSymbol().getTokenIndex());
        }
    }

    @Override
    public void enterFuncdef(PythonParser.FuncdefContext ctx) {
        functions.add(ctx.NAME().getText());
    }

    @Override
    public void enterClassdef(PythonParser.ClassdefContext ctx) {
        classes.add(ctx.NAME().getText());
    }

    @Override
    public void enterParameter(PythonParser.ParameterContext ctx) {
        addName(ctx.NAME());
    }

    @Override
    public void enterLambda_parameter(PythonParser.Lambda_parameterContext ctx) {
        addName(ctx.NAME());
    }

    @Override
    public void enterExpr_stmt(PythonParser.Expr_stmtContext ctx) {
        boolean assigns = ctx.annassign() != null || ctx.augassign() != null || !ctx.assign_tail().isEmpty();
        if (assigns) {
            bindTargets(ctx.testlist_star_expr());
        }
        // in a = b = value every right-hand side but the last is a target too
        for (int i = 0; i + 1 < ctx.assign_tail().size(); i++) {
            bindTargets(ctx.assign_tail(i));
        }
    }

    @Override
    public void enterFor_stmt(PythonParser.For_stmtContext ctx) {
        bindTargets(ctx.exprlist());
    }

    @Override
    public void enterComp_for(PythonParser.Comp_forContext ctx) {
        bindTargets(ctx.exprlist());
    }

    @Override
    public void enterWith_item(PythonParser.With_itemContext ctx) {
        if (ctx.expr() != null) {
            bindTargets(ctx.expr());
        }
    }

    @Override
    public void enterExcept_clause(PythonParser.Except_clauseContext ctx) {
        addName(ctx.NAME());
    }

    @Override
    public void enterNamedexpr_test(PythonParser.Namedexpr_testContext ctx) {
        if (ctx.WALRUS() != null) {
            bindTargets(ctx.test(0));
        }
    }

    @Override
    public void enterSimple_stmt(PythonParser.Simple_stmtContext ctx) {
        if (ctx.GLOBAL() != null || ctx.NONLOCAL() != null) {
            ctx.NAME().forEach(this::addName);
        }
        if (ctx.DEL() != null) {
            bindTargets(ctx.exprlist());
        }
    }

    @Override
    public void enterImport_stmt(PythonParser.Import_stmtContext ctx) {
        for (int i = ctx.getStart().getTokenIndex(); i <= ctx.getStop().getTokenIndex(); i++) {
            importTokenIndexes.add(i);
        }
    }

    private void addName(TerminalNode name) {
        if (name != null) {
            variables.add(name.getText());
        }
    }

    /** Binds the names a target expression assigns: plain names, unpacked names, attributes; not subscripts. */
    private void bindTargets(ParseTree target) {
        if (target instanceof PythonParser.Atom_exprContext atomExpr) {
            bindAtomExpr(atomExpr);
            return;
        }
        if (target instanceof PythonParser.TrailerContext || target instanceof PythonParser.Comp_forContext
                || target instanceof PythonParser.LambdefContext) {
            return;
        }
        for (int i = 0; i < target.getChildCount(); i++) {
            bindTargets(target.getChild(i));
        }
    }

    private void bindAtomExpr(PythonParser.Atom_exprContext atomExpr) {
        PythonParser.AtomContext atom = atomExpr.atom();
        if (atomExpr.trailer().isEmpty()) {
            if (atom.NAME() != null) {
                variables.add(atom.NAME().getText());
            } else if (atom.testlist_comp() != null) {
                bindTargets(atom.testlist_comp());
            }
            return;
        }
        PythonParser.TrailerContext last = atomExpr.trailer(atomExpr.trailer().size() - 1);
        if (last.DOT() != null) {
            String receiver = atom.NAME() == null ? null : atom.NAME().getText();
            assignedAttributes.add(new String[]{receiver, last.NAME().getText()});
        }
    }
}
