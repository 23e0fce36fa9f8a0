//! The VM's door to the compiler: source text to runnable code, with
//! compile errors turned into Python exceptions.

use crate::gil_rc::GilRc;

use locus_compiler::{CompileError, CompileErrorKind, CompileMode};

use crate::function::CodeRt;
use crate::object::PyObject;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Compiles `source` in `mode` (`"exec"`, `"eval"` or `"single"`).
pub fn compile(vm: &mut Vm, source: &str, filename: &str, mode: &str) -> PyResult<GilRc<CodeRt>> {
    let mode = match mode {
        "exec" => CompileMode::Exec,
        "eval" => CompileMode::Eval,
        "single" => CompileMode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    vm.check_native_stack(" during compilation")?;
    match locus_compiler::compile(source, filename, mode) {
        Ok(code) => Ok(CodeRt::new(code)),
        Err(e) => Err(compile_error_to_exception(vm, &e)),
    }
}

/// The Python exception for a compile error (`SyntaxError` with its attributes).
pub fn compile_error_to_exception(vm: &mut Vm, e: &CompileError) -> PyErr {
    let cls = crate::builtin_types::exc(e.kind.class_name());
    match e.kind {
        CompileErrorKind::RecursionError | CompileErrorKind::MemoryError => {
            return vm.new_exception(cls, vec![Value::str(e.msg.clone())]);
        }
        _ => {}
    }
    let text = e.text.clone().map_or(Value::None, Value::str);
    let details = Value::Obj(PyObject::new_tuple(vec![
        Value::str(e.filename.clone()),
        Value::Int(e.lineno as i64),
        Value::Int(e.offset as i64),
        text.clone(),
        Value::Int(e.end_lineno as i64),
        Value::Int(e.end_offset as i64),
    ]));
    let exc = vm.new_exception(cls, vec![Value::str(e.msg.clone()), details]);
    let set = |name: &str, v: Value| {
        let _ = crate::types::object::set_instance_attr(&exc, name, v);
    };
    set("msg", Value::str(e.msg.clone()));
    set("filename", Value::str(e.filename.clone()));
    set("lineno", Value::Int(e.lineno as i64));
    set("offset", Value::Int(e.offset as i64));
    set("text", text);
    set("end_lineno", Value::Int(e.end_lineno as i64));
    set("end_offset", Value::Int(e.end_offset as i64));
    set("print_file_and_line", Value::None);
    exc
}
