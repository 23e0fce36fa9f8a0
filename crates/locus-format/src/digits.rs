//! Decimal digit generation for finite doubles.
//!
//! Everything here works on the magnitude of a finite `f64` and produces
//! plain ASCII digit strings; signs, exponents and layout are added by the
//! callers. The digits come from Rust's float formatting, which gives the
//! shortest round-tripping digits for `{:e}` and exact, correctly rounded
//! digits (ties to even on the exact binary value, like CPython's dtoa) for a
//! given precision. Rust's formatter refuses precisions above 65535, so large
//! precisions are served by formatting at a precision where the expansion is
//! already exact and appending zeros.

/// Decimal digits of a finite non-negative double: the value is
/// `0.d1 d2 d3 ... * 10**decpt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Digits {
    /// ASCII digits, never empty; for zero this is `"0"` (or `"00.."` when a
    /// fixed number of significant digits was asked for).
    pub digits: String,
    /// Position of the decimal point relative to the first digit.
    pub decpt: i64,
}

/// A double's exact decimal expansion has at most 767 significant digits.
/// Formatting with this many fraction digits in scientific notation is always
/// exact, so more digits are zeros.
const MAX_EXACT_SIG_FRACTION: usize = 800;

/// A double's exact decimal expansion has at most 1074 digits after the point.
const MAX_EXACT_FIXED_FRACTION: usize = 1100;

/// Splits Rust's `{:e}` output (`"1.2345e-7"`) into digits and exponent.
fn split_sci(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    Digits {
        digits,
        decpt: exp + 1,
    }
}

/// The shortest digit string that round-trips to `x` (which must be finite;
/// its sign is ignored); among equally short candidates, the one nearest to
/// `x`, ties going to an even last digit (as David Gay's `dtoa`, which
/// CPython uses, does).
pub(crate) fn shortest(x: f64) -> Digits {
    let ax = x.abs();
    let d = split_sci(&format!("{:e}", ax));
    // Rust's shortest mode may break an exact tie between two candidates
    // the other way; where a tie is possible, take the correctly rounded
    // candidate of the same length if it round-trips.
    if tie_possible(ax) {
        let r = significant(ax, d.digits.len());
        if r.digits != d.digits && to_f64(&r) == Some(ax) {
            return r;
        }
    }
    d
}

/// Whether `x` (finite, non-negative) could lie exactly halfway between two
/// equally short round-tripping decimal candidates.
///
/// A tie between `n`-digit candidates needs the decimal spacing `10**j` at
/// that length to be at most one ulp, which for a double means `n >= 16`,
/// and the exact expansion of `x` to have exactly `n + 1` significant digits
/// (ending in 5). With `x = m * 2**e`, `m` odd, the expansion has as many
/// significant digits as `m * 5**-e` (for `e < 0`) or `x` itself (for
/// `e >= 0`), so a tie needs that number to have 17 or 18 digits.
pub(crate) fn tie_possible(x: f64) -> bool {
    if x == 0.0 || !x.is_finite() {
        return false;
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let tz = m.trailing_zeros();
    let (m, e) = (m >> tz, e + i64::from(tz));
    let exact_digits_in_range = |v: f64| (1e16..1e18).contains(&v);
    if e >= 0 {
        return exact_digits_in_range(x);
    }
    let k = -e;
    if k > 26 {
        return false;
    }
    let v = u128::from(m) * 5u128.pow(k as u32);
    (10u128.pow(16)..10u128.pow(18)).contains(&v)
}

/// Reads digits back as a double.
fn to_f64(d: &Digits) -> Option<f64> {
    format!("0.{}e{}", d.digits, d.decpt).parse().ok()
}

/// `x` correctly rounded to `n` significant digits (`n >= 1`); exactly `n`
/// digits are returned, trailing zeros included.
pub(crate) fn significant(x: f64, n: usize) -> Digits {
    let n = n.max(1);
    let frac = n - 1;
    if frac <= MAX_EXACT_SIG_FRACTION {
        split_sci(&format!("{:.*e}", frac, x.abs()))
    } else {
        let mut d = split_sci(&format!("{:.*e}", MAX_EXACT_SIG_FRACTION, x.abs()));
        let missing = n - d.digits.len();
        d.digits.extend(std::iter::repeat_n('0', missing));
        d
    }
}

/// `x` correctly rounded to `frac` digits after the decimal point, as
/// `(integer digits, fraction digits)`; the fraction has exactly `frac`
/// digits. The caller must make sure `frac` digits fit in memory.
pub(crate) fn fixed(x: f64, frac: usize) -> (String, String) {
    let ax = x.abs();
    let s = if frac <= MAX_EXACT_FIXED_FRACTION {
        format!("{:.*}", frac, ax)
    } else {
        let mut s = format!("{:.*}", MAX_EXACT_FIXED_FRACTION, ax);
        s.extend(std::iter::repeat_n('0', frac - MAX_EXACT_FIXED_FRACTION));
        s
    };
    match s.split_once('.') {
        Some((i, f)) => (i.to_string(), f.to_string()),
        None => (s, String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortest_digits() {
        assert_eq!(
            shortest(0.1),
            Digits {
                digits: "1".into(),
                decpt: 0
            }
        );
        assert_eq!(
            shortest(123.456),
            Digits {
                digits: "123456".into(),
                decpt: 3
            }
        );
        assert_eq!(
            shortest(0.0),
            Digits {
                digits: "0".into(),
                decpt: 1
            }
        );
        assert_eq!(shortest(5e-324).decpt, -323);
    }

    #[test]
    fn significant_digits_round_half_even() {
        assert_eq!(significant(0.125, 2).digits, "12");
        assert_eq!(significant(0.375, 2).digits, "38");
        assert_eq!(significant(9.96, 2).digits, "10");
        assert_eq!(significant(9.96, 2).decpt, 2);
        assert_eq!(significant(0.0, 3).digits, "000");
        let d = significant(1.0, 2000);
        assert_eq!(d.digits.len(), 2000);
        assert_eq!(d.decpt, 1);
    }

    #[test]
    fn fixed_digits() {
        assert_eq!(fixed(2.675, 2), ("2".into(), "67".into()));
        assert_eq!(fixed(0.5, 0), ("0".into(), "".into()));
        assert_eq!(fixed(1.5, 0), ("2".into(), "".into()));
        let (i, f) = fixed(1.0, 5000);
        assert_eq!(i, "1");
        assert_eq!(f.len(), 5000);
    }
}
