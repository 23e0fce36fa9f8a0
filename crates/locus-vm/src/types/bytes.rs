//! `bytes` and `bytearray`: constructors, operators, methods, `repr`, and
//! the codecs behind `bytes.decode` / `str.encode` (UTF-8, ASCII, Latin-1,
//! UTF-16 and UTF-32 with the `strict`, `ignore`, `replace`,
//! `backslashreplace` and `xmlcharrefreplace` error handlers).

use std::borrow::Cow;
use std::sync::Arc;

use locus_bytecode::BinOp;

use crate::iter::{new_iter, IterState};
use crate::object::{Payload, PyCell, PyObject};
use crate::typeobj::{classmethod, method, staticmethod, types, MethodDef};
use crate::types::str::{
    adjust_range, bind, check_alloc, check_count, has_index, int_arg, no_args, no_kw, one_arg,
    opt_slice_arg, opt_str_param, push_code_escape, repeat_count, repeat_len, seq_key, slot_args,
    Key, Sig,
};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

// ---------------------------------------------------------------------
// Codecs
// ---------------------------------------------------------------------

/// Byte order of a UTF-16/UTF-32 codec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Order {
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
enum Codec {
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
fn normalize_encoding(name: &str) -> String {
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
fn lookup_codec(name: &str) -> Option<Codec> {
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

fn codec_or_error(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    lookup_codec(encoding)
        .ok_or_else(|| vm.error("LookupError", format!("unknown encoding: {encoding}")))
}

/// What an error handler does with undecodable bytes / unencodable characters.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    Backslash,
    XmlCharRef,
    Unknown,
}

fn handler(errors: &str) -> Handler {
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
fn decode_error(
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

fn is_invalid_utf8_start(b: u8) -> bool {
    matches!(b, 0x80..=0xc1 | 0xf5..=0xff)
}

fn decode_utf8(vm: &Vm, data: &[u8], errors: &str) -> PyResult<String> {
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
fn decode_8bit(vm: &Vm, codec: Codec, data: &[u8], errors: &str, limit: u32) -> PyResult<String> {
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
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/// The Windows-1252 character of byte `b`, if defined.
fn cp1252_char(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => {
            char::from_u32(u32::from(CP1252_HIGH[usize::from(b - 0x80)])).filter(|c| *c != '\0')
        }
        _ => Some(b as char),
    }
}

/// The Windows-1252 byte of `c`, if it has one.
fn cp1252_byte(c: char) -> Option<u8> {
    let cp = c as u32;
    if cp < 0x80 || (0xa0..0x100).contains(&cp) {
        return Some(cp as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|u| u32::from(*u) == cp && cp != 0)
        .map(|i| 0x80 + i as u8)
}

fn decode_cp1252(vm: &Vm, data: &[u8], errors: &str) -> PyResult<String> {
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

fn encode_cp1252(vm: &Vm, text: &str, errors: &str) -> PyResult<Vec<u8>> {
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
fn read_bom(data: &[u8], width: usize) -> (Order, usize) {
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

fn unit(chunk: &[u8], order: Order) -> u32 {
    let it = chunk.iter().map(|b| u32::from(*b));
    if order == Order::Be {
        it.fold(0, |acc, b| (acc << 8) | b)
    } else {
        it.rev().fold(0, |acc, b| (acc << 8) | b)
    }
}

fn decode_utf16(
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

fn decode_utf32(
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
fn encode_error(
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
fn encode_8bit(vm: &Vm, codec: Codec, text: &str, errors: &str, limit: u32) -> PyResult<Vec<u8>> {
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

fn push_unit(out: &mut Vec<u8>, u: u32, width: usize, order: Order) {
    let bytes = u.to_be_bytes();
    let tail = &bytes[4 - width..];
    if order == Order::Be {
        out.extend_from_slice(tail);
    } else {
        out.extend(tail.iter().rev());
    }
}

fn encode_utf16(text: &str, order: Order) -> Vec<u8> {
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

fn encode_utf32(text: &str, order: Order) -> Vec<u8> {
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

// ---------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------

/// A new bytes value.
pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::Obj(PyObject::new(Payload::Bytes(data.into_boxed_slice())))
}

/// A new bytearray value.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::Obj(PyObject::new(Payload::ByteArray(PyCell::new(data))))
}

/// The contents of a bytes-like object (bytes or bytearray); a bytearray's
/// contents are copied so that no borrow outlives the call.
pub fn bytes_like(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(Cow::Borrowed(b)),
        Some(Payload::ByteArray(b)) => Some(Cow::Owned(b.borrow().clone())),
        _ => None,
    }
}

fn is_bytearray(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::ByteArray(_)))
}

/// The builtin type name of a bytes-like receiver, for messages.
fn kind_name(v: &Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A new object of the same builtin kind (bytes or bytearray) as `like`.
fn same_kind(like: &Value, data: Vec<u8>) -> Value {
    if is_bytearray(like) {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

/// The length of a bytes-like value.
fn byte_len(v: &Value) -> usize {
    match v.payload() {
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::ByteArray(b)) => b.borrow().len(),
        _ => 0,
    }
}

/// `TypeError: a bytes-like object is required, not 'str'`.
fn need_bytes(vm: &Vm, v: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(v)
    ))
}

/// A bytes-like argument, or the bytes-like TypeError.
fn bytes_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    bytes_like(v).ok_or_else(|| need_bytes(vm, v))
}

/// An int in range(256) (`byte must be in range(0, 256)`).
fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    match vm.index_value(v)? {
        Value::Int(i) if (0..256).contains(&i) => Ok(i as u8),
        _ => Err(vm.value_error("byte must be in range(0, 256)")),
    }
}

// ---------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------

/// Checks the class argument of `bytes.__new__` / `bytearray.__new__`.
fn check_class(vm: &Vm, cls: Option<&Value>, base: &ObjRef, name: &str) -> PyResult<ObjRef> {
    let Some(Value::Obj(c)) = cls else {
        return Err(vm.type_error(format!("{name}.__new__(): not enough arguments")));
    };
    if !matches!(c.payload, Payload::Type(_)) {
        return Err(vm.type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            vm.type_name(&Value::Obj(c.clone()))
        )));
    }
    if !crate::typeobj::is_subtype(c, base) {
        let n = crate::typeobj::type_data(c).name();
        return Err(vm.type_error(format!(
            "{name}.__new__({n}): {n} is not a subtype of {name}"
        )));
    }
    Ok(c.clone())
}

/// The contents described by `bytes(source, encoding, errors)` / `bytearray(...)`.
fn contents(vm: &mut Vm, bound: &[Option<Value>], tname: &str) -> PyResult<Vec<u8>> {
    let encoding = opt_str_param(vm, bound.get(1).and_then(Option::as_ref), tname, "encoding")?;
    let errors = opt_str_param(vm, bound.get(2).and_then(Option::as_ref), tname, "errors")?;
    let source = bound.first().and_then(Option::as_ref);
    let Some(src) = source else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(text) = src.as_str() {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        return encode(vm, text, &enc, errors.as_deref().unwrap_or("strict"));
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    from_object(vm, src, tname)
}

/// The bytes of an object: bytes-like, `__bytes__`, a count of zero bytes, or an iterable of ints.
fn from_object(vm: &mut Vm, src: &Value, tname: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(src) {
        return Ok(b.into_owned());
    }
    if matches!(src, Value::Obj(o) if o.class.is_some()) {
        let name = crate::intern::intern("__bytes__");
        if let Some(r) = vm.call_special(src, &name, &[])? {
            return match r.payload() {
                Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                _ => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    if has_index(vm, src) {
        let n = match vm.index_value(src)? {
            Value::Int(n) => n,
            _ => {
                return Err(vm.error(
                    "OverflowError",
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        check_alloc(vm, n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    let it = match vm.iter(src) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to {tname}",
                vm.type_name(src)
            )))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        match vm.index_value(&x)? {
            Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
            _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// Constructor: `bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`,
/// `bytes(str, encoding[, errors])`, `bytes(bytes_like)`; `args[0]` is the class.
pub fn bytes_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = check_class(vm, args.first(), &types().bytes, "bytes")?;
    let sig = Sig {
        name: "bytes",
        params: &["source", "encoding", "errors"],
        posonly: 0,
    };
    let bound = bind(vm, &sig, &args[1..], kw)?;
    if !Arc::ptr_eq(&cls, &types().bytes) {
        let data = contents(vm, &bound, "bytes")?;
        return Ok(Value::Obj(PyObject::with_class(
            cls,
            Payload::Bytes(data.into_boxed_slice()),
        )));
    }
    if bound.iter().skip(1).all(Option::is_none) {
        if let Some(v @ Value::Obj(o)) = &bound[0] {
            if o.class.is_none() && matches!(o.payload, Payload::Bytes(_)) {
                return Ok(v.clone());
            }
        }
    }
    Ok(new_bytes(contents(vm, &bound, "bytes")?))
}

/// Constructor of `bytearray` (the same arguments as `bytes`).
pub fn bytearray_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = check_class(vm, args.first(), &types().bytearray, "bytearray")?;
    let sig = Sig {
        name: "bytearray",
        params: &["source", "encoding", "errors"],
        posonly: 0,
    };
    let bound = bind(vm, &sig, &args[1..], kw)?;
    let data = contents(vm, &bound, "bytearray")?;
    if Arc::ptr_eq(&cls, &types().bytearray) {
        Ok(new_bytearray(data))
    } else {
        Ok(Value::Obj(PyObject::with_class(
            cls,
            Payload::ByteArray(PyCell::new(data)),
        )))
    }
}

// ---------------------------------------------------------------------
// repr, items, operators
// ---------------------------------------------------------------------

/// `repr(bytes)`: `b'...'` with CPython's quote choice and escapes.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// The `b'...'` part of a bytearray's repr. Unlike bytes, a bytearray
/// always escapes `'` (even inside double quotes), as CPython does.
pub fn repr_bytearray_data(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' | b'\'' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `b[k]`: an int for an index, bytes (or bytearray) for a slice.
pub fn getitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    let ba = is_bytearray(c);
    let len = byte_len(c);
    match seq_key(vm, k, len)? {
        Key::Index(i) => {
            let b = bytes_like(c).and_then(|d| d.get(i).copied());
            match b {
                Some(b) => Ok(Value::Int(i64::from(b))),
                None => Err(vm.index_error(if ba {
                    "bytearray index out of range"
                } else {
                    "index out of range"
                })),
            }
        }
        Key::OutOfRange => Err(vm.index_error(if ba {
            "bytearray index out of range"
        } else {
            "index out of range"
        })),
        Key::Slice(sl) => {
            let data = bytes_like(c).unwrap_or(Cow::Borrowed(&[]));
            if !ba && sl.step == 1 && sl.start == 0 && sl.len == data.len() {
                if let Value::Obj(o) = c {
                    if o.class.is_none() {
                        return Ok(c.clone());
                    }
                }
            }
            let out: Vec<u8> = sl.indices().filter_map(|i| data.get(i).copied()).collect();
            Ok(same_kind(c, out))
        }
        Key::Other => {
            let what = if ba {
                "bytearray indices"
            } else {
                "byte indices"
            };
            Err(vm.type_error(format!(
                "{what} must be integers or slices, not {}",
                vm.type_name(k)
            )))
        }
    }
}

/// The right-hand side of a bytearray slice assignment.
fn assign_source(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.into_owned());
    }
    let msg = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
    if v.as_str().is_some() || has_index(vm, v) {
        return Err(vm.type_error(msg));
    }
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => return Err(vm.type_error(msg)),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(byte_value(vm, &x)?);
    }
    Ok(out)
}

/// `ba[k] = v` for a bytearray.
pub fn setitem(vm: &mut Vm, c: &Value, k: &Value, v: Value) -> PyResult<()> {
    let Some(Payload::ByteArray(cell)) = c.payload() else {
        return Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(c)
        )));
    };
    let len = cell.borrow().len();
    match seq_key(vm, k, len)? {
        Key::Index(i) => {
            let b = byte_value(vm, &v)?;
            match cell.borrow_mut().get_mut(i) {
                Some(slot) => {
                    *slot = b;
                    Ok(())
                }
                None => Err(vm.index_error("bytearray index out of range")),
            }
        }
        Key::OutOfRange => Err(vm.index_error("bytearray index out of range")),
        Key::Slice(sl) => {
            let src = assign_source(vm, &v)?;
            let mut data = cell.borrow_mut();
            if sl.step == 1 {
                let start = (sl.start.max(0) as usize).min(data.len());
                let end = (start + sl.len).min(data.len());
                data.splice(start..end, src);
                return Ok(());
            }
            if src.len() != sl.len {
                drop(data);
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    src.len(),
                    sl.len
                )));
            }
            for (i, b) in sl.indices().zip(src) {
                if let Some(slot) = data.get_mut(i) {
                    *slot = b;
                }
            }
            Ok(())
        }
        Key::Other => Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            vm.type_name(k)
        ))),
    }
}

/// `del ba[k]` for a bytearray.
pub fn delitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<()> {
    let Some(Payload::ByteArray(cell)) = c.payload() else {
        return Err(vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            vm.type_name(c)
        )));
    };
    let len = cell.borrow().len();
    match seq_key(vm, k, len)? {
        Key::Index(i) => {
            let mut data = cell.borrow_mut();
            if i < data.len() {
                data.remove(i);
                return Ok(());
            }
            drop(data);
            Err(vm.index_error("bytearray index out of range"))
        }
        Key::OutOfRange => Err(vm.index_error("bytearray index out of range")),
        Key::Slice(sl) => {
            let mut drop_at = vec![false; len];
            for i in sl.indices() {
                if let Some(d) = drop_at.get_mut(i) {
                    *d = true;
                }
            }
            let mut data = cell.borrow_mut();
            let mut idx = 0;
            data.retain(|_| {
                let keep = !drop_at.get(idx).copied().unwrap_or(false);
                idx += 1;
                keep
            });
            Ok(())
        }
        Key::Other => Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            vm.type_name(k)
        ))),
    }
}

