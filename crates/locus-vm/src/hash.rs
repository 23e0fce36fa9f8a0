//! Python's hash functions for the builtin immutable types.
//!
//! They agree with CPython 3.13 run with `PYTHONHASHSEED=0` (hash
//! randomization is off in Locus; see docs/divergences.md), so set iteration
//! order matches CPython's too.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// The modulus of numeric hashes: 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
const INF_HASH: i64 = 314159;

/// Python never returns -1 from a hash.
#[inline]
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(int)` for a machine int.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    let m = i.unsigned_abs() % MODULUS;
    let h = if i < 0 { -(m as i64) } else { m as i64 };
    fix(h)
}

/// `hash(int)` for a big int.
pub fn hash_bigint(i: &BigInt) -> i64 {
    let m = (i.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    let h = if i.sign() == Sign::Minus { -m } else { m };
    fix(h)
}

/// `hash(float)`: equal to the int hash for integral values.
pub fn hash_f64(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None; // caller uses object identity, as CPython 3.10+
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { INF_HASH } else { -INF_HASH });
    }
    let (mut m, mut e) = frexp(v.abs());
    let sign: i64 = if v < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    Some(fix(x as i64 * sign))
}

/// Splits `v > 0` into mantissa in [0.5, 1) and exponent.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// Combines item hashes into a tuple hash (the xxHash-style scheme of CPython 3.8+).
pub fn hash_tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = items.len() as u64;
    let mut acc = P5;
    for lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// `hash(str)`: SipHash-1-3 (zero key) over the text in CPython's
/// fixed-width internal encoding (1, 2 or 4 bytes per code point).
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let h = if s.is_ascii() {
        siphash13(s.as_bytes())
    } else {
        let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
        let mut buf = Vec::with_capacity(s.len() * 4);
        for c in s.chars() {
            let c = c as u32;
            if max < 0x100 {
                buf.push(c as u8);
            } else if max < 0x10000 {
                buf.extend_from_slice(&(c as u16).to_le_bytes());
            } else {
                buf.extend_from_slice(&c.to_le_bytes());
            }
        }
        siphash13(&buf)
    };
    fix(h as i64)
}

/// `hash(bytes)`: SipHash-1-3 over the bytes.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix(siphash13(b) as i64)
}

/// SipHash with one compression and three finalization rounds, key 0.
fn siphash13(data: &[u8]) -> u64 {
    let (k0, k1) = (0u64, 0u64);
    let mut v = [
        k0 ^ 0x736f6d6570736575,
        k1 ^ 0x646f72616e646f6d,
        k0 ^ 0x6c7967656e657261,
        k1 ^ 0x7465646279746573,
    ];
    let round = |v: &mut [u64; 4]| {
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    };
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let m = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    let mut last = (data.len() as u64) << 56;
    for (i, b) in chunks.remainder().iter().enumerate() {
        last |= (*b as u64) << (8 * i);
    }
    v[3] ^= last;
    round(&mut v);
    v[0] ^= last;
    v[2] ^= 0xff;
    round(&mut v);
    round(&mut v);
    round(&mut v);
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values recorded from python3.13-ref with PYTHONHASHSEED=0.
    #[test]
    fn numeric_hashes_match_cpython() {
        let _lock = crate::threads::lock::LockHold::new();
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1.5), Some(1152921504606846977));
        assert_eq!(hash_f64(2.0), Some(2));
        assert_eq!(hash_f64(-0.5), Some(-1152921504606846976));
        assert_eq!(hash_f64(f64::INFINITY), Some(314159));
    }

    #[test]
    fn tuple_hash_matches_cpython() {
        let _lock = crate::threads::lock::LockHold::new();
        assert_eq!(hash_tuple([].into_iter()), 5740354900026072187);
        assert_eq!(hash_tuple([1, 2].into_iter()), -3550055125485641917);
    }

    #[test]
    fn str_hash_matches_cpython() {
        let _lock = crate::threads::lock::LockHold::new();
        assert_eq!(hash_str("abc"), STR_ABC);
        assert_eq!(hash_str("hello world!"), STR_HELLO);
        assert_eq!(hash_str("é"), STR_E_ACUTE);
    }

    const STR_ABC: i64 = -4594863902769663758;
    const STR_HELLO: i64 = 839851713330019024;
    const STR_E_ACUTE: i64 = 6047309291227476195;
}
