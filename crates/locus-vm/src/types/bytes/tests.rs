//! Unit tests of `types/bytes.rs`.

use super::*;

#[test]
fn repr_quotes_and_escapes() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(repr_bytes(b"abc"), "b'abc'");
    assert_eq!(repr_bytes(b"it's"), "b\"it's\"");
    assert_eq!(repr_bytes(b"'\""), "b'\\'\"'");
    assert_eq!(repr_bytes(b"\t\n\r\\"), "b'\\t\\n\\r\\\\'");
    assert_eq!(
        repr_bytes(b"\x00\x1f\x7f\x80\xff"),
        "b'\\x00\\x1f\\x7f\\x80\\xff'"
    );
    assert_eq!(repr_bytes(b""), "b''");
}

#[test]
fn hex_groups() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(to_hex(b"\x01\x02\x03", None, 1), "010203");
    assert_eq!(to_hex(b"\x01\x02\x03", Some(':'), 1), "01:02:03");
    assert_eq!(to_hex(b"\x01\x02\x03", Some(':'), 2), "01:0203");
    assert_eq!(to_hex(b"\x01\x02\x03", Some(':'), -2), "0102:03");
    assert_eq!(to_hex(b"\x01\x02", Some(':'), 0), "0102");
}

#[test]
fn fromhex_parsing() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(parse_hex(" 01\n02 "), Ok(vec![1, 2]));
    assert_eq!(parse_hex("ABcd"), Ok(vec![0xab, 0xcd]));
    assert_eq!(parse_hex("0 1"), Err(1));
    assert_eq!(parse_hex("1"), Err(1));
    assert_eq!(parse_hex("0g"), Err(1));
}

#[test]
fn encoding_names() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(lookup_codec("UTF-8"), Some(Codec::Utf8));
    assert_eq!(lookup_codec(" utf 8 "), Some(Codec::Utf8));
    assert_eq!(lookup_codec("Latin_1"), Some(Codec::Latin1));
    assert_eq!(lookup_codec("us-ascii"), Some(Codec::Ascii));
    assert_eq!(lookup_codec("utf_16_le"), Some(Codec::Utf16(Order::Le)));
    assert_eq!(lookup_codec("foo"), None);
}

#[test]
fn splitting() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(split_ws(b" a  b ", usize::MAX), vec![&b"a"[..], &b"b"[..]]);
    assert_eq!(rsplit_ws(b" a b ", 1), vec![&b" a"[..], &b"b"[..]]);
    assert_eq!(split_on(b"a,b,c", b",", 1), vec![&b"a"[..], &b"b,c"[..]]);
    assert_eq!(rsplit_on(b"a,b,c", b",", 1), vec![&b"a,b"[..], &b"c"[..]]);
    assert_eq!(replace_bytes(b"abc", b"", b"-", 2), b"-a-bc".to_vec());
    assert_eq!(replace_bytes(b"aaa", b"a", b"b", 2), b"bba".to_vec());
    assert_eq!(encode_utf16("é", Order::Bom), vec![0xff, 0xfe, 0xe9, 0]);
}