/// Position of `needle` in `hay` (an empty needle matches at 0).
fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() == 1 {
        return hay.iter().position(|b| *b == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Last position of `needle` in `hay` (an empty needle matches at the end).
fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Number of non-overlapping occurrences of a non-empty `needle`.
fn count_sub(hay: &[u8], needle: &[u8]) -> usize {
    let mut n = 0;
    let mut rest = hay;
    while let Some(p) = find_sub(rest, needle) {
        n += 1;
        rest = &rest[p + needle.len()..];
    }
    n
}

/// `k in b`: an int in range(256) or a bytes-like subsequence.
pub fn contains(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<bool> {
    if has_index(vm, k) {
        let b = byte_value(vm, k)?;
        return Ok(bytes_like(c).is_some_and(|d| d.contains(&b)));
    }
    let needle = bytes_arg(vm, k)?;
    Ok(bytes_like(c).is_some_and(|d| find_sub(&d, &needle).is_some()))
}

/// `a * n` for bytes-like `a`.
fn repeat_bytes(vm: &mut Vm, a: &Value, n: &Value) -> PyResult<Value> {
    let Some(count) = repeat_count(vm, n)? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        )));
    };
    let data = bytes_like(a).unwrap_or(Cow::Borrowed(&[]));
    let total = repeat_len(vm, data.len(), count, "bytes")?;
    let mut out = Vec::with_capacity(total);
    for _ in 0..count.max(0) {
        if out.len() >= total {
            break;
        }
        out.extend_from_slice(&data);
    }
    Ok(same_kind(a, out))
}

