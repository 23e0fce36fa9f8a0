//! `format(str, spec)`: the string half of the format-spec mini-language.

use crate::error::FormatError;
use crate::layout::pad_text;
use crate::spec::{check_grouping, unknown_code, Align, FormatSpec, Sign};

/// Formats a string with a parsed spec (type `s` or none): precision
/// truncates to that many code points, then the result is padded (default
/// alignment left). Signs, `z`, `#`, `=` and grouping are rejected with
/// CPython's messages.
///
/// ```
/// use locus_format::{format_str, parse_format_spec};
/// let spec = parse_format_spec("*^7.2", "str").unwrap();
/// assert_eq!(format_str("abc", &spec, "str").unwrap(), "**ab***");
/// ```
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec, Some(ty))?;
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.z {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (body, chars) = truncate_chars(s, spec.precision);
    let width = spec.width.unwrap_or(0);
    if width <= chars {
        return Ok(body.to_string());
    }
    let fill = spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' });
    pad_text(body, chars, fill, spec.align.unwrap_or(Align::Left), width)
}

/// The first `precision` code points of `s` (all of it when `None`) and
/// their count.
pub(crate) fn truncate_chars(s: &str, precision: Option<usize>) -> (&str, usize) {
    match precision {
        None => (s, s.chars().count()),
        Some(p) => match s.char_indices().nth(p) {
            Some((end, _)) => (&s[..end], p),
            None => (s, s.chars().count()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::parse_format_spec;

    fn s(v: &str, spec: &str) -> String {
        match parse_format_spec(spec, "str").and_then(|sp| format_str(v, &sp, "str")) {
            Ok(s) => s,
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn samples() {
        assert_eq!(s("ab", "05"), "ab000");
        assert_eq!(s("abc", "^6"), " abc  ");
        assert_eq!(s("héllo", ".2"), "hé");
        assert_eq!(s("é", "€>3"), "€€é");
        assert_eq!(s("ab", ","), "ValueError: Cannot specify ',' with 's'.");
        assert_eq!(
            s("ab", "d"),
            "ValueError: Unknown format code 'd' for object of type 'str'"
        );
    }
}
