//! Run-time support of `match` statements (PEP 634): which classes match
//! sequence and mapping patterns, the key lookups of mapping patterns
//! (`MatchKeys`) and the attribute reads of class patterns (`MatchClass`).
//! The compiler (`locus-compiler`, `codegen/pattern.rs`) emits everything
//! else as ordinary instructions.

use std::sync::atomic::Ordering::Relaxed;

use crate::object::{Payload, PyCell, PyObject};
use crate::setobj::{set_lookup, SetTable};
use crate::typeobj::{type_data, type_flags};
use crate::value::Value;
use crate::vm::{class_of, PyResult, Vm};

/// Whether `v`'s class has the [`type_flags`] bit `flag` (`SEQUENCE` for
/// `MatchSequence`, `MAPPING` for `MatchMapping`).
pub(crate) fn is_collection_kind(v: &Value, flag: u32) -> bool {
    type_data(class_of(v)).has_flags(flag)
}

/// CPython's `Py_TPFLAGS_SEQUENCE` and `Py_TPFLAGS_MAPPING`, the values
/// `collections.abc` puts in `__abc_tpflags__`.
const CPYTHON_SEQUENCE: i64 = 1 << 5;
const CPYTHON_MAPPING: i64 = 1 << 6;

/// `_locus.set_collection_flag(cls, flags)`: what registering `cls` with
/// `collections.abc.Sequence` or `Mapping` does in CPython. `flags` holds
/// CPython's `Py_TPFLAGS_SEQUENCE` (1 << 5) or `Py_TPFLAGS_MAPPING`
/// (1 << 6), as in `__abc_tpflags__` (other bits are ignored); `cls` and
/// its subclasses become sequences or mappings for pattern matching,
/// except builtin classes and the subclasses that already are that kind.
pub fn set_collection_flag(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cls = args
        .first()
        .and_then(Value::as_obj)
        .filter(|o| matches!(o.payload, Payload::Type(_)))
        .cloned();
    let (Some(cls), Some(Value::Int(bits))) = (cls, args.get(1)) else {
        return Err(vm.type_error("set_collection_flag(cls, flags): a class and an int"));
    };
    let flag = match (bits & CPYTHON_SEQUENCE != 0, bits & CPYTHON_MAPPING != 0) {
        (true, true) => {
            return Err(vm.type_error(
                "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING",
            ))
        }
        (true, false) => type_flags::SEQUENCE,
        (false, true) => type_flags::MAPPING,
        (false, false) => return Ok(Value::None),
    };
    // A work list rather than recursion: class hierarchies can be deep.
    let mut pending = vec![cls];
    while let Some(c) = pending.pop() {
        let t = type_data(&c);
        if t.builtin || t.flags.load(Relaxed) & type_flags::COLLECTION == flag {
            continue;
        }
        let old = t.flags.load(Relaxed);
        t.flags.store(old & !type_flags::COLLECTION | flag, Relaxed);
        let subclasses: Vec<_> = t
            .subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        pending.extend(subclasses);
    }
    Ok(Value::None)
}

/// `_locus.collection_flag(cls)`: the collection bit of `cls` in CPython's
/// values (1 << 5 sequence, 1 << 6 mapping, else 0), which `abc` passes
/// on to the classes an ABC registers (CPython's `_abc_register`).
pub fn collection_flag(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(t) = args.first().and_then(crate::typeobj::as_type) else {
        return Err(vm.type_error("collection_flag(cls): a class"));
    };
    Ok(Value::Int(if t.has_flags(type_flags::SEQUENCE) {
        CPYTHON_SEQUENCE
    } else if t.has_flags(type_flags::MAPPING) {
        CPYTHON_MAPPING
    } else {
        0
    }))
}

