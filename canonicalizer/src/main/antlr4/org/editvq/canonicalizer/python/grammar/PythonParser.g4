/*
 * Python 3 parser for editvq's canonicalizer, written for this project from the statement and
 * expression forms of the Python language reference. It accepts the Python 3 programs that
 * competitive programmers write (no match statement, no Python 2 syntax: print and exec statements,
 * {@code except E, e}, {@code <>} are errors); its purpose is to
 * reject what is not Python and to show where names are bound (assignment and for targets,
 * parameters, imports, def and class names).
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

file_input : (NEWLINE | statement)* EOF ;

statement : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE ;

simple_stmt
    : import_stmt
    | RETURN testlist_star_expr?
    | PASS
    | BREAK
    | CONTINUE
    | RAISE (test (FROM test)?)?
    | GLOBAL NAME (COMMA NAME)*
    | NONLOCAL NAME (COMMA NAME)*
    | DEL exprlist
    | ASSERT test (COMMA test)?
    | yield_expr
    | expr_stmt
    ;

expr_stmt
    : testlist_star_expr
      ( annassign
      | augassign (yield_expr | testlist)
      | assign_tail*
      )
    ;

annassign : COLON test (ASSIGN (yield_expr | testlist_star_expr))? ;

assign_tail : ASSIGN (yield_expr | testlist_star_expr) ;

augassign
    : ADD_ASSIGN | SUB_ASSIGN | MULT_ASSIGN | AT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | AND_ASSIGN | OR_ASSIGN
    | XOR_ASSIGN | LSHIFT_ASSIGN | RSHIFT_ASSIGN | POWER_ASSIGN | IDIV_ASSIGN
    ;

import_stmt
    : IMPORT dotted_as_name (COMMA dotted_as_name)*
    | FROM (DOT | ELLIPSIS)* dotted_name? IMPORT (STAR | OPEN_PAREN import_as_names CLOSE_PAREN | import_as_names)
    ;
import_as_names : import_as_name (COMMA import_as_name)* COMMA? ;
import_as_name : NAME (AS NAME)? ;
dotted_as_name : dotted_name (AS NAME)? ;
dotted_name : NAME (DOT NAME)* ;

compound_stmt
    : if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef | decorated | async_stmt ;

if_stmt : IF namedexpr_test COLON block (ELIF namedexpr_test COLON block)* (ELSE COLON block)? ;
while_stmt : WHILE namedexpr_test COLON block (ELSE COLON block)? ;
for_stmt : FOR exprlist IN testlist COLON block (ELSE COLON block)? ;
try_stmt
    : TRY COLON block
      ( (except_clause COLON block)+ (ELSE COLON block)? (FINALLY COLON block)?
      | FINALLY COLON block
      )
    ;
except_clause : EXCEPT STAR? (test (AS NAME)?)? ;
with_stmt : WITH with_item (COMMA with_item)* COLON block ;
with_item : test (AS expr)? ;
async_stmt : ASYNC (funcdef | with_stmt | for_stmt) ;

block : simple_stmts | NEWLINE INDENT statement+ DEDENT ;

decorated : decorator+ (classdef | funcdef | async_stmt) ;
decorator : AT namedexpr_test NEWLINE ;

funcdef : DEF NAME parameters (ARROW test)? COLON block ;
parameters : OPEN_PAREN (parameter (COMMA parameter)* COMMA?)? CLOSE_PAREN ;
parameter
    : NAME (COLON test)? (ASSIGN test)?
    | STAR (NAME (COLON test)?)?
    | POWER NAME (COLON test)?
    | DIV
    ;

classdef : CLASS NAME (OPEN_PAREN arglist? CLOSE_PAREN)? COLON block ;

lambdef : LAMBDA (lambda_parameter (COMMA lambda_parameter)* COMMA?)? COLON test ;
lambda_parameter : NAME (ASSIGN test)? | STAR NAME? | POWER NAME | DIV ;

namedexpr_test : test (WALRUS test)? ;

test : or_test (IF or_test ELSE test)? | lambdef ;

or_test : and_test (OR and_test)* ;
and_test : not_test (AND not_test)* ;
not_test : NOT not_test | comparison ;
comparison : expr (comp_op expr)* ;
comp_op : LESS | GREATER | EQUALS | GREATER_EQUAL | LESS_EQUAL | NOT_EQUAL | IN | NOT IN | IS | IS NOT ;

star_expr : STAR expr ;

expr
    : AWAIT? atom_expr
    | <assoc = right> expr POWER expr
    | (ADD | MINUS | TILDE) expr
    | expr (STAR | DIV | MOD | IDIV | AT) expr
    | expr (ADD | MINUS) expr
    | expr (LSHIFT | RSHIFT) expr
    | expr AMP expr
    | expr CARET expr
    | expr PIPE expr
    ;

atom_expr : atom trailer* ;

atom
    : OPEN_PAREN (yield_expr | testlist_comp)? CLOSE_PAREN
    | OPEN_BRACK testlist_comp? CLOSE_BRACK
    | OPEN_BRACE dictorsetmaker? CLOSE_BRACE
    | NAME
    | NUMBER
    | STRING+
    | ELLIPSIS
    | NONE
    | TRUE
    | FALSE
    ;

trailer
    : OPEN_PAREN arglist? CLOSE_PAREN
    | OPEN_BRACK subscript (COMMA subscript)* COMMA? CLOSE_BRACK
    | DOT NAME
    ;

subscript : namedexpr_test | star_expr | test? COLON test? (COLON test?)? ;

testlist_comp
    : (namedexpr_test | star_expr) (comp_for | (COMMA (namedexpr_test | star_expr))* COMMA?) ;

dictorsetmaker
    : (test COLON test | POWER expr) (comp_for | (COMMA (test COLON test | POWER expr))* COMMA?)
    | (namedexpr_test | star_expr) (comp_for | (COMMA (namedexpr_test | star_expr))* COMMA?)
    ;

arglist : argument (COMMA argument)* COMMA? ;
argument
    : NAME ASSIGN test
    | namedexpr_test comp_for?
    | POWER test
    | STAR test
    ;

comp_for : ASYNC? FOR exprlist IN or_test comp_iter? ;
comp_iter : comp_for | comp_if ;
comp_if : IF or_test comp_iter? ;

testlist_star_expr : (test | star_expr) (COMMA (test | star_expr))* COMMA? ;
testlist : test (COMMA test)* COMMA? ;
exprlist : (expr | star_expr) (COMMA (expr | star_expr))* COMMA? ;

yield_expr : YIELD (FROM test | testlist_star_expr)? ;
