package org.editvq.judge.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import org.editvq.judge.runner.RunnerProtocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a Code Jam Java submission so that it reads stdin and writes stdout.
 *
 * <p>Parsed at language level {@link ParserConfiguration.LanguageLevel#JAVA_17}. Input files
 * become stdin; output files become the one output file the runner reads,
 * {@value RunnerProtocol#OUTPUT_FILE_NAME} in the private working directory (not stdout: many
 * programs echo their answers to the console as well, and the file is the answer they meant).
 * Rewrites, each recorded by its label when applied:
 * <ul>
 *   <li>{@code package-removed}: the package declaration (classes compile into one flat folder);</li>
 *   <li>{@code in:FileReader}: {@code new FileReader(..)} becomes {@code new InputStreamReader(System.in)};</li>
 *   <li>{@code in:FileInputStream}, {@code in:Files.newInputStream}: become {@code System.in};</li>
 *   <li>{@code in:Scanner(File)}: {@code new Scanner(f)} with a {@code File} or {@code Path} argument
 *       becomes {@code new Scanner(System.in)} (a {@code String} argument is left alone: Scanner
 *       scans the string itself);</li>
 *   <li>{@code in:Files.newBufferedReader}, {@code in:Files.lines}, {@code in:Files.readAllLines}:
 *       read stdin instead;</li>
 *   <li>{@code types}: declared types {@code FileReader}, {@code FileInputStream} become
 *       {@code java.io.InputStreamReader}, {@code java.io.InputStream};</li>
 *   <li>{@code out:FileWriter}, {@code out:FileOutputStream}, {@code out:PrintWriter(file)},
 *       {@code out:PrintStream(file)}, {@code out:Files.newBufferedWriter} (and {@code newOutputStream},
 *       {@code write}, {@code writeString}): the file name argument becomes the runner's output file;</li>
 *   <li>{@code catch:never-thrown} (applied by {@link #removeCatchClauses} after javac complains):
 *       a catch of an exception the rewritten try block no longer throws is removed.</li>
 * </ul>
 * Not rewritten, handled at run time instead: {@code System.exit} (trapped), prints to
 * {@code System.err} (discarded), {@code args} ({@code main} receives
 * {@code {"input.txt", "editvq-output.txt"}} and {@code input.txt} holds the input).
 */
public final class JavaSourceRewriter {
    /** Changes whenever the rewrite rules change (part of the compile-cache key). */
    public static final String VERSION = "rewriter-2";

    private static final Pattern PUBLIC_CLASS = Pattern.compile("public\\s+(?:final\\s+|abstract\\s+)*(?:class|enum|interface|record)\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern ANY_CLASS = Pattern.compile("(?:class|enum|record)\\s+([A-Za-z_$][\\w$]*)");

    private JavaSourceRewriter() {
    }

    private static JavaParser parser() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    }

    /** Analyses and rewrites one source; never throws on bad input (the problem is reported instead). */
    public static RewrittenSource rewrite(String source) {
        ParseResult<CompilationUnit> parsed = parser().parse(source);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            String problem = parsed.getProblems().isEmpty() ? "unparsable"
                    : "parse error: " + parsed.getProblems().get(0).getVerboseMessage().lines().findFirst().orElse("");
            return fallback(source, problem);
        }
        CompilationUnit cu = parsed.getResult().get();
        Set<String> applied = new LinkedHashSet<>();
        if (cu.getPackageDeclaration().isPresent()) {
            cu.removePackageDeclaration();
            applied.add("package-removed");
        }
        Map<String, String> declaredTypes = declaredTypes(cu);

        List<ObjectCreationExpr> creations = new ArrayList<>(cu.findAll(ObjectCreationExpr.class));
        Collections.reverse(creations); // inner creations first
        for (ObjectCreationExpr creation : creations) {
            if (!attached(creation, cu)) {
                continue;
            }
            String type = creation.getType().getNameAsString();
            NodeList<Expression> args = creation.getArguments();
            switch (type) {
                case "FileReader" -> {
                    creation.replace(newObject("java.io.InputStreamReader", systemIn()));
                    applied.add("in:FileReader");
                }
                case "FileInputStream" -> {
                    creation.replace(systemIn());
                    applied.add("in:FileInputStream");
                }
                case "Scanner" -> {
                    if (!args.isEmpty() && isFileOrPath(args.get(0), declaredTypes)) {
                        creation.setArguments(new NodeList<>(systemIn()));
                        applied.add("in:Scanner(File)");
                    }
                }
                case "FileWriter", "FileOutputStream" -> {
                    if (!args.isEmpty() && !args.get(0).toString().contains("FileDescriptor")) {
                        args.set(0, outputFileName());
                        applied.add("out:" + type);
                    }
                }
                case "PrintWriter", "PrintStream" -> {
                    if (!args.isEmpty() && (isFileOrPath(args.get(0), declaredTypes)
                            || isFileName(args.get(0), declaredTypes))) {
                        args.set(0, outputFileName());
                        applied.add("out:" + type + "(file)");
                    }
                }
                default -> {
                    // not a file stream
                }
            }
        }
        for (MethodCallExpr call : cu.findAll(MethodCallExpr.class)) {
            if (!attached(call, cu) || call.getScope().isEmpty()
                    || !call.getScope().get().toString().matches("(java\\.nio\\.file\\.)?Files")) {
                continue;
            }
            switch (call.getNameAsString()) {
                case "newBufferedReader" -> {
                    call.replace(stdinReader());
                    applied.add("in:Files.newBufferedReader");
                }
                case "newInputStream" -> {
                    call.replace(systemIn());
                    applied.add("in:Files.newInputStream");
                }
                case "lines" -> {
                    call.replace(new MethodCallExpr(stdinReader(), "lines"));
                    applied.add("in:Files.lines");
                }
                case "readAllLines" -> {
                    call.replace(StaticJavaParser.parseExpression("new java.io.BufferedReader(new java.io.InputStreamReader("
                            + "System.in)).lines().collect(java.util.stream.Collectors.toList())"));
                    applied.add("in:Files.readAllLines");
                }
                case "newBufferedWriter", "newOutputStream", "write", "writeString" -> {
                    if (!call.getArguments().isEmpty()) {
                        call.getArguments().set(0, StaticJavaParser.parseExpression(
                                "java.nio.file.Path.of(\"" + RunnerProtocol.OUTPUT_FILE_NAME + "\")"));
                        applied.add("out:Files." + call.getNameAsString());
                    }
                }
                default -> {
                    // other Files methods are left alone
                }
            }
        }
        Map<String, String> typeReplacements = Map.of(
                "FileReader", "java.io.InputStreamReader",
                "FileInputStream", "java.io.InputStream");
        for (ClassOrInterfaceType t : cu.findAll(ClassOrInterfaceType.class)) {
            String replacement = typeReplacements.get(t.getNameAsString());
            if (replacement != null && attached(t, cu)) {
                t.replace(StaticJavaParser.parseClassOrInterfaceType(replacement));
                applied.add("types");
            }
        }
        Optional<MethodDeclaration> main = findMain(cu);
        String mainClass = main.map(JavaSourceRewriter::binaryName).orElse(null);
        String fileName = fileName(cu, mainClass);
        String text = applied.isEmpty() ? source : cu.toString();
        String problem = mainClass == null ? "no public static void main(String[]) found" : "";
        return new RewrittenSource(text, mainClass, fileName, new ArrayList<>(applied), problem);
    }

    /**
     * Removes the catch clauses that span any of the given (1-based) lines; a try statement left
     * without catch, finally or resources is replaced by its block. Used after javac reports
     * "exception ... is never thrown in body of corresponding try statement".
     *
     * @return the new source, or empty when nothing was removed
     */
    public static Optional<String> removeCatchClauses(String source, Set<Long> lines) {
        ParseResult<CompilationUnit> parsed = parser().parse(source);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            return Optional.empty();
        }
        CompilationUnit cu = parsed.getResult().get();
        boolean changed = false;
        for (long line : lines) {
            CatchClause best = null;
            for (CatchClause c : cu.findAll(CatchClause.class)) {
                if (!attached(c, cu) || c.getRange().isEmpty()) {
                    continue;
                }
                var r = c.getRange().get();
                if (r.begin.line <= line && line <= r.end.line
                        && (best == null || r.begin.line >= best.getRange().get().begin.line)) {
                    best = c;
                }
            }
            if (best == null) {
                continue;
            }
            TryStmt tryStmt = (TryStmt) best.getParentNode().orElseThrow();
            if (tryStmt.getCatchClauses().size() > 1 || tryStmt.getFinallyBlock().isPresent()
                    || !tryStmt.getResources().isEmpty()) {
                best.remove();
            } else {
                tryStmt.replace(tryStmt.getTryBlock());
            }
            changed = true;
        }
        return changed ? Optional.of(cu.toString()) : Optional.empty();
    }

    private static RewrittenSource fallback(String source, String problem) {
        Matcher pub = PUBLIC_CLASS.matcher(source);
        Matcher any = ANY_CLASS.matcher(source);
        String name = pub.find() ? pub.group(1) : any.find() ? any.group(1) : "Main";
        return new RewrittenSource(source, name, name + ".java", List.of("unparsed"), problem);
    }

    private static boolean attached(Node node, CompilationUnit cu) {
        return node.findCompilationUnit().map(found -> found == cu).orElse(false);
    }

    private static Map<String, String> declaredTypes(CompilationUnit cu) {
        Map<String, String> types = new HashMap<>();
        for (VariableDeclarator v : cu.findAll(VariableDeclarator.class)) {
            types.put(v.getNameAsString(), v.getType().asString());
        }
        for (Parameter p : cu.findAll(Parameter.class)) {
            types.putIfAbsent(p.getNameAsString(), p.getType().asString());
        }
        return types;
    }

    private static Expression unwrap(Expression e) {
        while (e.isEnclosedExpr()) {
            e = e.asEnclosedExpr().getInner();
        }
        return e;
    }

    /** A {@code File} or {@code Path} value: {@code new File(..)}, a variable of that type, {@code Paths.get(..)}. */
    private static boolean isFileOrPath(Expression e, Map<String, String> types) {
        e = unwrap(e);
        if (e.isObjectCreationExpr()) {
            return e.asObjectCreationExpr().getType().getNameAsString().equals("File");
        }
        if (e.isNameExpr()) {
            String t = types.get(e.asNameExpr().getNameAsString());
            return t != null && (t.equals("File") || t.equals("java.io.File") || t.equals("Path"));
        }
        if (e.isMethodCallExpr()) {
            MethodCallExpr call = e.asMethodCallExpr();
            String scope = call.getScope().map(Object::toString).orElse("");
            return (scope.endsWith("Paths") && call.getNameAsString().equals("get"))
                    || (scope.endsWith("Path") && call.getNameAsString().equals("of"));
        }
        return false;
    }

    /** A file name: a string literal, a string concatenation, {@code args[i]}, or a {@code String} variable. */
    private static boolean isFileName(Expression e, Map<String, String> types) {
        e = unwrap(e);
        if (e.isStringLiteralExpr() || e.isArrayAccessExpr()) {
            return true;
        }
        if (e.isBinaryExpr()) {
            return e.toString().contains("\"") || isFileName(e.asBinaryExpr().getLeft(), types);
        }
        if (e.isNameExpr()) {
            return "String".equals(types.get(e.asNameExpr().getNameAsString()));
        }
        return false;
    }

    private static Optional<MethodDeclaration> findMain(CompilationUnit cu) {
        List<MethodDeclaration> candidates = new ArrayList<>();
        for (TypeDeclaration<?> top : cu.getTypes()) {
            for (MethodDeclaration m : top.getMethodsByName("main")) {
                if (isMain(m)) {
                    candidates.add(m);
                }
            }
        }
        if (candidates.isEmpty()) {
            cu.findAll(MethodDeclaration.class, JavaSourceRewriter::isMain).forEach(candidates::add);
        }
        return candidates.stream().findFirst();
    }

    private static boolean isMain(MethodDeclaration m) {
        return m.getNameAsString().equals("main") && m.isStatic() && m.getParameters().size() == 1
                && m.getParameter(0).getType().asString().replace(" ", "").matches("(java\\.lang\\.)?String(\\[])?")
                && (m.getParameter(0).isVarArgs() || m.getParameter(0).getType().isArrayType());
    }

    private static String binaryName(MethodDeclaration main) {
        List<String> names = new ArrayList<>();
        Node n = main.getParentNode().orElse(null);
        while (n != null) {
            if (n instanceof TypeDeclaration<?> t) {
                names.add(0, t.getNameAsString());
            }
            n = n.getParentNode().orElse(null);
        }
        return String.join("$", names);
    }

    private static String fileName(CompilationUnit cu, String mainClass) {
        for (TypeDeclaration<?> t : cu.getTypes()) {
            if (t.isPublic()) {
                return t.getNameAsString() + ".java";
            }
        }
        if (mainClass != null) {
            return mainClass.split("\\$")[0] + ".java";
        }
        return cu.getTypes().isEmpty() ? "Main.java" : cu.getType(0).getNameAsString() + ".java";
    }

    private static Expression systemIn() {
        return new FieldAccessExpr(new NameExpr("System"), "in");
    }

    private static Expression outputFileName() {
        return new StringLiteralExpr(RunnerProtocol.OUTPUT_FILE_NAME);
    }

    private static ObjectCreationExpr stdinReader() {
        return newObject("java.io.BufferedReader", newObject("java.io.InputStreamReader", systemIn()));
    }

    private static ObjectCreationExpr newObject(String type, Expression arg) {
        return new ObjectCreationExpr(null, StaticJavaParser.parseClassOrInterfaceType(type), new NodeList<>(arg));
    }
}