/// `a + b` for bytes-like `a`.
fn concat_bytes(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(bd) = bytes_like(b) else {
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(b),
            vm.type_name(a)
        )));
    };
    let ad = bytes_like(a).unwrap_or(Cow::Borrowed(&[]));
    check_alloc(vm, ad.len() + bd.len())?;
    let mut out = Vec::with_capacity(ad.len() + bd.len());
    out.extend_from_slice(&ad);
    out.extend_from_slice(&bd);
    Ok(same_kind(a, out))
}

/// `bytes % args`.
fn percent_bytes(vm: &mut Vm, a: &Value, args: &Value) -> PyResult<Value> {
    let fmt: String = bytes_like(a)
        .unwrap_or(Cow::Borrowed(&[]))
        .iter()
        .map(|b| *b as char)
        .collect();
    let text = crate::types::str::percent_core(vm, &fmt, args, crate::types::str::PctMode::Bytes)?;
    let data: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    Ok(same_kind(a, data))
}

/// Binary operators with bytes or a bytearray on the left (`+`, `*`, `%`).
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => concat_bytes(vm, a, b).map(Some),
        BinOp::Mul => repeat_bytes(vm, a, b).map(Some),
        BinOp::Mod => percent_bytes(vm, a, b).map(Some),
        _ => Ok(None),
    }
}

/// `ba += b` and `ba *= n` on a bytearray (in place).
pub fn inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(Payload::ByteArray(cell)) = a.payload() else {
        return Ok(None);
    };
    match op {
        BinOp::Add => {
            let Some(extra) = bytes_like(b).map(Cow::into_owned) else {
                return Err(vm.type_error(format!(
                    "can't concat {} to {}",
                    vm.type_name(b),
                    vm.type_name(a)
                )));
            };
            check_alloc(vm, cell.borrow().len() + extra.len())?;
            cell.borrow_mut().extend_from_slice(&extra);
            Ok(Some(a.clone()))
        }
        BinOp::Mul => {
            let Some(count) = repeat_count(vm, b)? else {
                return Err(vm.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    vm.type_name(b)
                )));
            };
            let data = cell.borrow().clone();
            let total = repeat_len(vm, data.len(), count, "bytes")?;
            let mut out = Vec::with_capacity(total);
            for _ in 0..count.max(0) {
                if out.len() >= total {
                    break;
                }
                out.extend_from_slice(&data);
            }
            *cell.borrow_mut() = out;
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

// ---------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------

/// The receiver's contents (bytes or bytearray), with CPython's descriptor errors.
fn recv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<Cow<'a, [u8]>> {
    let Some(first) = args.first() else {
        return Err(vm.type_error(format!("unbound method bytes.{name}() needs an argument")));
    };
    bytes_like(first).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            vm.type_name(first)
        ))
    })
}

