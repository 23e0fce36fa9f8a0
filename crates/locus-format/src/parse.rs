//! `int(str, base)` and `float(str)` parsing with Python's rules: surrounding
//! whitespace (any `str.isspace()` character except the ASCII control
//! characters `\x1c`..`\x1f`), an optional sign, underscores only between
//! digits, and decimal digits from any script (`int('١٢٣') == 123`).
//!
//! The functions only say whether the text is valid; the VM words the
//! `ValueError` itself (`invalid literal for int() with base 10: 'x'`,
//! `could not convert string to float: 'x'`), since it needs `repr()` of
//! the argument. The digit-limit error is produced here
//! ([`ParseIntError::TooManyDigits`]).

use std::borrow::Cow;

use num_bigint::BigInt;

use crate::error::FormatError;
use crate::limits::{int_max_str_digits, str_to_int_limit_error};
use crate::unicode::{decimal_value, is_python_space};

/// Why [`parse_int_limited`] failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseIntError {
    /// Not a valid literal for the base (or the base is not 0 or 2..=36).
    Invalid,
    /// Valid, but has more digits than the int/str conversion limit allows.
    TooManyDigits {
        /// Digits in the literal (underscores not counted).
        digits: usize,
        /// The limit in force.
        limit: usize,
    },
}

impl ParseIntError {
    /// For [`ParseIntError::TooManyDigits`], CPython's `ValueError`
    /// (`Exceeds the limit (4300 digits) for integer string conversion:
    /// value has 5000 digits; use sys.set_int_max_str_digits() to increase
    /// the limit`); `None` for [`ParseIntError::Invalid`], whose message the
    /// VM builds.
    pub fn limit_error(&self) -> Option<FormatError> {
        match *self {
            ParseIntError::Invalid => None,
            ParseIntError::TooManyDigits { digits, limit } => {
                Some(str_to_int_limit_error(limit, digits))
            }
        }
    }
}

/// Maps non-ASCII whitespace to `' '` and non-ASCII decimal digits to ASCII
/// digits, as CPython does before parsing numbers; any other non-ASCII
/// character makes the text invalid.
fn to_ascii(s: &str) -> Option<Cow<'_, str>> {
    if s.is_ascii() {
        return Some(Cow::Borrowed(s));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if is_python_space(c) {
            out.push(' ');
        } else {
            let d = decimal_value(c)?;
            out.push(char::from(b'0' + d as u8));
        }
    }
    Some(Cow::Owned(out))
}

/// ASCII whitespace as C's `isspace` sees it (no `\x1c`..`\x1f`).
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn trim_c_space(b: &[u8]) -> &[u8] {
    let start = b.iter().position(|&c| !is_c_space(c)).unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|&c| !is_c_space(c))
        .map_or(start, |e| e + 1);
    &b[start..end]
}

/// `int(s, base)`: `Ok(value)` or `Err(())` for an invalid literal or a base
/// other than 0 and 2..=36. No digit limit is applied (see
/// [`parse_int_limited`]).
///
/// ```
/// use locus_format::parse_int;
/// use num_bigint::BigInt;
/// assert_eq!(parse_int(" -1_000 ", 10), Ok(BigInt::from(-1000)));
/// assert_eq!(parse_int("0x_1f", 0), Ok(BigInt::from(31)));
/// assert_eq!(parse_int("010", 0), Err(()));
/// assert_eq!(parse_int("z", 36), Ok(BigInt::from(35)));
/// ```
// The unit error is the signature the VM was promised: the VM words the
// message itself, and there is only one way to fail here.
#[allow(clippy::result_unit_err)]
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, ()> {
    parse_int_with_limit(s, base, 0).map_err(|_| ())
}

/// `int(s, base)` with the process-wide digit limit
/// ([`crate::int_max_str_digits`]), which applies to bases that are not
/// powers of two. A literal is checked for validity before its length.
pub fn parse_int_limited(s: &str, base: u32) -> Result<BigInt, ParseIntError> {
    parse_int_with_limit(s, base, int_max_str_digits())
}

