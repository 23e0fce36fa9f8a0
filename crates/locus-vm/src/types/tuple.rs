//! `tuple`.

use crate::typeobj::MethodDef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Constructor.
pub fn tuple_new(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "tuple_new is not implemented yet"))
}

/// Methods.
pub const METHODS: &[MethodDef] = &[];


/// Stub: see `types/mod.rs` for the contract.
pub fn getitem(vm: &mut Vm, _c: &Value, _k: &Value) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "indexing is not implemented yet"))
}

/// Stub: see `types/mod.rs` for the contract.
pub fn binary(_vm: &mut Vm, _op: locus_bytecode::BinOp, _a: &Value, _b: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}
