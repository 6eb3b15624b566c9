package org.editvq.canonicalizer.java;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import java.util.HashMap;
import org.editvq.canonicalizer.IdentifierKind;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides, from the AST and without symbol resolution, which identifier tokens are the program's own
 * variables, functions and types. Names are matched against what the program declares anywhere (not
 * per scope); a member access or call on a receiver that is a library class (e.g. {@code Math.max}) or
 * a variable whose declared types are all library types (e.g. {@code ArrayList<Integer> list;
 * list.add(x)}) keeps its name even if the program declares a method or field of the same name. A call of a
 * record's accessor ({@code p.x()}) is written as the record component it reads ({@code v}), so that a
 * component and its accessor share one identity in indexed mode.
 *
 * <p>A receiver whose type cannot be told without symbol resolution (a call's result, as in
 * {@code queue.peek().hash} or {@code edges.get(i).cap.compute()}) is not assumed to be a library object: a
 * member the program declares is then the program's. So no name the program declares survives, except where
 * it coincides with a library member read off a receiver known to be a library class or library-typed.
 */
final class JavaIdentifierClassifier {

    private static final String UNKNOWN_TYPE = "var";
    private static final Set<String> LIBRARY_DICTATED_METHODS = Set.of("main", "toString", "equals", "hashCode", "compareTo");

    private final Set<String> variables = new HashSet<>();
    private final Set<String> fields = new HashSet<>();
    private final Set<String> methods = new HashSet<>();
    private final Set<String> types = new HashSet<>();
    private final Set<String> recordComponents = new HashSet<>();
    private final Map<String, Set<String>> declaredTypesOfVariable = new HashMap<>();

    private JavaIdentifierClassifier() {
    }

    /**
     * Identifier kinds by identifier token (by identity: with unicode escapes translated, token positions
     * and node positions need not agree); tokens absent are kept verbatim.
     */
    static Map<JavaToken, IdentifierKind> classify(CompilationUnit unit) {
        JavaIdentifierClassifier classifier = new JavaIdentifierClassifier();
        classifier.collectDeclarations(unit);
        return classifier.classifyUses(unit);
    }

