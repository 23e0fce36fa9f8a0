//! `int` and `bool`.

use crate::typeobj::MethodDef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Constructor.
pub fn int_new(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "int_new is not implemented yet"))
}

/// Constructor.
pub fn bool_new(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "bool_new is not implemented yet"))
}

/// Methods.
pub const METHODS: &[MethodDef] = &[];


/// Decimal text of a big int (CPython's digit limit applies).
pub fn bigint_to_decimal(_vm: &mut Vm, i: &num_bigint::BigInt) -> PyResult<String> {
    Ok(i.to_string())
}

/// A numeric value (bool, int, big int, float) for mixed comparisons.
pub enum Number {
    /// An int.
    Int(num_bigint::BigInt),
    /// A float.
    Float(f64),
}

/// The number in `v`, if it is an exact builtin number.
pub fn as_number(_v: &Value) -> Option<Number> {
    None
}

/// Compares two numbers.
pub fn compare_numbers(_a: &Number, _b: &Number, _op: locus_bytecode::CmpOp) -> bool {
    false
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
