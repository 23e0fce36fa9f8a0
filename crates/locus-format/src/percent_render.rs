//! Rendering one `%` conversion: ints (`d i u o x X c`), floats
//! (`e E f F g G`) and already-converted text (`s r a`, and `c` of a
//! one-character str).
//!
//! Rules (CPython 3.13): for ints the precision is a minimum digit count;
//! `#` adds `0o`/`0x`/`0X`; `0` pads with zeros after the sign and prefix
//! unless `-` is given; `+` beats space. `%c` and strings ignore sign, `#`,
//! `0` and (for `%c`) precision; strings are cut to the precision first.
//! Floats use precision 6 by default and zero-pad infinities too
//! (`'%05f' % inf == '00inf'`).

use num_bigint::BigInt;

use crate::error::{push_repeat, reserve, FormatError};
use crate::float_repr::render_magnitude;
use crate::format_num::{float_render_opts, IntRef};
use crate::format_str::truncate_chars;
use crate::percent::PercentSpec;

/// Renders an int for conversion `d i u o x X c` (and, converting to float
/// first, `e E f F g G`). `%c` raises `OverflowError: %c arg not in
/// range(0x110000)` out of range; decimal conversions honour the digit
/// limit.
///
/// ```
/// use locus_format::{percent_format_int, PercentSpec, PercentFlags};
/// use num_bigint::BigInt;
/// let spec = PercentSpec { flags: PercentFlags { alt: true, ..Default::default() },
///                          width: 0, precision: Some(5), conv: 'x' };
/// assert_eq!(percent_format_int(&BigInt::from(42), &spec).unwrap(), "0x0002a");
/// ```
pub fn percent_format_int(v: &BigInt, spec: &PercentSpec) -> Result<String, FormatError> {
    percent_int(IntRef::Big(v), spec)
}

/// [`percent_format_int`] for a machine integer.
pub fn percent_format_i64(v: i64, spec: &PercentSpec) -> Result<String, FormatError> {
    percent_int(IntRef::Small(v), spec)
}

fn percent_int(v: IntRef<'_>, spec: &PercentSpec) -> Result<String, FormatError> {
    let (digits, prefix) = match spec.conv {
        'd' | 'i' | 'u' => (v.abs_decimal()?, ""),
        'o' => (v.abs_digits(8), "0o"),
        'x' => (v.abs_digits(16), "0x"),
        'X' => (v.abs_digits(16).to_ascii_uppercase(), "0X"),
        'c' => {
            let c = v.to_char(false)?;
            let mut buf = [0u8; 4];
            return pad_plain(c.encode_utf8(&mut buf), 1, spec);
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => return percent_format_float(v.to_f64()?, spec),
        c => return Err(not_numeric(c)),
    };
    let prefix = if spec.flags.alt { prefix } else { "" };
    let sign = sign_for(v.is_negative(), spec);
    let min_digits = spec.precision.unwrap_or(0);
    let zeros = min_digits.saturating_sub(digits.len());
    numeric_layout(sign, prefix, zeros, &digits, spec)
}

/// Renders a float for conversion `e E f F g G`.
///
/// ```
/// use locus_format::{percent_format_float, PercentSpec, PercentFlags};
/// let spec = PercentSpec { flags: PercentFlags { zero: true, ..Default::default() },
///                          width: 10, precision: Some(3), conv: 'f' };
/// assert_eq!(percent_format_float(-3.14159, &spec).unwrap(), "-00003.142");
/// ```
pub fn percent_format_float(x: f64, spec: &PercentSpec) -> Result<String, FormatError> {
    let ty = match spec.conv {
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => c,
        c => return Err(not_numeric(c)),
    };
    let precision = Some(spec.precision.unwrap_or(6));
    let (value, opts) = float_render_opts(x, Some(ty), precision, spec.flags.alt, false);
    let body = render_magnitude(value, opts);
    let sign = sign_for(value.is_sign_negative() && !value.is_nan(), spec);
    numeric_layout(sign, "", 0, &body, spec)
}

/// Pads already-converted text for `%s`, `%r`, `%a` (cut to the precision
/// first) or `%c` given a one-character str (precision ignored). Only the
/// width and `-` matter.
///
/// ```
/// use locus_format::{percent_format_str, PercentSpec};
/// let spec = PercentSpec { width: 5, precision: Some(2), conv: 's', ..Default::default() };
/// assert_eq!(percent_format_str("abcdef", &spec).unwrap(), "   ab");
/// ```
pub fn percent_format_str(s: &str, spec: &PercentSpec) -> Result<String, FormatError> {
    let precision = if spec.conv == 'c' {
        None
    } else {
        spec.precision
    };
    let (body, chars) = truncate_chars(s, precision);
    pad_plain(body, chars, spec)
}

fn not_numeric(c: char) -> FormatError {
    FormatError::value(format!("conversion '{c}' is not a numeric conversion"))
}

fn sign_for(negative: bool, spec: &PercentSpec) -> &'static str {
    if negative {
        "-"
    } else if spec.flags.plus {
        "+"
    } else if spec.flags.space {
        " "
    } else {
        ""
    }
}

/// `sign prefix 0* digits`, padded to the width: with spaces on the left,
/// spaces on the right (`-`), or zeros after the prefix (`0`).
fn numeric_layout(
    sign: &str,
    prefix: &str,
    zeros: usize,
    body: &str,
    spec: &PercentSpec,
) -> Result<String, FormatError> {
    let len = sign.len() + prefix.len() + zeros.saturating_add(body.len());
    let pad = spec.width.saturating_sub(len);
    let mut out = String::new();
    reserve(&mut out, len.saturating_add(pad))?;
    if spec.flags.left {
        out.push_str(sign);
        out.push_str(prefix);
        push_repeat(&mut out, '0', zeros)?;
        out.push_str(body);
        push_repeat(&mut out, ' ', pad)?;
    } else if spec.flags.zero {
        out.push_str(sign);
        out.push_str(prefix);
        push_repeat(&mut out, '0', zeros.saturating_add(pad))?;
        out.push_str(body);
    } else {
        push_repeat(&mut out, ' ', pad)?;
        out.push_str(sign);
        out.push_str(prefix);
        push_repeat(&mut out, '0', zeros)?;
        out.push_str(body);
    }
    Ok(out)
}

/// Space padding for text: right-aligned, or left with `-`.
fn pad_plain(body: &str, chars: usize, spec: &PercentSpec) -> Result<String, FormatError> {
    let pad = spec.width.saturating_sub(chars);
    let mut out = String::new();
    reserve(&mut out, body.len().saturating_add(pad))?;
    if spec.flags.left {
        out.push_str(body);
        push_repeat(&mut out, ' ', pad)?;
    } else {
        push_repeat(&mut out, ' ', pad)?;
        out.push_str(body);
    }
    Ok(out)
}
