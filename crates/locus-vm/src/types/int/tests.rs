//! Unit tests of `types/int.rs`.

use super::*;

fn big(s: &str) -> BigInt {
    s.parse().unwrap_or_default()
}

#[test]
fn floor_div_and_mod_signs() {
    let _lock = crate::threads::lock::LockHold::new();
    // (a, b, a // b, a % b) as Python computes them.
    let cases: &[(i128, i128, i128, i128)] = &[
        (7, 2, 3, 1),
        (-7, 2, -4, 1),
        (7, -2, -4, -1),
        (-7, -2, 3, -1),
        (6, 3, 2, 0),
        (-6, 3, -2, 0),
        (i64::MIN as i128, -1, -(i64::MIN as i128), 0),
    ];
    for &(a, b, q, r) in cases {
        assert_eq!(floor_div_i128(a, b), q, "{a} // {b}");
        assert_eq!(floor_mod_i128(a, b), r, "{a} % {b}");
    }
    assert!(matches!(
        small_binop(BinOp::FloorDiv, i64::MIN, -1),
        Some(Value::Obj(_))
    ));
    assert!(matches!(
        small_binop(BinOp::Mod, i64::MIN, -1),
        Some(Value::Int(0))
    ));
}

#[test]
fn true_division_is_correctly_rounded() {
    let _lock = crate::threads::lock::LockHold::new();
    let d = |a: &str, b: &str| int_true_divide(&big(a), &big(b));
    assert_eq!(d("1", "3"), Some(1.0 / 3.0));
    assert_eq!(d("0", "-5"), Some(-0.0));
    assert!(d("0", "-5").is_some_and(|f| f.is_sign_negative()));
    // 10**30 / 7 needs more than 53 bits of dividend.
    assert_eq!(
        d("1000000000000000000000000000000", "7"),
        Some(1.4285714285714286e29)
    );
    // 2**53 + 1 over 1 rounds half to even.
    assert_eq!(d("9007199254740993", "1"), Some(9007199254740992.0));
    assert_eq!(d("9007199254740995", "1"), Some(9007199254740996.0));
    let ten400 = BigInt::from(10).pow(400);
    assert_eq!(int_true_divide(&ten400, &BigInt::from(1)), None);
    assert_eq!(int_true_divide(&BigInt::from(1), &ten400), Some(0.0));
    assert_eq!(int_true_divide(&(&ten400 * 3), &ten400), Some(3.0));
    assert_eq!(int_true_divide(&-(&ten400), &(&ten400 * 4)), Some(-0.25));
    // Subnormal result: 1 / 2**1074 is the smallest subnormal's inverse.
    let p1074 = BigInt::one() << 1074usize;
    assert_eq!(int_true_divide(&BigInt::one(), &p1074), Some(5e-324));
    assert_eq!(
        int_true_divide(&BigInt::from(3), &(p1074.clone() << 1usize)),
        Some(1e-323)
    );
    // Exactly half the smallest subnormal rounds to zero (even).
    assert_eq!(
        int_true_divide(&BigInt::one(), &(p1074 << 1usize)),
        Some(0.0)
    );
    // Largest finite and overflow boundary.
    let max = locus_format::float_to_bigint(f64::MAX).unwrap_or_default();
    assert_eq!(int_true_divide(&max, &BigInt::one()), Some(f64::MAX));
    assert_eq!(
        int_true_divide(&(max * 2), &BigInt::from(2)),
        Some(f64::MAX)
    );
    assert_eq!(
        int_true_divide(&(BigInt::one() << 1024usize), &BigInt::one()),
        None
    );
}

