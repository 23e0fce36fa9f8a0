//! `round()` for floats and ints, plus exact float-to-int conversion.
//!
//! `round(x, n)` for floats is correctly rounded: the result is the double
//! nearest to the exact decimal value of `x` rounded half-to-even at `n`
//! digits, which is what CPython computes through its exact decimal string
//! (`round(2.675, 2) == 2.67` because 2.675 is really 2.67499999...).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

use crate::error::FormatError;
use crate::radix::bigint_to_f64;

/// Beyond this many digits after the point every double is already exact.
const NDIGITS_MAX: i64 = 323;
/// Below this (rounding to 10**309 and more) every double rounds to zero.
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float. Infinities and NaNs come back unchanged;
/// zero results keep the sign of `x` (`round(-0.4, 0) == -0.0`).
///
/// If rounding a finite `x` overflows (`round(1.7e308, -308)`), the result is
/// infinite; CPython raises `OverflowError: rounded value too large to
/// represent` instead, which [`try_round_float`] reports.
///
/// ```
/// use locus_format::round_float;
/// assert_eq!(round_float(2.675, 2), 2.67);
/// assert_eq!(round_float(2.5, 0), 2.0);
/// assert_eq!(round_float(15.0, -1), 20.0);
/// assert_eq!(round_float(25.0, -1), 20.0);
/// ```
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return x;
    }
    if ndigits < NDIGITS_MIN {
        return 0.0f64.copysign(x);
    }
    let r = if ndigits >= 0 {
        let text = format!("{:.*}", ndigits as usize, x);
        text.parse::<f64>().unwrap_or(x)
    } else {
        round_to_power_of_ten(x, ndigits.unsigned_abs() as u32)
    };
    if r == 0.0 {
        0.0f64.copysign(x)
    } else {
        r
    }
}

/// [`round_float`] with CPython's overflow error.
pub fn try_round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    let r = round_float(x, ndigits);
    if r.is_infinite() && x.is_finite() {
        Err(FormatError::overflow(
            "rounded value too large to represent",
        ))
    } else {
        Ok(r)
    }
}

/// Rounds a finite `x` half-to-even to a multiple of `10**k`, exactly.
fn round_to_power_of_ten(x: f64, k: u32) -> f64 {
    let (mantissa, exp) = decompose(x);
    let pow = BigInt::from(10).pow(k);
    let (num, den) = if exp >= 0 {
        (BigInt::from(mantissa) << exp as usize, pow.clone())
    } else {
        (BigInt::from(mantissa), pow.clone() << (-exp) as usize)
    };
    let q = div_round_half_even(&num, &den);
    let r = bigint_to_f64(&(q * pow)).unwrap_or(f64::INFINITY);
    r.copysign(x)
}

/// `|x| = mantissa * 2**exp` for a finite double.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    }
}

/// `num / den` rounded half-to-even (`num >= 0`, `den > 0`).
fn div_round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_rem(den);
    let twice: BigInt = r << 1usize;
    match twice.cmp(den) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1
            } else {
                q
            }
        }
    }
}

/// `int(x)` for a float: truncation toward zero, exact for any magnitude.
/// Errors are CPython's: `OverflowError: cannot convert float infinity to
/// integer`, `ValueError: cannot convert float NaN to integer`.
pub fn float_to_bigint(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(BigInt::from(t as i64));
    }
    let (mantissa, exp) = decompose(t);
    let mut v = BigInt::from(mantissa);
    if exp >= 0 {
        v <<= exp as usize;
    } else {
        v >>= (-exp) as usize;
    }
    Ok(if x < 0.0 { -v } else { v })
}

/// `round(x)` with no ndigits: the nearest int, ties to even, with
/// [`float_to_bigint`]'s errors.
pub fn round_float_to_int(x: f64) -> Result<BigInt, FormatError> {
    float_to_bigint(x.round_ties_even())
}

