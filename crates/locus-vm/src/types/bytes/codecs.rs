//! Text codecs for `bytes.decode` and `str.encode`: utf-8, ascii, latin-1,
//! utf-16/32 (with and without byte-order marks) and cp1252, with CPython's
//! error handlers (strict, ignore, replace, backslashreplace,
//! xmlcharrefreplace) and messages.

use super::*;
use crate::types::str::push_code_escape;

/// Byte order of a UTF-16/UTF-32 codec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Order {
    /// Native order with a byte-order mark (`utf-16`): the BOM is written
    /// when encoding and honoured when decoding.
    Bom,
    /// Little-endian, no BOM.
    Le,
    /// Big-endian, no BOM.
    Be,
}

/// The codecs Locus implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Order),
    Utf32(Order),
    Cp1252,
}

impl Codec {
    /// The name CPython's messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Order::Bom) => "utf-16",
            Codec::Utf16(Order::Le) => "utf-16-le",
            Codec::Utf16(Order::Be) => "utf-16-be",
            Codec::Utf32(Order::Bom) => "utf-32",
            Codec::Utf32(Order::Le) => "utf-32-le",
            Codec::Utf32(Order::Be) => "utf-32-be",
            Codec::Cp1252 => "charmap",
        }
    }
}

/// Python's `encodings.normalize_encoding`, lower-cased: runs of characters
/// other than letters, digits and `.` become one `_`, trimmed at the ends.
pub(super) fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.extend(c.to_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

/// Finds a codec by any of its Python names.
pub(super) fn lookup_codec(name: &str) -> Option<Codec> {
    Some(match normalize_encoding(name).as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "iso8859" | "8859"
        | "cp819" | "ibm819" | "csisolatin1" | "iso_ir_100" | "iso_8859_1_1987" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(Order::Bom),
        "utf_16_le" | "utf_16le" => Codec::Utf16(Order::Le),
        "utf_16_be" | "utf_16be" => Codec::Utf16(Order::Be),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(Order::Bom),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Order::Le),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Order::Be),
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        _ => return None,
    })
}

pub(super) fn codec_or_error(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    lookup_codec(encoding)
        .ok_or_else(|| vm.error("LookupError", format!("unknown encoding: {encoding}")))
}

/// What an error handler does with undecodable bytes / unencodable characters.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Handler {
    Strict,
    Ignore,
    Replace,
    Backslash,
    XmlCharRef,
    Unknown,
}

pub(super) fn handler(errors: &str) -> Handler {
    match errors {
        "strict" | "surrogateescape" | "surrogatepass" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::Backslash,
        "xmlcharrefreplace" => Handler::XmlCharRef,
        _ => Handler::Unknown,
    }
}

/// Applies the decode error handler to `data[start..end]`.
pub(super) fn decode_error(
    vm: &Vm,
    codec: Codec,
    errors: &str,
    data: &[u8],
    (start, end): (usize, usize),
    reason: &str,
    out: &mut String,
) -> PyResult<()> {
    match handler(errors) {
        Handler::Strict => {
            let msg = if end - start == 1 {
                format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                    codec.name(),
                    data.get(start).copied().unwrap_or(0)
                )
            } else {
                format!(
                    "'{}' codec can't decode bytes in position {start}-{}: {reason}",
                    codec.name(),
                    end - 1
                )
            };
            Err(vm.error("UnicodeDecodeError", msg))
        }
        Handler::Ignore => Ok(()),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Handler::Backslash => {
            for b in data.get(start..end).unwrap_or(&[]) {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        Handler::XmlCharRef => {
            Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
        Handler::Unknown => Err(vm.error(
            "LookupError",
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

pub(super) fn is_invalid_utf8_start(b: u8) -> bool {
    matches!(b, 0x80..=0xc1 | 0xf5..=0xff)
}

pub(super) fn decode_utf8(vm: &Vm, data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut offset = 0;
    loop {
        let rest = data.get(offset..).unwrap_or(&[]);
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let valid = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..valid]).unwrap_or(""));
                let start = offset + valid;
                let (len, reason) = match e.error_len() {
                    Some(n) if n == 1 && is_invalid_utf8_start(rest[valid]) => {
                        (1, "invalid start byte")
                    }
                    Some(n) => (n, "invalid continuation byte"),
                    None => (rest.len() - valid, "unexpected end of data"),
                };
                decode_error(
                    vm,
                    Codec::Utf8,
                    errors,
                    data,
                    (start, start + len),
                    reason,
                    &mut out,
                )?;
                offset = start + len;
            }
        }
    }
}

/// ASCII and Latin-1 decoding (`limit` is 128 or 256).
pub(super) fn decode_8bit(
    vm: &Vm,
    codec: Codec,
    data: &[u8],
    errors: &str,
    limit: u32,
) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    for (i, b) in data.iter().enumerate() {
        if u32::from(*b) < limit {
            out.push(*b as char);
        } else {
            decode_error(
                vm,
                codec,
                errors,
                data,
                (i, i + 1),
                "ordinal not in range(128)",
                &mut out,
            )?;
        }
    }
    Ok(out)
}