#[test]
fn int_float_comparison_is_exact() {
    let _lock = crate::threads::lock::LockHold::new();
    let two53 = BigInt::one() << 53usize;
    assert_eq!(
        cmp_int_float(&(&two53 + 1), 9007199254740992.0),
        Some(Ordering::Greater)
    );
    assert_eq!(
        cmp_int_float(&two53, 9007199254740992.0),
        Some(Ordering::Equal)
    );
    assert_eq!(
        cmp_int_float(&(BigInt::one() << 1024usize), f64::INFINITY),
        Some(Ordering::Less)
    );
    assert_eq!(
        cmp_int_float(&(BigInt::one() << 1024usize), f64::MAX),
        Some(Ordering::Greater)
    );
    assert_eq!(cmp_int_float(&BigInt::from(1), f64::NAN), None);
    assert_eq!(cmp_int_float(&BigInt::from(-3), -2.5), Some(Ordering::Less));
    assert_eq!(
        cmp_int_float(&BigInt::from(-2), -2.5),
        Some(Ordering::Greater)
    );
    let huge = big("100000000000000000000000000000000000001");
    assert_eq!(cmp_int_float(&huge, 1e38), Some(Ordering::Greater));
    assert_eq!(cmp_int_float(&(-&huge), -1e38), Some(Ordering::Less));
    let a = Number::Int(BigInt::from(1));
    let b = Number::Float(1.0);
    assert!(compare_numbers(&a, &b, CmpOp::Eq));
    assert!(compare_numbers(
        &Number::Float(f64::NAN),
        &Number::Float(f64::NAN),
        CmpOp::Ne
    ));
    assert!(!compare_numbers(&Number::Float(f64::NAN), &a, CmpOp::Le));
    assert!(compare_numbers(&Number::Float(1.5), &a, CmpOp::Gt));
    let v = |s: &str| Value::from_bigint(big(s));
    let two63 = v("9223372036854775808");
    assert_eq!(
        compare_number_values(
            &Value::Int(i64::MAX),
            &Value::Float(9.223_372_036_854_776e18),
            CmpOp::Eq
        ),
        Some(false)
    );
    assert_eq!(
        compare_number_values(&two63, &Value::Float(9.223_372_036_854_776e18), CmpOp::Eq),
        Some(true)
    );
    assert_eq!(
        compare_number_values(&Value::Float(0.5), &Value::Bool(true), CmpOp::Lt),
        Some(true)
    );
    assert_eq!(
        compare_number_values(&two63, &Value::Int(-1), CmpOp::Gt),
        Some(true)
    );
    assert_eq!(
        compare_number_values(&Value::Float(f64::NAN), &Value::Int(1), CmpOp::Ne),
        Some(true)
    );
    assert_eq!(
        compare_number_values(&Value::None, &Value::Int(1), CmpOp::Eq),
        None
    );
}

#[test]
fn ulp_rounding() {
    let _lock = crate::threads::lock::LockHold::new();
    // 55-bit quotient: two extra bits, ties to even.
    let q = (1u64 << 54) | 0b10; // exactly half an ulp, even mantissa
    assert_eq!(round_to_ulp(q, false, -100), 1u64 << 54);
    assert_eq!(round_to_ulp(q, true, -100), (1u64 << 54) + 4);
    let q = (1u64 << 54) | 0b110; // half an ulp, odd mantissa
    assert_eq!(round_to_ulp(q, false, -100), (1u64 << 54) + 8);
}

#[test]
fn modular_inverse() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(
        mod_inverse(&BigInt::from(3), &BigInt::from(7)),
        Some(BigInt::from(5))
    );
    assert_eq!(mod_inverse(&BigInt::from(2), &BigInt::from(4)), None);
    assert_eq!(
        mod_inverse(&BigInt::from(-3), &BigInt::from(7)),
        Some(BigInt::from(2))
    );
    assert_eq!(
        mod_inverse(&BigInt::from(5), &BigInt::from(1)),
        Some(BigInt::zero())
    );
}

#[test]
fn keyword_suggestions() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(suggest("bass", &["base"]), Some("base"));
    assert_eq!(suggest("x", &["base"]), None);
    assert_eq!(suggest("Base", &["base"]), Some("base"));
}

#[test]
fn ldexp_is_exact() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(ldexp(1.0, -1074), 5e-324);
    assert_eq!(ldexp(1.0, 1023), 2f64.powi(1023));
    assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
    assert_eq!(ldexp(3.0, -1075), 1e-323);
}
