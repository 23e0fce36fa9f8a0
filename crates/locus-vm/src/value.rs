//! The value representation.
//!
//! A [`Value`] is 16 bytes: a tag and either an immediate (`None`, bools,
//! ints that fit in 64 bits, floats) or a reference-counted pointer to a heap
//! object. Arithmetic on small ints and floats therefore allocates nothing
//! and touches no reference count; ints that overflow 64 bits become heap
//! big ints transparently (see `int.rs`). `Null` is an internal marker (an
//! unbound variable, the empty "self" slot of a call) that never reaches
//! Python code.

use crate::gil_rc::GilRc;

use num_bigint::BigInt;

use crate::object::{Payload, PyObject};

/// A shared reference to a heap object.
pub type ObjRef = GilRc<PyObject>;

/// A Python value.
///
/// `repr(u64)` puts the tag in a whole first word and every payload in the
/// second, so a value moves as two aligned words: with a one-byte tag the
/// `bool` payload sat at byte 1 and moves copied bytes 1..8 separately,
/// which showed up as store-forwarding stalls in the dispatch loop.
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    /// Internal marker: unbound variable or absent call receiver. Never visible to Python.
    #[default]
    Null,
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An int that fits in an `i64`.
    Int(i64),
    /// A float.
    Float(f64),
    /// Any other object.
    Obj(ObjRef),
}

impl Clone for Value {
    /// A copy: the object's count goes up, then the two words are copied
    /// as they lie. (The derived clone rebuilt the value in registers per
    /// variant and stored the halves separately; the 16-byte load that
    /// usually follows could not be forwarded from those two stores.)
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            std::mem::forget(GilRc::clone(o));
        }
        // SAFETY: a bitwise copy of a value is a valid value; for `Obj`
        // the count was raised just above, so the copy owns its own
        // reference, exactly as a cloned `GilRc` would.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// Whether this is the internal null marker.
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Whether this is `None`.
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The heap object, if this is one.
    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload of a heap object.
    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// The str contents, if this is a str (or str subclass instance).
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s.as_str()),
            _ => None,
        }
    }

    /// Python identity (`is`). Immediates compare by value.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => GilRc::ptr_eq(a, b),
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }

    /// Wraps a big int, demoting it to an immediate when it fits.
    pub fn from_bigint(i: BigInt) -> Value {
        match i64::try_from(&i) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::Obj(PyObject::new(Payload::BigInt(i))),
        }
    }

    /// A new str value.
    pub fn str(s: impl Into<String>) -> Value {
        Value::Obj(PyObject::new_str(s.into()))
    }

    /// A stable address-like identity used by `id()` and default reprs.
    pub fn identity(&self) -> usize {
        match self {
            Value::Obj(o) => GilRc::as_ptr(o) as usize,
            Value::Null => 0,
            Value::None => 0x1000,
            Value::Bool(b) => 0x2000 + *b as usize,
            // Immediates have no address; derive one from the value so that
            // equal immediates share an id, as `is` says they are identical.
            Value::Int(i) => 0x10_0000_0000usize.wrapping_add((*i as usize).wrapping_mul(16)),
            Value::Float(f) => (f.to_bits() as usize) | 1,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<usize> for Value {
    fn from(i: usize) -> Value {
        match i64::try_from(i) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::from_bigint(BigInt::from(i)),
        }
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_sixteen_bytes() {
        let _lock = crate::threads::lock::LockHold::new();
        // Stack slots and locals are Values: keep them two words.
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }
}