/// The bytearray receiver's cell.
fn recv_array<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyCell<Vec<u8>>> {
    match args.first().and_then(Value::payload) {
        Some(Payload::ByteArray(cell)) => Ok(cell),
        _ => {
            let t = args
                .first()
                .map_or_else(|| "nothing".to_string(), |v| vm.type_name(v));
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

fn new_list(items: Vec<Value>) -> Value {
    Value::Obj(PyObject::new_list(items))
}

/// `qualname` of a method for messages (`bytes.replace` / `bytearray.replace`).
fn qual(args: &[Value], name: &str) -> String {
    format!("{}.{name}", args.first().map_or("bytes", kind_name))
}

fn b_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "__len__")?;
    slot_args(vm, args, kw, "__len__", 0)?;
    Ok(Value::from(d.len()))
}

fn b_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__getitem__")?;
    slot_args(vm, args, kw, "__getitem__", 1)?;
    getitem(vm, &args[0], &args[1])
}

fn b_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__iter__")?;
    slot_args(vm, args, kw, "__iter__", 0)?;
    match &args[0] {
        Value::Obj(o) => Ok(new_iter(IterState::Bytes(o.clone(), 0))),
        other => vm.iter(other),
    }
}

fn b_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__contains__")?;
    slot_args(vm, args, kw, "__contains__", 1)?;
    contains(vm, &args[0], &args[1]).map(Value::Bool)
}

fn b_add(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__add__")?;
    slot_args(vm, args, kw, "__add__", 1)?;
    concat_bytes(vm, &args[0], &args[1])
}

fn b_mul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__mul__")?;
    slot_args(vm, args, kw, "__mul__", 1)?;
    repeat_bytes(vm, &args[0], &args[1])
}

fn b_mod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__mod__")?;
    slot_args(vm, args, kw, "__mod__", 1)?;
    percent_bytes(vm, &args[0], &args[1])
}

fn b_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "__repr__")?;
    slot_args(vm, args, kw, "__repr__", 0)?;
    if is_bytearray(&args[0]) {
        let r = repr_bytearray_data(&d);
        return Ok(Value::str(format!("{}({r})", vm.type_name(&args[0]))));
    }
    let r = repr_bytes(&d);
    Ok(Value::str(r))
}

fn b_hash(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "__hash__")?;
    slot_args(vm, args, kw, "__hash__", 0)?;
    if is_bytearray(&args[0]) {
        return Err(vm.type_error(format!("unhashable type: '{}'", vm.type_name(&args[0]))));
    }
    Ok(Value::Int(crate::hash::hash_bytes(&d)))
}

fn compare(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<Value> {
    let d = recv(vm, args, name)?;
    slot_args(vm, args, kw, name, 1)?;
    let other_ok = is_bytearray(&args[0]) || matches!(args[1].payload(), Some(Payload::Bytes(_)));
    let Some(o) = bytes_like(&args[1]).filter(|_| other_ok) else {
        return Ok(crate::typeobj::singletons().not_implemented.clone());
    };
    let ord = d.as_ref().cmp(o.as_ref());
    use std::cmp::Ordering::*;
    Ok(Value::Bool(match name {
        "__eq__" => ord == Equal,
        "__ne__" => ord != Equal,
        "__lt__" => ord == Less,
        "__le__" => ord != Greater,
        "__gt__" => ord == Greater,
        _ => ord != Less,
    }))
}

fn b_eq(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare(vm, args, kw, "__eq__")
}

fn b_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare(vm, args, kw, "__ne__")
}

fn b_lt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare(vm, args, kw, "__lt__")
}

fn b_le(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare(vm, args, kw, "__le__")
}

fn b_gt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare(vm, args, kw, "__gt__")
}

fn b_ge(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare(vm, args, kw, "__ge__")
}

fn b_decode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "decode")?;
    let sig = Sig {
        name: "decode",
        params: &["encoding", "errors"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let encoding = opt_str_param(vm, b[0].as_ref(), "decode", "encoding")?;
    let errors = opt_str_param(vm, b[1].as_ref(), "decode", "errors")?;
    let text = decode(
        vm,
        &d,
        encoding.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?;
    Ok(Value::str(text))
}

/// The separator of `hex()`: one ASCII character given as str or bytes.
fn hex_sep(vm: &Vm, v: &Value) -> PyResult<Option<char>> {
    let chars: Vec<char> = match (v.as_str(), bytes_like(v)) {
        _ if v.is_none() => return Ok(None),
        (Some(s), _) => s.chars().collect(),
        (None, Some(b)) => b.iter().map(|x| *x as char).collect(),
        _ => {
            return Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v))))
        }
    };
    if chars.len() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    if !chars[0].is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    Ok(Some(chars[0]))
}

/// Hex digits of `data`, with `sep` every `group` bytes (from the right
/// when `group > 0`, from the left when negative).
pub fn to_hex(data: &[u8], sep: Option<char>, group: i64) -> String {
    let mut out = String::with_capacity(data.len() * 3);
    let n = group.unsigned_abs() as usize;
    let len = data.len();
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && n > 0 {
                let boundary = if group > 0 {
                    (len - i).is_multiple_of(n)
                } else {
                    i.is_multiple_of(n)
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    out
}

fn b_hex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "hex")?;
    let sig = Sig {
        name: "hex",
        params: &["sep", "bytes_per_sep"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let sep = match &b[0] {
        Some(v) => hex_sep(vm, v)?,
        None => None,
    };
    let group = match &b[1] {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    Ok(Value::str(to_hex(&d, sep, group)))
}

/// Parses the argument of `fromhex`; `Err(position)` at the first bad character.
pub fn parse_hex(s: &str) -> Result<Vec<u8>, usize> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let hi = chars[i]
            .to_digit(16)
            .filter(|_| chars[i].is_ascii())
            .ok_or(i)?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()))
            .ok_or(i + 1)?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn b_fromhex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let arg = one_arg(vm, args, kw, "fromhex")?;
    let Some(s) = arg.as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&arg)
        )));
    };
    let data = parse_hex(s).map_err(|pos| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    })?;
    let cls = match args.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().bytes.clone(),
    };
    if Arc::ptr_eq(&cls, &types().bytes) {
        return Ok(new_bytes(data));
    }
    if Arc::ptr_eq(&cls, &types().bytearray) {
        return Ok(new_bytearray(data));
    }
    let base = if crate::typeobj::is_subtype(&cls, &types().bytearray) {
        new_bytearray(data)
    } else {
        new_bytes(data)
    };
    vm.call(&Value::Obj(cls), &[base], &[])
}

