//! Translation of ruff's parse errors into CPython's `SyntaxError`s.
//!
//! Ruff's messages differ from CPython's; the common ones are mapped to
//! CPython's wording (checked against CPython 3.13), the rest become
//! `invalid syntax` at ruff's position.

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, Mod, Stmt};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType,
    UnsupportedSyntaxError, UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::codegen::expr_description;
use crate::error::{CompileError, CompileErrorKind, ErrorBuilder};
use crate::guard::grow;

/// Finds the expression with exactly the given range (to describe an
/// invalid assignment target), and whether it is the whole target of an
/// assignment statement.
struct Finder<'a> {
    range: TextRange,
    found: Option<&'a Expr>,
    whole_target: bool,
}

impl<'a> Visitor<'a> for Finder<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.found.is_some() {
            return;
        }
        if let Stmt::Assign(a) = stmt {
            if a.targets.iter().any(|t| t.range() == self.range) {
                self.whole_target = true;
            }
        }
        grow(|| visitor::walk_stmt(self, stmt));
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.found.is_some() {
            return;
        }
        if expr.range() == self.range {
            self.found = Some(expr);
            return;
        }
        grow(|| visitor::walk_expr(self, expr));
    }
}

fn find_expr(ast: &Mod, range: TextRange) -> (Option<&Expr>, bool) {
    let mut finder = Finder {
        range,
        found: None,
        whole_target: false,
    };
    match ast {
        Mod::Module(m) => finder.visit_body(&m.body),
        Mod::Expression(e) => finder.visit_expr(&e.body),
    }
    (finder.found, finder.whole_target)
}

