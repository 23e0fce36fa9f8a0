//! Behaviour of the public API beyond the CPython tables: piece structure,
//! allocation failures, and the documented limits of the crate.

use locus_format::*;
use num_bigint::BigInt;

#[test]
fn percent_pieces() {
    let pieces = parse_percent_format("a%(k)-*.3lf%%b%#x").unwrap();
    assert_eq!(
        pieces,
        vec![
            PercentPiece::Literal("a".into()),
            PercentPiece::Conv(PercentConv {
                key: Some("k".into()),
                flags: PercentFlags {
                    left: true,
                    ..Default::default()
                },
                width: Some(Count::Star),
                precision: Some(Count::Fixed(3)),
                conv: 'f',
                index: 10,
            }),
            PercentPiece::Literal("%b".into()),
            PercentPiece::Conv(PercentConv {
                key: None,
                flags: PercentFlags {
                    alt: true,
                    ..Default::default()
                },
                width: None,
                precision: None,
                conv: 'x',
                index: 16,
            }),
        ]
    );
    let spec = match &pieces[3] {
        PercentPiece::Conv(c) => c.to_spec(),
        _ => unreachable!(),
    };
    assert_eq!(percent_format_i64(255, &spec).unwrap(), "0xff");
    assert_eq!(parse_percent_format("").unwrap(), vec![]);
    assert_eq!(
        parse_percent_format("%.f").unwrap(),
        vec![PercentPiece::Conv(PercentConv {
            key: None,
            flags: PercentFlags::default(),
            width: None,
            precision: Some(Count::Fixed(0)),
            conv: 'f',
            index: 2,
        })]
    );
}

#[test]
fn percent_parse_errors() {
    let msg = |f: &str| parse_percent_format(f).unwrap_err().message;
    assert_eq!(msg("abc%"), "incomplete format");
    assert_eq!(msg("%5.2"), "incomplete format");
    assert_eq!(msg("%(a"), "incomplete format key");
    assert_eq!(msg("%(a(b)"), "incomplete format key");
    assert_eq!(msg("%99999999999999999999d"), "width too big");
    assert_eq!(msg("%.2147483648d"), "precision too big");
    assert_eq!(
        msg("%lld"),
        "unsupported format character 'l' (0x6c) at index 2"
    );
    assert_eq!(
        msg("é%€"),
        "unsupported format character '?' (0x20ac) at index 2"
    );
    assert_eq!(
        msg("%5%"),
        "unsupported format character '%' (0x25) at index 2"
    );
    assert!(parse_percent_format("%.2147483647d").is_ok());
}

#[test]
fn percent_renderers() {
    let spec = |conv, width, precision, flags| PercentSpec {
        flags,
        width,
        precision,
        conv,
    };
    let none = PercentFlags::default();
    let left = PercentFlags { left: true, ..none };
    let zero = PercentFlags { zero: true, ..none };
    // %c of a str: precision ignored, zero flag ignored.
    assert_eq!(
        percent_format_str("€", &spec('c', 3, Some(0), zero)).unwrap(),
        "  €"
    );
    assert_eq!(
        percent_format_str("abc", &spec('s', 5, Some(2), left)).unwrap(),
        "ab   "
    );
    assert_eq!(
        percent_format_int(&BigInt::from(0x1f600), &spec('c', 0, None, none)).unwrap(),
        "😀"
    );
    assert_eq!(
        percent_format_int(&BigInt::from(5), &spec('e', 0, Some(2), none)).unwrap(),
        "5.00e+00"
    );
    assert_eq!(
        percent_format_float(f64::NEG_INFINITY, &spec('f', 5, None, zero)).unwrap(),
        "-0inf"
    );
    assert_eq!(
        percent_format_float(1.0, &spec('x', 0, None, none))
            .unwrap_err()
            .kind,
        ErrorKind::ValueError
    );
}

