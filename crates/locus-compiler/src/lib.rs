//! The Locus compiler: Python 3.13 source → [`locus_bytecode::CodeObject`].
//!
//! Pipeline ([`compile`]):
//! 1. `prescan`: tokenizer-level checks CPython makes before parsing
//!    (bracket and indentation limits, tabs, unmatched brackets);
//! 2. parsing with `ruff_python_parser` (errors → `parse_error`);
//! 3. `depth`: CPython's nesting limits (the walks below are stack-safe
//!    anyway, see `guard`);
//! 4. `symtable`: scopes and name resolution;
//! 5. `codegen`: instructions, exception table, variable table.
//!
//! [`stack_depth`] recomputes the stack depth of finished code independently
//! and is public so the VM's tests can verify compiled code too.
//!
//! # Conventions beyond the instruction docs
//!
//! * Module and class-body code objects may have `vars`: hidden fast slots
//!   (and cells) of inlined comprehensions. Frames of every kind get
//!   `vars.len()` slots; `Cell` slots start as empty cells, `Free` slots
//!   are filled from the closure (class bodies get one too).
//! * `LoadFast`/`StoreFast`/`LoadFastAndClear` access a slot's raw content
//!   even when its kind is `Cell`; storing null empties the slot.
//! * A normal `with` exit is `LoadConst None; ExitWith; PopTop`; early
//!   exits (`break`/`continue`/`return`) do the same after moving a
//!   returned value below the exit function with `Swap(2)`.
//! * Class bodies start `__module__`, `__qualname__`, `__firstlineno__`
//!   (3.13), and end by storing `__static_attributes__` (sorted names `x`
//!   of `self.x = ...` in methods); with a `__class__` cell they return it
//!   after `StoreName __classcell__`, else None.
//! * Generator expressions: `MakeFunction; PushNull; <iter>; GetIter;
//!   Call(1)`; the code takes the iterator as its only argument `.0`.
//! * `CallEx` may receive any iterable (not only a tuple) for `f(*x)`.
//! * Docstrings are not in `constants`: see `CodeObject::docstring`
//!   (cleaned like CPython 3.13 does).

#![warn(missing_docs)]
#![forbid(unsafe_code)]

mod codegen;
mod depth;
mod error;
mod guard;
mod parse_error;
mod prescan;
mod source;
pub mod stack_depth;
mod symtable;

use std::sync::Arc;

use locus_bytecode::CodeObject;
use ruff_python_ast::{Mod, PythonVersion};
use ruff_python_parser::{parse_unchecked, Mode, ParseOptions};
use ruff_text_size::Ranged;

pub use error::{CompileError, CompileErrorKind};

use error::ErrorBuilder;
use source::SourceMap;

/// What the source is, as the `mode` argument of Python's `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    /// A module: statements; the code returns None.
    Exec,
    /// A single expression; the code returns its value.
    Eval,
    /// One interactive statement: expression statements at the top level
    /// are shown with `sys.displayhook` (`Instr::PrintExpr`).
    Single,
}

/// Compiles `source` (as read from `filename`) into a code object.
///
/// Never panics and never overflows the stack, whatever the input; deeply
/// nested input gives CPython's errors (`too many nested parentheses`,
/// `RecursionError`, `MemoryError`).
pub fn compile(
    source: &str,
    filename: &str,
    mode: CompileMode,
) -> Result<Arc<CodeObject>, CompileError> {
    // Release builds turn an internal panic (a compiler bug) into an error
    // rather than bringing the interpreter down; debug builds (tests) let
    // it surface.
    if cfg!(debug_assertions) {
        return compile_unguarded(source, filename, mode);
    }
    std::panic::catch_unwind(|| compile_unguarded(source, filename, mode)).unwrap_or_else(|_| {
        Err(CompileError::without_position(
            CompileErrorKind::SyntaxError,
            "internal compiler error",
            filename,
        ))
    })
}