    private void collectDeclarations(CompilationUnit unit) {
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            types.add(type.getNameAsString());
        }
        for (TypeParameter parameter : unit.findAll(TypeParameter.class)) {
            types.add(parameter.getNameAsString());
        }
        for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
            if (!isNamedByTheLibrary(method)) {
                methods.add(method.getNameAsString());
            }
        }
        for (AnnotationMemberDeclaration member : unit.findAll(AnnotationMemberDeclaration.class)) {
            methods.add(member.getNameAsString());
        }
        for (VariableDeclarator declarator : unit.findAll(VariableDeclarator.class)) {
            declareVariable(declarator.getNameAsString(), declarator.getType());
            if (declarator.getParentNode().orElse(null) instanceof FieldDeclaration) {
                fields.add(declarator.getNameAsString());
            }
        }
        for (Parameter parameter : unit.findAll(Parameter.class)) {
            declareVariable(parameter.getNameAsString(), parameter.getType());
            if (parameter.getParentNode().orElse(null) instanceof RecordDeclaration) {
                fields.add(parameter.getNameAsString());
                recordComponents.add(parameter.getNameAsString());
            }
        }
        for (PatternExpr pattern : unit.findAll(PatternExpr.class)) {
            declareVariable(pattern.getNameAsString(), pattern.getType());
        }
        for (EnumConstantDeclaration constant : unit.findAll(EnumConstantDeclaration.class)) {
            variables.add(constant.getNameAsString());
            fields.add(constant.getNameAsString());
            declaredTypesOfVariable.computeIfAbsent(constant.getNameAsString(), k -> new HashSet<>()).add(UNKNOWN_TYPE);
        }
    }

    /**
     * Whether a method's name is dictated by the platform rather than chosen by the user: the {@code main}
     * entry point, {@code @Override}s, the {@code Object}/{@code Comparable} methods programs override
     * without the annotation, and the methods of anonymous classes of library types. Such names are kept
     * verbatim, like any library name.
     */
    private boolean isNamedByTheLibrary(MethodDeclaration method) {
        if (LIBRARY_DICTATED_METHODS.contains(method.getNameAsString()) || method.isAnnotationPresent("Override")
                || method.isAnnotationPresent("java.lang.Override")) {
            return true;
        }
        // a method of an anonymous class of a library type (new Comparator<P>() { int compare(...) })
        return method.getParentNode().orElse(null) instanceof ObjectCreationExpr creation
                && !types.contains(creation.getType().getNameAsString());
    }

    private void declareVariable(String name, Type type) {
        variables.add(name);
        declaredTypesOfVariable.computeIfAbsent(name, k -> new HashSet<>()).add(typeName(type));
    }

    private static String typeName(Type type) {
        Type element = type;
        while (element instanceof ArrayType array) {
            element = array.getComponentType();
        }
        if (element instanceof ClassOrInterfaceType classType) {
            return classType.getNameAsString();
        }
        if (element.isVarType() || element.isUnknownType()) {
            return UNKNOWN_TYPE;
        }
        return element.asString();
    }

    private Map<JavaToken, IdentifierKind> classifyUses(CompilationUnit unit) {
        Map<JavaToken, IdentifierKind> kinds = new IdentityHashMap<>();
        for (SimpleName name : unit.findAll(SimpleName.class)) {
            IdentifierKind kind = kindOf(name);
            if (kind != null) {
                name.getTokenRange().ifPresent(r -> kinds.put(r.getBegin(), kind));
            }
        }
        for (Name name : unit.findAll(Name.class)) {
            Node parent = name.getParentNode().orElse(null);
            // @Marker, Outer.this, Outer.super.f()
            if (name.getQualifier().isEmpty() && types.contains(name.getIdentifier())
                    && (parent instanceof AnnotationExpr || parent instanceof ThisExpr || parent instanceof SuperExpr)) {
                name.getTokenRange().ifPresent(r -> kinds.put(r.getBegin(), IdentifierKind.TYPE));
            }
        }
        for (MethodReferenceExpr reference : unit.findAll(MethodReferenceExpr.class)) {
            String id = reference.getIdentifier();
            IdentifierKind kind = methods.contains(id) ? IdentifierKind.FUNCTION
                    : recordComponents.contains(id) ? IdentifierKind.VARIABLE : null;
            if (kind != null && !isLibrary(reference.getScope())) {
                reference.getTokenRange().ifPresent(r -> kinds.put(r.getEnd(), kind));
            }
        }
        return kinds;
    }

    private IdentifierKind kindOf(SimpleName name) {
        Node parent = name.getParentNode().orElse(null);
        String id = name.getIdentifier();
        if (parent instanceof VariableDeclarator || parent instanceof Parameter || parent instanceof PatternExpr
                || parent instanceof EnumConstantDeclaration) {
            return IdentifierKind.VARIABLE;
        }
        if (parent instanceof LabeledStmt || parent instanceof BreakStmt || parent instanceof ContinueStmt) {
            return IdentifierKind.VARIABLE;
        }
        if (parent instanceof MethodDeclaration || parent instanceof AnnotationMemberDeclaration) {
            return methods.contains(id) ? IdentifierKind.FUNCTION : null;
        }
        if (parent instanceof TypeDeclaration || parent instanceof ConstructorDeclaration
                || parent instanceof CompactConstructorDeclaration || parent instanceof TypeParameter) {
            return IdentifierKind.TYPE;
        }
        if (parent instanceof MemberValuePair) {
            return methods.contains(id) ? IdentifierKind.FUNCTION : null; // @Limit(max = 3) of the program's @Limit
        }
        if (parent instanceof ClassOrInterfaceType type && inMethodReferenceScope(type) && !types.contains(id)
                && variables.contains(id)) {
            return IdentifierKind.VARIABLE; // local::twice parses as a type expression; local is a variable
        }
        if (parent instanceof ClassOrInterfaceType type) {
            boolean scopedByLibrary = type.getScope().map(s -> !types.contains(s.getNameAsString())).orElse(false);
            return types.contains(id) && !scopedByLibrary ? IdentifierKind.TYPE : null;
        }
        if (parent instanceof NameExpr) {
            if (variables.contains(id)) {
                return IdentifierKind.VARIABLE;
            }
            return types.contains(id) ? IdentifierKind.TYPE : null;
        }
        if (parent instanceof FieldAccessExpr access) {
            if (isLibrary(access.getScope())) {
                return null;
            }
            if (fields.contains(id)) {
                return IdentifierKind.VARIABLE;
            }
            return types.contains(id) ? IdentifierKind.TYPE : null;
        }
        if (parent instanceof MethodCallExpr call) {
            boolean libraryReceiver = call.getScope().map(this::isLibrary).orElse(false);
            if (libraryReceiver) {
                return null;
            }
            if (methods.contains(id)) {
                return IdentifierKind.FUNCTION;
            }
            // a record's accessor call is written as the component it reads
            return recordComponents.contains(id) && call.getArguments().isEmpty() ? IdentifierKind.VARIABLE : null;
        }
        return null;
    }

    /** Whether an expression is (as far as can be told without resolving symbols) a library class, package or object. */
    private boolean isLibrary(Expression expression) {
        if (expression instanceof NameExpr nameExpr) {
            String id = nameExpr.getNameAsString();
            if (variables.contains(id)) {
                return hasOnlyLibraryTypes(id);
            }
            return !types.contains(id);
        }
        if (expression instanceof FieldAccessExpr access) {
            String id = access.getNameAsString();
            if (isLibrary(access.getScope())) {
                return true;
            }
            if (fields.contains(id)) {
                return hasOnlyLibraryTypes(id);
            }
            return !types.contains(id);
        }
        if (expression instanceof ThisExpr || expression instanceof SuperExpr) {
            return false;
        }
        if (expression instanceof MethodCallExpr) {
            return false; // the result's type is unknown: a member the program declares is the program's
        }
        if (expression instanceof ObjectCreationExpr creation) {
            return !types.contains(creation.getType().getNameAsString());
        }
        if (expression instanceof ArrayAccessExpr access) {
            return isLibrary(access.getName());
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return isLibrary(enclosed.getInner());
        }
        if (expression instanceof CastExpr cast) {
            return !types.contains(typeName(cast.getType()));
        }
        if (expression instanceof TypeExpr typeExpr) {
            String name = typeName(typeExpr.getType());
            if (!types.contains(name) && variables.contains(name)) {
                return hasOnlyLibraryTypes(name); // local::twice: a variable parsed as a type
            }
            return !types.contains(name);
        }
        return false;
    }

    /** Whether a type is (part of) the scope of a method reference, {@code local::twice} or {@code a.b::f}. */
    private static boolean inMethodReferenceScope(ClassOrInterfaceType type) {
        Node node = type;
        while (node instanceof ClassOrInterfaceType) {
            node = node.getParentNode().orElse(null);
        }
        return node instanceof TypeExpr typeExpr && typeExpr.getParentNode().orElse(null) instanceof MethodReferenceExpr;
    }

    private boolean hasOnlyLibraryTypes(String variable) {
        Set<String> declared = declaredTypesOfVariable.getOrDefault(variable, Set.of());
        if (declared.isEmpty()) {
            return false;
        }
        for (String type : declared) {
            if (type.equals(UNKNOWN_TYPE) || types.contains(type)) {
                return false;
            }
        }
        return true;
    }
}
