//! Builtin iterators: one payload (`Payload::Iter`) whose state says what
//! is being iterated.

use num_traits::Signed;

use crate::object::{Payload, PyCell, PyObject};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The state of a builtin iterator.
pub enum IterState {
    /// Over a list (sees appends, as CPython's).
    List(ObjRef, usize),
    /// Over a tuple.
    Tuple(ObjRef, usize),
    /// Over a str, by code point (byte offset).
    Str(ObjRef, usize),
    /// Over a range with machine-int bounds (the hot path of `for i in range(n)`).
    Range {
        /// The next value.
        next: i64,
        /// The bound (exclusive).
        stop: i64,
        /// The step (never 0).
        step: i64,
    },
    /// Over a range with big-int bounds (or more than `i64::MAX` elements);
    /// `start` is the next value.
    BigRange(Box<crate::types::range::BigRange>),
    /// Over a dict's keys/values/items, by entry position.
    Dict {
        dict: ObjRef,
        pos: usize,
        kind: crate::object::DictViewKind,
        len: usize,
    },
    /// Over a set, by slot; the size when iteration started (`usize::MAX`
    /// once a change of size was reported).
    Set(ObjRef, usize, usize),
    /// Over bytes/bytearray.
    Bytes(ObjRef, usize),
    /// Over an object with `__getitem__` (the old sequence protocol).
    Seq(Value, i64),
    /// `iter(callable, sentinel)`.
    Callable(Value, Value),
    /// Over a precomputed list of values (reversed(), enumerate results, ...).
    Values(Vec<Value>, usize),
    /// `enumerate(it, start)`.
    Enumerate(Value, Value),
    /// `zip(*its, strict=...)`.
    Zip(Vec<Value>, bool),
    /// `map(f, *its)`.
    Map(Value, Vec<Value>),
    /// `filter(f, it)`.
    Filter(Value, Value),
    /// Finished.
    Exhausted,
}

/// Names of the iterator classes (their types are created in builtin_types).
pub const ITERATOR_TYPE_NAMES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "range_iterator",
    "longrange_iterator",
    "dict_keyiterator",
    "set_iterator",
    "bytes_iterator",
    "iterator",
    "callable_iterator",
    "list_reverseiterator",
    "enumerate",
    "zip",
    "map",
    "filter",
];

/// The class of an iterator.
pub fn iterator_type(s: &IterState) -> &'static ObjRef {
    let t = crate::typeobj::types();
    let name = match s {
        IterState::List(..) => "list_iterator",
        IterState::Tuple(..) => "tuple_iterator",
        IterState::Str(..) => "str_ascii_iterator",
        IterState::Range { .. } => "range_iterator",
        IterState::BigRange(_) => "longrange_iterator",
        IterState::Dict { .. } => "dict_keyiterator",
        IterState::Set(..) => "set_iterator",
        IterState::Bytes(..) => "bytes_iterator",
        IterState::Seq(..) => "iterator",
        IterState::Callable(..) => "callable_iterator",
        IterState::Values(..) | IterState::Exhausted => "list_reverseiterator",
        IterState::Enumerate(..) => "enumerate",
        IterState::Zip(..) => "zip",
        IterState::Map(..) => "map",
        IterState::Filter(..) => "filter",
    };
    &t.iterators[name]
}

/// A new iterator object.
pub fn new_iter(state: IterState) -> Value {
    Value::Obj(PyObject::new(Payload::Iter(PyCell::new(state))))
}

/// An iterator over an object with `__getitem__`.
pub fn seq_iter(v: Value) -> Value {
    new_iter(IterState::Seq(v, 0))
}

/// `iter(v)` for exact builtin iterables; `None` otherwise.
pub fn builtin_iter(v: &Value) -> Option<Value> {
    let o = v.as_obj()?;
    if o.class.is_some() {
        return None;
    }
    let state = match &o.payload {
        Payload::List(_) => IterState::List(o.clone(), 0),
        Payload::Tuple(_) => IterState::Tuple(o.clone(), 0),
        Payload::Str(_) => IterState::Str(o.clone(), 0),
        Payload::Range(r) => r.iter_state(),
        Payload::Dict(d) => IterState::Dict {
            dict: o.clone(),
            pos: 0,
            kind: crate::object::DictViewKind::Keys,
            len: d.borrow().len(),
        },
        Payload::DictView { kind, dict } => IterState::Dict {
            dict: dict.clone(),
            pos: 0,
            kind: *kind,
            len: crate::types::dict::dict_len(dict),
        },
        Payload::Set(_) | Payload::FrozenSet(_) => set_iter_state(o),
        Payload::Bytes(_) | Payload::ByteArray(_) => IterState::Bytes(o.clone(), 0),
        Payload::Iter(_) => return Some(v.clone()),
        _ => return None,
    };
    Some(new_iter(state))
}

