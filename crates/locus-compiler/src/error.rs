//! The compiler's error type: everything `compile()` can raise, with the
//! fields of CPython's `SyntaxError` so the VM can build the exception.

use std::fmt;

use ruff_text_size::TextRange;

use crate::source::SourceMap;

/// Which Python exception class a [`CompileError`] becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompileErrorKind {
    /// `SyntaxError`.
    SyntaxError,
    /// `IndentationError` (a `SyntaxError` subclass).
    IndentationError,
    /// `TabError` (an `IndentationError` subclass).
    TabError,
    /// `RecursionError` ("maximum recursion depth exceeded during
    /// compilation"): the input nests too deeply. Not a `SyntaxError`: the
    /// position fields are 0 and `text` is `None`, as in CPython.
    RecursionError,
    /// `MemoryError` ("Parser stack overflowed - Python source too complex
    /// to parse"): CPython's parser gives up on very long chains of prefix
    /// operators, lambdas or conditional expressions. No position either.
    MemoryError,
}

impl CompileErrorKind {
    /// The Python class name.
    pub fn class_name(self) -> &'static str {
        match self {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
            CompileErrorKind::RecursionError => "RecursionError",
            CompileErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A compile-time error, with the attributes of CPython's `SyntaxError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// The exception class.
    pub kind: CompileErrorKind,
    /// `msg`, e.g. `invalid syntax`.
    pub msg: String,
    /// `filename`.
    pub filename: String,
    /// `lineno` (1-based; 0 when there is no position).
    pub lineno: u32,
    /// `offset`: 1-based character column (0 when unknown).
    pub offset: u32,
    /// `end_lineno`.
    pub end_lineno: u32,
    /// `end_offset`: 1-based character column after the end (CPython
    /// sometimes reports 0 or -1 here; this field uses 0 for both).
    pub end_offset: u32,
    /// `text`: the offending source line, with its line break.
    pub text: Option<String>,
}

impl CompileError {
    /// An error without a source position (`RecursionError`, `MemoryError`).
    pub(crate) fn without_position(kind: CompileErrorKind, msg: &str, filename: &str) -> Self {
        CompileError {
            kind,
            msg: msg.to_string(),
            filename: filename.to_string(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        }
    }

    /// CPython's compile-time recursion limit error.
    pub(crate) fn recursion(filename: &str) -> Self {
        Self::without_position(
            CompileErrorKind::RecursionError,
            "maximum recursion depth exceeded during compilation",
            filename,
        )
    }

    /// Whether this is a `SyntaxError` or one of its subclasses.
    pub fn is_syntax_error(&self) -> bool {
        matches!(
            self.kind,
            CompileErrorKind::SyntaxError
                | CompileErrorKind::IndentationError
                | CompileErrorKind::TabError
        )
    }
}

impl fmt::Display for CompileError {
    /// Like `str()` of the Python exception: `msg (filename, line N)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_syntax_error() {
            write!(f, "{} ({}, line {})", self.msg, self.filename, self.lineno)
        } else {
            f.write_str(&self.msg)
        }
    }
}

impl std::error::Error for CompileError {}

/// Builds positioned errors for one source file.
#[derive(Debug)]
pub(crate) struct ErrorBuilder<'src> {
    pub(crate) map: SourceMap<'src>,
    pub(crate) filename: String,
}

impl<'src> ErrorBuilder<'src> {
    /// An error covering `range`.
    pub(crate) fn at(
        &self,
        kind: CompileErrorKind,
        msg: impl Into<String>,
        range: TextRange,
    ) -> CompileError {
        let lineno = self.map.line_of(range.start());
        CompileError {
            kind,
            msg: msg.into(),
            filename: self.filename.clone(),
            lineno,
            offset: self.map.char_col(range.start()),
            end_lineno: self.map.line_of(range.end()),
            end_offset: self.map.char_col(range.end()),
            text: self.map.line_text(lineno),
        }
    }

    /// A `SyntaxError` covering `range`.
    pub(crate) fn syntax(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.at(CompileErrorKind::SyntaxError, msg, range)
    }

    /// A `RecursionError` without position.
    pub(crate) fn recursion(&self) -> CompileError {
        CompileError::recursion(&self.filename)
    }
}
