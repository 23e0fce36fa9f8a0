//! A cheap scan of the raw source before parsing, for the errors CPython's
//! tokenizer reports and ruff's parser does not (or reports differently):
//!
//! * more than 200 nested brackets (`too many nested parentheses`) — also a
//!   guard: such input would otherwise build a very deep tree;
//! * 150 nested f-strings (`too many nested f-strings`);
//! * more than 99 indentation levels (`too many levels of indentation`);
//! * inconsistent tabs and spaces (`TabError`) and dedents that match no
//!   outer level;
//! * unmatched, mismatched and unclosed brackets, with CPython's messages.
//!
//! The scanner understands strings, f-strings (with nested replacement
//! fields and format specs), comments and line continuations well enough to
//! count brackets. When it meets something it does not understand (an
//! unterminated string, a stray character) it stops silently and leaves the
//! diagnosis to the parser.

use ruff_text_size::{TextRange, TextSize};

use crate::error::{CompileError, CompileErrorKind, ErrorBuilder};

/// CPython's `MAXLEVEL`: maximum bracket nesting.
const MAX_BRACKET_LEVEL: usize = 200;
/// CPython's `MAXINDENT`: size of the indentation stack (level 0 included).
const MAX_INDENT: usize = 100;
/// CPython's `MAXFSTRINGLEVEL`.
const MAX_FSTRING_LEVEL: usize = 150;
/// Column width of a tab for the primary indentation measure.
const TAB_SIZE: u32 = 8;

/// An error found by the scan.
#[derive(Debug)]
pub(crate) struct PrescanError {
    /// The error to report.
    pub(crate) error: CompileError,
    /// Byte offset where the scan detected it, to decide whether a parse
    /// error earlier in the file takes precedence.
    pub(crate) detected_at: u32,
    /// Whether this is a nesting limit (reported without parsing at all).
    pub(crate) is_limit: bool,
    /// Whether this is a bracket left open at the end of the file: CPython
    /// reports it instead of a parse error only if that error is on a later
    /// line than the bracket.
    pub(crate) is_unclosed: bool,
}

/// What the scanner is inside of.
#[derive(Clone, Copy, Debug)]
enum Mode {
    /// Ordinary code (the module, or an f-string replacement field).
    Code,
    /// The literal part of an f-string.
    FString { quote: u8, triple: bool, raw: bool },
    /// The format spec of a replacement field (after `:`).
    Spec { quote: u8, triple: bool },
}

/// An open bracket: its byte, and its offset.
#[derive(Clone, Copy, Debug)]
struct Open {
    /// `(`, `[`, `{`, or `F` for the brace opening an f-string field.
    kind: u8,
    offset: u32,
}

struct Scanner<'a, 'src> {
    src: &'a [u8],
    errors: &'a ErrorBuilder<'src>,
    pos: usize,
    modes: Vec<Mode>,
    brackets: Vec<Open>,
    /// Indentation stack: (column with tabs to 8, column with tabs to 1).
    indents: Vec<(u32, u32)>,
    fstring_depth: usize,
}

/// Scans `source`; returns the first tokenizer-level error, if any.
pub(crate) fn prescan(errors: &ErrorBuilder<'_>) -> Option<PrescanError> {
    let src = errors.map.source().as_bytes();
    let mut scanner = Scanner {
        src,
        errors,
        pos: 0,
        modes: vec![Mode::Code],
        brackets: Vec::new(),
        indents: vec![(0, 0)],
        fstring_depth: 0,
    };
    // Skip a byte-order mark.
    if src.starts_with("\u{feff}".as_bytes()) {
        scanner.pos = 3;
    }
    match scanner.run() {
        Ok(()) => None,
        Err(Some(e)) => Some(e),
        Err(None) => None,
    }
}

/// `Err(None)`: stop scanning without an error (the parser will explain).
type Step = Result<(), Option<PrescanError>>;

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