/// One step of a builtin iterator; `None` when exhausted.
pub fn builtin_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let Some(Payload::Iter(cell)) = it.payload() else {
        return Ok(None);
    };
    // Steps that need no Python code run under the borrow.
    let slow = {
        let mut s = cell.borrow_mut();
        match &mut *s {
            IterState::List(l, i) => {
                let item = match &l.payload {
                    Payload::List(items) => items.borrow().get(*i).cloned(),
                    _ => None,
                };
                *i += 1;
                if item.is_none() {
                    *s = IterState::Exhausted;
                }
                return Ok(item);
            }
            IterState::Tuple(t, i) => {
                let item = match &t.payload {
                    Payload::Tuple(items) => items.get(*i).cloned(),
                    _ => None,
                };
                *i += 1;
                return Ok(item);
            }
            IterState::Str(o, pos) => {
                let text = o.as_str().unwrap_or("");
                let item = text[*pos..].chars().next();
                if let Some(c) = item {
                    *pos += c.len_utf8();
                    return Ok(Some(Value::str(c.to_string())));
                }
                return Ok(None);
            }
            IterState::Range { next, stop, step } => {
                let more = if *step > 0 {
                    *next < *stop
                } else {
                    *next > *stop
                };
                if !more {
                    return Ok(None);
                }
                let v = *next;
                *next = next.saturating_add(*step);
                return Ok(Some(Value::Int(v)));
            }
            IterState::BigRange(r) => {
                let more = if r.step.is_negative() {
                    r.start > r.stop
                } else {
                    r.start < r.stop
                };
                if !more {
                    return Ok(None);
                }
                let v = Value::from_bigint(r.start.clone());
                r.start += &r.step;
                return Ok(Some(v));
            }
            IterState::Dict {
                dict,
                pos,
                kind,
                len,
            } => {
                let Payload::Dict(d) = &dict.payload else {
                    return Ok(None);
                };
                let d = d.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    drop(d);
                    return Err(
                        vm.error("RuntimeError", "dictionary changed size during iteration")
                    );
                }
                while *pos < d.capacity_used() {
                    let p = *pos;
                    *pos += 1;
                    if let Some(e) = d.entry_at(p) {
                        return Ok(Some(match kind {
                            crate::object::DictViewKind::Keys => e.key.clone(),
                            crate::object::DictViewKind::Values => e.value.clone(),
                            crate::object::DictViewKind::Items => {
                                Value::Obj(PyObject::new_tuple(vec![
                                    e.key.clone(),
                                    e.value.clone(),
                                ]))
                            }
                        }));
                    }
                }
                return Ok(None);
            }
            IterState::Set(o, pos, len) => {
                if let Payload::Set(t) = &o.payload {
                    if t.borrow().len() != *len {
                        *len = usize::MAX;
                        return Err(vm.error("RuntimeError", "Set changed size during iteration"));
                    }
                }
                let read = |t: &crate::setobj::SetTable, pos: &mut usize| {
                    while *pos < t.slot_count() {
                        let p = *pos;
                        *pos += 1;
                        if let Some((_, v)) = t.at(p) {
                            return Some(v.clone());
                        }
                    }
                    None
                };
                return Ok(match &o.payload {
                    Payload::Set(t) => read(&t.borrow(), pos),
                    Payload::FrozenSet(t) => read(t, pos),
                    _ => None,
                });
            }
            IterState::Bytes(o, i) => {
                let b = match &o.payload {
                    Payload::Bytes(b) => b.get(*i).copied(),
                    Payload::ByteArray(b) => b.borrow().get(*i).copied(),
                    _ => None,
                };
                *i += 1;
                return Ok(b.map(|b| Value::Int(b as i64)));
            }
            IterState::Values(vals, i) => {
                let v = vals.get(*i).cloned();
                *i += 1;
                return Ok(v);
            }
            IterState::Exhausted => return Ok(None),
            _ => std::mem::replace(&mut *s, IterState::Exhausted),
        }
    };
    // Steps that call Python code: the state was taken out; put it back after.
    let (result, state) = step_slow(vm, slow);
    *cell.borrow_mut() = state;
    result
}