fn b_join(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let sep = recv(vm, args, "join")?.into_owned();
    let iterable = one_arg(vm, args, kw, &qual(args, "join"))?;
    let it = match vm.iter(&iterable) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => {
            return Err(vm.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(x) = vm.next(&it)? {
        let Some(part) = bytes_like(&x) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(&x)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&part);
        check_alloc(vm, out.len())?;
        i += 1;
    }
    Ok(same_kind(&args[0], out))
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Splits on runs of ASCII whitespace, at most `max` times, from the left.
fn split_ws(data: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    let mut left = max;
    loop {
        let start = rest
            .iter()
            .position(|b| !is_ascii_space(*b))
            .unwrap_or(rest.len());
        rest = &rest[start..];
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        let end = rest
            .iter()
            .position(|b| is_ascii_space(*b))
            .unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        left -= 1;
    }
    out
}

/// Splits on runs of ASCII whitespace, at most `max` times, from the right.
fn rsplit_ws(data: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    let mut left = max;
    loop {
        let end = rest
            .iter()
            .rposition(|b| !is_ascii_space(*b))
            .map_or(0, |p| p + 1);
        rest = &rest[..end];
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        let start = rest
            .iter()
            .rposition(|b| is_ascii_space(*b))
            .map_or(0, |p| p + 1);
        out.push(&rest[start..]);
        rest = &rest[..start];
        left -= 1;
    }
    out.reverse();
    out
}

fn split_on<'a>(data: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    let mut left = max;
    while left > 0 {
        match find_sub(rest, sep) {
            Some(p) => {
                out.push(&rest[..p]);
                rest = &rest[p + sep.len()..];
                left -= 1;
            }
            None => break,
        }
    }
    out.push(rest);
    out
}

fn rsplit_on<'a>(data: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    let mut left = max;
    while left > 0 {
        match rfind_sub(rest, sep) {
            Some(p) => {
                out.push(&rest[p + sep.len()..]);
                rest = &rest[..p];
                left -= 1;
            }
            None => break,
        }
    }
    out.push(rest);
    out.reverse();
    out
}

fn split_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &'static str,
    right: bool,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?;
    let sig = Sig {
        name,
        params: &["sep", "maxsplit"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let sep = match &b[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?.into_owned()),
    };
    if sep.as_ref().is_some_and(Vec::is_empty) {
        return Err(vm.value_error("empty separator"));
    }
    let max = match &b[1] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let parts = match (&sep, right) {
        (None, false) => split_ws(&d, max),
        (None, true) => rsplit_ws(&d, max),
        (Some(s), false) => split_on(&d, s, max),
        (Some(s), true) => rsplit_on(&d, s, max),
    };
    Ok(new_list(
        parts
            .into_iter()
            .map(|p| same_kind(&args[0], p.to_vec()))
            .collect(),
    ))
}

fn b_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    split_common(vm, args, kw, "split", false)
}

fn b_rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    split_common(vm, args, kw, "rsplit", true)
}

fn b_splitlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "splitlines")?;
    let sig = Sig {
        name: "splitlines",
        params: &["keepends"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let keep = match &b[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        let c = d[i];
        if c == b'\n' || c == b'\r' {
            let mut eol = i + 1;
            if c == b'\r' && d.get(i + 1) == Some(&b'\n') {
                eol += 1;
            }
            let end = if keep { eol } else { i };
            out.push(same_kind(&args[0], d[start..end].to_vec()));
            start = eol;
            i = eol;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(same_kind(&args[0], d[start..].to_vec()));
    }
    Ok(new_list(out))
}

fn strip_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?;
    no_kw(vm, kw, &qual(args, name))?;
    check_count(vm, name, args.len() - 1, 0, 1)?;
    let set: Option<Vec<u8>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?.into_owned()),
    };
    let strip = |b: &u8| match &set {
        Some(s) => s.contains(b),
        None => is_ascii_space(*b),
    };
    let start = if left {
        d.iter().position(|b| !strip(b)).unwrap_or(d.len())
    } else {
        0
    };
    let end = if right {
        d.iter().rposition(|b| !strip(b)).map_or(start, |p| p + 1)
    } else {
        d.len()
    };
    let end = end.max(start);
    Ok(same_kind(&args[0], d[start..end].to_vec()))
}

fn b_strip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "strip", true, true)
}

fn b_lstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "lstrip", true, false)
}

fn b_rstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "rstrip", false, true)
}

/// Replaces up to `count` occurrences of `old` (an empty `old` inserts between bytes).
fn replace_bytes(data: &[u8], old: &[u8], new: &[u8], count: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut left = count;
    if old.is_empty() {
        for (i, b) in data.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(*b);
            let _ = i;
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut rest = data;
    while left > 0 {
        match find_sub(rest, old) {
            Some(p) => {
                out.extend_from_slice(&rest[..p]);
                out.extend_from_slice(new);
                rest = &rest[p + old.len()..];
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    out
}

/// `bytes.translate(table, /, delete=b'')`: maps every byte through the
/// 256-byte `table` (identity when None) after dropping the bytes in `delete`.
fn b_translate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "translate")?;
    let sig = Sig {
        name: "translate",
        params: &["table", "delete"],
        posonly: 1,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let table = match &b[0] {
        Some(t) if !t.is_none() => {
            let t = bytes_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t.into_owned())
        }
        _ => None,
    };
    let mut deleted = [false; 256];
    if let Some(del) = &b[1] {
        for &c in bytes_arg(vm, del)?.iter() {
            deleted[c as usize] = true;
        }
    }
    let out: Vec<u8> = d
        .iter()
        .filter(|&&c| !deleted[c as usize])
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(same_kind(&args[0], out))
}

/// `bytes.maketrans(frm, to)` (a static method): a 256-byte table mapping
/// each byte of `frm` to the byte at the same position in `to`.
fn b_maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    maketrans(vm, args, kw, "bytes")
}

/// `bytearray.maketrans(frm, to)`: the same table, as bytes.
fn ba_maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    maketrans(vm, args, kw, "bytearray")
}

