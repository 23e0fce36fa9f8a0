//! The builtin types' behaviour. The VM's protocols (`vm/protocol.rs`,
//! `vm/ops.rs`, `vm/attr.rs`) call the routing functions here for objects
//! whose class is an exact builtin type; each type's module implements its
//! part (`getitem`, `binary`, ...) and its method table.

pub mod bytes;
pub mod code;
pub mod descr;
pub mod dict;
pub mod exception;
pub mod float;
pub mod frame;
pub mod frame_locals;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod object;
pub mod range;
pub mod reduce;
pub mod set;
pub mod str;
pub mod tuple;
pub mod typeobj;

use locus_bytecode::{BinOp, UnaryOp};

use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `c[k]` for builtin containers; `None` if `c` is not one.
pub fn getitem_builtin(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Option<Value>> {
    match c.payload() {
        Some(Payload::List(_)) => list::getitem(vm, c, k).map(Some),
        Some(Payload::Tuple(_)) => tuple::getitem(vm, c, k).map(Some),
        Some(Payload::Dict(_)) => dict::getitem(vm, c, k).map(Some),
        Some(Payload::Str(_)) => str::getitem(vm, c, k).map(Some),
        Some(Payload::Range { .. }) => range::getitem(vm, c, k).map(Some),
        Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => bytes::getitem(vm, c, k).map(Some),
        _ => Ok(None),
    }
}

/// `c[k] = v` for builtin containers; false if `c` is not one.
pub fn setitem_builtin(vm: &mut Vm, c: &Value, k: &Value, v: &Value) -> PyResult<bool> {
    match c.payload() {
        Some(Payload::List(_)) => list::setitem(vm, c, k, v.clone()).map(|_| true),
        Some(Payload::Dict(d)) => crate::dict::set_item(vm, d, k.clone(), v.clone()).map(|_| true),
        Some(Payload::ByteArray(_)) => bytes::setitem(vm, c, k, v.clone()).map(|_| true),
        _ => Ok(false),
    }
}

/// `del c[k]` for builtin containers; false if `c` is not one.
pub fn delitem_builtin(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<bool> {
    match c.payload() {
        Some(Payload::List(_)) => list::delitem(vm, c, k).map(|_| true),
        Some(Payload::Dict(d)) => match crate::dict::remove_item(vm, d, k)? {
            Some(_) => Ok(true),
            None => Err(vm.key_error(k.clone())),
        },
        _ => Ok(false),
    }
}

/// `k in c` for builtin containers; `None` if `c` is not one.
pub fn contains_builtin(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Option<bool>> {
    match c.payload() {
        Some(Payload::Dict(d)) => {
            let h = vm.hash(k)?;
            Ok(Some(crate::dict::lookup(vm, d, k, h)?.is_some()))
        }
        Some(Payload::Set(_)) | Some(Payload::FrozenSet(_)) => set::contains(vm, c, k).map(Some),
        Some(Payload::Str(s)) => match k.as_str() {
            Some(needle) => Ok(Some(s.as_str().contains(needle))),
            None => Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                vm.type_name(k)
            ))),
        },
        Some(Payload::List(l)) => {
            let items = l.borrow().clone();
            for x in &items {
                if vm.eq(x, k)? {
                    return Ok(Some(true));
                }
            }
            Ok(Some(false))
        }
        Some(Payload::Tuple(t)) => {
            let items = t.clone();
            for x in items.iter() {
                if vm.eq(x, k)? {
                    return Ok(Some(true));
                }
            }
            Ok(Some(false))
        }
        Some(Payload::Range { .. }) => range::contains(vm, c, k).map(Some),
        Some(Payload::DictView { .. }) => dict::view_contains(vm, c, k).map(Some),
        Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => {
            bytes::contains(vm, c, k).map(Some)
        }
        _ => Ok(None),
    }
}

/// `a op b` when both are exact builtins; `None` to fall back to special methods.
pub fn binary_builtin(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let Some(r) = int::binary(vm, op, a, b)? {
        return Ok(Some(r));
    }
    if let Some(r) = float::binary(vm, op, a, b)? {
        return Ok(Some(r));
    }
    match a.payload() {
        Some(Payload::Str(_)) => str::binary(vm, op, a, b),
        Some(Payload::List(_)) => list::binary(vm, op, a, b),
        Some(Payload::Tuple(_)) => tuple::binary(vm, op, a, b),
        Some(Payload::Dict(_)) => dict::binary(vm, op, a, b),
        Some(Payload::Set(_)) | Some(Payload::FrozenSet(_)) => set::binary(vm, op, a, b),
        Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => bytes::binary(vm, op, a, b),
        Some(Payload::DictView { .. }) => dict::view_binary(vm, op, a, b),
        _ => match b.payload() {
            Some(Payload::Str(_))
            | Some(Payload::List(_))
            | Some(Payload::Tuple(_))
            | Some(Payload::Bytes(_))
                if op == BinOp::Mul =>
            {
                // int * sequence
                let swapped = binary_builtin(vm, op, b, a)?;
                Ok(swapped)
            }
            _ => Ok(None),
        },
    }
}

