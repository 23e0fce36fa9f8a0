//! The process-wide int/str digit limit (its own test binary, since it
//! changes global state).

use locus_format::*;
use num_bigint::BigInt;

#[test]
fn set_and_use_limit() {
    assert_eq!(int_max_str_digits(), INT_MAX_STR_DIGITS);
    let v = BigInt::from(10).pow(2000);
    assert!(int_to_decimal_string(&v).is_ok());

    set_int_max_str_digits(1000).unwrap();
    assert_eq!(int_max_str_digits(), 1000);
    assert_eq!(
        int_to_decimal_string(&v).unwrap_err().message,
        "Exceeds the limit (1000 digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    );
    let spec = parse_format_spec(",", "int").unwrap();
    assert!(format_int(&v, &spec, "int").is_err());
    let spec = parse_format_spec("x", "int").unwrap();
    assert!(format_int(&v, &spec, "int").is_ok());
    let text = "1".repeat(2000);
    assert_eq!(
        parse_int_limited(&text, 10)
            .unwrap_err()
            .limit_error()
            .unwrap()
            .message,
        "Exceeds the limit (1000 digits) for integer string conversion: \
         value has 2000 digits; use sys.set_int_max_str_digits() to increase the limit"
    );
    assert!(parse_int_limited(&text, 16).is_ok());

    assert!(set_int_max_str_digits(639).is_err());
    assert_eq!(int_max_str_digits(), 1000);
    set_int_max_str_digits(0).unwrap();
    assert!(int_to_decimal_string(&BigInt::from(10).pow(10000)).is_ok());
    assert!(parse_int_limited(&"9".repeat(10000), 10).is_ok());
    set_int_max_str_digits(INT_MAX_STR_DIGITS).unwrap();
}
