//! `range` and `slice`.

use crate::typeobj::MethodDef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Constructor.
pub fn range_new(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "range_new is not implemented yet"))
}

/// Constructor.
pub fn slice_new(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "slice_new is not implemented yet"))
}

/// Methods.
pub const METHODS: &[MethodDef] = &[];

/// Methods.
pub const SLICE_METHODS: &[MethodDef] = &[];


/// `a == b` for ranges.
pub fn range_eq(_a: &Value, _b: &Value) -> bool {
    false
}

/// The length of a range payload.
pub fn range_len_of(p: &crate::object::Payload) -> usize {
    match p {
        crate::object::Payload::Range { start, stop, step } => {
            let (start, stop, step) = (*start as i128, *stop as i128, *step as i128);
            let n = if step > 0 { (stop - start + step - 1) / step } else { (start - stop - step - 1) / -step };
            n.max(0) as usize
        }
        _ => 0,
    }
}

/// Stub: see `types/mod.rs` for the contract.
pub fn getitem(vm: &mut Vm, _c: &Value, _k: &Value) -> PyResult<Value> {
    Err(vm.error("NotImplementedError", "indexing is not implemented yet"))
}

/// Stub: see `types/mod.rs` for the contract.
pub fn contains(_vm: &mut Vm, _c: &Value, _k: &Value) -> PyResult<bool> {
    Ok(false)
}

/// Stub: see `types/mod.rs` for the contract.
pub fn getattr(_vm: &mut Vm, _obj: &Value, _name: &str) -> PyResult<Option<Value>> {
    Ok(None)
}
