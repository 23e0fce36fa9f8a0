//! Construction and conversion: `int()` and `bool()`, the class check shared
//! with the other numeric constructors, parsing int text (str, bytes), and
//! converting objects and floats to ints.

use super::*;
use crate::names::names;
use crate::value::ObjRef;

/// The class argument of a `__new__`-style constructor, checked to be a
/// subtype of `base` (named `base_name` in messages).
pub(crate) fn ctor_class(
    vm: &Vm,
    args: &[Value],
    base: &ObjRef,
    base_name: &str,
) -> PyResult<ObjRef> {
    let Some(first) = args.first() else {
        return Err(vm.type_error(format!("{base_name}.__new__(): not enough arguments")));
    };
    let cls = match first {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        other => {
            return Err(vm.type_error(format!(
                "{base_name}.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )))
        }
    };
    if !typeobj::is_subtype(&cls, base) {
        let n = typeobj::type_data(&cls).name();
        return Err(vm.type_error(format!(
            "{base_name}.__new__({n}): {n} is not a subtype of {base_name}"
        )));
    }
    Ok(cls)
}

/// `int(x=0, /, base=10)` (`args[0]` is the class).
pub fn int_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = types();
    let cls = ctor_class(vm, args, &t.int, "int")?;
    if GilRc::ptr_eq(&cls, &t.bool_) {
        return Err(vm.type_error("int.__new__(bool) is not safe, use bool.__new__()"));
    }
    let v = int_from_args(vm, &args[1..], kw)?;
    if GilRc::ptr_eq(&cls, &t.int) {
        return Ok(v);
    }
    let big = int_ref(&v).map(IntRef::to_bigint).unwrap_or_default();
    Ok(Value::Obj(PyObject::with_class(cls, Payload::BigInt(big))))
}

/// The value of `int(*args, **kw)` as an exact int.
fn int_from_args(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let mut base: Option<Value> = None;
    for (k, v) in kw {
        let name = k.as_str().unwrap_or("");
        if name != "base" {
            return Err(unexpected_keyword(vm, "int", name, &["base"]));
        }
        base = Some(v.clone());
    }
    let total = args.len() + kw.len();
    if total > 2 {
        return Err(vm.type_error(format!("int expected at most 2 arguments, got {total}")));
    }
    if args.len() == 2 {
        if base.is_some() {
            return Err(vm.type_error("argument for int() given by name ('base') and position (2)"));
        }
        base = Some(args[1].clone());
    }
    let Some(x) = args.first() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    match base {
        None => number_to_int(vm, x),
        Some(b) => {
            let base = base_arg(vm, &b)?;
            match text_of(x) {
                Some(text) => parse_int_text(vm, &text, base),
                None => Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
    }
}

/// The `base` argument of `int()`, validated.
fn base_arg(vm: &mut Vm, b: &Value) -> PyResult<u32> {
    let b = vm.index_value(b)?;
    let base = int_ref(&b).and_then(IntRef::to_i64).unwrap_or(i64::MAX);
    if base != 0 && !(2..=36).contains(&base) {
        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    Ok(base as u32)
}

/// Text that `int()`/`float()` parse: a str, or ASCII bytes/bytearray.
pub(crate) enum NumText {
    /// A str's contents.
    Str(String),
    /// The contents of a bytes-like object.
    Bytes(Vec<u8>),
}

/// The parseable text of a str, bytes or bytearray (including subclasses).
pub(crate) fn text_of(v: &Value) -> Option<NumText> {
    match v.payload()? {
        Payload::Str(s) => Some(NumText::Str(s.as_str().to_string())),
        Payload::Bytes(b) => Some(NumText::Bytes(b.to_vec())),
        Payload::ByteArray(b) => Some(NumText::Bytes(b.borrow().clone())),
        _ => None,
    }
}

impl NumText {
    /// The text as a str, if it can be valid at all (bytes must be ASCII).
    pub(crate) fn as_text(&self) -> Option<&str> {
        match self {
            NumText::Str(s) => Some(s),
            NumText::Bytes(b) => std::str::from_utf8(b).ok().filter(|s| s.is_ascii()),
        }
    }

    /// `repr()` of the original object for error messages.
    pub(crate) fn repr(&self) -> String {
        match self {
            NumText::Str(s) => crate::types::str::repr_str(s),
            NumText::Bytes(b) => crate::types::bytes::repr_bytes(b),
        }
    }
}

/// Parses `int(text, base)` with CPython's errors.
fn parse_int_text(vm: &Vm, text: &NumText, base: u32) -> PyResult<Value> {
    let invalid = || {
        let r: String = text.repr().chars().take(200).collect();
        vm.value_error(format!("invalid literal for int() with base {base}: {r}"))
    };
    let Some(s) = text.as_text() else {
        return Err(invalid());
    };
    match locus_format::parse_int_limited(s, base) {
        Ok(i) => Ok(Value::from_bigint(i)),
        Err(e) => match e.limit_error() {
            Some(le) => Err(format_error(vm, le)),
            None => Err(invalid()),
        },
    }
}

/// `int(x)` for one argument: `__int__`, `__index__`, `__trunc__`, str or bytes.
pub(crate) fn number_to_int(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    let user = matches!(x, Value::Obj(o) if o.class.is_some());
    if !user {
        match x {
            Value::Int(_) => return Ok(x.clone()),
            Value::Bool(b) => return Ok(Value::Int(*b as i64)),
            Value::Float(f) => return float_to_int_value(vm, *f),
            Value::Obj(o) => match &o.payload {
                Payload::BigInt(_) => return Ok(x.clone()),
                Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) => {
                    if let Some(t) = text_of(x) {
                        return parse_int_text(vm, &t, 10);
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    let n = names();
    if let Some(r) = vm.call_special(x, &n.__int__, &[])? {
        return match int_ref(&r) {
            Some(i) => Ok(i.to_value()),
            None => Err(vm.type_error(format!(
                "__int__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if vm.lookup_special(x, &n.__index__).is_some() {
        let r = vm.index_value(x)?;
        return Ok(int_ref(&r).map(IntRef::to_value).unwrap_or(r));
    }
    if let Some(r) = vm.call_special(x, &crate::intern::intern("__trunc__"), &[])? {
        if let Some(i) = int_ref(&r) {
            return Ok(i.to_value());
        }
        if vm.lookup_special(&r, &n.__index__).is_none() {
            return Err(vm.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                vm.type_name(&r)
            )));
        }
        let r = vm.index_value(&r)?;
        return Ok(int_ref(&r).map(IntRef::to_value).unwrap_or(r));
    }
    if let Some(t) = text_of(x) {
        return parse_int_text(vm, &t, 10);
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

/// `int(f)` for a float: truncation, with CPython's errors for inf and nan.
pub(crate) fn float_to_int_value(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_finite() && f.abs() < 9.0e18 {
        return Ok(Value::Int(f.trunc() as i64));
    }
    locus_format::float_to_bigint(f)
        .map(Value::from_bigint)
        .map_err(|e| format_error(vm, e))
}

/// `bool(x=False, /)`.
pub fn bool_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let _ = ctor_class(vm, args, &types().bool_, "bool")?;
    if !kw.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    match args.len() {
        1 => Ok(Value::Bool(false)),
        2 => Ok(Value::Bool(vm.truthy(&args[1])?)),
        n => Err(vm.type_error(format!("bool expected at most 1 argument, got {}", n - 1))),
    }
}
