//! `int` and `bool`: the int operand view (`IntRef`) and the helpers the
//! submodules share, formatting and attributes. The rest is split by job:
//!
//! - `args`: argument binding and receiver checks, shared with `float.rs`;
//! - `convert`: `int()` and `bool()`, parsing int text, objects and floats
//!   to ints;
//! - `arith`: the arithmetic and unary operators;
//! - `compare`: exact mixed int/float comparisons;
//! - `methods`: the Python-visible methods and the method table.
//!
//! Small ints are `Value::Int(i64)`, bools `Value::Bool`, larger ints heap
//! `Payload::BigInt` objects (instances of int subclasses always store a
//! `BigInt`, whatever their size). Results are always normalised with
//! [`Value::from_bigint`]. Formatting, parsing and rounding rules come from
//! `locus_format`; this module adds the VM plumbing and the arithmetic.

use crate::gil_rc::GilRc;
use std::borrow::Cow;
use std::cmp::Ordering;

use locus_bytecode::{BinOp, CmpOp};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtin_types::exc;
use crate::object::{Payload, PyObject};
use crate::typeobj::{self, types};
use crate::value::Value;
use crate::vm::{KwArgs, PyErr, PyResult, Vm};

mod args;
mod arith;
mod compare;
mod convert;
mod methods;

pub(crate) use args::*;
pub use arith::*;
pub use compare::*;
pub use convert::*;
pub use methods::*;

// ---------------------------------------------------------------------
// Int operands
// ---------------------------------------------------------------------

/// A borrowed int operand: a machine int (also bools) or a big int payload.
#[derive(Clone, Copy, Debug)]
pub(crate) enum IntRef<'a> {
    /// Fits in an `i64`.
    Small(i64),
    /// A big int payload (int subclass instances store any size here).
    Big(&'a BigInt),
}

impl<'a> IntRef<'a> {
    /// The value as an owned or borrowed `BigInt`.
    pub(crate) fn big(self) -> Cow<'a, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(i)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }

    /// The value as an owned `BigInt`.
    pub(crate) fn to_bigint(self) -> BigInt {
        self.big().into_owned()
    }

    /// The value as an `i64`, if it fits.
    pub(crate) fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    /// Whether the value is zero.
    fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    /// Correctly rounded conversion to float; `None` when it overflows.
    pub(crate) fn to_f64(self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(i as f64),
            IntRef::Big(b) => locus_format::bigint_to_f64(b),
        }
    }

    /// The value as an exact `int` value (drops any subclass).
    pub(crate) fn to_value(self) -> Value {
        match self {
            IntRef::Small(i) => Value::Int(i),
            IntRef::Big(b) => Value::from_bigint(b.clone()),
        }
    }
}

/// The int in `v` (bool, small int, big int, or int subclass instance).
pub(crate) fn int_ref(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(IntRef::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

/// `float(i)` with CPython's `OverflowError: int too large to convert to float`.
pub(crate) fn int_to_f64(vm: &Vm, i: IntRef<'_>) -> PyResult<f64> {
    i.to_f64()
        .ok_or_else(|| vm.error("OverflowError", "int too large to convert to float"))
}

/// Turns a `locus_format` error into the Python exception it names.
pub(crate) fn format_error(vm: &Vm, e: locus_format::FormatError) -> PyErr {
    if e.kind == locus_format::ErrorKind::MemoryError {
        return vm.new_exception(exc("MemoryError"), vec![]);
    }
    vm.error(e.kind.name(), e.message)
}

/// `NotImplemented`.
pub(crate) fn not_implemented() -> Value {
    typeobj::singletons().not_implemented.clone()
}

/// A `MemoryError` with no message.
fn memory_error(vm: &Vm) -> PyErr {
    vm.new_exception(exc("MemoryError"), vec![])
}

/// Results larger than this many bits raise `MemoryError` instead of
/// attempting the allocation (Rust aborts when an allocation fails).
const MAX_RESULT_BITS: u64 = 1 << 34;

fn is_int(v: &Value) -> bool {
    int_ref(v).is_some()
}

// ---------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------

/// Decimal text of a big int (CPython's digit limit applies:
/// `ValueError: Exceeds the limit (4300 digits) for integer string
/// conversion; use sys.set_int_max_str_digits() to increase the limit`).
pub fn bigint_to_decimal(vm: &mut Vm, i: &num_bigint::BigInt) -> PyResult<String> {
    locus_format::int_to_decimal_string(i).map_err(|e| format_error(vm, e))
}

/// `format(v, spec)` for an int or bool: the format-spec mini-language
/// (an empty spec gives `str(v)`, so `format(True, '') == 'True'`).
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return vm.to_str(v);
    }
    let Some(i) = int_ref(v) else {
        return vm.to_str(v);
    };
    let type_name = vm.type_name(v);
    let parsed =
        locus_format::parse_format_spec(spec, &type_name).map_err(|e| format_error(vm, e))?;
    let r = match i {
        IntRef::Small(s) => locus_format::format_i64(s, &parsed, &type_name),
        IntRef::Big(b) => locus_format::format_int(b, &parsed, &type_name),
    };
    r.map_err(|e| format_error(vm, e))
}

/// Decimal text of any int operand.
fn int_text(vm: &mut Vm, i: IntRef<'_>) -> PyResult<String> {
    match i {
        IntRef::Small(s) => Ok(s.to_string()),
        IntRef::Big(b) => bigint_to_decimal(vm, b),
    }
}

// ---------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------

/// The data attributes of ints (`real`, `imag`, `numerator`,
/// `denominator`); floats' `real`/`imag` are answered too, since builtin
/// attribute lookup on any immediate value comes here.
pub fn getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Value::Float(_) = obj {
        return crate::types::float::getattr(vm, obj, name);
    }
    let Some(i) = int_ref(obj) else {
        return Ok(None);
    };
    Ok(match name {
        "real" | "numerator" => Some(i.to_value()),
        "imag" => Some(Value::Int(0)),
        "denominator" => Some(Value::Int(1)),
        _ => None,
    })
}

#[cfg(test)]
mod tests;
