//! Methods shared by the builtin iterator classes.

use crate::typeobj::{method, MethodDef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn iter_self(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn iter_next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let it = args.first().cloned().unwrap_or(Value::None);
    match crate::iter::builtin_next(vm, &it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// `__iter__` and `__next__`.
pub const METHODS: &[MethodDef] = &[method("__iter__", iter_self), method("__next__", iter_next)];
