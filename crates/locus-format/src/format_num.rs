//! `format(number, spec)` for ints and floats: the numeric half of the
//! format-spec mini-language.
//!
//! Error order follows CPython: grouping/type compatibility, then unknown
//! presentation types, then the type-specific checks (precision on ints,
//! `z` on ints, sign and `#` with `c`, precision too big, ...).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::error::FormatError;
use crate::float_repr::{render_magnitude, Render, Style};
use crate::layout::{layout_number, Layout};
use crate::limits::check_decimal_digits;
use crate::radix::bigint_to_f64;
use crate::spec::{check_grouping, unknown_code, Align, FormatSpec, Sign};

/// CPython refuses float precisions above `INT_MAX`.
const MAX_FLOAT_PRECISION: usize = i32::MAX as usize;

/// Formats a float with a parsed spec: types `e E f F g G n %` and no type
/// (which is `repr` when no precision is given, and `g`-like with at least
/// one digit after the point otherwise).
///
/// `type_name` is the Python type name used in error messages (`"float"`, or
/// a subclass's name).
///
/// ```
/// use locus_format::{format_float, parse_format_spec};
/// let spec = parse_format_spec(",.2f", "float").unwrap();
/// assert_eq!(format_float(1234567.891, &spec, "float").unwrap(), "1,234,567.89");
/// ```
pub fn format_float(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    check_grouping(spec, spec.ty)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => float_body(v, spec),
        Some(c) => Err(unknown_code(c, type_name)),
    }
}

/// Formats an int with a parsed spec: types `b c d o x X n` and no type;
/// the float types `e E f F g G %` convert the value to float first (raising
/// `OverflowError: int too large to convert to float` when it does not fit).
/// Decimal output obeys the `int_max_str_digits` limit (see
/// [`crate::set_int_max_str_digits`]).
///
/// An empty spec gives `str(v)`; for `bool` the VM must handle the empty
/// spec itself (`format(True, '')` is `'True'`) and call this otherwise.
///
/// ```
/// use locus_format::{format_int, parse_format_spec};
/// use num_bigint::BigInt;
/// let spec = parse_format_spec("#010_x", "int").unwrap();
/// assert_eq!(format_int(&BigInt::from(0xbeef), &spec, "int").unwrap(), "0x000_beef");
/// ```
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    format_int_value(IntRef::Big(v), spec, type_name)
}

/// [`format_int`] for a machine integer (no big-integer allocation).
pub fn format_i64(v: i64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    format_int_value(IntRef::Small(v), spec, type_name)
}

/// An integer to format, small or big.
#[derive(Clone, Copy)]
pub(crate) enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub(crate) fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(v) => v.is_negative(),
        }
    }

    /// Digits of the absolute value in `radix` (lower-case).
    pub(crate) fn abs_digits(self, radix: u32) -> String {
        match self {
            IntRef::Small(v) => {
                let a = v.unsigned_abs();
                match radix {
                    2 => format!("{a:b}"),
                    8 => format!("{a:o}"),
                    16 => format!("{a:x}"),
                    _ => a.to_string(),
                }
            }
            IntRef::Big(v) => v.magnitude().to_str_radix(radix),
        }
    }

    /// Decimal digits of the absolute value, honouring the digit limit.
    pub(crate) fn abs_decimal(self) -> Result<String, FormatError> {
        match self {
            IntRef::Small(v) => Ok(v.unsigned_abs().to_string()),
            IntRef::Big(v) => {
                check_decimal_digits(v)?;
                Ok(v.magnitude().to_string())
            }
        }
    }

    pub(crate) fn to_f64(self) -> Result<f64, FormatError> {
        let f = match self {
            IntRef::Small(v) => Some(v as f64),
            IntRef::Big(v) => bigint_to_f64(v),
        };
        f.ok_or_else(|| FormatError::overflow("int too large to convert to float"))
    }

    /// The value as a code point for `c`, or the range error. `format()`
    /// first converts to a C long (`Python int too large to convert to C
    /// long`); `%c` reports every out-of-range value the same way
    /// (`long_first == false`).
    pub(crate) fn to_char(self, long_first: bool) -> Result<char, FormatError> {
        let code = match self {
            IntRef::Small(v) => v,
            IntRef::Big(v) => match v.to_i64() {
                Some(c) => c,
                None if long_first => {
                    return Err(FormatError::overflow(
                        "Python int too large to convert to C long",
                    ))
                }
                None => -1,
            },
        };
        match u32::try_from(code) {
            Ok(c) if c < 0x110000 => char::from_u32(c).ok_or_else(surrogate_error),
            _ => Err(FormatError::overflow("%c arg not in range(0x110000)")),
        }
    }
}

/// Lone surrogates (U+D800..U+DFFF) are valid Python code points but cannot
/// live in a Rust `String`, which is what Locus strings are.
pub(crate) fn surrogate_error() -> FormatError {
    FormatError::value("surrogate code points cannot be represented in a Locus str")
}

fn format_int_value(
    v: IntRef<'_>,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    check_grouping(spec, Some(ty))?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => int_body(v, ty, spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => float_body(v.to_f64()?, spec),
        c => Err(unknown_code(c, type_name)),
    }
}

