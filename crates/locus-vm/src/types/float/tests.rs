//! Unit tests of `types/float.rs`.

use super::*;

#[test]
fn float_floor_div_and_mod_signs() {
    let _lock = crate::threads::lock::LockHold::new();
    // (a, b, a // b, a % b) from python3.13-ref.
    let cases: &[(f64, f64, f64, f64)] = &[
        (7.0, 2.0, 3.0, 1.0),
        (-7.0, 2.0, -4.0, 1.0),
        (7.0, -2.0, -4.0, -1.0),
        (-7.5, 2.0, -4.0, 0.5),
        (0.0, -1.0, -0.0, -0.0),
        (-0.0, 1.0, -0.0, 0.0),
    ];
    for &(a, b, q, r) in cases {
        assert_eq!(float_floordiv(a, b).to_bits(), q.to_bits(), "{a} // {b}");
        assert_eq!(float_mod(a, b).to_bits(), r.to_bits(), "{a} % {b}");
    }
}

#[test]
fn pow_special_cases() {
    let _lock = crate::threads::lock::LockHold::new();
    use PowResult::*;
    assert_eq!(float_pow_value(f64::NAN, 0.0), Float(1.0));
    assert_eq!(float_pow_value(1.0, f64::NAN), Float(1.0));
    assert_eq!(float_pow_value(-1.0, f64::INFINITY), Float(1.0));
    assert_eq!(
        float_pow_value(0.5, f64::NEG_INFINITY),
        Float(f64::INFINITY)
    );
    assert_eq!(
        float_pow_value(f64::NEG_INFINITY, 3.0),
        Float(f64::NEG_INFINITY)
    );
    assert_eq!(
        float_pow_value(f64::NEG_INFINITY, 2.0),
        Float(f64::INFINITY)
    );
    assert!(
        matches!(float_pow_value(f64::NEG_INFINITY, -1.0), Float(z) if z == 0.0 && z.is_sign_negative())
    );
    assert!(matches!(float_pow_value(-0.0, 3.0), Float(z) if z == 0.0 && z.is_sign_negative()));
    assert_eq!(float_pow_value(0.0, -1.5), ZeroNegative);
    assert_eq!(float_pow_value(-0.0, -2.0), ZeroNegative);
    assert_eq!(float_pow_value(10.0, 400.0), Overflow);
    assert_eq!(float_pow_value(-10.0, 401.0), Overflow);
    assert_eq!(float_pow_value(-8.0, 1.0 / 3.0), Complex);
    assert_eq!(float_pow_value(-2.0, 3.0), Float(-8.0));
    assert_eq!(float_pow_value(2.0, -1075.0), Float(0.0));
}

#[test]
fn complex_arithmetic() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(c_powu((1.0, 2.0), 2), (-3.0, 4.0));
    assert_eq!(c_quot((1.0, 0.0), (0.0, 0.0)), None);
    assert_eq!(c_quot((1.0, 2.0), (1.0, 2.0)), Some((1.0, 0.0)));
    assert_eq!(
        c_pow_polar((-8.0, 0.0), (1.0 / 3.0, 0.0)),
        Some((1.0000000000000002, 1.7320508075688772))
    );
    // Values from python3.13-ref: (-57) ** (-0.5+3j).
    assert_eq!(
        c_pow_polar((-57.0, 0.0), (-0.5, 3.0)),
        Some((-4.525896258862113e-06, -9.683445024713461e-06))
    );
    assert_eq!(c_pow_polar((f64::INFINITY, 0.0), (1.0, 2.0)), None);
}

#[test]
fn complex_parsing() {
    let _lock = crate::threads::lock::LockHold::new();
    let p = parse_complex;
    assert_eq!(p("1+2j"), Some((1.0, 2.0)));
    assert_eq!(p(" (1+2j) "), Some((1.0, 2.0)));
    assert_eq!(p("1e5j"), Some((0.0, 1e5)));
    assert_eq!(p("j"), Some((0.0, 1.0)));
    assert_eq!(p("-j"), Some((0.0, -1.0)));
    assert_eq!(p("1+j"), Some((1.0, 1.0)));
    assert_eq!(p("1-J"), Some((1.0, -1.0)));
    assert_eq!(p("1_0j"), Some((0.0, 10.0)));
    assert_eq!(p("-1.5e-3-2.5E+2j"), Some((-1.5e-3, -250.0)));
    assert_eq!(p("3"), Some((3.0, 0.0)));
    assert!(p("nan+infj").is_some_and(|(r, i)| r.is_nan() && i == f64::INFINITY));
    assert_eq!(p("-infinityj"), Some((0.0, f64::NEG_INFINITY)));
    for bad in [
        "", "()", "(1+2j", "1+2j)", "1 + 2j", "1+2jj", "1ej", "1__0", "x", "+", "1+", "j1",
    ] {
        assert_eq!(p(bad), None, "{bad:?}");
    }
}

#[test]
fn hex_round_trip() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
    assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
    assert_eq!(float_hex(-0.0), "-0x0.0p+0");
    assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
    assert_eq!(float_hex(1e300), "0x1.7e43c8800759cp+996");
    assert_eq!(float_hex(2f64.powi(-1023)), "0x0.8000000000000p-1022");
    assert_eq!(float_hex(-2.5), "-0x1.4000000000000p+1");
    for x in [
        1.5,
        0.1,
        -2.5,
        5e-324,
        1e300,
        f64::MAX,
        2.2250738585072014e-308,
        123.456,
    ] {
        assert_eq!(parse_hex_float(&float_hex(x)), Ok(x));
    }
}

#[test]
fn hex_parsing_rounds_correctly() {
    let _lock = crate::threads::lock::LockHold::new();
    let h = parse_hex_float;
    assert_eq!(h("0x1.8p1"), Ok(3.0));
    assert_eq!(h("1"), Ok(1.0));
    assert_eq!(h("-.8"), Ok(-0.5));
    assert_eq!(h("  0x1p1  "), Ok(2.0));
    assert_eq!(h("+Infinity"), Ok(f64::INFINITY));
    assert_eq!(h("0x1p-1074"), Ok(5e-324));
    assert_eq!(h("0x1p-1075"), Ok(0.0));
    assert_eq!(h("0x1.00001p-1075"), Ok(5e-324));
    assert_eq!(h("0x0.00000000000008p-1022"), Ok(0.0));
    assert_eq!(h("0x0.00000000000018p-1022"), Ok(1e-323));
    assert_eq!(h("0x1.fffffffffffff7p1023"), Ok(f64::MAX));
    assert_eq!(h("0x1.fffffffffffff8p1023"), Err(HexFloatError::Overflow));
    assert_eq!(h("0x1p99999999999999999999"), Err(HexFloatError::Overflow));
    assert_eq!(h("0x0p99999999999999999999"), Ok(0.0));
    assert_eq!(h("0x1p-99999999999999999999"), Ok(0.0));
    assert!(h("-0x0p0").is_ok_and(|z| z == 0.0 && z.is_sign_negative()));
    for bad in [
        "zz", "0x.p1", "0x1.p", "0x1p+", "0x1 p1", "0x1_0p1", "", "0x",
    ] {
        assert_eq!(h(bad), Err(HexFloatError::Invalid), "{bad:?}");
    }
}
