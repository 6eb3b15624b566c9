/*
 * Python 3 lexer for editvq's canonicalizer, written for this project.
 * Layout: the raw NEWLINE token (a line break plus the next line's leading blanks) is turned into
 * NEWLINE / INDENT / DEDENT tokens by nextToken() below, following the rules of the Python reference
 * ("Lexical analysis", sections on logical lines and indentation): blank and comment-only lines and
 * line breaks inside brackets produce nothing, a backslash joins lines, and the end of input closes
 * the last logical line and every open indentation level.
 */
lexer grammar PythonLexer;

tokens { INDENT, DEDENT }

@lexer::header {
import java.util.ArrayDeque;
import java.util.Deque;
}

@lexer::members {
    private final Deque<Token> pending = new ArrayDeque<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int openBrackets = 0;
    private Token lastEmitted = null;

    @Override
    public void reset() {
        super.reset();
        pending.clear();
        indents.clear();
        openBrackets = 0;
        lastEmitted = null;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            fill(super.nextToken());
        }
        lastEmitted = pending.poll();
        return lastEmitted;
    }

    private boolean lastWasLineEnd() {
        Token last = pending.isEmpty() ? lastEmitted : pending.peekLast();
        return last == null || last.getType() == NEWLINE || last.getType() == INDENT || last.getType() == DEDENT;
    }

    private void fill(Token token) {
        switch (token.getType()) {
            case OPEN_PAREN, OPEN_BRACK, OPEN_BRACE -> openBrackets++;
            case CLOSE_PAREN, CLOSE_BRACK, CLOSE_BRACE -> openBrackets = Math.max(0, openBrackets - 1);
            default -> { }
        }
        if (token.getType() == EOF) {
            if (!lastWasLineEnd()) {
                pending.add(synthetic(NEWLINE, "NEWLINE", token));
            }
            while (!indents.isEmpty()) {
                indents.pop();
                pending.add(synthetic(DEDENT, "DEDENT", token));
            }
            pending.add(token);
            return;
        }
        if (token.getType() != NEWLINE) {
            pending.add(token);
            return;
        }
        int next = _input.LA(1);
        boolean blankLine = next == '\r' || next == '\n' || next == '\f' || next == '#' || next == IntStream.EOF;
        if (openBrackets > 0 || blankLine || lastWasLineEnd()) {
            return;
        }
        pending.add(synthetic(NEWLINE, "NEWLINE", token));
        int indent = indentationOf(token.getText());
        int current = indents.isEmpty() ? 0 : indents.peek();
        if (indent > current) {
            indents.push(indent);
            pending.add(atLineStart(synthetic(INDENT, "INDENT", token), token, indent));
        } else {
            while (!indents.isEmpty() && indents.peek() > indent) {
                indents.pop();
                pending.add(atLineStart(synthetic(DEDENT, "DEDENT", token), token, indent));
            }
            if (indent != (indents.isEmpty() ? 0 : indents.peek())) {
                // Python's IndentationError: a dedent must return to the column of an enclosing block
                getErrorListenerDispatch().syntaxError(this, null, nextLine(token), indent,
                        "unindent does not match any outer indentation level", null);
            }
        }
    }

    /** The line after the line break {@code lineBreak} (which holds exactly one line break and the blanks after it). */
    private static int nextLine(Token lineBreak) {
        return lineBreak.getLine() + (int) lineBreak.getText().chars().filter(c -> c == '\n').count();
    }

    /** Places a layout token where the indented (or dedented) line starts, so that problems point at that line. */
    private static Token atLineStart(Token layout, Token lineBreak, int column) {
        ((CommonToken) layout).setLine(nextLine(lineBreak));
        ((CommonToken) layout).setCharPositionInLine(column);
        return layout;
    }

    private static int indentationOf(String lineBreakAndBlanks) {
        int column = 0;
        for (int i = 0; i < lineBreakAndBlanks.length(); i++) {
            char c = lineBreakAndBlanks.charAt(i);
            if (c == ' ') {
                column++;
            } else if (c == '\t') {
                column += 8 - column % 8;
            } else if (c == '\r' || c == '\n' || c == '\f') {
                column = 0;
            }
        }
        return column;
    }

    private Token synthetic(int type, String text, Token at) {
        CommonToken token = new CommonToken(at);
        token.setType(type);
        token.setText(text);
        token.setChannel(Token.DEFAULT_CHANNEL);
        return token;
    }
}

