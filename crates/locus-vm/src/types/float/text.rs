//! Floats and complex numbers as text: `format` specs, `repr(complex)`,
//! the text of `float.hex()` and the correctly rounded parser behind
//! `float.fromhex()`.

use super::*;
use crate::types::int::ldexp;

/// `repr(complex)` exactly as CPython: `(1+2j)`, `1j`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    locus_format::complex_repr(re, im)
}

/// `format(v, spec)` for a float or complex number (an empty spec gives `str(v)`).
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return vm.to_str(v);
    }
    let type_name = vm.type_name(v);
    let parsed =
        locus_format::parse_format_spec(spec, &type_name).map_err(|e| format_error(vm, e))?;
    let r = match float_value(v) {
        Some(f) => locus_format::format_float(f, &parsed, &type_name),
        None => match complex_parts(v) {
            Some((re, im)) => locus_format::format_complex(re, im, &parsed, &type_name),
            None => return vm.to_str(v),
        },
    };
    r.map_err(|e| format_error(vm, e))
}

/// `float.hex()`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `inf`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        format!("{sign}0x0.{frac:013x}p-1022")
    } else {
        format!("{sign}0x1.{frac:013x}p{:+}", exp - 1023)
    }
}

/// Why [`parse_hex_float`] failed.
#[derive(Debug, PartialEq, Eq)]
pub enum HexFloatError {
    /// Not a hexadecimal float literal.
    Invalid,
    /// The value is too large for a float.
    Overflow,
}

/// `float.fromhex(s)`: `[sign] ['0x'] hex [. hex] ['p' [sign] decimal]` or
/// `inf`/`infinity`/`nan`, with surrounding whitespace; correctly rounded.
pub fn parse_hex_float(s: &str) -> Result<f64, HexFloatError> {
    let t = s.trim_matches(is_c_space);
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |v: f64| if negative { -v } else { v };
    if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        return Ok(signed(f64::INFINITY));
    }
    if body.eq_ignore_ascii_case("nan") {
        return Ok(f64::NAN);
    }
    let b = body.as_bytes();
    let mut i = if b.len() >= 2 && b[0] == b'0' && (b[1] | 0x20) == b'x' {
        2
    } else {
        0
    };
    let int_start = i;
    while b.get(i).is_some_and(u8::is_ascii_hexdigit) {
        i += 1;
    }
    let int_digits = &body[int_start..i];
    let mut frac_digits = "";
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_hexdigit) {
            i += 1;
        }
        frac_digits = &body[start..i];
    }
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err(HexFloatError::Invalid);
    }
    let mut exp: i64 = 0;
    if matches!(b.get(i), Some(b'p' | b'P')) {
        i += 1;
        let neg_exp = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        while let Some(d) = b.get(i).filter(|c| c.is_ascii_digit()) {
            exp = exp
                .saturating_mul(10)
                .saturating_add(i64::from(d - b'0'))
                .min(1 << 50);
            i += 1;
        }
        if i == start {
            return Err(HexFloatError::Invalid);
        }
        if neg_exp {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(HexFloatError::Invalid);
    }
    let digits = format!("{int_digits}{frac_digits}");
    let mantissa = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    let scale = exp.saturating_sub(4i64.saturating_mul(frac_digits.len() as i64));
    let v = scale_binary(&mantissa, scale).ok_or(HexFloatError::Overflow)?;
    Ok(signed(v))
}

/// `m * 2**e` correctly rounded (half to even) to a float; `None` on
/// overflow. `m >= 0`.
fn scale_binary(m: &BigInt, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let bits = m.bits() as i128;
    let top = bits + i128::from(e);
    if top > 1024 {
        return None;
    }
    if top < -1074 {
        return Some(0.0);
    }
    let ulp_exp = top.max(-1021) - 53;
    if i128::from(e) >= ulp_exp {
        let f = num_traits::ToPrimitive::to_f64(m)?;
        return Some(ldexp(f, e)).filter(|v| v.is_finite());
    }
    let drop = (ulp_exp - i128::from(e)) as u64;
    let q: BigInt = m >> drop;
    let rem: BigInt = m - (&q << drop);
    let half = BigInt::one() << (drop - 1);
    let mut q = num_traits::ToPrimitive::to_u64(&q)?;
    if rem > half || (rem == half && q & 1 == 1) {
        q += 1;
    }
    let v = ldexp(q as f64, ulp_exp as i64);
    v.is_finite().then_some(v)
}