/// The items of an exact tuple.
fn exact_tuple(v: &Value) -> Option<&[Value]> {
    match v.as_obj() {
        Some(o) if o.class.is_none() => match &o.payload {
            Payload::Tuple(items) => Some(items),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is an exact str.
fn is_exact_str(v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| o.class.is_none() && matches!(o.payload, Payload::Str(_)))
}

impl Vm {
    /// `MatchKeys`: the values of `keys` (a tuple) in the mapping
    /// `subject`, looked up with `subject.get(key, sentinel)` so that a
    /// `__missing__` hook never runs and no key is created; None as soon as
    /// one is missing.
    pub(crate) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = exact_tuple(keys).map(<[Value]>::to_vec).unwrap_or_default();
        if keys.is_empty() {
            return Ok(Value::Obj(PyObject::new_tuple(Vec::new())));
        }
        let get = self.get_attr_str(subject, "get")?;
        let sentinel = Value::Obj(PyObject::new(Payload::Object(PyCell::new(Vec::new()))));
        // Keys from value patterns (`a.b`) may repeat at run time.
        let seen = PyCell::new(SetTable::new());
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            let hash = self.hash(&key)?;
            if set_lookup(self, &seen, &key, hash)?.is_some() {
                let r = self.repr(&key)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            // CPython hashes the key again to add it; a `__hash__` with
            // side effects sees both calls.
            let hash = self.hash(&key)?;
            seen.borrow_mut().insert_new(hash, key.clone());
            let value = self.call(&get, &[key, sentinel.clone()], &[])?;
            if value.is(&sentinel) {
                return Ok(Value::None);
            }
            values.push(value);
        }
        Ok(Value::Obj(PyObject::new_tuple(values)))
    }

    /// `MatchClass`: the attributes a class pattern `cls(<nargs
    /// positional>, **names)` matches against, as a tuple, or None when
    /// the subject is not an instance of `cls` or lacks one of them.
    pub(crate) fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Some(cls_obj) = cls
            .as_obj()
            .filter(|o| matches!(o.payload, Payload::Type(_)))
            .cloned()
        else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        if !crate::builtins::isinstance(self, subject, cls)? {
            return Ok(Value::None);
        }
        let cls_name = type_data(&cls_obj).name();
        let mut seen: Vec<String> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let match_args = self.get_attr_optional(cls, "__match_args__")?;
            // Without `__match_args__`, the builtins that match themselves
            // accept one positional sub-pattern: the subject.
            let (positional, match_self) = match &match_args {
                Some(m) => match exact_tuple(m) {
                    Some(items) => (items.to_vec(), false),
                    None => {
                        return Err(self.type_error(format!(
                            "{cls_name}.__match_args__ must be a tuple (got {})",
                            self.type_name(m)
                        )))
                    }
                },
                None => (
                    Vec::new(),
                    type_data(&cls_obj).has_flags(type_flags::MATCH_SELF),
                ),
            };
            let allowed = if match_self { 1 } else { positional.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{cls_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &positional[..nargs] {
                    if !is_exact_str(name) {
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(name)
                        )));
                    }
                    match self.match_class_attr(subject, &cls_name, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        let keywords = exact_tuple(names)
            .map(<[Value]>::to_vec)
            .unwrap_or_default();
        for name in &keywords {
            match self.match_class_attr(subject, &cls_name, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::Obj(PyObject::new_tuple(attrs)))
    }

    /// One attribute of a class pattern; an attribute named twice (once
    /// through `__match_args__`, once as a keyword) is a `TypeError`.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        cls_name: &str,
        name: &Value,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        let text = name.as_str().unwrap_or_default().to_string();
        if seen.contains(&text) {
            let r = self.repr(name)?;
            return Err(self.type_error(format!(
                "{cls_name}() got multiple sub-patterns for attribute {r}"
            )));
        }
        seen.push(text);
        self.get_attr_value_optional(subject, name)
    }

    /// `getattr(obj, name)` (all hooks included), None on `AttributeError`.
    fn get_attr_value_optional(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        match self.get_attr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_is(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// [`Self::get_attr_value_optional`] for a Rust string name.
    fn get_attr_optional(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let name = crate::intern::intern(name);
        self.get_attr_value_optional(obj, &name)
    }
}

#[cfg(test)]
mod tests {
    use crate::value::Value;

    /// A class registered through `_locus.set_collection_flag` matches
    /// sequence patterns, as do its subclasses; a builtin keeps its kind.
    #[test]
    fn registered_classes_match_sequence_patterns() {
        let _lock = crate::threads::lock::LockHold::new();
        let mut interp = crate::Interpreter::new(vec![], vec![], 1 << 26);
        let vm = interp.vm();
        let source = r#"
import _locus
class Base: pass
class Child(Base): pass
def kind(x):
    match x:
        case [*_]: return "seq"
        case {}: return "map"
        case _: return "other"
before = kind(Child())
_locus.set_collection_flag(Base, 1 << 5)
after = kind(Child()), kind(Base())
_locus.set_collection_flag(Base, 1 << 6)
remapped = kind(Child())
_locus.set_collection_flag(str, 1 << 5)
text = kind("abc")
result = (before, after, remapped, text)
"#;
        let Ok(code) = crate::compile_hook::compile(vm, source, "<test>", "exec") else {
            panic!("the test program compiles");
        };
        let globals = vm.new_dict();
        let ran = vm.run_code(&code, globals.clone(), Value::Obj(globals.clone()));
        assert!(ran.is_ok(), "the test program runs");
        let result = crate::types::object::ns_get(&globals, "result").unwrap_or(Value::None);
        let shown = vm.repr(&result).unwrap_or_default();
        assert_eq!(shown, "('other', ('seq', 'seq'), 'map', 'other')");
    }
}
