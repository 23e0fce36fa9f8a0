//! `bytes` and `bytearray` as values: `repr`, item access (`b[k]`, and
//! `ba[k] = v` / `del ba[k]` for bytearray), `in`, and the `+`, `*`, `%`
//! operators (in place for a bytearray).

use super::*;
use crate::types::str::{repeat_count, repeat_len, seq_key, Key};

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
pub(super) fn repeat_bytes(vm: &mut Vm, a: &Value, n: &Value) -> PyResult<Value> {
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
pub(super) fn concat_bytes(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
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
pub(super) fn percent_bytes(vm: &mut Vm, a: &Value, args: &Value) -> PyResult<Value> {
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
