//! `format(complex, spec)` and `repr(complex)`.

use crate::error::FormatError;
use crate::float_repr::render_magnitude;
use crate::format_num::{float_render_opts, is_zero_text, sign_text};
use crate::layout::{group_digits, pad_text};
use crate::spec::{check_grouping, unknown_code, Align, FormatSpec, Sign};

/// Formats a complex number with a parsed spec (types `e E f F g G n` and
/// none). With no type, the parts are written like `repr` (or `g` with the
/// given precision) without a forced `.0`, and the result is parenthesized
/// unless the real part is `+0.0`, which is then left out. Zero padding and
/// `=` alignment are rejected, as in CPython.
///
/// ```
/// use locus_format::{format_complex, parse_format_spec};
/// let spec = parse_format_spec("", "complex").unwrap();
/// assert_eq!(format_complex(1.0, 2.0, &spec, "complex").unwrap(), "(1+2j)");
/// let spec = parse_format_spec(".2f", "complex").unwrap();
/// assert_eq!(format_complex(1.5, -2.0, &spec, "complex").unwrap(), "1.50-2.00j");
/// ```
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    check_grouping(spec, spec.ty)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let fill = spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' });
    if fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let skip_re = spec.ty.is_none() && re == 0.0 && re.is_sign_positive();
    let parens = spec.ty.is_none() && !skip_re;
    let grouping = spec.grouping.map(|g| g.as_char());

    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        push_part(&mut body, re, spec, spec.sign, grouping);
    }
    let im_sign = if skip_re { spec.sign } else { Some(Sign::Plus) };
    push_part(&mut body, im, spec, im_sign, grouping);
    body.push('j');
    if parens {
        body.push(')');
    }
    let chars = body.chars().count();
    pad_text(
        &body,
        chars,
        fill,
        spec.align.unwrap_or(Align::Right),
        spec.width.unwrap_or(0),
    )
}

/// `repr(complex(re, im))`, e.g. `(1+2j)`, `2j`, `(-0-0j)`, `(inf+nanj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let spec = FormatSpec::default();
    let mut body = String::new();
    let skip_re = re == 0.0 && re.is_sign_positive();
    if !skip_re {
        body.push('(');
        push_part(&mut body, re, &spec, None, None);
        push_part(&mut body, im, &spec, Some(Sign::Plus), None);
        body.push_str("j)");
    } else {
        push_part(&mut body, im, &spec, None, None);
        body.push('j');
    }
    body
}

/// Appends one signed, optionally grouped part.
fn push_part(
    out: &mut String,
    v: f64,
    spec: &FormatSpec,
    sign: Option<Sign>,
    grouping: Option<char>,
) {
    let (value, opts) = float_render_opts(v, spec.ty, spec.precision, spec.alternate, false);
    let text = render_magnitude(value, opts);
    let negative = value.is_sign_negative() && !value.is_nan() && !(spec.z && is_zero_text(&text));
    out.push_str(sign_text(negative, sign));
    let split = text
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, rest) = text.split_at(split);
    match grouping {
        Some(sep) if !digits.is_empty() => {
            // No minimum width, so this cannot fail to allocate more than
            // the digits themselves.
            match group_digits(digits, sep, 3, 0) {
                Ok(g) => out.push_str(&g),
                Err(_) => out.push_str(digits),
            }
        }
        _ => out.push_str(digits),
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_samples() {
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
        assert_eq!(complex_repr(-0.0, 0.0), "(-0+0j)");
        assert_eq!(complex_repr(f64::INFINITY, f64::NAN), "(inf+nanj)");
        assert_eq!(complex_repr(1e16, 1.5), "(1e+16+1.5j)");
    }
}
