//! `dict` and its views.

use crate::typeobj::MethodDef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Constructor.
pub fn dict_new(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "dict_new is not implemented yet"))
}

/// Methods.
pub const METHODS: &[MethodDef] = &[];

/// Methods.
pub const VIEW_METHODS: &[MethodDef] = &[];


/// The items of a dict view as a vector.
pub fn view_items(_dict: &crate::value::ObjRef, _kind: crate::object::DictViewKind) -> Vec<Value> {
    Vec::new()
}

/// Length of a dict object.
pub fn dict_len(dict: &crate::value::ObjRef) -> usize {
    match &dict.payload {
        crate::object::Payload::Dict(d) => d.borrow().len(),
        _ => 0,
    }
}

/// `a == b` for dicts.
pub fn dict_eq(_vm: &mut Vm, _a: &Value, _b: &Value) -> PyResult<bool> {
    Ok(false)
}

/// `{**m}` / `f(**m)`: merges mapping `m` into dict `d`; with `func` set,
/// repeated keys raise the call's TypeError.
pub fn dict_merge_into(vm: &mut Vm, _d: &Value, _m: &Value, _func: Option<&Value>) -> PyResult<()> {
    Err(vm.error("NotImplementedError", "dict merge is not implemented yet"))
}

/// Stub: see `types/mod.rs` for the contract.
pub fn getitem(vm: &mut Vm, _c: &Value, _k: &Value) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "indexing is not implemented yet"))
}

/// Stub: see `types/mod.rs` for the contract.
pub fn binary(_vm: &mut Vm, _op: locus_bytecode::BinOp, _a: &Value, _b: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}

/// Stub: see `types/mod.rs` for the contract.
pub fn inplace(_vm: &mut Vm, _op: locus_bytecode::BinOp, _a: &Value, _b: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}

/// Stub: see `types/mod.rs` for the contract.
pub fn view_contains(_vm: &mut Vm, _c: &Value, _k: &Value) -> PyResult<bool> {
    Ok(false)
}

/// Stub: see `types/mod.rs` for the contract.
pub fn view_binary(_vm: &mut Vm, _op: locus_bytecode::BinOp, _a: &Value, _b: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}