/// `a op= b` for mutable builtins (list `+=`, set `|=`, dict `|=`); `None` otherwise.
pub fn inplace_builtin(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match a.payload() {
        Some(Payload::List(_)) => list::inplace(vm, op, a, b),
        Some(Payload::Set(_)) => set::inplace(vm, op, a, b),
        Some(Payload::Dict(_)) => dict::inplace(vm, op, a, b),
        Some(Payload::ByteArray(_)) => bytes::inplace(vm, op, a, b),
        _ => Ok(None),
    }
}

/// Unary operators on builtin numbers.
pub fn unary_builtin(vm: &mut Vm, op: UnaryOp, a: &Value) -> PyResult<Option<Value>> {
    if let Some(r) = int::unary(vm, op, a)? {
        return Ok(Some(r));
    }
    float::unary(vm, op, a)
}

/// `format(v, spec)` for builtin values; `None` to use `__format__`.
pub fn format_builtin(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Option<String>> {
    match v {
        Value::Int(_) | Value::Bool(_) => int::format(vm, v, spec).map(Some),
        Value::Float(_) => float::format(vm, v, spec).map(Some),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(_) => int::format(vm, v, spec).map(Some),
            Payload::Str(_) => str::format(vm, v, spec).map(Some),
            Payload::Complex(..) => float::format(vm, v, spec).map(Some),
            _ => Ok(None),
        },
        Value::None => {
            if spec.is_empty() {
                Ok(Some("None".into()))
            } else {
                Err(vm.type_error("unsupported format string passed to NoneType.__format__"))
            }
        }
        Value::Null => Ok(None),
    }
}

/// Attributes that builtin payloads provide beyond their class's methods
/// (`f.__name__`, `e.args`, `C.__mro__`, `x.__class__`, ...).
pub fn builtin_getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let Some(n) = name.as_str() else {
        return Ok(None);
    };
    if n == "__class__" {
        return Ok(Some(Value::Obj(vm.class_of(obj))));
    }
    let Some(o) = obj.as_obj() else {
        return int::getattr(vm, obj, n);
    };
    if n == "__dict__" {
        match &o.payload {
            Payload::Module(m) => return Ok(Some(Value::Obj(m.namespace.clone()))),
            Payload::Type(t) => return Ok(Some(Value::Obj(t.dict.clone()))),
            _ => {
                if o.class.is_some() && crate::typeobj::type_data(&vm.class_of(obj)).instance_dict {
                    let d = o.dict.get_or_init(|| vm.new_dict()).clone();
                    return Ok(Some(Value::Obj(d)));
                }
            }
        }
    }
    match &o.payload {
        Payload::Function(_)
        | Payload::Builtin(_)
        | Payload::BoundMethod { .. }
        | Payload::Code(_)
        | Payload::Cell(_) => descr::function_getattr(vm, obj, n),
        Payload::Type(_) => typeobj::type_getattr(vm, obj, n),
        Payload::Exception(_) => exception::getattr(vm, obj, n),
        Payload::Generator(_) => generator::getattr(vm, obj, n),
        Payload::Traceback(_) => exception::traceback_getattr(vm, obj, n),
        Payload::Frame(_) => frame::getattr(vm, obj, n),
        Payload::Range { .. } | Payload::Slice { .. } => range::getattr(vm, obj, n),
        Payload::BigInt(_) => int::getattr(vm, obj, n),
        Payload::Float(_) | Payload::Complex(..) => float::getattr(vm, obj, n),
        Payload::Property(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_) => {
            descr::descr_getattr(vm, obj, n)
        }
        Payload::File(_) => Ok(crate::file::getattr(obj, n)),
        Payload::Module(_) => Ok(None),
        _ => Ok(None),
    }
}

/// Assignment to builtin-backed attributes (`f.__name__ = ...`, `e.__cause__ = ...`); false if not one.
pub fn set_builtin_attr(vm: &mut Vm, obj: &Value, name: &Value, v: &Value) -> PyResult<bool> {
    let Some(n) = name.as_str() else {
        return Ok(false);
    };
    match obj.payload() {
        Some(Payload::Function(_)) => descr::function_setattr(vm, obj, n, v),
        Some(Payload::Exception(_)) => exception::setattr(vm, obj, n, v),
        Some(Payload::Frame(_)) => frame::setattr(vm, obj, n, v),
        _ => Ok(false),
    }
}