/// Windows-1252 code points of bytes 0x80..=0x9F (0 where undefined).
pub(super) const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/// The Windows-1252 character of byte `b`, if defined.
pub(super) fn cp1252_char(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => {
            char::from_u32(u32::from(CP1252_HIGH[usize::from(b - 0x80)])).filter(|c| *c != '\0')
        }
        _ => Some(b as char),
    }
}

/// The Windows-1252 byte of `c`, if it has one.
pub(super) fn cp1252_byte(c: char) -> Option<u8> {
    let cp = c as u32;
    if cp < 0x80 || (0xa0..0x100).contains(&cp) {
        return Some(cp as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|u| u32::from(*u) == cp && cp != 0)
        .map(|i| 0x80 + i as u8)
}

pub(super) fn decode_cp1252(vm: &Vm, data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    for (i, b) in data.iter().enumerate() {
        match cp1252_char(*b) {
            Some(c) => out.push(c),
            None => decode_error(
                vm,
                Codec::Cp1252,
                errors,
                data,
                (i, i + 1),
                "character maps to <undefined>",
                &mut out,
            )?,
        }
    }
    Ok(out)
}

pub(super) fn encode_cp1252(vm: &Vm, text: &str, errors: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = cp1252_byte(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let end = chars[i..]
            .iter()
            .position(|c| cp1252_byte(*c).is_some())
            .map_or(chars.len(), |k| i + k);
        encode_error(
            vm,
            Codec::Cp1252,
            errors,
            &chars,
            (i, end),
            "character maps to <undefined>",
            &mut out,
        )?;
        i = end;
    }
    Ok(out)
}

/// Reads the byte-order mark of a UTF-16/32 input; returns the order and the bytes after it.
pub(super) fn read_bom(data: &[u8], width: usize) -> (Order, usize) {
    let le: &[u8] = if width == 2 {
        &[0xff, 0xfe]
    } else {
        &[0xff, 0xfe, 0, 0]
    };
    let be: &[u8] = if width == 2 {
        &[0xfe, 0xff]
    } else {
        &[0, 0, 0xfe, 0xff]
    };
    if data.starts_with(le) {
        (Order::Le, width)
    } else if data.starts_with(be) {
        (Order::Be, width)
    } else {
        (Order::Le, 0)
    }
}

pub(super) fn unit(chunk: &[u8], order: Order) -> u32 {
    let it = chunk.iter().map(|b| u32::from(*b));
    if order == Order::Be {
        it.fold(0, |acc, b| (acc << 8) | b)
    } else {
        it.rev().fold(0, |acc, b| (acc << 8) | b)
    }
}

pub(super) fn decode_utf16(
    vm: &Vm,
    codec: Codec,
    data: &[u8],
    order: Order,
    errors: &str,
) -> PyResult<String> {
    let (order, mut i) = match order {
        Order::Bom => read_bom(data, 2),
        o => (o, 0),
    };
    let codec = if matches!(codec, Codec::Utf16(_)) {
        Codec::Utf16(order)
    } else {
        codec
    };
    let mut out = String::with_capacity(data.len() / 2);
    while i < data.len() {
        if i + 2 > data.len() {
            decode_error(
                vm,
                codec,
                errors,
                data,
                (i, data.len()),
                "truncated data",
                &mut out,
            )?;
            break;
        }
        let u = unit(&data[i..i + 2], order);
        if (0xd800..0xdc00).contains(&u) {
            if i + 4 > data.len() {
                decode_error(
                    vm,
                    codec,
                    errors,
                    data,
                    (i, data.len()),
                    "unexpected end of data",
                    &mut out,
                )?;
                break;
            }
            let lo = unit(&data[i + 2..i + 4], order);
            if (0xdc00..0xe000).contains(&lo) {
                let cp = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                i += 4;
            } else {
                decode_error(
                    vm,
                    codec,
                    errors,
                    data,
                    (i, i + 2),
                    "illegal UTF-16 surrogate",
                    &mut out,
                )?;
                i += 2;
            }
        } else if (0xdc00..0xe000).contains(&u) {
            decode_error(
                vm,
                codec,
                errors,
                data,
                (i, i + 2),
                "illegal encoding",
                &mut out,
            )?;
            i += 2;
        } else {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            i += 2;
        }
    }
    Ok(out)
}

pub(super) fn decode_utf32(
    vm: &Vm,
    codec: Codec,
    data: &[u8],
    order: Order,
    errors: &str,
) -> PyResult<String> {
    let (order, mut i) = match order {
        Order::Bom => read_bom(data, 4),
        o => (o, 0),
    };
    let codec = if matches!(codec, Codec::Utf32(_)) {
        Codec::Utf32(order)
    } else {
        codec
    };
    let mut out = String::with_capacity(data.len() / 4);
    while i < data.len() {
        if i + 4 > data.len() {
            decode_error(
                vm,
                codec,
                errors,
                data,
                (i, data.len()),
                "truncated data",
                &mut out,
            )?;
            break;
        }
        match char::from_u32(unit(&data[i..i + 4], order)) {
            Some(c) => out.push(c),
            None => decode_error(
                vm,
                codec,
                errors,
                data,
                (i, i + 4),
                "code point not in range(0x110000)",
                &mut out,
            )?,
        }
        i += 4;
    }
    Ok(out)
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    if data.is_empty() {
        return Ok(String::new());
    }
    let codec = codec_or_error(vm, encoding)?;
    match codec {
        Codec::Utf8 => decode_utf8(vm, data, errors),
        Codec::Ascii => decode_8bit(vm, codec, data, errors, 128),
        Codec::Latin1 => Ok(data.iter().map(|b| *b as char).collect()),
        Codec::Utf16(o) => decode_utf16(vm, codec, data, o, errors),
        Codec::Utf32(o) => decode_utf32(vm, codec, data, o, errors),
        Codec::Cp1252 => decode_cp1252(vm, data, errors),
    }
}

/// Applies the encode error handler to the unencodable characters `chars[start..end]`.
pub(super) fn encode_error(
    vm: &Vm,
    codec: Codec,
    errors: &str,
    chars: &[char],
    (start, end): (usize, usize),
    reason: &str,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    let run = chars.get(start..end).unwrap_or(&[]);
    match handler(errors) {
        Handler::Strict => {
            let msg = if end - start == 1 {
                let mut esc = String::new();
                push_code_escape(&mut esc, run.first().copied().unwrap_or('\0'));
                format!(
                    "'{}' codec can't encode character '{esc}' in position {start}: {reason}",
                    codec.name()
                )
            } else {
                format!(
                    "'{}' codec can't encode characters in position {start}-{}: {reason}",
                    codec.name(),
                    end - 1
                )
            };
            Err(vm.error("UnicodeEncodeError", msg))
        }
        Handler::Ignore => Ok(()),
        Handler::Replace => {
            out.extend(std::iter::repeat_n(b'?', run.len()));
            Ok(())
        }
        Handler::Backslash => {
            let mut esc = String::new();
            for c in run {
                push_code_escape(&mut esc, *c);
            }
            out.extend_from_slice(esc.as_bytes());
            Ok(())
        }
        Handler::XmlCharRef => {
            for c in run {
                out.extend_from_slice(format!("&#{};", *c as u32).as_bytes());
            }
            Ok(())
        }
        Handler::Unknown => Err(vm.error(
            "LookupError",
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

/// ASCII and Latin-1 encoding (`limit` is 128 or 256).
pub(super) fn encode_8bit(
    vm: &Vm,
    codec: Codec,
    text: &str,
    errors: &str,
    limit: u32,
) -> PyResult<Vec<u8>> {
    if text.is_ascii() {
        return Ok(text.as_bytes().to_vec());
    }
    let chars: Vec<char> = text.chars().collect();
    let reason = if limit == 128 {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let end = chars[i..]
            .iter()
            .position(|c| (*c as u32) < limit)
            .map_or(chars.len(), |k| i + k);
        encode_error(vm, codec, errors, &chars, (i, end), reason, &mut out)?;
        i = end;
    }
    Ok(out)
}

pub(super) fn push_unit(out: &mut Vec<u8>, u: u32, width: usize, order: Order) {
    let bytes = u.to_be_bytes();
    let tail = &bytes[4 - width..];
    if order == Order::Be {
        out.extend_from_slice(tail);
    } else {
        out.extend(tail.iter().rev());
    }
}

pub(super) fn encode_utf16(text: &str, order: Order) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 2 + 2);
    let order = if order == Order::Bom {
        push_unit(&mut out, 0xfeff, 2, Order::Le);
        Order::Le
    } else {
        order
    };
    for u in text.encode_utf16() {
        push_unit(&mut out, u32::from(u), 2, order);
    }
    out
}

pub(super) fn encode_utf32(text: &str, order: Order) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 4 + 4);
    let order = if order == Order::Bom {
        push_unit(&mut out, 0xfeff, 4, Order::Le);
        Order::Le
    } else {
        order
    };
    for c in text.chars() {
        push_unit(&mut out, c as u32, 4, order);
    }
    out
}

/// `str.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = codec_or_error(vm, encoding)?;
    match codec {
        Codec::Utf8 => Ok(text.as_bytes().to_vec()),
        Codec::Ascii => encode_8bit(vm, codec, text, errors, 128),
        Codec::Latin1 => encode_8bit(vm, codec, text, errors, 256),
        Codec::Utf16(o) => Ok(encode_utf16(text, o)),
        Codec::Utf32(o) => Ok(encode_utf32(text, o)),
        Codec::Cp1252 => encode_cp1252(vm, text, errors),
    }
}
