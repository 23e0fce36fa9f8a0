//! The integer string conversion length limit (`sys.set_int_max_str_digits`,
//! CPython 3.11+): converting an int with more than the limit's number of
//! decimal digits to or from a string raises `ValueError`.
//!
//! The limit is process-wide state held here so that every conversion path
//! (`str()`, `repr()`, `format()`, `%d`, `int()`) sees the same value; the VM
//! forwards `sys.set_int_max_str_digits`/`sys.get_int_max_str_digits` to
//! [`set_int_max_str_digits`]/[`int_max_str_digits`]. Only decimal (more
//! exactly: non-power-of-two base) conversions are limited.

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::BigInt;

use crate::error::FormatError;

/// CPython's default limit on decimal digits in int/str conversions.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The smallest non-zero limit `sys.set_int_max_str_digits` accepts.
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

static LIMIT: AtomicUsize = AtomicUsize::new(INT_MAX_STR_DIGITS);

/// The current limit (`0` means unlimited).
pub fn int_max_str_digits() -> usize {
    LIMIT.load(Ordering::Relaxed)
}

/// Sets the limit like `sys.set_int_max_str_digits(n)`: `0` disables it;
/// other values must be at least 640, else `ValueError: maxdigits must be 0
/// or larger than 640`. (Negative arguments should be mapped to this error
/// by the caller.)
pub fn set_int_max_str_digits(n: usize) -> Result<(), FormatError> {
    if n != 0 && n < INT_MAX_STR_DIGITS_THRESHOLD {
        return Err(FormatError::value("maxdigits must be 0 or larger than 640"));
    }
    LIMIT.store(n, Ordering::Relaxed);
    Ok(())
}

/// The error for converting an int with too many digits to a string.
pub fn int_to_str_limit_error(limit: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The error for parsing a string of `digits` digits into an int.
pub fn str_to_int_limit_error(limit: usize, digits: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: \
         value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// log10(2), nudged down so that estimates stay on the safe side.
const LOG10_2_LOW: f64 = std::f64::consts::LOG10_2 - 1e-15;
/// log10(2), nudged up.
const LOG10_2_HIGH: f64 = std::f64::consts::LOG10_2 + 1e-15;

/// Checks that `v` has at most `limit` decimal digits (`0` = unlimited),
/// without converting it when the bit length already decides.
pub fn check_decimal_digits_limit(v: &BigInt, limit: usize) -> Result<(), FormatError> {
    if limit == 0 {
        return Ok(());
    }
    let bits = v.bits();
    if bits == 0 {
        return Ok(());
    }
    // 2**(bits-1) <= |v| < 2**bits, so the digit count lies in
    // [floor((bits-1)*log10 2) + 1, floor(bits*log10 2) + 1].
    let low = ((bits - 1) as f64 * LOG10_2_LOW).floor() as u64 + 1;
    let high = (bits as f64 * LOG10_2_HIGH).floor() as u64 + 1;
    if high <= limit as u64 {
        return Ok(());
    }
    if low > limit as u64 {
        return Err(int_to_str_limit_error(limit));
    }
    if v.magnitude().to_string().len() > limit {
        return Err(int_to_str_limit_error(limit));
    }
    Ok(())
}

/// [`check_decimal_digits_limit`] with the current process-wide limit.
pub fn check_decimal_digits(v: &BigInt) -> Result<(), FormatError> {
    check_decimal_digits_limit(v, int_max_str_digits())
}

/// `str(v)` / `repr(v)` for an int, honouring the current digit limit.
///
/// ```
/// use locus_format::int_to_decimal_string;
/// use num_bigint::BigInt;
/// assert_eq!(int_to_decimal_string(&BigInt::from(-42)).unwrap(), "-42");
/// let huge = BigInt::from(10).pow(5000);
/// assert!(int_to_decimal_string(&huge).is_err());
/// ```
pub fn int_to_decimal_string(v: &BigInt) -> Result<String, FormatError> {
    check_decimal_digits(v)?;
    Ok(v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundary() {
        let ten = BigInt::from(10);
        let ok = ten.pow(4300) - 1; // 4300 nines
        assert!(check_decimal_digits_limit(&ok, 4300).is_ok());
        let bad = ten.pow(4300); // 4301 digits
        assert_eq!(
            check_decimal_digits_limit(&bad, 4300).unwrap_err().message,
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        assert!(check_decimal_digits_limit(&-bad.clone(), 4300).is_err());
        assert!(check_decimal_digits_limit(&bad, 0).is_ok());
        // Every size near the limit agrees with the exact digit count.
        for k in 4290..4310u32 {
            for v in [ten.pow(k) - 1, ten.pow(k), ten.pow(k) * 5] {
                let exact = v.to_string().len() <= 4300;
                assert_eq!(check_decimal_digits_limit(&v, 4300).is_ok(), exact, "k={k}");
            }
        }
    }

    #[test]
    fn set_limit_validation() {
        assert_eq!(
            set_int_max_str_digits(5).unwrap_err().message,
            "maxdigits must be 0 or larger than 640"
        );
        assert_eq!(int_max_str_digits(), INT_MAX_STR_DIGITS);
    }
}
