//! Run-time support of `match` statements (PEP 634): which classes match
//! sequence and mapping patterns, the key lookups of mapping patterns
//! (`MatchKeys`) and the attribute reads of class patterns (`MatchClass`).
//! The compiler (`locus-compiler`, `codegen/pattern.rs`) emits everything
//! else as ordinary instructions.

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
