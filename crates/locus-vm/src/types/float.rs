//! `float` and `complex`: the numeric operands of float/complex arithmetic
//! and the helpers the submodules share, `float()` construction and the
//! `real`/`imag` attributes. The rest is split by job:
//!
//! - `arith`: the binary and unary operators, including the mixed
//!   int/float/complex cases, and float powers;
//! - `text`: `format` specs, `repr(complex)`, `float.hex`/`fromhex`;
//! - `methods`: the Python-visible methods of `float` and its method table;
//! - `complex`: everything specific to `complex` (construction and parsing,
//!   complex arithmetic, methods and method table).
//!
//! Exact floats are immediates (`Value::Float`); instances of float
//! subclasses are heap `Payload::Float` objects (always with a class), so
//! the VM's fast paths, which only look at immediates, never see them: the
//! protocols reach them through `float`'s special methods, which accept both
//! forms ([`float_value`]). Complex numbers (and instances of complex
//! subclasses) are heap `Payload::Complex(re, im)` objects.

use crate::gil_rc::GilRc;

use locus_bytecode::BinOp;
use num_bigint::BigInt;
use num_traits::{One, Zero};

use crate::names::names;
use crate::object::{Payload, PyObject};
use crate::typeobj::{method, staticmethod, types, MethodDef};
use crate::types::int::{
    cmp_intref_float, ctor_class, format_error, format_spec_arg, int_ref, int_to_f64,
    method_receiver, noargs, not_implemented, ternary_args, text_of, wrapper_args, IntRef,
};
use crate::value::Value;
use crate::vm::{float_floordiv, float_mod, KwArgs, PyErr, PyResult, Vm};

/// Defines the forward and reflected slot wrappers (`__add__`/`__radd__`,
/// ...) of binary operators; used by `methods` and `complex`, so it is
/// defined before their `mod` lines.
macro_rules! binary_methods {
    ($impl:ident: $(($f:ident, $rf:ident, $name:literal, $rname:literal, $op:ident)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                $impl(vm, args, kw, $name, BinOp::$op, false)
            }
            fn $rf(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                $impl(vm, args, kw, $rname, BinOp::$op, true)
            }
        )*
    };
}

mod arith;
mod complex;
mod methods;
mod text;

pub use arith::*;
pub use complex::*;
pub use methods::*;
pub use text::*;

// ---------------------------------------------------------------------
// Operands
// ---------------------------------------------------------------------

/// A numeric operand of float/complex arithmetic.
#[derive(Clone, Copy, Debug)]
enum Operand<'a> {
    /// An int or bool (converted to float when used).
    Int(IntRef<'a>),
    /// A float.
    Float(f64),
    /// A complex number.
    Complex(f64, f64),
}

/// The numeric operand in `v` (ints, floats and complex numbers, including
/// int subclass instances).
fn operand(v: &Value) -> Option<Operand<'_>> {
    match v {
        Value::Float(f) => Some(Operand::Float(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(Operand::Float(*f)),
            Payload::Complex(re, im) => Some(Operand::Complex(*re, *im)),
            _ => int_ref(v).map(Operand::Int),
        },
        _ => int_ref(v).map(Operand::Int),
    }
}

impl Operand<'_> {
    /// The operand as a float (ints are converted with overflow checking);
    /// `None` for complex operands.
    fn to_f64(self, vm: &Vm) -> PyResult<Option<f64>> {
        Ok(match self {
            Operand::Int(i) => Some(int_to_f64(vm, i)?),
            Operand::Float(f) => Some(f),
            Operand::Complex(..) => None,
        })
    }

    /// The operand as a complex number.
    fn to_complex(self, vm: &Vm) -> PyResult<(f64, f64)> {
        Ok(match self {
            Operand::Int(i) => (int_to_f64(vm, i)?, 0.0),
            Operand::Float(f) => (f, 0.0),
            Operand::Complex(re, im) => (re, im),
        })
    }
}

/// A new complex value.
pub(crate) fn complex_value(re: f64, im: f64) -> Value {
    Value::Obj(PyObject::new(Payload::Complex(re, im)))
}

/// The parts of a complex value.
fn complex_parts(v: &Value) -> Option<(f64, f64)> {
    match v.payload() {
        Some(Payload::Complex(re, im)) => Some((*re, *im)),
        _ => None,
    }
}

/// The float in `v`: an exact float or an instance of a float subclass.
pub(crate) fn float_value(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is a float (exact or of a subclass).
fn is_float(v: &Value) -> bool {
    float_value(v).is_some()
}

fn is_complex(v: &Value) -> bool {
    complex_parts(v).is_some()
}

fn zero_division(vm: &Vm, msg: &str) -> PyErr {
    vm.error("ZeroDivisionError", msg)
}

// ---------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------

/// `float(x=0.0, /)` (`args[0]` is the class).
pub fn float_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = ctor_class(vm, args, &types().float, "float")?;
    if !kw.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let x = match args.len() {
        1 => 0.0,
        2 => number_to_float(vm, &args[1])?,
        n => return Err(vm.type_error(format!("float expected at most 1 argument, got {}", n - 1))),
    };
    if GilRc::ptr_eq(&cls, &types().float) {
        Ok(Value::Float(x))
    } else {
        // A subclass instance: the value is computed as for `float(x)`.
        Ok(Value::Obj(PyObject::with_class(cls, Payload::Float(x))))
    }
}

/// `float(x)`: floats, ints, `__float__`, `__index__`, str and bytes.
pub(crate) fn number_to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    let user = matches!(x, Value::Obj(o) if o.class.is_some());
    if !user {
        if let Value::Float(f) = x {
            return Ok(*f);
        }
        if let Some(i) = int_ref(x) {
            return int_to_f64(vm, i);
        }
    }
    if let Some(f) = float_via_dunders(vm, x)? {
        return Ok(f);
    }
    if let Some(t) = text_of(x) {
        return match t.as_text().and_then(locus_format::parse_float) {
            Some(f) => Ok(f),
            None => Err(vm.value_error(format!("could not convert string to float: {}", t.repr()))),
        };
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

/// `x.__float__()` or, failing that, `x.__index__()` as a float; `None`
/// when `x` has neither.
fn float_via_dunders(vm: &mut Vm, x: &Value) -> PyResult<Option<f64>> {
    let n = names();
    if let Some(r) = vm.call_special(x, &n.__float__, &[])? {
        return match r {
            Value::Float(f) => Ok(Some(f)),
            _ => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(x),
                vm.type_name(&r)
            ))),
        };
    }
    if vm.lookup_special(x, &n.__index__).is_some() {
        let i = vm.index_value(x)?;
        let f = match int_ref(&i) {
            Some(i) => int_to_f64(vm, i)?,
            None => 0.0,
        };
        return Ok(Some(f));
    }
    Ok(None)
}

// ---------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------

/// `real` and `imag` of floats and complex numbers.
pub fn getattr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(f) = float_value(obj) {
        return Ok(match name {
            "real" => Some(Value::Float(f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        });
    }
    let Some((re, im)) = complex_parts(obj) else {
        return Ok(None);
    };
    Ok(match name {
        "real" => Some(Value::Float(re)),
        "imag" => Some(Value::Float(im)),
        _ => None,
    })
}

#[cfg(test)]
mod tests;