fn maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], owner: &str) -> PyResult<Value> {
    no_kw(vm, kw, &format!("{owner}.maketrans"))?;
    check_count(vm, "maketrans", args.len(), 2, 2)?;
    let frm = bytes_arg(vm, &args[0])?;
    let to = bytes_arg(vm, &args[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(new_bytes(table))
}

fn b_replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "replace")?;
    no_kw(vm, kw, &qual(args, "replace"))?;
    check_count(vm, "replace", args.len() - 1, 2, 3)?;
    let old = bytes_arg(vm, &args[1])?;
    let new = bytes_arg(vm, &args[2])?;
    let count = match args.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let n = if old.is_empty() {
        d.len() + 1
    } else {
        count_sub(&d, &old)
    };
    let n = if count < 0 { n } else { n.min(count as usize) };
    let size = d.len() as u128 + n as u128 * new.len() as u128;
    check_alloc(vm, size.min(u128::from(u64::MAX)) as usize)?;
    Ok(same_kind(&args[0], replace_bytes(&d, &old, &new, n)))
}

/// The `sub` argument of `find`-like methods: an int in range(256) or bytes-like.
fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.into_owned());
    }
    if has_index(vm, v) {
        return Ok(vec![byte_value(vm, v)?]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    )))
}

/// Receiver contents, needle and resolved range of a `find`-like call.
type FindArgs = (Vec<u8>, Vec<u8>, Option<(usize, usize)>);

/// Parses `name(sub[, start[, end]])`.
fn find_args(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<FindArgs> {
    let d = recv(vm, args, name)?.into_owned();
    no_kw(vm, kw, &qual(args, name))?;
    check_count(vm, name, args.len() - 1, 1, 3)?;
    let sub = sub_arg(vm, &args[1])?;
    let start = opt_slice_arg(vm, args.get(2))?;
    let end = opt_slice_arg(vm, args.get(3))?;
    let range = adjust_range(d.len(), start, end);
    Ok((d, sub, range))
}

fn find_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    right: bool,
    raise: bool,
) -> PyResult<Value> {
    let (d, sub, range) = find_args(vm, args, kw, name)?;
    let found = range.filter(|(s, e)| s <= e).and_then(|(s, e)| {
        let hay = &d[s..e];
        let p = if right {
            rfind_sub(hay, &sub)
        } else {
            find_sub(hay, &sub)
        };
        p.map(|p| p + s)
    });
    match found {
        Some(p) => Ok(Value::from(p)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn b_find(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "find", false, false)
}

fn b_rfind(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "rfind", true, false)
}

fn b_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "index", false, true)
}

fn b_rindex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "rindex", true, true)
}

fn b_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, sub, range) = find_args(vm, args, kw, "count")?;
    let n = match range {
        Some((s, e)) if s <= e => {
            if sub.is_empty() {
                e - s + 1
            } else {
                count_sub(&d[s..e], &sub)
            }
        }
        _ => 0,
    };
    Ok(Value::from(n))
}

fn tail_match(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    end: bool,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?.into_owned();
    no_kw(vm, kw, &qual(args, name))?;
    check_count(vm, name, args.len() - 1, 1, 3)?;
    let start = opt_slice_arg(vm, args.get(2))?;
    let stop = opt_slice_arg(vm, args.get(3))?;
    let subs: Vec<Vec<u8>> = match (bytes_like(&args[1]), args[1].payload()) {
        (Some(b), _) => vec![b.into_owned()],
        (None, Some(Payload::Tuple(items))) => {
            let mut v = Vec::with_capacity(items.len());
            for it in items.iter() {
                v.push(bytes_arg(vm, it)?.into_owned());
            }
            v
        }
        _ => {
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(&args[1])
            )))
        }
    };
    let hit = match adjust_range(d.len(), start, stop) {
        Some((s, e)) if s <= e => {
            let hay = &d[s..e];
            subs.iter().any(|p| {
                if end {
                    hay.ends_with(p)
                } else {
                    hay.starts_with(p)
                }
            })
        }
        _ => false,
    };
    Ok(Value::Bool(hit))
}

fn b_startswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    tail_match(vm, args, kw, "startswith", false)
}

fn b_endswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    tail_match(vm, args, kw, "endswith", true)
}

fn partition_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    right: bool,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?.into_owned();
    let sep_v = one_arg(vm, args, kw, &qual(args, name))?;
    let sep = bytes_arg(vm, &sep_v)?.into_owned();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let like = &args[0];
    let found = if right {
        rfind_sub(&d, &sep)
    } else {
        find_sub(&d, &sep)
    };
    let parts = match found {
        Some(p) => vec![
            same_kind(like, d[..p].to_vec()),
            same_kind(like, sep.clone()),
            same_kind(like, d[p + sep.len()..].to_vec()),
        ],
        None if right => vec![
            same_kind(like, Vec::new()),
            same_kind(like, Vec::new()),
            same_kind(like, d),
        ],
        None => vec![
            same_kind(like, d),
            same_kind(like, Vec::new()),
            same_kind(like, Vec::new()),
        ],
    };
    Ok(Value::Obj(PyObject::new_tuple(parts)))
}

fn b_partition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_common(vm, args, kw, "partition", false)
}

fn b_rpartition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_common(vm, args, kw, "rpartition", true)
}

fn affix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    suffix: bool,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?.into_owned();
    let a = one_arg(vm, args, kw, &qual(args, name))?;
    let p = bytes_arg(vm, &a)?;
    let out = if suffix {
        d.strip_suffix(p.as_ref()).unwrap_or(&d).to_vec()
    } else {
        d.strip_prefix(p.as_ref()).unwrap_or(&d).to_vec()
    };
    Ok(same_kind(&args[0], out))
}