// keywords
FALSE : 'False';
NONE : 'None';
TRUE : 'True';
AND : 'and';
AS : 'as';
ASSERT : 'assert';
ASYNC : 'async';
AWAIT : 'await';
BREAK : 'break';
CLASS : 'class';
CONTINUE : 'continue';
DEF : 'def';
DEL : 'del';
ELIF : 'elif';
ELSE : 'else';
EXCEPT : 'except';
FINALLY : 'finally';
FOR : 'for';
FROM : 'from';
GLOBAL : 'global';
IF : 'if';
IMPORT : 'import';
IN : 'in';
IS : 'is';
LAMBDA : 'lambda';
NONLOCAL : 'nonlocal';
NOT : 'not';
OR : 'or';
PASS : 'pass';
RAISE : 'raise';
RETURN : 'return';
TRY : 'try';
WHILE : 'while';
WITH : 'with';
YIELD : 'yield';

NEWLINE : ('\r'? '\n' | '\r' | '\f') [ \t\f]* ;

NAME : ID_START ID_CONTINUE* ;

NUMBER : (INTEGER | FLOAT) [jJ]? ;

STRING : STRING_PREFIX? (LONG_STRING | SHORT_STRING) ;

// operators and delimiters (longest first where one is a prefix of another)
ELLIPSIS : '...';
DOT : '.';
POWER_ASSIGN : '**=';
IDIV_ASSIGN : '//=';
LSHIFT_ASSIGN : '<<=';
RSHIFT_ASSIGN : '>>=';
ADD_ASSIGN : '+=';
SUB_ASSIGN : '-=';
MULT_ASSIGN : '*=';
AT_ASSIGN : '@=';
DIV_ASSIGN : '/=';
MOD_ASSIGN : '%=';
AND_ASSIGN : '&=';
OR_ASSIGN : '|=';
XOR_ASSIGN : '^=';
ARROW : '->';
WALRUS : ':=';
POWER : '**';
IDIV : '//';
LSHIFT : '<<';
RSHIFT : '>>';
EQUALS : '==';
NOT_EQUAL : '!=' | '<>';
LESS_EQUAL : '<=';
GREATER_EQUAL : '>=';
LESS : '<';
GREATER : '>';
ASSIGN : '=';
STAR : '*';
DIV : '/';
MOD : '%';
ADD : '+';
MINUS : '-';
TILDE : '~';
AMP : '&';
PIPE : '|';
CARET : '^';
AT : '@';
COLON : ':';
SEMI : ';';
COMMA : ',';
OPEN_PAREN : '(';
CLOSE_PAREN : ')';
OPEN_BRACK : '[';
CLOSE_BRACK : ']';
OPEN_BRACE : '{';
CLOSE_BRACE : '}';

COMMENT : '#' ~[\r\n\f]* -> skip;
LINE_JOIN : '\\' [ \t]* ('\r'? '\n' | '\r' | '\f') -> skip;
BLANKS : [ \t]+ -> skip;

fragment ID_START : [\p{L}\p{Nl}_];
fragment ID_CONTINUE : [\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}];

fragment INTEGER : DEC_INTEGER | '0' [xX] ('_'? HEX_DIGIT)+ | '0' [oO] ('_'? [0-7])+ | '0' [bB] ('_'? [01])+ ;
fragment DEC_INTEGER : [1-9] ('_'? DIGIT)* | '0' ('_'? '0')* ;
fragment FLOAT : POINT_FLOAT EXPONENT? | DIGIT_PART EXPONENT | DIGIT_PART ;
fragment POINT_FLOAT : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.' ;
fragment DIGIT_PART : DIGIT ('_'? DIGIT)* ;
fragment EXPONENT : [eE] [+-]? DIGIT_PART ;
fragment DIGIT : [0-9];
fragment HEX_DIGIT : [0-9a-fA-F];

fragment STRING_PREFIX : [rRuUbBfF] | [rR] [bBfF] | [bBfF] [rR] ;
fragment SHORT_STRING
    : '\'' ('\\' . | ~[\\\r\n'])* '\''
    | '"' ('\\' . | ~[\\\r\n"])* '"'
    ;
fragment LONG_STRING
    : '\'\'\'' ('\\' . | .)*? '\'\'\''
    | '"""' ('\\' . | .)*? '"""'
    ;