fn closing_of(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

impl Scanner<'_, '_> {
    fn peek(&self, ahead: usize) -> Option<u8> {
        self.src.get(self.pos + ahead).copied()
    }

    fn error(
        &self,
        kind: CompileErrorKind,
        msg: String,
        at: u32,
        is_limit: bool,
    ) -> Option<PrescanError> {
        let range = TextRange::empty(TextSize::new(at));
        Some(PrescanError {
            error: self.errors.at(kind, msg, range),
            detected_at: self.pos as u32,
            is_limit,
            is_unclosed: false,
        })
    }

    fn run(&mut self) -> Step {
        let mut at_line_start = true;
        while self.pos < self.src.len() {
            match *self.modes.last().unwrap_or(&Mode::Code) {
                Mode::Code => {
                    let top_level = self.modes.len() == 1 && self.brackets.is_empty();
                    if at_line_start && top_level {
                        self.indentation()?;
                        at_line_start = false;
                        continue;
                    }
                    at_line_start = self.code_step()? && top_level;
                }
                Mode::FString { quote, triple, raw } => self.fstring_step(quote, triple, raw)?,
                Mode::Spec { quote, triple } => self.spec_step(quote, triple)?,
            }
        }
        if let Some(open) = self.brackets.last() {
            if matches!(self.modes.last(), Some(Mode::Code)) && open.kind != b'F' {
                let msg = format!("'{}' was never closed", open.kind as char);
                let mut e = self.error(CompileErrorKind::SyntaxError, msg, open.offset, false);
                if let Some(e) = &mut e {
                    e.is_unclosed = true;
                }
                return Err(e);
            }
        }
        Ok(())
    }

    /// Measures the indentation of a logical line start and checks it
    /// against the indentation stack.
    fn indentation(&mut self) -> Step {
        let line_start = self.pos;
        let (mut col, mut alt) = (0u32, 0u32);
        while let Some(b) = self.peek(0) {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt += 1;
                }
                0x0c => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        // Blank and comment-only lines do not count.
        match self.peek(0) {
            None | Some(b'#') | Some(b'\n') | Some(b'\r') => return Ok(()),
            Some(b'\\') => return Ok(()),
            _ => {}
        }
        let line_range_start = line_start as u32;
        let (top_col, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
        let tab_error = |s: &Self| {
            s.error(
                CompileErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation".into(),
                line_range_start,
                false,
            )
        };
        if col == top_col {
            if alt != top_alt {
                return Err(tab_error(self));
            }
        } else if col > top_col {
            if self.indents.len() >= MAX_INDENT {
                return Err(self.error(
                    CompileErrorKind::IndentationError,
                    "too many levels of indentation".into(),
                    line_range_start,
                    true,
                ));
            }
            if alt <= top_alt {
                return Err(tab_error(self));
            }
            self.indents.push((col, alt));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |t| t.0) {
                self.indents.pop();
            }
            let (top_col, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
            if col != top_col {
                // Let the parser report "unindent does not match any outer
                // indentation level" (it does, with the same message).
                return Err(None);
            }
            if alt != top_alt {
                return Err(tab_error(self));
            }
        }
        Ok(())
    }

    /// One step in code mode. Returns whether a logical line ended.
    fn code_step(&mut self) -> Result<bool, Option<PrescanError>> {
        let b = self.src[self.pos];
        match b {
            b'#' => {
                while let Some(c) = self.peek(0) {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            }
            b'\n' | b'\r' => {
                self.pos += 1;
                let in_field = self.modes.len() > 1;
                return Ok(!in_field && self.brackets.is_empty());
            }
            b'\\' => {
                // Line continuation: the next line is not a logical line start.
                match self.peek(1) {
                    Some(b'\n') => self.pos += 2,
                    Some(b'\r') => {
                        self.pos += 2;
                        if self.peek(0) == Some(b'\n') {
                            self.pos += 1;
                        }
                    }
                    None => self.pos += 1,
                    Some(_) => return Err(None),
                }
            }
            b'(' | b'[' | b'{' => {
                if self.brackets.len() >= MAX_BRACKET_LEVEL {
                    return Err(self.error(
                        CompileErrorKind::SyntaxError,
                        "too many nested parentheses".into(),
                        self.pos as u32,
                        true,
                    ));
                }
                self.brackets.push(Open {
                    kind: b,
                    offset: self.pos as u32,
                });
                self.pos += 1;
            }
            b')' | b']' | b'}' => {
                match self.brackets.last().copied() {
                    None => {
                        let msg = format!("unmatched '{}'", b as char);
                        return Err(self.error(
                            CompileErrorKind::SyntaxError,
                            msg,
                            self.pos as u32,
                            false,
                        ));
                    }
                    Some(open) if open.kind == b'F' => {
                        if b != b'}' {
                            return Err(None);
                        }
                        // End of a replacement field.
                        self.brackets.pop();
                        self.modes.pop();
                    }
                    Some(open) => {
                        if closing_of(open.kind) != b {
                            let open_line = self.errors.map.line_of(TextSize::new(open.offset));
                            let here_line = self.errors.map.line_of(TextSize::new(self.pos as u32));
                            let msg = if open_line == here_line {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                    b as char, open.kind as char
                                )
                            } else {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                    b as char, open.kind as char, open_line
                                )
                            };
                            return Err(self.error(
                                CompileErrorKind::SyntaxError,
                                msg,
                                self.pos as u32,
                                false,
                            ));
                        }
                        self.brackets.pop();
                    }
                }
                self.pos += 1;
            }
            b':' if self.at_field_top() => {
                let (quote, triple) = self.enclosing_fstring();
                let specs = self
                    .modes
                    .iter()
                    .filter(|m| matches!(m, Mode::Spec { .. }))
                    .count();
                if specs >= 2 {
                    return Err(self.error(
                        CompileErrorKind::SyntaxError,
                        "f-string: expressions nested too deeply".into(),
                        self.pos as u32,
                        false,
                    ));
                }
                // `!=` and `:=` never reach here; a top-level `:` starts the spec.
                self.pos += 1;
                if let Some(top) = self.modes.last_mut() {
                    *top = Mode::Spec { quote, triple };
                }
            }
            b'\'' | b'"' => self.string(self.pos, self.pos, false, false)?,
            _ if is_ident_byte(b) && !b.is_ascii_digit() => {
                let start = self.pos;
                while self.peek(0).is_some_and(is_ident_byte) {
                    self.pos += 1;
                }
                if let Some(q @ (b'\'' | b'"')) = self.peek(0) {
                    let prefix = self.src[start..self.pos].to_ascii_lowercase();
                    let (is_f, raw, valid) = match prefix.as_slice() {
                        b"r" => (false, true, true),
                        b"u" | b"b" => (false, false, true),
                        b"br" | b"rb" => (false, true, true),
                        b"f" | b"t" => (true, false, true),
                        b"fr" | b"rf" | b"tr" | b"rt" => (true, true, true),
                        _ => (false, false, false),
                    };
                    if valid {
                        let _ = q;
                        self.string(start, self.pos, is_f, raw)?;
                    }
                }
            }
            _ => self.pos += 1,
        }
        Ok(false)
    }

    /// Whether the innermost open bracket is an f-string field's brace.
    fn at_field_top(&self) -> bool {
        self.modes.len() > 1 && self.brackets.last().is_some_and(|o| o.kind == b'F')
    }

    /// Quote and tripleness of the innermost f-string.
    fn enclosing_fstring(&self) -> (u8, bool) {
        for m in self.modes.iter().rev() {
            if let Mode::FString { quote, triple, .. } = m {
                return (*quote, *triple);
            }
        }
        (b'"', false)
    }

    /// A string literal starting at `quote_pos` (prefix from `start`).
    fn string(&mut self, start: usize, quote_pos: usize, is_f: bool, raw: bool) -> Step {
        let quote = self.src[quote_pos];
        let triple = self.src.get(quote_pos..quote_pos + 3) == Some(&[quote, quote, quote][..]);
        self.pos = quote_pos + if triple { 3 } else { 1 };
        if is_f {
            if self.fstring_depth + 1 >= MAX_FSTRING_LEVEL {
                return Err(self.error(
                    CompileErrorKind::SyntaxError,
                    "too many nested f-strings".into(),
                    quote_pos as u32,
                    true,
                ));
            }
            self.fstring_depth += 1;
            self.modes.push(Mode::FString { quote, triple, raw });
            return Ok(());
        }
        let _ = start;
        loop {
            let Some(b) = self.peek(0) else {
                return Err(None);
            };
            match b {
                b'\\' => self.pos += 2,
                b'\n' | b'\r' if !triple => return Err(None),
                _ if b == quote => {
                    if !triple {
                        self.pos += 1;
                        return Ok(());
                    }
                    if self.peek(1) == Some(quote) && self.peek(2) == Some(quote) {
                        self.pos += 3;
                        return Ok(());
                    }
                    self.pos += 1;
                }
                _ => self.pos += 1,
            }
        }
    }

    /// Checks for the closing quote(s) of an f-string at the current position.
    fn at_closing_quote(&self, quote: u8, triple: bool) -> bool {
        if triple {
            self.peek(0) == Some(quote)
                && self.peek(1) == Some(quote)
                && self.peek(2) == Some(quote)
        } else {
            self.peek(0) == Some(quote)
        }
    }

    /// Opens a replacement field at the current `{`.
    fn open_field(&mut self) -> Step {
        if self.brackets.len() >= MAX_BRACKET_LEVEL {
            return Err(self.error(
                CompileErrorKind::SyntaxError,
                "too many nested parentheses".into(),
                self.pos as u32,
                true,
            ));
        }
        self.brackets.push(Open {
            kind: b'F',
            offset: self.pos as u32,
        });
        self.modes.push(Mode::Code);
        self.pos += 1;
        Ok(())
    }

    /// One step in the literal part of an f-string.
    fn fstring_step(&mut self, quote: u8, triple: bool, raw: bool) -> Step {
        let b = self.src[self.pos];
        if self.at_closing_quote(quote, triple) {
            self.pos += if triple { 3 } else { 1 };
            self.modes.pop();
            self.fstring_depth -= 1;
            return Ok(());
        }
        match b {
            b'\\' => {
                // An escape never hides a brace (`\{` still opens a field).
                let next = self.peek(1);
                self.pos += if matches!(next, Some(b'{') | Some(b'}')) || next.is_none() {
                    1
                } else {
                    2
                };
                let _ = raw;
            }
            b'\n' | b'\r' if !triple => return Err(None),
            b'{' => {
                if self.peek(1) == Some(b'{') {
                    self.pos += 2;
                } else {
                    self.open_field()?;
                }
            }
            b'}' => {
                if self.peek(1) == Some(b'}') {
                    self.pos += 2;
                } else {
                    return Err(None);
                }
            }
            _ => self.pos += 1,
        }
        Ok(())
    }

    /// One step in a format spec.
    fn spec_step(&mut self, quote: u8, triple: bool) -> Step {
        if self.at_closing_quote(quote, triple) {
            return Err(None);
        }
        match self.src[self.pos] {
            b'{' => self.open_field()?,
            b'}' => {
                // Ends the spec and its field.
                self.pos += 1;
                self.modes.pop();
                self.brackets.pop();
            }
            b'\\' => self.pos += if self.peek(1).is_some() { 2 } else { 1 },
            b'\n' | b'\r' if !triple => return Err(None),
            _ => self.pos += 1,
        }
        Ok(())
    }
}