fn b_removeprefix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    affix(vm, args, kw, "removeprefix", false)
}

fn b_removesuffix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    affix(vm, args, kw, "removesuffix", true)
}

/// Applies a byte-wise transformation (no arguments).
fn map_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?;
    no_args(vm, args, kw, &qual(args, name))?;
    let out = f(&d);
    Ok(same_kind(&args[0], out))
}

fn title_bytes(d: &[u8]) -> Vec<u8> {
    let mut prev = false;
    d.iter()
        .map(|b| {
            let r = if prev {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize_bytes(d: &[u8]) -> Vec<u8> {
    d.iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swapcase_bytes(d: &[u8]) -> Vec<u8> {
    d.iter()
        .map(|b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        })
        .collect()
}

fn b_upper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_method(vm, args, kw, "upper", <[u8]>::to_ascii_uppercase)
}

fn b_lower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_method(vm, args, kw, "lower", <[u8]>::to_ascii_lowercase)
}

fn b_title(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_method(vm, args, kw, "title", title_bytes)
}

fn b_capitalize(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_method(vm, args, kw, "capitalize", capitalize_bytes)
}

fn b_swapcase(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_method(vm, args, kw, "swapcase", swapcase_bytes)
}

/// Applies a whole-value predicate (no arguments).
fn predicate(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    f: fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?;
    no_args(vm, args, kw, &qual(args, name))?;
    Ok(Value::Bool(f(&d)))
}

fn all_nonempty(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

fn b_isdigit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isdigit", |d| {
        all_nonempty(d, u8::is_ascii_digit)
    })
}

fn b_isalpha(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isalpha", |d| {
        all_nonempty(d, u8::is_ascii_alphabetic)
    })
}

fn b_isalnum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isalnum", |d| {
        all_nonempty(d, u8::is_ascii_alphanumeric)
    })
}

fn b_isspace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isspace", |d| {
        all_nonempty(d, |b| is_ascii_space(*b))
    })
}

fn b_isupper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn b_islower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn b_isascii(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isascii", <[u8]>::is_ascii)
}

/// `center`, `ljust`, `rjust` (`which` is `^`, `<` or `>`).
fn justify(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    which: char,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?.into_owned();
    no_kw(vm, kw, &qual(args, name))?;
    check_count(vm, name, args.len() - 1, 1, 2)?;
    let width = int_arg(vm, &args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match bytes_like(v) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let len = d.len() as i64;
    if width <= len {
        return Ok(same_kind(&args[0], d));
    }
    let marg = (width - len) as usize;
    check_alloc(vm, marg + d.len())?;
    let (l, r) = match which {
        '<' => (0, marg),
        '>' => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & (width as usize) & 1);
            (l, marg - l)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&d);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(same_kind(&args[0], out))
}

fn b_center(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "center", '^')
}

fn b_ljust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "ljust", '<')
}

fn b_rjust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "rjust", '>')
}

fn b_zfill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "zfill")?.into_owned();
    let w = one_arg(vm, args, kw, &qual(args, "zfill"))?;
    let width = int_arg(vm, &w)?;
    if width <= d.len() as i64 {
        return Ok(same_kind(&args[0], d));
    }
    let fill = width as usize - d.len();
    check_alloc(vm, width as usize)?;
    let (sign, rest) = match d.first() {
        Some(b'+' | b'-') => d.split_at(1),
        _ => (&d[..0], &d[..]),
    };
    let mut out = sign.to_vec();
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(rest);
    Ok(same_kind(&args[0], out))
}

// ---------------------------------------------------------------------
// bytearray-only methods
// ---------------------------------------------------------------------

fn ba_append(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "append")?;
    let item = one_arg(vm, args, kw, "bytearray.append")?;
    let b = byte_value(vm, &item)?;
    cell.borrow_mut().push(b);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "extend")?;
    let src = one_arg(vm, args, kw, "bytearray.extend")?;
    let data = if let Some(b) = bytes_like(&src) {
        b.into_owned()
    } else if src.as_str().is_some() {
        return Err(vm.type_error(format!(
            "expected iterable of integers; got: '{}'",
            vm.type_name(&src)
        )));
    } else {
        let it = match vm.iter(&src) {
            Ok(it) => it,
            Err(e) if vm.err_is(&e, "TypeError") => {
                return Err(vm.type_error(format!(
                    "can't extend bytearray with {}",
                    vm.type_name(&src)
                )))
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::new();
        while let Some(x) = vm.next(&it)? {
            out.push(byte_value(vm, &x)?);
        }
        out
    };
    cell.borrow_mut().extend_from_slice(&data);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "pop")?;
    no_kw(vm, kw, "bytearray.pop")?;
    check_count(vm, "pop", args.len() - 1, 0, 1)?;
    let idx = match args.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let mut data = cell.borrow_mut();
    if data.is_empty() {
        drop(data);
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let len = data.len() as i64;
    let i = if idx < 0 { idx + len } else { idx };
    if i < 0 || i >= len {
        drop(data);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(Value::Int(i64::from(data.remove(i as usize))))
}

fn ba_insert(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "insert")?;
    no_kw(vm, kw, "bytearray.insert")?;
    check_count(vm, "insert", args.len() - 1, 2, 2)?;
    let idx = int_arg(vm, &args[1])?;
    let b = byte_value(vm, &args[2])?;
    let mut data = cell.borrow_mut();
    let len = data.len() as i64;
    let i = if idx < 0 {
        (idx + len).max(0)
    } else {
        idx.min(len)
    };
    data.insert(i as usize, b);
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "remove")?;
    let item = one_arg(vm, args, kw, "bytearray.remove")?;
    let b = byte_value(vm, &item)?;
    let mut data = cell.borrow_mut();
    match data.iter().position(|x| *x == b) {
        Some(p) => {
            data.remove(p);
            Ok(Value::None)
        }
        None => {
            drop(data);
            Err(vm.value_error("value not found in bytearray"))
        }
    }
}

