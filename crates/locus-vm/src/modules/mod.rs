//! Built-in modules written in Rust (`sys`, `math`, `time`, and `_locus`
//! for Locus's own library) and the table of library modules written in
//! Python (`pylib`).

pub mod math;
pub mod pylib;
pub mod sys;
pub mod thread;
pub mod time;

use crate::object::Payload;
use crate::types::object::{new_module, ns_get, ns_set};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Creates the built-in module `name`, or `None` if there is no such module.
pub fn builtin_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let ns = vm.new_dict();
    ns_set(&ns, crate::intern::intern("__name__"), Value::str(name));
    ns_set(&ns, crate::intern::intern("__doc__"), Value::None);
    ns_set(
        &ns,
        crate::intern::intern("__spec__"),
        crate::builtins::new_module_spec(name, Some("built-in"), None),
    );
    match name {
        "math" => math::fill(vm, &ns),
        "time" => time::fill(vm, &ns),
        "_locus" => pylib::fill(vm, &ns),
        "_thread" => thread::fill(vm, &ns),
        _ => return Ok(None),
    }
    Ok(Some(Value::Obj(new_module(ns))))
}

/// `sys.<name>` (a standard stream), or None.
pub fn sys_stream(vm: &mut Vm, name: &str) -> Value {
    match &vm.interp.sys.payload {
        Payload::Module(m) => ns_get(&m.namespace, name).unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// Adds builtin functions to a module namespace.
pub fn add_functions(ns: &crate::value::ObjRef, fns: &[(&'static str, crate::function::NativeFn)]) {
    for (name, f) in fns {
        ns_set(
            ns,
            crate::intern::intern(name),
            crate::builtins::builtin_fn(name, *f),
        );
    }
}
