//! `float` and `complex`.

use crate::typeobj::MethodDef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Constructor.
pub fn float_new(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "float_new is not implemented yet"))
}

/// Constructor.
pub fn complex_new(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "complex_new is not implemented yet"))
}

/// Methods.
pub const METHODS: &[MethodDef] = &[];

/// Methods.
pub const COMPLEX_METHODS: &[MethodDef] = &[];


/// `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    format!("({re}+{im}j)")
}

/// Stub: see `types/mod.rs` for the contract.
pub fn binary(_vm: &mut Vm, _op: locus_bytecode::BinOp, _a: &Value, _b: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}

/// Stub: see `types/mod.rs` for the contract.
pub fn unary(_vm: &mut Vm, _op: locus_bytecode::UnaryOp, _a: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}

/// Stub: see `types/mod.rs` for the contract.
pub fn format(vm: &mut Vm, v: &Value, _spec: &str) -> PyResult<String> {
    vm.to_str(v)
}

/// Stub: see `types/mod.rs` for the contract.
pub fn getattr(_vm: &mut Vm, _obj: &Value, _name: &str) -> PyResult<Option<Value>> {
    Ok(None)
}
