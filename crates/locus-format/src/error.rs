//! The error type shared by every formatting and parsing routine.
//!
//! Each error carries the Python exception class the VM must raise
//! ([`ErrorKind`]) and CPython 3.13's exact message text, so the VM can turn
//! it into an exception object without inspecting it further.

use std::fmt;

/// The Python exception class an error maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// `ValueError`
    ValueError,
    /// `TypeError`
    TypeError,
    /// `OverflowError`
    OverflowError,
    /// `MemoryError` (the message is empty, as in CPython).
    MemoryError,
}

impl ErrorKind {
    /// The Python class name, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A formatting or parsing failure: exception class plus CPython's message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FormatError {
    /// Which Python exception to raise.
    pub kind: ErrorKind,
    /// The exception's message, exactly as CPython 3.13 words it.
    pub message: String,
}

impl FormatError {
    /// A `ValueError` with the given message.
    pub fn value(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::ValueError,
            message: message.into(),
        }
    }

    /// A `TypeError` with the given message.
    pub fn type_error(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::TypeError,
            message: message.into(),
        }
    }

    /// An `OverflowError` with the given message.
    pub fn overflow(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::OverflowError,
            message: message.into(),
        }
    }

    /// A `MemoryError` (raised when a requested width or precision cannot be
    /// allocated).
    pub fn memory() -> Self {
        FormatError {
            kind: ErrorKind::MemoryError,
            message: String::new(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.message)
        }
    }
}

impl std::error::Error for FormatError {}

/// Reserve room for `additional` more bytes, turning allocation failure into
/// a Python `MemoryError` instead of aborting the process.
pub(crate) fn reserve(out: &mut String, additional: usize) -> Result<(), FormatError> {
    out.try_reserve(additional)
        .map_err(|_| FormatError::memory())
}

/// Append `count` copies of `ch`, reporting `MemoryError` if that much text
/// cannot be allocated.
pub(crate) fn push_repeat(out: &mut String, ch: char, count: usize) -> Result<(), FormatError> {
    if count == 0 {
        return Ok(());
    }
    let bytes = count
        .checked_mul(ch.len_utf8())
        .ok_or_else(FormatError::memory)?;
    reserve(out, bytes)?;
    out.extend(std::iter::repeat_n(ch, count));
    Ok(())
}
