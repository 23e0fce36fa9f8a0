//! Classes: the `type` payload, the builtin types, MRO computation and
//! attribute lookup along the MRO.
//!
//! Builtin types are created once per process (they are immutable, as in
//! CPython) and reached through [`types()`], so finding the type of a value
//! needs no interpreter state.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use crate::dict::Dict;
use crate::function::{BuiltinFunction, BuiltinKind, NativeFn};
use crate::object::{Payload, PyCell, PyObject};
use crate::value::{ObjRef, Value};

/// The builtin state that instances of a class carry (the payload kind
/// their first builtin base gives them).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// No builtin state.
    Object,
    /// A builtin type whose instances cannot be created by subclassing (or need no special handling).
    Other,
    /// `int` subclasses.
    Int,
    /// `float` subclasses.
    Float,
    /// `str` subclasses.
    Str,
    /// `tuple` subclasses.
    Tuple,
    /// `list` subclasses.
    List,
    /// `dict` subclasses.
    Dict,
    /// `set` subclasses.
    Set,
    /// Exceptions.
    Exception,
    /// `type` subclasses (metaclasses).
    Type,
}

/// The state of a class object.
pub struct TypeData {
    /// `__name__`.
    pub name: PyCell<String>,
    /// `__qualname__`.
    pub qualname: PyCell<String>,
    /// `__bases__`.
    pub bases: Vec<ObjRef>,
    /// The MRO after the class itself (the class is not stored in its own
    /// MRO, which would be a reference cycle).
    pub mro: Vec<ObjRef>,
    /// The class namespace (a dict object).
    pub dict: ObjRef,
    /// Builtin state of instances.
    pub layout: Layout,
    /// Defined in Rust (immutable).
    pub builtin: bool,
    /// For builtin types: creates an instance (`cls`, then the call's arguments).
    pub ctor: Option<NativeFn>,
    /// Whether instances get a `__dict__`.
    pub instance_dict: bool,
    /// Number of `__slots__` members instances carry (all bases included).
    pub nslots: usize,
}

impl TypeData {
    /// The class name.
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
}

/// A method definition of a builtin type.
pub struct MethodDef {
    /// Name.
    pub name: &'static str,
    /// Implementation.
    pub func: NativeFn,
    /// Binding.
    pub kind: BuiltinKind,
}

/// Shorthand for an instance method definition.
pub const fn method(name: &'static str, func: NativeFn) -> MethodDef {
    MethodDef {
        name,
        func,
        kind: BuiltinKind::Method,
    }
}

/// Shorthand for a class method definition.
pub const fn classmethod(name: &'static str, func: NativeFn) -> MethodDef {
    MethodDef {
        name,
        func,
        kind: BuiltinKind::ClassMethod,
    }
}

/// Shorthand for a static method definition.
pub const fn staticmethod(name: &'static str, func: NativeFn) -> MethodDef {
    MethodDef {
        name,
        func,
        kind: BuiltinKind::StaticMethod,
    }
}

/// The payload of a class object, if `v` is one.
pub fn as_type(v: &Value) -> Option<&TypeData> {
    match v.payload() {
        Some(Payload::Type(t)) => Some(t),
        _ => None,
    }
}

/// The payload of a class object.
pub fn type_data(o: &ObjRef) -> &TypeData {
    match &o.payload {
        Payload::Type(t) => t,
        _ => unreachable_type(),
    }
}

#[cold]
fn unreachable_type() -> &'static TypeData {
    // Only called with objects checked to be classes; keep a harmless answer.
    type_data(&types().object)
}

/// Looks `name` (an interned str) up in `cls` and its MRO.
pub fn lookup(cls: &ObjRef, name: &Value) -> Option<Value> {
    let hash = match name.payload() {
        Some(Payload::Str(s)) => s.hash(),
        _ => return None,
    };
    let t = type_data(cls);
    if let Some(v) = dict_get_str(&t.dict, name, hash) {
        return Some(v);
    }
    for base in &t.mro {
        if let Some(v) = dict_get_str(&type_data(base).dict, name, hash) {
            return Some(v);
        }
    }
    None
}