fn step_slow(vm: &mut Vm, state: IterState) -> (PyResult<Option<Value>>, IterState) {
    match state {
        IterState::Seq(obj, i) => match vm.getitem(&obj, &Value::Int(i)) {
            Ok(v) => (Ok(Some(v)), IterState::Seq(obj, i + 1)),
            Err(e) if vm.err_is(&e, "IndexError") || vm.err_is(&e, "StopIteration") => {
                (Ok(None), IterState::Exhausted)
            }
            Err(e) => (Err(e), IterState::Exhausted),
        },
        IterState::Callable(f, sentinel) => match vm.call(&f, &[], &[]) {
            Ok(v) => match vm.eq(&v, &sentinel) {
                Ok(true) => (Ok(None), IterState::Exhausted),
                Ok(false) => (Ok(Some(v)), IterState::Callable(f, sentinel)),
                Err(e) => (Err(e), IterState::Exhausted),
            },
            Err(e) if vm.err_is(&e, "StopIteration") => (Ok(None), IterState::Exhausted),
            Err(e) => (Err(e), IterState::Exhausted),
        },
        IterState::Enumerate(it, count) => match vm.next(&it) {
            Ok(Some(v)) => {
                let next = vm.binary_op(locus_bytecode::BinOp::Add, &count, &Value::Int(1));
                match next {
                    Ok(n) => (
                        Ok(Some(Value::Obj(PyObject::new_tuple(vec![count, v])))),
                        IterState::Enumerate(it, n),
                    ),
                    Err(e) => (Err(e), IterState::Exhausted),
                }
            }
            Ok(None) => (Ok(None), IterState::Enumerate(it, count)),
            Err(e) => (Err(e), IterState::Enumerate(it, count)),
        },
        IterState::Zip(its, strict) => {
            if its.is_empty() {
                return (Ok(None), IterState::Zip(its, strict));
            }
            let mut items = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.next(it) {
                    Ok(Some(v)) => items.push(v),
                    Ok(None) => {
                        if strict {
                            if i > 0 {
                                let msg = format!(
                                    "zip() argument {} is shorter than argument{}{}",
                                    i + 1,
                                    if i > 1 { "s 1-" } else { " " },
                                    i
                                );
                                return (Err(vm.value_error(msg)), IterState::Exhausted);
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                match vm.next(other) {
                                    Ok(Some(_)) => {
                                        let msg = format!(
                                            "zip() argument {} is longer than argument{}{}",
                                            j + 1,
                                            if j > 1 { "s 1-" } else { " " },
                                            j
                                        );
                                        return (Err(vm.value_error(msg)), IterState::Exhausted);
                                    }
                                    Ok(None) => {}
                                    Err(e) => return (Err(e), IterState::Exhausted),
                                }
                            }
                        }
                        return (Ok(None), IterState::Exhausted);
                    }
                    Err(e) => return (Err(e), IterState::Exhausted),
                }
            }
            (
                Ok(Some(Value::Obj(PyObject::new_tuple(items)))),
                IterState::Zip(its, strict),
            )
        }
        IterState::Map(f, its) => {
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it) {
                    Ok(Some(v)) => args.push(v),
                    Ok(None) => return (Ok(None), IterState::Exhausted),
                    Err(e) => return (Err(e), IterState::Map(f, its)),
                }
            }
            let r = vm.call(&f, &args, &[]);
            (r.map(Some), IterState::Map(f, its))
        }
        IterState::Filter(f, it) => loop {
            match vm.next(&it) {
                Ok(Some(v)) => {
                    let keep = if f.is_none() {
                        vm.truthy(&v)
                    } else {
                        vm.call(&f, std::slice::from_ref(&v), &[])
                            .and_then(|r| vm.truthy(&r))
                    };
                    match keep {
                        Ok(true) => return (Ok(Some(v)), IterState::Filter(f, it)),
                        Ok(false) => {}
                        Err(e) => return (Err(e), IterState::Filter(f, it)),
                    }
                }
                Ok(None) => return (Ok(None), IterState::Exhausted),
                Err(e) => return (Err(e), IterState::Filter(f, it)),
            }
        },
        other => (Ok(None), other),
    }
}

/// The iteration state over a set or frozenset object.
pub fn set_iter_state(o: &ObjRef) -> IterState {
    let len = match &o.payload {
        Payload::Set(t) => t.borrow().len(),
        Payload::FrozenSet(t) => t.len(),
        _ => 0,
    };
    IterState::Set(o.clone(), 0, len)
}
