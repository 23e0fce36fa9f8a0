//! `list`.

use crate::typeobj::MethodDef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Constructor.
pub fn list_new(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "list_new is not implemented yet"))
}

/// Methods.
pub const METHODS: &[MethodDef] = &[];


/// Stub: see `types/mod.rs` for the contract.
pub fn getitem(vm: &mut Vm, _c: &Value, _k: &Value) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "indexing is not implemented yet"))
}

/// Stub: see `types/mod.rs` for the contract.
pub fn setitem(vm: &mut Vm, _c: &Value, _k: &Value, _v: Value) -> PyResult<()> {
    Err(vm.error("NotImplementedError", "item assignment is not implemented yet"))
}

/// Stub: see `types/mod.rs` for the contract.
pub fn delitem(vm: &mut Vm, _c: &Value, _k: &Value) -> PyResult<()> {
    Err(vm.error("NotImplementedError", "item deletion is not implemented yet"))
}

/// Stub: see `types/mod.rs` for the contract.
pub fn binary(_vm: &mut Vm, _op: locus_bytecode::BinOp, _a: &Value, _b: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}

/// Stub: see `types/mod.rs` for the contract.
pub fn inplace(_vm: &mut Vm, _op: locus_bytecode::BinOp, _a: &Value, _b: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}
