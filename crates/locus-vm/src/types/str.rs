//! `str`.

use crate::typeobj::MethodDef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Constructor.
pub fn str_new(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "str_new is not implemented yet"))
}

/// Methods.
pub const METHODS: &[MethodDef] = &[];


/// `repr(str)`.
pub fn repr_str(s: &str) -> String {
    format!("'{s}'")
}

/// Escapes non-ASCII characters as `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    s.to_string()
}

/// `str % args`.
pub fn percent_format(vm: &mut Vm, _fmt: &Value, _args: &Value) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "% formatting is not implemented yet"))
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
pub fn format(vm: &mut Vm, v: &Value, _spec: &str) -> PyResult<String> {
    vm.to_str(v)
}