/// Fill and alignment for a number, applying the `0` flag.
pub(crate) fn number_layout(spec: &FormatSpec, group_size: usize) -> Layout {
    Layout {
        fill: spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' }),
        align: spec.align.unwrap_or(if spec.zero_pad {
            Align::AfterSign
        } else {
            Align::Right
        }),
        width: spec.width.unwrap_or(0),
        grouping: spec.grouping.map(|g| (g.as_char(), group_size)),
    }
}

/// The sign text for a value.
pub(crate) fn sign_text(negative: bool, sign: Option<Sign>) -> &'static str {
    if negative {
        "-"
    } else {
        match sign {
            Some(Sign::Plus) => "+",
            Some(Sign::Space) => " ",
            _ => "",
        }
    }
}

fn int_body(v: IntRef<'_>, ty: char, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.z {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let c = v.to_char(true)?;
        let mut buf = [0u8; 4];
        return layout_number("", "", c.encode_utf8(&mut buf), "", &number_layout(spec, 3));
    }
    let (digits, prefix, group) = match ty {
        'b' => (v.abs_digits(2), "0b", 4),
        'o' => (v.abs_digits(8), "0o", 4),
        'x' => (v.abs_digits(16), "0x", 4),
        'X' => (v.abs_digits(16).to_ascii_uppercase(), "0X", 4),
        _ => (v.abs_decimal()?, "", 3),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let sign = sign_text(v.is_negative(), spec.sign);
    layout_number(sign, prefix, &digits, "", &number_layout(spec, group))
}

/// The float formatter proper (the type has already been validated).
pub(crate) fn float_body(v: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some_and(|p| p > MAX_FLOAT_PRECISION) {
        return Err(FormatError::value("precision too big"));
    }
    let (value, opts) = float_render_opts(v, spec.ty, spec.precision, spec.alternate, true);
    let mut body = render_magnitude(value, opts);
    if spec.ty == Some('%') {
        body.push('%');
    }
    let negative = value.is_sign_negative() && !value.is_nan() && !(spec.z && is_zero_text(&body));
    let sign = sign_text(negative, spec.sign);
    let split = body
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(split);
    layout_number(sign, "", digits, rest, &number_layout(spec, 3))
}

/// Chooses the value to render (`%` multiplies by 100) and the layout
/// options for a float presentation type. `add_dot_0` selects the float
/// behaviour for "no type" (`1.0`, not `1` as complex parts use).
pub(crate) fn float_render_opts(
    v: f64,
    ty: Option<char>,
    precision: Option<usize>,
    alt: bool,
    add_dot_0: bool,
) -> (f64, Render) {
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let (style, precision, add_dot_0) = match ty {
        None => match precision {
            None => (Style::Repr, 0, add_dot_0),
            Some(p) => (Style::General, p, add_dot_0),
        },
        Some('e' | 'E') => (Style::Exp, precision.unwrap_or(6), false),
        Some('f' | 'F' | '%') => (Style::Fixed, precision.unwrap_or(6), false),
        _ => (Style::General, precision.unwrap_or(6), false),
    };
    let value = if ty == Some('%') { v * 100.0 } else { v };
    (
        value,
        Render {
            style,
            precision,
            alt,
            add_dot_0,
            upper,
        },
    )
}

/// Whether rendered digits (before any exponent) are all zero: the test for
/// the `z` option, which applies after rounding.
pub(crate) fn is_zero_text(body: &str) -> bool {
    let mantissa = body.split(['e', 'E']).next().unwrap_or(body);
    mantissa.bytes().any(|b| b == b'0') && mantissa.bytes().all(|b| matches!(b, b'0' | b'.' | b'%'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::parse_format_spec;

    fn f(v: f64, s: &str) -> String {
        match parse_format_spec(s, "float").and_then(|sp| format_float(v, &sp, "float")) {
            Ok(s) => s,
            Err(e) => e.to_string(),
        }
    }

    fn i(v: i64, s: &str) -> String {
        let big =
            parse_format_spec(s, "int").and_then(|sp| format_int(&BigInt::from(v), &sp, "int"));
        let small = parse_format_spec(s, "int").and_then(|sp| format_i64(v, &sp, "int"));
        assert_eq!(big, small);
        match big {
            Ok(s) => s,
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn float_samples() {
        assert_eq!(f(1.5, ""), "1.5");
        assert_eq!(f(1.5, ".0"), "2e+00");
        assert_eq!(f(10.0, ".3"), "10.0");
        assert_eq!(f(-0.0001, "z.2f"), "0.00");
        assert_eq!(f(1234.5, "015,.2f"), "0,000,001,234.50");
        assert_eq!(f(f64::INFINITY, "010,"), "0000000inf");
        assert_eq!(f(5.0, "#.0%"), "500.%");
        assert_eq!(
            f(1.0, "d"),
            "ValueError: Unknown format code 'd' for object of type 'float'"
        );
    }

    #[test]
    fn int_samples() {
        assert_eq!(i(1234, "08,"), "0,001,234");
        assert_eq!(i(0xffffff, "#012_x"), "0x0_00ff_ffff");
        assert_eq!(i(-255, "#X"), "-0XFF");
        assert_eq!(i(97, "05c"), "0000a");
        assert_eq!(i(5, ".2f"), "5.00");
        assert_eq!(i(i64::MIN, "x"), "-8000000000000000");
        assert_eq!(i(-1, "c"), "OverflowError: %c arg not in range(0x110000)");
    }
}
