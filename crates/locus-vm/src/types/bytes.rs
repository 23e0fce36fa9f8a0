//! `bytes` and `bytearray`: constructors, operators, methods, `repr`, and
//! the codecs behind `bytes.decode` / `str.encode` (UTF-8, ASCII, Latin-1,
//! UTF-16 and UTF-32 with the `strict`, `ignore`, `replace`,
//! `backslashreplace` and `xmlcharrefreplace` error handlers).

use crate::gil_rc::GilRc;
use std::borrow::Cow;

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

mod codecs;
pub use codecs::*;

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
    if !GilRc::ptr_eq(&cls, &types().bytes) {
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
    if GilRc::ptr_eq(&cls, &types().bytearray) {
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
    if GilRc::ptr_eq(&cls, &types().bytes) {
        return Ok(new_bytes(data));
    }
    if GilRc::ptr_eq(&cls, &types().bytearray) {
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
mod tests;
