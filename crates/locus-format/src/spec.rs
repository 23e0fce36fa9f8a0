//! The format-specification mini-language (`format(x, spec)`, f-strings,
//! `str.format`): parsing a spec string into a [`FormatSpec`].
//!
//! Grammar (Python 3.13):
//! `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
//!
//! Parsing is type-independent except for the wording of one error (which
//! names the formatted object's type). Checks that depend on the value's type
//! (a grouping option that the presentation type does not support, unknown
//! type codes) are made by the `format_*` functions, in the order CPython
//! makes them.

use crate::error::FormatError;

/// Alignment option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding goes between the sign (and prefix) and the digits.
    AfterSign,
}

impl Align {
    /// The spec character for this alignment.
    pub fn as_char(self) -> char {
        match self {
            Align::Left => '<',
            Align::Right => '>',
            Align::Center => '^',
            Align::AfterSign => '=',
        }
    }

    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// Sign option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sign {
    /// `+`: a sign for positive numbers too.
    Plus,
    /// `-`: a sign for negative numbers only (the default behaviour).
    Minus,
    /// ` `: a space for positive numbers, `-` for negative ones.
    Space,
}

/// Thousands-grouping option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grouping {
    /// `,`
    Comma,
    /// `_`
    Underscore,
}

impl Grouping {
    /// The separator character.
    pub fn as_char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format specification. `None` fields were not given.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct FormatSpec {
    /// Fill character (only set together with an explicit `align`).
    pub fill: Option<char>,
    /// Alignment.
    pub align: Option<Align>,
    /// Sign option.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero (after rounding) to positive zero.
    pub z: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` before the width while no fill character was given: pads with
    /// `'0'` (and, for numbers without an explicit alignment, aligns `=`).
    pub zero_pad: bool,
    /// Minimum field width, in code points.
    pub width: Option<usize>,
    /// Thousands separator.
    pub grouping: Option<Grouping>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type character.
    pub ty: Option<char>,
}

/// CPython's cap on a width or precision while parsing (`Py_ssize_t`).
const MAX_SPEC_NUMBER: u64 = i64::MAX as u64;

/// Parses a format spec such as `"<10,.2f"`.
///
/// `type_name` is the Python type name of the object being formatted; it only
/// appears in the `Invalid format specifier '...' for object of type '...'`
/// message. The errors are CPython's: `Too many decimal digits in format
/// string`, `Format specifier missing precision`, `Cannot specify both ','
/// and '_'.`, and the invalid-specifier one.
///
/// ```
/// use locus_format::{parse_format_spec, Align};
/// let s = parse_format_spec("*^10,.2f", "float").unwrap();
/// assert_eq!(s.fill, Some('*'));
/// assert_eq!(s.align, Some(Align::Center));
/// assert_eq!(s.width, Some(10));
/// assert_eq!(s.precision, Some(2));
/// assert_eq!(s.ty, Some('f'));
/// ```
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let cs: Vec<char> = spec.chars().collect();
    let mut out = FormatSpec::default();
    let mut pos = 0;
    let at = |i: usize| cs.get(i).copied();

    if let Some(a) = at(1).and_then(Align::from_char) {
        out.fill = Some(cs[0]);
        out.align = Some(a);
        pos = 2;
    } else if let Some(a) = at(0).and_then(Align::from_char) {
        out.align = Some(a);
        pos = 1;
    }
    match at(pos) {
        Some('+') => {
            out.sign = Some(Sign::Plus);
            pos += 1;
        }
        Some('-') => {
            out.sign = Some(Sign::Minus);
            pos += 1;
        }
        Some(' ') => {
            out.sign = Some(Sign::Space);
            pos += 1;
        }
        _ => {}
    }
    if at(pos) == Some('z') {
        out.z = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && at(pos) == Some('0') {
        out.zero_pad = true;
        pos += 1;
    }
    let (width, next) = parse_number(&cs, pos)?;
    out.width = width;
    pos = next;

    if at(pos) == Some(',') {
        out.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if at(pos) == Some('_') {
        if out.grouping.is_some() {
            return Err(both_separators());
        }
        out.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if at(pos) == Some(',') && out.grouping == Some(Grouping::Underscore) {
        return Err(both_separators());
    }
    if at(pos) == Some('.') {
        pos += 1;
        let (precision, next) = parse_number(&cs, pos)?;
        match precision {
            Some(p) => out.precision = Some(p),
            None => return Err(FormatError::value("Format specifier missing precision")),
        }
        pos = next;
    }
    match cs.len() - pos {
        0 => {}
        1 => out.ty = Some(cs[pos]),
        _ => {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec,
                clip_type_name(type_name)
            )))
        }
    }
    Ok(out)
}

fn both_separators() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

/// Reads a run of ASCII digits starting at `pos`: `(None, pos)` if there are
/// none.
fn parse_number(cs: &[char], mut pos: usize) -> Result<(Option<usize>, usize), FormatError> {
    let start = pos;
    let mut value: u64 = 0;
    while let Some(d) = cs.get(pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d)))
            .filter(|&v| v <= MAX_SPEC_NUMBER)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        pos += 1;
    }
    if pos == start {
        Ok((None, pos))
    } else {
        let v = usize::try_from(value).unwrap_or(usize::MAX);
        Ok((Some(v), pos))
    }
}

