//! `bytes` and `bytearray`: the value helpers shared by the submodules and
//! the constructors. The rest is split by job:
//!
//! - `ops`: `repr`, item access, `in` and the `+`, `*`, `%` operators;
//! - `methods`: method receivers, the special-method wrappers, `decode`,
//!   `hex`/`fromhex`, `join`, splitting, stripping, `replace`, `translate`;
//! - `search`: `find`/`count`/`startswith`/`partition` and the
//!   subsequence search they share with `in`, `split` and `replace`;
//! - `ascii`: ASCII case mapping, predicates and padding;
//! - `bytearray`: the methods only `bytearray` has;
//! - `tables`: the method tables of both types;
//! - `codecs`: the codecs behind `bytes.decode` / `str.encode` (UTF-8, ASCII,
//!   Latin-1, UTF-16 and UTF-32 with the `strict`, `ignore`, `replace`,
//!   `backslashreplace` and `xmlcharrefreplace` error handlers).

use crate::gil_rc::GilRc;
use std::borrow::Cow;

use locus_bytecode::BinOp;

use crate::object::{Payload, PyCell, PyObject};
use crate::typeobj::types;
use crate::types::str::{
    bind, check_alloc, check_count, has_index, int_arg, no_args, no_kw, one_arg, opt_str_param,
    slot_args, Sig,
};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

mod ascii;
mod bytearray;
mod codecs;
mod methods;
mod ops;
mod search;
mod tables;

use ascii::*;
use bytearray::*;
pub use codecs::*;
pub use methods::*;
pub use ops::*;
use search::*;
pub use tables::*;

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

#[cfg(test)]
mod tests;