/// Whether CPython adds "here. Maybe you meant '==' instead of '='?" for
/// this invalid target (it does for targets that parse as a plain
/// bitwise-or expression).
fn suggests_comparison(e: &Expr) -> bool {
    matches!(
        e,
        Expr::BinOp(_)
            | Expr::UnaryOp(_)
            | Expr::Call(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::FString(_)
            | Expr::ListComp(_)
            | Expr::SetComp(_)
            | Expr::DictComp(_)
            | Expr::Dict(_)
            | Expr::Set(_)
            | Expr::Await(_)
            | Expr::EllipsisLiteral(_)
    )
}

/// The `SyntaxError` for a ruff parse error.
pub(crate) fn translate(errors: &ErrorBuilder<'_>, err: &ParseError, ast: &Mod) -> CompileError {
    let range = err.location;
    let source = errors.map.source();
    let syntax = |msg: &str, r: TextRange| errors.syntax(msg, r);
    match &err.error {
        ParseErrorType::UnexpectedIndentation => {
            // CPython points at the end of the indentation.
            let mut e = errors.at(
                CompileErrorKind::IndentationError,
                "unexpected indent",
                range,
            );
            e.offset = errors.map.char_col(range.end()).saturating_sub(1).max(1);
            e
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            unindent_error(errors, range)
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected an indented block after ") => {
            indented_block_error(errors, msg, range)
        }
        ParseErrorType::OtherError(msg) => {
            let m = match msg.as_str() {
                "Expected `except` or `finally` after `try` block" => {
                    // CPython points just after the end of the `try` body.
                    let before = source
                        .get(..range.start().to_usize())
                        .unwrap_or("")
                        .trim_end();
                    let at = TextRange::empty(TextSize::new(before.len() as u32));
                    return syntax("expected 'except' or 'finally' block", at);
                }
                "Only single target (not tuple) can be annotated" => {
                    "only single target (not tuple) can be annotated"
                }
                "Only single target (not list) can be annotated" => {
                    "only single target (not list) can be annotated"
                }
                "Positional patterns cannot follow keyword patterns" => {
                    "positional patterns follow keyword patterns"
                }
                // CPython points at the operator alone.
                "Unary '+' is not allowed as a literal pattern"
                | "Only one double star pattern is allowed" => {
                    let op_len = if msg.starts_with("Unary") { 1 } else { 2 };
                    let at = TextRange::at(range.start(), TextSize::new(op_len));
                    return syntax("invalid syntax", at);
                }
                "Only one '/' separator allowed" => "/ may appear only once",
                "Only one '*' separator allowed" => "* argument may appear only once",
                _ => "invalid syntax",
            };
            syntax(m, range)
        }
        ParseErrorType::EmptyImportNames => {
            syntax("Expected one or more names after 'import'", range)
        }
        ParseErrorType::ExpectedExpression => expected_expression(errors, range),
        ParseErrorType::SimpleStatementsOnSameLine => same_line(errors, range),
        ParseErrorType::ExpectedToken { found, .. } if is_aug_assign(*found) => {
            let line_start = line_start_of(source, range.start());
            let text = &source[line_start..];
            let indent = text.len() - text.trim_start().len();
            let at = TextRange::empty(TextSize::new((line_start + indent) as u32));
            syntax(
                "'tuple' is an illegal expression for augmented assignment",
                at,
            )
        }
        ParseErrorType::ExpectedToken { expected, found } => match expected {
            TokenKind::Colon if *found == TokenKind::Equal => syntax(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                range,
            ),
            TokenKind::Colon => syntax("expected ':'", range),
            TokenKind::Else => syntax("expected 'else' after 'if' expression", range),
            TokenKind::Indent => errors.at(
                CompileErrorKind::IndentationError,
                "expected an indented block",
                range,
            ),
            TokenKind::Comma
                if matches!(
                    found,
                    TokenKind::Name | TokenKind::Int | TokenKind::Float | TokenKind::String
                ) =>
            {
                syntax("invalid syntax. Perhaps you forgot a comma?", range)
            }
            _ => syntax("invalid syntax", range),
        },
        ParseErrorType::Lexical(lex) => lexical(errors, lex, range, source),
        ParseErrorType::FStringError(f) => fstring(errors, f, range),
        ParseErrorType::InvalidAssignmentTarget | ParseErrorType::InvalidNamedAssignmentTarget => {
            let (found, whole) = find_expr(ast, range);
            match found {
                Some(Expr::Yield(_) | Expr::YieldFrom(_)) => {
                    syntax("assignment to yield expression not possible", range)
                }
                Some(e) => {
                    let what = expr_description(e);
                    if whole && suggests_comparison(e) && is_first_target(ast, range) {
                        syntax(&format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"), range)
                    } else {
                        syntax(&format!("cannot assign to {what}"), range)
                    }
                }
                None => syntax("invalid syntax", range),
            }
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let (found, _) = find_expr(ast, range);
            match found {
                Some(e) => syntax(
                    &format!("illegal target for annotation: {}", expr_description(e)),
                    range,
                ),
                None => syntax("invalid syntax", range),
            }
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let (found, _) = find_expr(ast, range);
            match found {
                Some(e) => syntax(
                    &format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_description(e)
                    ),
                    range,
                ),
                None => syntax("invalid syntax", range),
            }
        }
        ParseErrorType::InvalidDeleteTarget => {
            let (found, _) = find_expr(ast, range);
            match found {
                Some(e) => syntax(&format!("cannot delete {}", expr_description(e)), range),
                None => syntax("invalid syntax", range),
            }
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            syntax("positional argument follows keyword argument", range)
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => syntax(
            "positional argument follows keyword argument unpacking",
            range,
        ),
        ParseErrorType::InvalidArgumentUnpackingOrder => syntax(
            "iterable argument unpacking follows keyword argument unpacking",
            range,
        ),
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            syntax("Generator expression must be parenthesized", range)
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => syntax(
            "parameter without a default follows parameter with a default",
            range,
        ),
        ParseErrorType::ExpectedKeywordParam => syntax("named arguments must follow bare *", range),
        ParseErrorType::ParamAfterVarKeywordParam => {
            syntax("arguments cannot follow var-keyword argument", range)
        }
        ParseErrorType::VarParameterWithDefault => {
            let before = source.get(..range.start().to_usize()).unwrap_or("");
            let stars = before
                .rfind('*')
                .map_or(0, |i| if before[..i].ends_with('*') { 2 } else { 1 });
            if stars == 2 {
                syntax("var-keyword argument cannot have default value", range)
            } else {
                syntax("var-positional argument cannot have default value", range)
            }
        }
        ParseErrorType::ExpectedRealNumber => {
            syntax("real number required in complex literal", range)
        }
        ParseErrorType::ExpectedImaginaryNumber => {
            syntax("imaginary number required in complex literal", range)
        }
        ParseErrorType::InvalidMatchPatternTarget => {
            // `as _` is explained; `**_` is plain invalid syntax.
            let before = source.get(..range.start().to_usize()).unwrap_or("");
            if before.trim_end().ends_with("**") {
                syntax("invalid syntax", range)
            } else {
                syntax("cannot use '_' as a target", range)
            }
        }
        ParseErrorType::IterableUnpackingInComprehension => {
            syntax("iterable unpacking cannot be used in comprehension", range)
        }
        _ => syntax("invalid syntax", range),
    }
}

/// "expected an indented block after 'if' statement on line N".
fn indented_block_error(
    errors: &ErrorBuilder<'_>,
    ruff_msg: &str,
    range: TextRange,
) -> CompileError {
    let what = ruff_msg
        .trim_start_matches("Expected an indented block after ")
        .replace('`', "'");
    let what = match what.as_str() {
        "'class' definition" => "class definition".to_string(),
        other => other.replace(" clause", " statement"),
    };
    // The header is the last line before the error that is not blank or
    // a comment.
    let source = errors.map.source();
    let before = source.get(..range.start().to_usize()).unwrap_or("");
    let mut header_offset = 0;
    let mut offset = 0;
    for line in before.split_inclusive('\n') {
        let t = line.trim();
        if !t.is_empty() && !t.starts_with('#') {
            header_offset = offset;
        }
        offset += line.len();
    }
    let header_line = errors.map.line_of(TextSize::new(header_offset as u32));
    errors.at(
        CompileErrorKind::IndentationError,
        format!("expected an indented block after {what} on line {header_line}"),
        range,
    )
}

fn lexical(
    errors: &ErrorBuilder<'_>,
    lex: &LexicalErrorType,
    range: TextRange,
    source: &str,
) -> CompileError {
    let syntax = |msg: &str| errors.syntax(msg, range);
    match lex {
        LexicalErrorType::UnclosedStringError => {
            let text = source.get(range.start().to_usize()..).unwrap_or("");
            let body = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let triple = body.starts_with("\"\"\"") || body.starts_with("'''");
            // The line of the last character of the file, not of its end.
            let last = range.end().to_u32().saturating_sub(1).max(range.start().to_u32());
            let end_line = errors.map.line_of(TextSize::new(last));
            let start = TextRange::empty(range.start());
            if triple {
                errors.syntax(
                    format!("unterminated triple-quoted string literal (detected at line {end_line})"),
                    start,
                )
            } else {
                errors.syntax(format!("unterminated string literal (detected at line {end_line})"), start)
            }
        }
        LexicalErrorType::UnrecognizedToken { tok } => {
            let c = *tok;
            if c.is_ascii() {
                syntax("invalid syntax")
            } else if c.is_whitespace() || c.is_control() {
                syntax(&format!("invalid non-printable character U+{:04X}", c as u32))
            } else {
                syntax(&format!("invalid character '{c}' (U+{:04X})", c as u32))
            }
        }
        LexicalErrorType::LineContinuationError => syntax("unexpected character after line continuation character"),
        LexicalErrorType::Eof => errors.syntax("unexpected EOF while parsing", range),
        LexicalErrorType::IndentationError => errors.at(
            CompileErrorKind::IndentationError,
            "unindent does not match any outer indentation level",
            range,
        ),
        LexicalErrorType::InvalidByteLiteral => {
            // CPython points at the start of the literal.
            let before = source.get(..range.start().to_usize()).unwrap_or("");
            let quote = before.rfind(['\'', '"']).unwrap_or(0);
            let prefix = before[..quote].len() - before[..quote].trim_end_matches(|c: char| c.is_ascii_alphabetic()).len();
            let at = TextRange::empty(TextSize::new((quote - prefix) as u32));
            errors.syntax("bytes can only contain ASCII literal characters", at)
        }
        LexicalErrorType::FStringError(f) => fstring(errors, f, range),
        LexicalErrorType::OtherError(msg) if msg.contains("ParseIntError") => {
            let text = source.get(range.to_std_range()).unwrap_or("").to_ascii_lowercase();
            let (kind, digits) = if text.starts_with("0x") {
                ("hexadecimal", "0123456789abcdef")
            } else if text.starts_with("0b") {
                ("binary", "01")
            } else {
                ("octal", "01234567")
            };
            let next = source.get(range.end().to_usize()..).and_then(|t| t.chars().next());
            match next {
                Some(c) if c.is_ascii_digit() && !digits.contains(c) => errors.syntax(
                    format!("invalid digit '{c}' in {kind} literal"),
                    TextRange::empty(range.end()),
                ),
                _ => syntax(&format!("invalid {kind} literal")),
            }
        }
        LexicalErrorType::OtherError(msg) => {
            let lower = msg.to_ascii_lowercase();
            if lower.contains("invalid decimal integer literal") {
                syntax("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
            } else if lower.contains("invalid") && lower.contains("literal") {
                syntax(&msg.to_ascii_lowercase())
            } else {
                syntax("invalid syntax")
            }
        }
        LexicalErrorType::UnicodeError | LexicalErrorType::MissingUnicodeLbrace | LexicalErrorType::MissingUnicodeRbrace => {
            syntax("(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape")
        }
        _ => syntax("invalid syntax"),
    }
}

fn fstring(
    errors: &ErrorBuilder<'_>,
    f: &InterpolatedStringErrorType,
    range: TextRange,
) -> CompileError {
    if let InterpolatedStringErrorType::InvalidConversionFlag = f {
        let c = errors
            .map
            .source()
            .get(range.start().to_usize()..)
            .and_then(|t| t.chars().next());
        return match c {
            Some(c) if c != '}' && c != ':' && !c.is_whitespace() => errors.syntax(
                format!("f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'"),
                range,
            ),
            _ => errors.syntax("f-string: missing conversion character", range),
        };
    }
    let msg = match f {
        InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'",
        InterpolatedStringErrorType::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        }
        InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed",
        InterpolatedStringErrorType::UnterminatedString => "unterminated f-string literal",
        InterpolatedStringErrorType::UnterminatedTripleQuotedString => {
            "unterminated triple-quoted f-string literal"
        }
        InterpolatedStringErrorType::LambdaWithoutParentheses => {
            "f-string: lambda expressions are not allowed without parentheses"
        }
        InterpolatedStringErrorType::ConversionFlagNotImmediatelyAfterExclamation => {
            "f-string: conversion type must come right after the exclamanation mark"
        }
        InterpolatedStringErrorType::NewlineInFormatSpec => {
            "f-string: newlines are not allowed in format specifiers for single quoted f-strings"
        }
    };
    errors.syntax(msg, range)
}

/// The `SyntaxError` for syntax newer than Python 3.13.
pub(crate) fn translate_unsupported(
    errors: &ErrorBuilder<'_>,
    err: &UnsupportedSyntaxError,
) -> CompileError {
    let msg = match err.kind {
        UnsupportedSyntaxErrorKind::UnpackingInComprehension(kind) => {
            if format!("{kind:?}").contains("Dict") {
                "dict unpacking cannot be used in dict comprehension"
            } else {
                "iterable unpacking cannot be used in comprehension"
            }
        }
        UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => {
            "multiple exception types must be parenthesized"
        }
        _ => "invalid syntax",
    };
    errors.syntax(msg, err.range)
}

fn is_aug_assign(t: TokenKind) -> bool {
    matches!(
        t,
        TokenKind::PlusEqual
            | TokenKind::MinusEqual
            | TokenKind::StarEqual
            | TokenKind::SlashEqual
            | TokenKind::DoubleSlashEqual
            | TokenKind::PercentEqual
            | TokenKind::AtEqual
            | TokenKind::AmperEqual
            | TokenKind::VbarEqual
            | TokenKind::CircumflexEqual
            | TokenKind::LeftShiftEqual
            | TokenKind::RightShiftEqual
            | TokenKind::DoubleStarEqual
    )
}

/// Byte offset of the start of the line containing `at`.
fn line_start_of(source: &str, at: TextSize) -> usize {
    let at = at.to_usize().min(source.len());
    source[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// "unindent does not match any outer indentation level", positioned like
/// CPython (just past the end of the offending line).
fn unindent_error(errors: &ErrorBuilder<'_>, range: TextRange) -> CompileError {
    let mut e = errors.at(
        CompileErrorKind::IndentationError,
        "unindent does not match any outer indentation level",
        range,
    );
    if let Some(text) = &e.text {
        e.offset = text.trim_end_matches(['\n', '\r']).chars().count() as u32 + 1;
        e.end_offset = e.offset;
    }
    e
}

/// The previous non-whitespace character before `at`.
fn prev_char(source: &str, at: TextSize) -> Option<char> {
    source.get(..at.to_usize())?.trim_end().chars().last()
}

/// "Expected an expression": inside an f-string field CPython says more.
fn expected_expression(errors: &ErrorBuilder<'_>, range: TextRange) -> CompileError {
    let source = errors.map.source();
    let c = source
        .get(range.start().to_usize()..)
        .and_then(|t| t.chars().next());
    if prev_char(source, range.start()) == Some('{') {
        match c {
            Some(c @ ('}' | ':' | '!' | '=')) => {
                return errors.syntax(
                    format!("f-string: valid expression required before '{c}'"),
                    range,
                )
            }
            Some('"' | '\'') => return errors.syntax("f-string: expecting '}'", range),
            _ => {}
        }
    }
    errors.syntax("invalid syntax", range)
}

/// Two simple statements on one line: CPython explains `print x` and bad
/// number literals.
fn same_line(errors: &ErrorBuilder<'_>, range: TextRange) -> CompileError {
    let source = errors.map.source();
    let before = source.get(..range.start().to_usize()).unwrap_or("");
    let line = &before[line_start_of(source, range.start())..];
    let trimmed_line = line.trim_end();
    let word_start = trimmed_line
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = trimmed_line[word_start..].to_string();
    let trimmed = line.trim();
    if (trimmed == "print" || trimmed == "exec") && before.ends_with(' ') {
        let start = TextSize::new(
            (line_start_of(source, range.start()) + line.len() - line.trim_start().len()) as u32,
        );
        return errors.syntax(
            format!("Missing parentheses in call to '{trimmed}'. Did you mean {trimmed}(...)?"),
            TextRange::new(start, range.end()),
        );
    }
    if !before.ends_with(char::is_whitespace) && word.starts_with(|c: char| c.is_ascii_digit()) {
        return errors.syntax("invalid decimal literal", range);
    }
    errors.syntax("invalid syntax", range)
}

/// Whether the assignment whose target has `range` has it as its first target.
fn is_first_target(ast: &Mod, range: TextRange) -> bool {
    let Mod::Module(m) = ast else {
        return false;
    };
    fn search(body: &[Stmt], range: TextRange) -> Option<bool> {
        for stmt in body {
            if !stmt.range().contains_range(range) {
                continue;
            }
            if let Stmt::Assign(a) = stmt {
                if let Some(i) = a.targets.iter().position(|t| t.range() == range) {
                    return Some(i == 0);
                }
            }
            // Assignments nest at most as deep as blocks (indentation is limited).
            let inner: Vec<&[Stmt]> = match stmt {
                Stmt::FunctionDef(f) => vec![&f.body],
                Stmt::ClassDef(c) => vec![&c.body],
                Stmt::For(f) => vec![&f.body, &f.orelse],
                Stmt::While(w) => vec![&w.body, &w.orelse],
                Stmt::If(i) => {
                    let mut v: Vec<&[Stmt]> = vec![&i.body];
                    v.extend(i.elif_else_clauses.iter().map(|c| &c.body[..]));
                    v
                }
                Stmt::With(w) => vec![&w.body],
                Stmt::Match(m) => m.cases.iter().map(|c| &c.body[..]).collect(),
                Stmt::Try(t) => {
                    let mut v: Vec<&[Stmt]> = vec![&t.body, &t.orelse, &t.finalbody];
                    v.extend(t.handlers.iter().map(|h| {
                        let ruff_python_ast::ExceptHandler::ExceptHandler(h) = h;
                        &h.body[..]
                    }));
                    v
                }
                _ => vec![],
            };
            for b in inner {
                if let Some(r) = search(b, range) {
                    return Some(r);
                }
            }
        }
        None
    }
    search(&m.body, range).unwrap_or(true)
}