/// CPython prints type names with `%.200s`: at most 200 bytes.
pub(crate) fn clip_type_name(name: &str) -> std::borrow::Cow<'_, str> {
    if name.len() <= 200 {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut end = 200;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    let mut s = name[..end].to_string();
    if end < 200 {
        // The C string was cut inside a character; CPython decodes the
        // partial sequence with the replacement character.
        s.push('\u{fffd}');
    }
    std::borrow::Cow::Owned(s)
}

/// Renders a presentation-type character the way CPython's messages do:
/// itself if printable ASCII above space, otherwise `\xNN` in lower-case hex.
pub(crate) fn type_char_display(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{v:x}")
    }
}

/// `ValueError: Unknown format code 'X' for object of type 'T'`.
pub(crate) fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_display(ty),
        clip_type_name(type_name)
    ))
}

/// Checks the grouping option against the effective presentation type
/// (`ty`, with the object's default type substituted when none was given;
/// `None` stands for CPython's "no type" of floats and complex numbers).
pub(crate) fn check_grouping(spec: &FormatSpec, ty: Option<char>) -> Result<(), FormatError> {
    let Some(g) = spec.grouping else {
        return Ok(());
    };
    let ok = match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
        Some('b' | 'o' | 'x' | 'X') => g == Grouping::Underscore,
        Some(_) => false,
    };
    if ok {
        return Ok(());
    }
    let t = ty.unwrap_or('\0');
    Err(FormatError::value(format!(
        "Cannot specify '{}' with '{}'.",
        g.as_char(),
        type_char_display(t)
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_all_fields() {
        let s = parse_format_spec("x<+z#012_.3e", "float").unwrap();
        assert_eq!(s.fill, Some('x'));
        assert_eq!(s.align, Some(Align::Left));
        assert_eq!(s.sign, Some(Sign::Plus));
        assert!(s.z && s.alternate);
        // A fill was given, so the '0' belongs to the width.
        assert!(!s.zero_pad);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(Grouping::Underscore));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('e'));
    }

    #[test]
    fn zero_pad_without_fill() {
        let s = parse_format_spec("<05", "int").unwrap();
        assert!(s.zero_pad);
        assert_eq!(s.width, Some(5));
        let s = parse_format_spec("00", "int").unwrap();
        assert!(s.zero_pad);
        assert_eq!(s.width, Some(0));
    }

    #[test]
    fn errors() {
        let e = parse_format_spec("abc", "int").unwrap_err();
        assert_eq!(
            e.message,
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(
            parse_format_spec(".", "int").unwrap_err().message,
            "Format specifier missing precision"
        );
        assert_eq!(
            parse_format_spec("99999999999999999999", "int")
                .unwrap_err()
                .message,
            "Too many decimal digits in format string"
        );
        assert_eq!(
            parse_format_spec(",_", "int").unwrap_err().message,
            "Cannot specify both ',' and '_'."
        );
    }
}
