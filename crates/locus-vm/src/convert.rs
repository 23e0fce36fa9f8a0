//! Conversion of compile-time constants to runtime values.

use std::sync::Arc;

use locus_bytecode::Constant;

use crate::function::CodeRt;
use crate::object::{Payload, PyObject};
use crate::value::Value;

/// The runtime value of a constant.
pub fn constant_to_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(i) => Value::from_bigint(i.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { real, imag } => {
            Value::Obj(PyObject::new(Payload::Complex(*real, *imag)))
        }
        Constant::Str(s) => crate::intern::intern(s),
        Constant::Bytes(b) => {
            Value::Obj(PyObject::new(Payload::Bytes(b.to_vec().into_boxed_slice())))
        }
        Constant::Tuple(items) => Value::Obj(PyObject::new_tuple(
            items.iter().map(constant_to_value).collect(),
        )),
        Constant::Ellipsis => crate::typeobj::singletons().ellipsis.clone(),
        Constant::Code(code) => {
            Value::Obj(PyObject::new(Payload::Code(CodeRt::new(Arc::clone(code)))))
        }
    }
}