/// `round(v, ndigits)` for an int: unchanged when `ndigits >= 0`, otherwise
/// rounded half-to-even to a multiple of `10**-ndigits`
/// (`round(25, -1) == 20`, `round(-15, -1) == -20`).
pub fn round_int(v: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || v.is_zero() {
        return v.clone();
    }
    let k = ndigits.unsigned_abs();
    // |v| < 10**digits; if 10**k exceeds 10 * |v|, the result is zero.
    let digits_upper = (v.bits() as f64 * std::f64::consts::LOG10_2).ceil() as u64 + 1;
    if k > digits_upper {
        return BigInt::zero();
    }
    let pow = BigInt::from(10).pow(k as u32);
    let q = div_round_half_even(&v.abs(), &pow);
    let r = q * pow;
    if v.is_negative() {
        -r
    } else {
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_rounding_table() {
        // (x, ndigits, expected) from python3.13-ref.
        let cases: &[(f64, i64, f64)] = &[
            (2.675, 2, 2.67),
            (0.5, 0, 0.0),
            (1.5, 0, 2.0),
            (2.5, 0, 2.0),
            (-0.5, 0, -0.0),
            (5e307, -308, 1e308),
            (14.9, -1, 10.0),
            (15.0, -1, 20.0),
            (25.0, -1, 20.0),
            (-25.0, -1, -20.0),
            (0.1, 400, 0.1),
            (0.1, 323, 0.1),
            (1e-320, 322, 1e-320),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (5e-324, 323, 0.0),
            (1.5, -1, 0.0),
            (5.0, -1, 0.0),
            (6.0, -1, 10.0),
        ];
        for &(x, n, want) in cases {
            let got = round_float(x, n);
            assert_eq!(got.to_bits(), want.to_bits(), "round({x:?}, {n})");
        }
        for (x, n) in [
            (-0.4, 0),
            (-123.456, -400),
            (-123.456, -309),
            (-123.456, -308),
        ] {
            let got = round_float(x, n);
            assert!(got == 0.0 && got.is_sign_negative(), "round({x:?}, {n})");
        }
        assert!(round_float(f64::NAN, 2).is_nan());
        assert_eq!(round_float(f64::INFINITY, 2), f64::INFINITY);
        assert_eq!(
            try_round_float(1.7976931348623157e308, -308)
                .unwrap_err()
                .message,
            "rounded value too large to represent"
        );
        assert!(try_round_float(1.5e308, -308).is_err());
    }

    #[test]
    fn int_rounding_table() {
        let cases: &[(i64, i64, i64)] = &[
            (15, -1, 20),
            (25, -1, 20),
            (-25, -1, -20),
            (-15, -1, -20),
            (5, -1, 0),
            (4, -1, 0),
            (6, -1, 10),
            (123, 2, 123),
            (12345, -1_000_000_000_000_000_000, 0),
            (50, -2, 0),
            (51, -2, 100),
            (150, -2, 200),
            (-950, -3, -1000),
            (5, i64::MIN, 0),
        ];
        for &(v, n, want) in cases {
            assert_eq!(
                round_int(&BigInt::from(v), n),
                BigInt::from(want),
                "round({v}, {n})"
            );
        }
        let big: BigInt = "100000000005000000000".parse().unwrap();
        assert_eq!(
            round_int(&big, -10),
            "100000000000000000000".parse::<BigInt>().unwrap()
        );
    }

    #[test]
    fn to_int() {
        assert_eq!(round_float_to_int(2.5).unwrap(), BigInt::from(2));
        assert_eq!(round_float_to_int(-3.5).unwrap(), BigInt::from(-4));
        assert_eq!(float_to_bigint(-1.9).unwrap(), BigInt::from(-1));
        assert_eq!(
            float_to_bigint(1e20).unwrap(),
            "100000000000000000000".parse::<BigInt>().unwrap()
        );
        assert_eq!(
            float_to_bigint(f64::NAN).unwrap_err().message,
            "cannot convert float NaN to integer"
        );
        assert_eq!(
            float_to_bigint(f64::NEG_INFINITY).unwrap_err().message,
            "cannot convert float infinity to integer"
        );
    }
}
