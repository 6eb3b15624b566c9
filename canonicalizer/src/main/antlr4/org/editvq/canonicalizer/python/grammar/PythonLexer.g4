/*
 * Python 3 lexer for editvq's canonicalizer, written for this project.
 * Layout: the raw NEWLINE token (a line break plus the next line's leading blanks) is turned into
 * NEWLINE / INDENT / DEDENT tokens by nextToken() below, following the rules of the Python reference
 * ("Lexical analysis", sections on logical lines and indentation): blank and comment-only lines and
 * line breaks inside brackets produce nothing, a backslash joins lines, and the end of input closes
 * the last logical line and every open indentation level. INDENT and DEDENT tokens are placed at the
 * start of the line they indent, so errors about them name that line. As in CPython's tokenizer,
 * indentation is measured with tabs to the next multiple of 8 and, again, with a tab as one column;
 * when the two disagree on the block structure the file is refused ("inconsistent use of tabs and
 * spaces in indentation"), and a dedent to a column no enclosing block has is refused ("unindent does
 * not match any outer indentation level").
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
    private final Deque<Integer> altIndents = new ArrayDeque<>();
    private int openBrackets = 0;
    private Token lastEmitted = null;

    @Override
    public void reset() {
        super.reset();
        pending.clear();
        indents.clear();
        altIndents.clear();
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
                altIndents.pop();
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
        int indent = indentationOf(token.getText(), 8);
        int altIndent = indentationOf(token.getText(), 1);
        int current = indents.isEmpty() ? 0 : indents.peek();
        int altCurrent = altIndents.isEmpty() ? 0 : altIndents.peek();
        if (indent > current) {
            if (altIndent <= altCurrent) {
                indentationError(token, "inconsistent use of tabs and spaces in indentation");
            }
            indents.push(indent);
            altIndents.push(altIndent);
            pending.add(atLineStart(INDENT, "INDENT", token));
        } else {
            while (!indents.isEmpty() && indents.peek() > indent) {
                indents.pop();
                altIndents.pop();
                pending.add(atLineStart(DEDENT, "DEDENT", token));
            }
            int now = indents.isEmpty() ? 0 : indents.peek();
            int altNow = altIndents.isEmpty() ? 0 : altIndents.peek();
            if (indent != now) {
                indentationError(token, "unindent does not match any outer indentation level");
            } else if (altIndent != altNow) {
                indentationError(token, "inconsistent use of tabs and spaces in indentation");
            }
        }
    }

    /** Reports an indentation error at the start of the line the raw NEWLINE token leads to. */
    private void indentationError(Token lineBreak, String message) {
        getErrorListenerDispatch().syntaxError(this, null, lineBreak.getLine() + 1, 0, message, null);
    }

    /** A synthetic token placed on the line the raw NEWLINE token leads to, at its first non-blank column. */
    private Token atLineStart(int type, String text, Token lineBreak) {
        CommonToken token = (CommonToken) synthetic(type, text, lineBreak);
        token.setLine(lineBreak.getLine() + 1);
        String raw = lineBreak.getText();
        int blanks = 0;
        for (int i = raw.length() - 1; i >= 0 && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t' || raw.charAt(i) == '\f'); i--) {
            blanks++;
        }
        token.setCharPositionInLine(blanks);
        return token;
    }

    private static int indentationOf(String lineBreakAndBlanks, int tabSize) {
        int column = 0;
        for (int i = 0; i < lineBreakAndBlanks.length(); i++) {
            char c = lineBreakAndBlanks.charAt(i);
            if (c == ' ') {
                column++;
            } else if (c == '\t') {
                column += tabSize - column % tabSize;
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

NUMBER : INTEGER | FLOAT | (FLOAT | DIGIT_PART) [jJ] ;

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
NOT_EQUAL : '!=';
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
fragment FLOAT : POINT_FLOAT EXPONENT? | DIGIT_PART EXPONENT ; // no leading zeros: 0777 is Python 2
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