fn compile_unguarded(
    source: &str,
    filename: &str,
    mode: CompileMode,
) -> Result<Arc<CodeObject>, CompileError> {
    if source.contains('\0') {
        // CPython's `compile()` message; when running a file CPython says
        // "source code cannot contain null bytes" instead.
        return Err(CompileError::without_position(
            CompileErrorKind::SyntaxError,
            "source code string cannot contain null bytes",
            filename,
        ));
    }
    let errors = ErrorBuilder {
        map: SourceMap::new(source),
        filename: filename.to_string(),
    };
    if mode == CompileMode::Eval {
        // An expression may not start indented (the `eval()` builtin strips
        // leading spaces and tabs before compiling).
        let indent = source.len() - source.trim_start_matches([' ', '\t']).len();
        let rest = &source[indent..];
        if indent > 0 && !rest.is_empty() && !rest.starts_with(['\n', '\r', '#']) {
            let mut e = errors.at(
                CompileErrorKind::IndentationError,
                "unexpected indent",
                ruff_text_size::TextRange::empty(ruff_text_size::TextSize::new(indent as u32)),
            );
            e.offset = source[..indent].chars().count() as u32;
            return Err(e);
        }
    }
    let prescan_error = prescan::prescan(&errors);
    if let Some(e) = &prescan_error {
        if e.is_limit {
            return Err(e.error.clone());
        }
    }
    let parse_mode = match mode {
        CompileMode::Eval => Mode::Expression,
        CompileMode::Exec | CompileMode::Single => Mode::Module,
    };
    let options = ParseOptions::from(parse_mode).with_target_version(PythonVersion::PY313);
    let parsed = parse_unchecked(source, options);
    let depths = depth::measure(parsed.syntax());
    let result = compile_parsed(&parsed, &errors, prescan_error, depths, mode);
    depth::drop_deep(parsed, depths.max_depth);
    result.map(Arc::new)
}

fn compile_parsed(
    parsed: &ruff_python_parser::Parsed<Mod>,
    errors: &ErrorBuilder<'_>,
    prescan_error: Option<prescan::PrescanError>,
    depths: depth::Depths,
    mode: CompileMode,
) -> Result<CodeObject, CompileError> {
    if let Some(e) = select_syntax_error(parsed, errors, prescan_error) {
        return Err(e);
    }
    if depths.parser_overflow() {
        return Err(CompileError::without_position(
            CompileErrorKind::MemoryError,
            "Parser stack overflowed - Python source too complex to parse",
            &errors.filename,
        ));
    }
    if depths.too_deep() {
        return Err(errors.recursion());
    }
    match parsed.syntax() {
        Mod::Module(module) => {
            if mode == CompileMode::Single && module.body.len() > 1 {
                return Err(errors.syntax(
                    "multiple statements found while compiling a single statement",
                    module.body[1].range(),
                ));
            }
            let table = symtable::build_module(module, errors)?;
            codegen::compile_module(module, &table, errors, mode == CompileMode::Single)
        }
        Mod::Expression(expr) => {
            let table = symtable::build_expression(&expr.body, errors)?;
            codegen::compile_expression(&expr.body, &table, errors)
        }
    }
}

/// Chooses the error CPython would report, if the source has syntax errors.
///
/// CPython's tokenizer errors win over parser errors even when they come
/// later in the file (after a parse error CPython tokenizes the rest of the
/// source), except that a bracket still open at the end of the file only
/// replaces a parse error found on a later line than the bracket.
fn select_syntax_error(
    parsed: &ruff_python_parser::Parsed<Mod>,
    errors: &ErrorBuilder<'_>,
    prescan_error: Option<prescan::PrescanError>,
) -> Option<CompileError> {
    use ruff_python_parser::{LexicalErrorType, ParseErrorType};
    let (unclosed, pre_token) = match prescan_error {
        Some(p) if p.is_unclosed => (Some(p), None),
        other => (None, other),
    };
    let lexical = parsed.errors().iter().find(
        |e| matches!(&e.error, ParseErrorType::Lexical(l) if !matches!(l, LexicalErrorType::Eof)),
    );
    let token_error = match (pre_token, lexical) {
        (Some(p), Some(l)) if l.location.start().to_u32() < p.detected_at => {
            Some(parse_error::translate(errors, l, parsed.syntax()))
        }
        (Some(p), _) => Some(p.error),
        (None, Some(l)) => Some(parse_error::translate(errors, l, parsed.syntax())),
        (None, None) => None,
    };
    if token_error.is_some() {
        return token_error;
    }
    let parse = parsed
        .errors()
        .iter()
        .find(|e| !matches!(&e.error, ParseErrorType::Lexical(LexicalErrorType::Eof)));
    let unsupported = parsed.unsupported_syntax_errors().first();
    let parse_error = match (parse, unsupported) {
        (Some(p), Some(u)) if u.range.start() < p.location.start() => {
            Some(parse_error::translate_unsupported(errors, u))
        }
        (Some(p), _) => Some(parse_error::translate(errors, p, parsed.syntax())),
        (None, Some(u)) => Some(parse_error::translate_unsupported(errors, u)),
        (None, None) => None,
    };
    match (parse_error, unclosed) {
        (Some(p), Some(u)) if p.lineno > u.error.lineno => Some(u.error),
        (Some(p), _) => Some(p),
        (None, Some(u)) => Some(u.error),
        (None, None) => {
            // Only an end-of-file error from ruff: report it as CPython does.
            parsed
                .errors()
                .first()
                .map(|e| parse_error::translate(errors, e, parsed.syntax()))
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod testdata;
