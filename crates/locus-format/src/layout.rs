//! Padding, alignment and digit grouping shared by the number and string
//! formatters.
//!
//! A formatted number is seen as `sign + prefix + digits + remainder`, where
//! `digits` is the integer part that thousands separators apply to and
//! `remainder` is everything after it (fraction, exponent, `%`, `j`, or the
//! whole of `inf`/`nan`). Widths count code points, as Python does.

use crate::error::{push_repeat, reserve, FormatError};
use crate::spec::Align;

/// Resolved padding options for one field.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Layout {
    pub fill: char,
    pub align: Align,
    pub width: usize,
    /// Separator character and group size.
    pub grouping: Option<(char, usize)>,
}

/// Lays out a number. When the fill is `'0'` with `=` alignment and grouping
/// is on, the zero padding is produced by the grouping itself (so it gets
/// separators too), as CPython does: `format(1234, '010,') == '00,001,234'`.
pub(crate) fn layout_number(
    sign: &str,
    prefix: &str,
    digits: &str,
    remainder: &str,
    lay: &Layout,
) -> Result<String, FormatError> {
    let grouped;
    let digits = match lay.grouping {
        Some((sep, size)) if !digits.is_empty() => {
            let min_width = if lay.fill == '0' && lay.align == Align::AfterSign {
                lay.width
                    .saturating_sub(sign.len() + prefix.len() + remainder.chars().count())
            } else {
                0
            };
            grouped = group_digits(digits, sep, size, min_width)?;
            grouped.as_str()
        }
        _ => digits,
    };
    let len = sign.len() + prefix.len() + digits.chars().count() + remainder.chars().count();
    let pad = lay.width.saturating_sub(len);
    let mut out = String::new();
    reserve(
        &mut out,
        (sign.len() + prefix.len() + digits.len() + remainder.len())
            .saturating_add(pad.saturating_mul(lay.fill.len_utf8())),
    )?;
    let (left, right) = split_padding(lay.align, pad);
    if lay.align == Align::AfterSign {
        out.push_str(sign);
        out.push_str(prefix);
        push_repeat(&mut out, lay.fill, pad)?;
    } else {
        push_repeat(&mut out, lay.fill, left)?;
        out.push_str(sign);
        out.push_str(prefix);
    }
    out.push_str(digits);
    out.push_str(remainder);
    push_repeat(&mut out, lay.fill, right)?;
    Ok(out)
}

/// How much padding goes left and right of the body for `align` (`=` puts
/// it all in the middle and is handled by the caller; it reports `(0, 0)`).
fn split_padding(align: Align, pad: usize) -> (usize, usize) {
    match align {
        Align::Left => (0, pad),
        Align::Right => (pad, 0),
        Align::Center => (pad / 2, pad - pad / 2),
        Align::AfterSign => (0, 0),
    }
}

/// Pads `body` (whose length in code points is `body_chars`) to `width` with
/// `fill`, aligned by `align` (`=` behaves like `>`).
pub(crate) fn pad_text(
    body: &str,
    body_chars: usize,
    fill: char,
    align: Align,
    width: usize,
) -> Result<String, FormatError> {
    let pad = width.saturating_sub(body_chars);
    let (left, right) = match align {
        Align::AfterSign => (pad, 0),
        a => split_padding(a, pad),
    };
    let mut out = String::new();
    reserve(
        &mut out,
        body.len()
            .saturating_add(pad.saturating_mul(fill.len_utf8())),
    )?;
    push_repeat(&mut out, fill, left)?;
    out.push_str(body);
    push_repeat(&mut out, fill, right)?;
    Ok(out)
}

/// Inserts `sep` every `size` digits from the right, first padding with
/// leading zeros until the result is at least `min_width` characters long
/// (the result never starts with a separator, so it may overshoot by one).
pub(crate) fn group_digits(
    digits: &str,
    sep: char,
    size: usize,
    min_width: usize,
) -> Result<String, FormatError> {
    let n = digits.len();
    let grouped_len = |k: usize| k + (k.max(1) - 1) / size;
    let mut k = n;
    if grouped_len(k) < min_width {
        // Smallest k >= n with grouped_len(k) >= min_width.
        k = n.max(((min_width as u128 * size as u128) / (size as u128 + 1)) as usize);
        while grouped_len(k) < min_width {
            k += 1;
        }
        while k > n && grouped_len(k - 1) >= min_width {
            k -= 1;
        }
    }
    let mut out = String::new();
    reserve(&mut out, grouped_len(k))?;
    let zeros = k - n;
    let mut remaining = k;
    let bytes = digits.as_bytes();
    for i in 0..k {
        if i > 0 && remaining.is_multiple_of(size) {
            out.push(sep);
        }
        if i < zeros {
            out.push('0');
        } else {
            out.push(char::from(bytes[i - zeros]));
        }
        remaining -= 1;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        assert_eq!(group_digits("1234567", ',', 3, 0).unwrap(), "1,234,567");
        assert_eq!(group_digits("123", ',', 3, 0).unwrap(), "123");
        assert_eq!(group_digits("1234", ',', 3, 8).unwrap(), "0,001,234");
        assert_eq!(group_digits("1234", ',', 3, 10).unwrap(), "00,001,234");
        assert_eq!(group_digits("ffffff", '_', 4, 10).unwrap(), "0_00ff_ffff");
        assert_eq!(group_digits("0", ',', 3, 0).unwrap(), "0");
    }
}
