//! `set` and `frozenset`.

use crate::typeobj::MethodDef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Constructor.
pub fn set_new(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "set_new is not implemented yet"))
}

/// Constructor.
pub fn frozenset_new(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "frozenset_new is not implemented yet"))
}

/// Methods.
pub const METHODS: &[MethodDef] = &[];

/// Methods.
pub const FROZENSET_METHODS: &[MethodDef] = &[];


/// `repr(set)`.
pub fn set_repr(vm: &mut Vm, _v: &Value) -> PyResult<String> {
    Err(vm.error("NotImplementedError", "set repr is not implemented yet"))
}

/// `hash(frozenset)`.
pub fn frozenset_hash(_t: &crate::setobj::SetTable) -> i64 {
    0
}

/// Set comparisons (subset/superset/equality).
pub fn set_compare(_vm: &mut Vm, _a: &Value, _b: &Value, _op: locus_bytecode::CmpOp) -> PyResult<bool> {
    Ok(false)
}

/// A new set from items.
pub fn new_set_from(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let cell = crate::object::PyCell::new(crate::setobj::SetTable::new());
    for it in items {
        crate::setobj::set_add(vm, &cell, it)?;
    }
    Ok(Value::Obj(crate::object::PyObject::new(crate::object::Payload::Set(cell))))
}

/// Stub: see `types/mod.rs` for the contract.
pub fn binary(_vm: &mut Vm, _op: locus_bytecode::BinOp, _a: &Value, _b: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}

/// Stub: see `types/mod.rs` for the contract.
pub fn inplace(_vm: &mut Vm, _op: locus_bytecode::BinOp, _a: &Value, _b: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}