/// `int(s, base)` with an explicit digit limit (`0` = unlimited).
pub fn parse_int_with_limit(s: &str, base: u32, limit: usize) -> Result<BigInt, ParseIntError> {
    let text = to_ascii(s).ok_or(ParseIntError::Invalid)?;
    let b = trim_c_space(text.as_bytes());
    let (negative, mut rest) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let mut base = base;
    let mut after_prefix = false;
    let mut zeros_only = false;
    let prefix_base = match rest {
        [b'0', p, ..] => match p.to_ascii_lowercase() {
            b'x' => Some(16),
            b'o' => Some(8),
            b'b' => Some(2),
            _ => None,
        },
        _ => None,
    };
    if base == 0 {
        if let Some(pb) = prefix_base {
            base = pb;
            rest = &rest[2..];
            after_prefix = true;
        } else {
            base = 10;
            zeros_only = rest.first() == Some(&b'0');
        }
    } else if prefix_base == Some(base) {
        rest = &rest[2..];
        after_prefix = true;
    }
    if !(2..=36).contains(&base) {
        return Err(ParseIntError::Invalid);
    }
    if after_prefix && rest.first() == Some(&b'_') {
        rest = &rest[1..];
    }
    let digits = scan_digits(rest, base).ok_or(ParseIntError::Invalid)?;
    if zeros_only && rest.iter().any(|&c| c != b'0' && c != b'_') {
        return Err(ParseIntError::Invalid);
    }
    if limit != 0 && !base.is_power_of_two() && digits > limit {
        return Err(ParseIntError::TooManyDigits { digits, limit });
    }
    let value = digits_to_bigint(rest, base, digits);
    Ok(if negative { -value } else { value })
}

/// Validates `digit ('_'? digit)*` in `base`, returning the digit count.
fn scan_digits(b: &[u8], base: u32) -> Option<usize> {
    let mut count = 0;
    let mut prev_underscore = true; // no leading underscore
    for &c in b {
        if c == b'_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
        } else {
            let d = char::from(c).to_digit(36)?;
            if d >= base {
                return None;
            }
            count += 1;
            prev_underscore = false;
        }
    }
    (count > 0 && !prev_underscore).then_some(count)
}

/// Converts validated digits (underscores allowed) to a BigInt.
fn digits_to_bigint(b: &[u8], base: u32, count: usize) -> BigInt {
    // Fast path: anything that fits comfortably in a u64.
    if count <= 12 || (base <= 10 && count <= 19) || (base <= 16 && count <= 15) {
        let mut v: u64 = 0;
        for &c in b {
            if let Some(d) = char::from(c).to_digit(36) {
                v = v * u64::from(base) + u64::from(d);
            }
        }
        return BigInt::from(v);
    }
    let clean: Vec<u8> = b.iter().copied().filter(|&c| c != b'_').collect();
    BigInt::parse_bytes(&clean, base).unwrap_or_default()
}

/// `float(s)`: `Some(value)` or `None` when the text is not a valid float
/// literal. Accepts `inf`, `infinity`, `nan` in any case with a sign,
/// underscores between digits, and no hexadecimal forms.
///
/// ```
/// use locus_format::parse_float;
/// assert_eq!(parse_float(" 1_000.5 "), Some(1000.5));
/// assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
/// assert_eq!(parse_float("1__0"), None);
/// assert_eq!(parse_float("0x1p3"), None);
/// ```
pub fn parse_float(s: &str) -> Option<f64> {
    let text = to_ascii(s)?;
    let b = trim_c_space(text.as_bytes());
    let (negative, body) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let special = if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    if !valid_float_syntax(body) {
        return None;
    }
    let clean: String = body
        .iter()
        .filter(|&&c| c != b'_')
        .map(|&c| char::from(c))
        .collect();
    let v: f64 = clean.parse().ok()?;
    Some(if negative { -v } else { v })
}

/// `digits ['.' [digits]] | '.' digits`, then optionally `e [sign] digits`,
/// where `digits` is `digit ('_'? digit)*`.
fn valid_float_syntax(b: &[u8]) -> bool {
    let mut i = 0;
    let int_digits = digit_part(b, &mut i);
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = digit_part(b, &mut i);
    }
    if int_digits == 0 && frac_digits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digit_part(b, &mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// Consumes `digit ('_'? digit)*` at `*i`; returns the digits consumed (0 if
/// none, leaving `*i` unchanged). A trailing or doubled underscore stops the
/// scan before it, which the caller then sees as unexpected text.
fn digit_part(b: &[u8], i: &mut usize) -> usize {
    let mut count = 0;
    let mut j = *i;
    while j < b.len() {
        if b[j].is_ascii_digit() {
            count += 1;
            j += 1;
        } else if b[j] == b'_' && count > 0 && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
            j += 1;
        } else {
            break;
        }
    }
    *i = j;
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limited() {
        let s = "1".repeat(5000);
        let e = parse_int_with_limit(&s, 10, 4300).unwrap_err();
        assert_eq!(
            e,
            ParseIntError::TooManyDigits {
                digits: 5000,
                limit: 4300
            }
        );
        assert_eq!(
            e.limit_error().unwrap().message,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        // Invalid text is reported as such even when long.
        let bad = format!("{s}x");
        assert_eq!(
            parse_int_with_limit(&bad, 10, 4300),
            Err(ParseIntError::Invalid)
        );
        // Powers of two are not limited.
        assert!(parse_int_with_limit(&s, 16, 4300).is_ok());
        assert!(parse_int_with_limit(&s, 3, 4300).is_err());
        assert!(parse_int_with_limit(&s, 10, 0).is_ok());
    }
}