#[test]
fn huge_widths_are_memory_errors() {
    let big = "1000000000000000000";
    for (spec, kind) in [
        (big.to_string(), "int"),
        (format!("0{big},"), "int"),
        (format!("€^{big}"), "str"),
        (format!("{big}.3f"), "float"),
        (big.to_string(), "complex"),
    ] {
        let parsed = parse_format_spec(&spec, kind).unwrap();
        let r = match kind {
            "int" => format_i64(1234, &parsed, kind),
            "str" => format_str("a", &parsed, kind),
            "float" => format_float(1.5, &parsed, kind),
            _ => format_complex(1.0, 2.0, &parsed, kind),
        };
        assert_eq!(r.unwrap_err().kind, ErrorKind::MemoryError, "{spec}");
    }
    let spec = PercentSpec {
        width: usize::MAX / 2,
        conv: 'd',
        ..Default::default()
    };
    assert_eq!(
        percent_format_i64(5, &spec).unwrap_err().kind,
        ErrorKind::MemoryError
    );
}

#[test]
fn huge_precisions() {
    // Strings: precision is only a cap.
    let p = parse_format_spec(".99999999999999", "str").unwrap();
    assert_eq!(format_str("abc", &p, "str").unwrap(), "abc");
    // 'g' without '#' drops the zeros it would have produced.
    let p = parse_format_spec(".2000000000g", "float").unwrap();
    assert_eq!(format_float(1.5, &p, "float").unwrap(), "1.5");
    let p = parse_format_spec(".2147483648g", "float").unwrap();
    assert_eq!(
        format_float(1.5, &p, "float").unwrap_err().message,
        "precision too big"
    );
    // Beyond Rust's own formatter limit (65535), digits are exact zeros.
    let p = parse_format_spec(".70000f", "float").unwrap();
    let s = format_float(0.1, &p, "float").unwrap();
    assert_eq!(s.len(), 70002);
    assert!(s.starts_with("0.1000000000000000055511151231257827"));
    assert!(s.ends_with("0000"));
}

#[test]
fn surrogates_cannot_be_formatted() {
    let p = parse_format_spec("c", "int").unwrap();
    let e = format_i64(0xd800, &p, "int").unwrap_err();
    assert_eq!(e.kind, ErrorKind::ValueError);
    assert_eq!(format_i64(0xd7ff, &p, "int").unwrap(), "\u{d7ff}");
    assert_eq!(format_i64(0xe000, &p, "int").unwrap(), "\u{e000}");
}

#[test]
fn error_display() {
    let e = FormatError::value("boom");
    assert_eq!(e.to_string(), "ValueError: boom");
    assert_eq!(FormatError::memory().to_string(), "MemoryError");
}

#[test]
fn type_names_are_clipped() {
    let long = "T".repeat(300);
    let p = parse_format_spec("d", &long).unwrap();
    let e = format_str("x", &p, &long).unwrap_err();
    assert_eq!(
        e.message,
        format!(
            "Unknown format code 'd' for object of type '{}'",
            "T".repeat(200)
        )
    );
}

#[test]
fn radix_and_decimal() {
    let v: BigInt = "-123456789012345678901234567890".parse().unwrap();
    assert_eq!(int_to_hex(&v), "-0x18ee90ff6c373e0ee4e3f0ad2");
    assert_eq!(
        int_to_decimal_string(&v).unwrap(),
        "-123456789012345678901234567890"
    );
    assert_eq!(bigint_to_f64(&v), Some(-1.2345678901234568e29));
}

/// Records conversions; every value renders as `<conv>`.
struct Echo;

impl PercentArgs for Echo {
    type Error = FormatError;
    fn require_mapping(&mut self) -> Result<(), FormatError> {
        Ok(())
    }
    fn lookup_key(&mut self, _: &str) -> Result<(), FormatError> {
        Ok(())
    }
    fn star(&mut self, _: Star) -> Result<i64, FormatError> {
        Ok(-3)
    }
    fn fetch(&mut self) -> Result<(), FormatError> {
        Ok(())
    }
    fn render(&mut self, spec: &PercentSpec, out: &mut String) -> Result<(), FormatError> {
        out.push_str(&format!("<{}{}>", spec.conv, spec.width));
        if spec.flags.left {
            out.push('L');
        }
        Ok(())
    }
}

#[test]
fn bytes_mode_accepts_b() {
    assert_eq!(
        percent_format_bytes("x%b%*s", &mut Echo).unwrap(),
        "x<b0><s3>L"
    );
    assert_eq!(
        percent_format("x%b", &mut Echo).unwrap_err().message,
        "unsupported format character 'b' (0x62) at index 2"
    );
    assert_eq!(
        percent_format_bytes("%y", &mut Echo).unwrap_err().message,
        "unsupported format character 'y' (0x79) at index 1"
    );
}
