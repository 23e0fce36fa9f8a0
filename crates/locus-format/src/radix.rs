//! Integer helpers: `hex()`, `oct()`, `bin()` text, and correctly rounded
//! int-to-float conversion.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Formats `v` in `radix` (2..=36, lower-case digits) with Python's prefix
/// for bases 2, 8 and 16 (`0b`, `0o`, `0x`) after the sign: `-0x1f`. Other
/// bases get no prefix. Base 10 output here is not subject to the digit
/// limit; use [`crate::int_to_decimal_string`] for `str()`.
///
/// Radixes outside 2..=36 are clamped into that range.
///
/// ```
/// use locus_format::int_to_string_radix;
/// use num_bigint::BigInt;
/// assert_eq!(int_to_string_radix(&BigInt::from(-31), 16), "-0x1f");
/// assert_eq!(int_to_string_radix(&BigInt::from(5), 2), "0b101");
/// assert_eq!(int_to_string_radix(&BigInt::from(8), 8), "0o10");
/// ```
pub fn int_to_string_radix(v: &BigInt, radix: u32) -> String {
    let radix = radix.clamp(2, 36);
    let digits = v.magnitude().to_str_radix(radix);
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let mut s = String::with_capacity(digits.len() + 3);
    if v.is_negative() {
        s.push('-');
    }
    s.push_str(prefix);
    s.push_str(&digits);
    s
}

/// `hex(v)`: `0x1f`, `-0x1f`.
pub fn int_to_hex(v: &BigInt) -> String {
    int_to_string_radix(v, 16)
}

/// `oct(v)`: `0o17`, `-0o17`.
pub fn int_to_oct(v: &BigInt) -> String {
    int_to_string_radix(v, 8)
}

/// `bin(v)`: `0b101`, `-0b101`.
pub fn int_to_bin(v: &BigInt) -> String {
    int_to_string_radix(v, 2)
}

/// `float(v)` for an int: correctly rounded (ties to even), or `None` when
/// the result would overflow (CPython: `OverflowError: int too large to
/// convert to float`).
pub fn bigint_to_f64(v: &BigInt) -> Option<f64> {
    let bits = v.bits();
    let magnitude = if bits <= 64 {
        v.magnitude().to_u64()? as f64
    } else {
        // Keep the top 64 bits and fold everything below into a sticky bit,
        // so the u64 -> f64 conversion rounds exactly as the full value would.
        let shift = bits - 64;
        let top = (v.magnitude() >> shift).to_u64()?;
        let sticky = v.magnitude().trailing_zeros().is_some_and(|tz| tz < shift);
        let m = (top | u64::from(sticky)) as f64;
        if shift > 1100 {
            return None;
        }
        m * 2f64.powi(shift as i32)
    };
    if magnitude.is_infinite() {
        return None;
    }
    Some(if v.is_negative() {
        -magnitude
    } else {
        magnitude
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_f64_rounding() {
        // 2**53 + 1 rounds to even (2**53); 2**54 + 3 rounds up.
        let two = BigInt::from(2);
        assert_eq!(bigint_to_f64(&(two.pow(53) + 1)), Some(9007199254740992.0));
        assert_eq!(bigint_to_f64(&(two.pow(54) + 3)), Some(18014398509481988.0));
        // Far beyond 64 bits: halfway cases with a sticky bit far below.
        let x = (BigInt::from(1) << 200) + (BigInt::from(1) << 147) + 1;
        assert_eq!(
            bigint_to_f64(&x),
            Some(2f64.powi(200) * (1.0 + 2f64.powi(-52)))
        );
        let x = (BigInt::from(1) << 200) + (BigInt::from(1) << 147);
        assert_eq!(bigint_to_f64(&x), Some(2f64.powi(200)));
        assert_eq!(bigint_to_f64(&-(two.pow(1023))), Some(-(2f64.powi(1023))));
        assert_eq!(bigint_to_f64(&two.pow(1024)), None);
        // f64::MAX is 2**1024 - 2**971; halfway to 2**1024 rounds up to it
        // (even) and overflows, just below halfway does not.
        assert_eq!(
            bigint_to_f64(&(two.pow(1024) - two.pow(971))),
            Some(f64::MAX)
        );
        assert_eq!(bigint_to_f64(&(two.pow(1024) - two.pow(970))), None);
        let below_half = two.pow(1024) - two.pow(970) - 1;
        assert_eq!(bigint_to_f64(&below_half), Some(f64::MAX));
    }

    #[test]
    fn radix_strings() {
        assert_eq!(int_to_hex(&BigInt::from(0)), "0x0");
        assert_eq!(int_to_oct(&BigInt::from(-8)), "-0o10");
        assert_eq!(int_to_bin(&BigInt::from(-5)), "-0b101");
        assert_eq!(int_to_string_radix(&BigInt::from(35), 36), "z");
    }
}