/// Looks `name` up starting after `after` in the MRO of `cls` (for `super`).
pub fn lookup_after(cls: &ObjRef, after: &ObjRef, name: &Value) -> Option<Value> {
    let hash = match name.payload() {
        Some(Payload::Str(s)) => s.hash(),
        _ => return None,
    };
    let mut full = vec![cls.clone()];
    full.extend(type_data(cls).mro.iter().cloned());
    let pos = full.iter().position(|c| Arc::ptr_eq(c, after))?;
    for c in &full[pos + 1..] {
        if let Some(v) = dict_get_str(&type_data(c).dict, name, hash) {
            return Some(v);
        }
    }
    None
}

fn dict_get_str(dict: &ObjRef, name: &Value, hash: i64) -> Option<Value> {
    match &dict.payload {
        Payload::Dict(d) => d.borrow().get_str(name, hash).cloned(),
        _ => None,
    }
}

/// Whether `sub` is `sup` or has it in its MRO.
pub fn is_subtype(sub: &ObjRef, sup: &ObjRef) -> bool {
    Arc::ptr_eq(sub, sup) || type_data(sub).mro.iter().any(|c| Arc::ptr_eq(c, sup))
}

/// The full MRO including the class itself.
pub fn full_mro(cls: &ObjRef) -> Vec<ObjRef> {
    let mut v = vec![cls.clone()];
    v.extend(type_data(cls).mro.iter().cloned());
    v
}

/// C3 linearization of the bases; `Err` with CPython's message when impossible.
pub fn compute_mro(bases: &[ObjRef]) -> Result<Vec<ObjRef>, String> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(full_mro).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().map(|s| s[0].clone()).find(|c| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|x| Arc::ptr_eq(x, c)))
        });
        match candidate {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if Arc::ptr_eq(&s[0], &c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = type_data(&s[0]).name();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                ));
            }
        }
    }
}

/// Creates a builtin class object.
pub fn new_builtin_type(
    name: &str,
    base: Option<&ObjRef>,
    layout: Layout,
    ctor: Option<NativeFn>,
    methods: &[MethodDef],
) -> ObjRef {
    let mut dict = Dict::new();
    for m in methods {
        let f = PyObject::new(Payload::Builtin(BuiltinFunction {
            name: m.name,
            owner: leak_name(name),
            func: m.func,
            kind: m.kind,
        }));
        let key = crate::intern::intern(m.name);
        let hash = key.as_obj().map(|o| crate::vm::str_hash(o)).unwrap_or(0);
        dict.set_fast(hash, key, Value::Obj(f));
    }
    let bases: Vec<ObjRef> = base.into_iter().cloned().collect();
    let mro = base.map(full_mro).unwrap_or_default();
    PyObject::new(Payload::Type(TypeData {
        name: PyCell::new(name.to_string()),
        qualname: PyCell::new(name.to_string()),
        bases,
        mro,
        dict: PyObject::new_dict(dict),
        layout,
        builtin: true,
        ctor,
        instance_dict: false,
        nslots: 0,
    }))
}

fn leak_name(name: &str) -> &'static str {
    static NAMES: OnceLock<std::sync::Mutex<HashMap<String, &'static str>>> = OnceLock::new();
    let mut m = NAMES
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(s) = m.get(name) {
        return s;
    }
    let s: &'static str = Box::leak(name.to_string().into_boxed_str());
    m.insert(name.to_string(), s);
    s
}

/// The singleton objects that are not immediates.
pub struct Singletons {
    /// `NotImplemented`
    pub not_implemented: Value,
    /// `Ellipsis`
    pub ellipsis: Value,
}

/// The process-wide singletons.
pub fn singletons() -> &'static Singletons {
    static S: OnceLock<Singletons> = OnceLock::new();
    S.get_or_init(|| Singletons {
        not_implemented: Value::Obj(PyObject::new(Payload::NotImplemented)),
        ellipsis: Value::Obj(PyObject::new(Payload::Ellipsis)),
    })
}

pub use crate::builtin_types::{types, BuiltinTypes};
