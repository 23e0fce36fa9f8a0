//! The special methods of `str` as Python-visible wrappers (`__len__`,
//! `__add__`, comparisons, `__hash__`, `__format__`, ...) and the
//! `format`/`format_map` methods.

use super::*;
use crate::iter::{new_iter, IterState};

pub(super) fn str_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__len__")?;
    slot_args(vm, args, kw, "__len__", 0)?;
    Ok(Value::from(s.char_len()))
}

pub(super) fn str_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__getitem__")?;
    slot_args(vm, args, kw, "__getitem__", 1)?;
    getitem(vm, &args[0], &args[1])
}

pub(super) fn str_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__contains__")?;
    slot_args(vm, args, kw, "__contains__", 1)?;
    match args[1].as_str() {
        Some(needle) => Ok(Value::Bool(s.as_str().contains(needle))),
        None => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&args[1])
        ))),
    }
}

/// Whether the class of `v` (a user class instance) defines the special method `name`.
fn user_defines(vm: &Vm, v: &Value, name: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class.is_some()) && vm.lookup_special(v, name).is_some()
}

pub(super) fn str_add(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__add__")?;
    slot_args(vm, args, kw, "__add__", 1)?;
    if args[1].as_str().is_none() && user_defines(vm, &args[1], &names().__radd__) {
        return Ok(not_implemented());
    }
    concat(vm, s.as_str(), &args[1])
}

fn mul_common(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    slot_args(vm, args, kw, name, 1)?;
    let other = &args[1];
    if !has_index(vm, other) {
        if name == "__mul__" && user_defines(vm, other, &names().__rmul__) {
            return Ok(not_implemented());
        }
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(other)
        )));
    }
    match repeat_count(vm, other)? {
        Some(n) => repeat(vm, s.as_str(), n),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

pub(super) fn str_mul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    mul_common(vm, args, kw, "__mul__")
}

pub(super) fn str_rmul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    mul_common(vm, args, kw, "__rmul__")
}

pub(super) fn str_mod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__mod__")?;
    slot_args(vm, args, kw, "__mod__", 1)?;
    percent_format(vm, &args[0], &args[1])
}

pub(super) fn str_rmod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__rmod__")?;
    slot_args(vm, args, kw, "__rmod__", 1)?;
    if args[1].as_str().is_some() {
        return percent_format(vm, &args[1], &args[0]);
    }
    Ok(not_implemented())
}

/// Rich comparison of two strs (code-point order equals UTF-8 byte order).
fn compare_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    slot_args(vm, args, kw, name, 1)?;
    let Some(o) = args[1].as_str() else {
        return Ok(not_implemented());
    };
    let ord = s.as_str().cmp(o);
    use std::cmp::Ordering::*;
    let r = match name {
        "__eq__" => ord == Equal,
        "__ne__" => ord != Equal,
        "__lt__" => ord == Less,
        "__le__" => ord != Greater,
        "__gt__" => ord == Greater,
        _ => ord != Less,
    };
    Ok(Value::Bool(r))
}

pub(super) fn str_eq(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__eq__")
}

pub(super) fn str_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__ne__")
}

pub(super) fn str_lt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__lt__")
}

pub(super) fn str_le(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__le__")
}

pub(super) fn str_gt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__gt__")
}

pub(super) fn str_ge(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__ge__")
}

pub(super) fn str_hash(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__hash__")?;
    slot_args(vm, args, kw, "__hash__", 0)?;
    Ok(Value::Int(s.hash()))
}

pub(super) fn str_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__repr__")?;
    slot_args(vm, args, kw, "__repr__", 0)?;
    Ok(Value::str(repr_str(s.as_str())))
}

pub(super) fn str_str(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__str__")?;
    slot_args(vm, args, kw, "__str__", 0)?;
    Ok(same_or_new(&args[0], s.as_str()))
}

pub(super) fn str_format_spec(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    recv(vm, args, "__format__")?;
    let spec = one_arg(vm, args, kw, "str.__format__")?;
    let Some(spec) = spec.as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&spec)
        )));
    };
    if spec.is_empty() {
        return vm.to_str_value(&args[0]);
    }
    format(vm, &args[0], spec).map(Value::str)
}

pub(super) fn str_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__iter__")?;
    slot_args(vm, args, kw, "__iter__", 0)?;
    match &args[0] {
        Value::Obj(o) => Ok(new_iter(IterState::Str(o.clone(), 0))),
        other => vm.iter(other),
    }
}

pub(super) fn str_getnewargs(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let s = recv(vm, args, "__getnewargs__")?;
    no_args(vm, args, kw, "str.__getnewargs__")?;
    Ok(new_tuple(vec![Value::str(s.as_str())]))
}

pub(super) fn str_sizeof(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__sizeof__")?;
    no_args(vm, args, kw, "str.__sizeof__")?;
    let per = if s.is_ascii() { 1 } else { 4 };
    Ok(Value::from(40 + 1 + s.char_len() * per))
}

pub(super) fn str_format_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let s = recv(vm, args, "format")?;
    let text = s.as_str().to_string();
    let src = FieldSource::Args {
        args: &args[1..],
        kw,
    };
    format_template(vm, &text, &src).map(Value::str)
}

pub(super) fn str_format_map(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let s = recv(vm, args, "format_map")?;
    let mapping = one_arg(vm, args, kw, "str.format_map")?;
    let text = s.as_str().to_string();
    let src = FieldSource::Mapping(&mapping);
    format_template(vm, &text, &src).map(Value::str)
}