fn ba_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "clear")?;
    no_args(vm, args, kw, "bytearray.clear")?;
    cell.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "copy")?;
    no_args(vm, args, kw, "bytearray.copy")?;
    let data = cell.borrow().clone();
    Ok(new_bytearray(data))
}

fn ba_reverse(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "reverse")?;
    no_args(vm, args, kw, "bytearray.reverse")?;
    cell.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_setitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_array(vm, args, "__setitem__")?;
    slot_args(vm, args, kw, "__setitem__", 2)?;
    setitem(vm, &args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}

fn ba_delitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_array(vm, args, "__delitem__")?;
    slot_args(vm, args, kw, "__delitem__", 1)?;
    delitem(vm, &args[0], &args[1])?;
    Ok(Value::None)
}

fn ba_iadd(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_array(vm, args, "__iadd__")?;
    slot_args(vm, args, kw, "__iadd__", 1)?;
    match inplace(vm, BinOp::Add, &args[0], &args[1])? {
        Some(v) => Ok(v),
        None => Ok(crate::typeobj::singletons().not_implemented.clone()),
    }
}

/// Methods shared by `bytes` and `bytearray`, in one list per type.
macro_rules! shared_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            method("__len__", b_len),
            method("__getitem__", b_getitem),
            method("__iter__", b_iter),
            method("__contains__", b_contains),
            method("__add__", b_add),
            method("__mul__", b_mul),
            method("__rmul__", b_mul),
            method("__mod__", b_mod),
            method("__repr__", b_repr),
            method("__eq__", b_eq),
            method("__ne__", b_ne),
            method("__lt__", b_lt),
            method("__le__", b_le),
            method("__gt__", b_gt),
            method("__ge__", b_ge),
            method("decode", b_decode),
            method("hex", b_hex),
            classmethod("fromhex", b_fromhex),
            method("join", b_join),
            method("split", b_split),
            method("rsplit", b_rsplit),
            method("splitlines", b_splitlines),
            method("strip", b_strip),
            method("lstrip", b_lstrip),
            method("rstrip", b_rstrip),
            method("replace", b_replace),
            method("translate", b_translate),
            method("find", b_find),
            method("rfind", b_rfind),
            method("index", b_index),
            method("rindex", b_rindex),
            method("count", b_count),
            method("startswith", b_startswith),
            method("endswith", b_endswith),
            method("partition", b_partition),
            method("rpartition", b_rpartition),
            method("removeprefix", b_removeprefix),
            method("removesuffix", b_removesuffix),
            method("upper", b_upper),
            method("lower", b_lower),
            method("title", b_title),
            method("capitalize", b_capitalize),
            method("swapcase", b_swapcase),
            method("isdigit", b_isdigit),
            method("isalpha", b_isalpha),
            method("isalnum", b_isalnum),
            method("isspace", b_isspace),
            method("isupper", b_isupper),
            method("islower", b_islower),
            method("isascii", b_isascii),
            method("center", b_center),
            method("ljust", b_ljust),
            method("rjust", b_rjust),
            method("zfill", b_zfill),
            $($extra,)*
        ]
    };
}

/// Methods of `bytes`.
pub const METHODS: &[MethodDef] = shared_methods![
    method("__hash__", b_hash),
    staticmethod("maketrans", b_maketrans),
];

/// Methods of `bytearray`.
pub const BYTEARRAY_METHODS: &[MethodDef] = shared_methods![
    staticmethod("maketrans", ba_maketrans),
    method("append", ba_append),
    method("extend", ba_extend),
    method("pop", ba_pop),
    method("insert", ba_insert),
    method("remove", ba_remove),
    method("clear", ba_clear),
    method("copy", ba_copy),
    method("reverse", ba_reverse),
    method("__setitem__", ba_setitem),
    method("__delitem__", ba_delitem),
    method("__iadd__", ba_iadd),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_quotes_and_escapes() {
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
        assert_eq!(to_hex(b"\x01\x02\x03", None, 1), "010203");
        assert_eq!(to_hex(b"\x01\x02\x03", Some(':'), 1), "01:02:03");
        assert_eq!(to_hex(b"\x01\x02\x03", Some(':'), 2), "01:0203");
        assert_eq!(to_hex(b"\x01\x02\x03", Some(':'), -2), "0102:03");
        assert_eq!(to_hex(b"\x01\x02", Some(':'), 0), "0102");
    }

    #[test]
    fn fromhex_parsing() {
        assert_eq!(parse_hex(" 01\n02 "), Ok(vec![1, 2]));
        assert_eq!(parse_hex("ABcd"), Ok(vec![0xab, 0xcd]));
        assert_eq!(parse_hex("0 1"), Err(1));
        assert_eq!(parse_hex("1"), Err(1));
        assert_eq!(parse_hex("0g"), Err(1));
    }

    #[test]
    fn encoding_names() {
        assert_eq!(lookup_codec("UTF-8"), Some(Codec::Utf8));
        assert_eq!(lookup_codec(" utf 8 "), Some(Codec::Utf8));
        assert_eq!(lookup_codec("Latin_1"), Some(Codec::Latin1));
        assert_eq!(lookup_codec("us-ascii"), Some(Codec::Ascii));
        assert_eq!(lookup_codec("utf_16_le"), Some(Codec::Utf16(Order::Le)));
        assert_eq!(lookup_codec("foo"), None);
    }

    #[test]
    fn splitting() {
        assert_eq!(split_ws(b" a  b ", usize::MAX), vec![&b"a"[..], &b"b"[..]]);
        assert_eq!(rsplit_ws(b" a b ", 1), vec![&b" a"[..], &b"b"[..]]);
        assert_eq!(split_on(b"a,b,c", b",", 1), vec![&b"a"[..], &b"b,c"[..]]);
        assert_eq!(rsplit_on(b"a,b,c", b",", 1), vec![&b"a,b"[..], &b"c"[..]]);
        assert_eq!(replace_bytes(b"abc", b"", b"-", 2), b"-a-bc".to_vec());
        assert_eq!(replace_bytes(b"aaa", b"a", b"b", 2), b"bba".to_vec());
        assert_eq!(encode_utf16("é", Order::Bom), vec![0xff, 0xfe, 0xe9, 0]);
    }
}
