//! Classes: the `type` payload, the builtin types, MRO computation and
//! attribute lookup along the MRO.
//!
//! Builtin types are created once per process (they are immutable, as in
//! CPython) and reached through [`types()`], so finding the type of a value
//! needs no interpreter state.

use crate::gil_rc::GilRc;
use std::collections::HashMap;
use std::sync::OnceLock;

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
    /// Direct subclasses (weak: a class does not keep its subclasses alive).
    pub subclasses: PyCell<Vec<crate::gil_rc::GilWeak<PyObject>>>,
    /// Which attribute hooks the class overrides ([`special_flags`]),
    /// cached as `epoch << 8 | flags`.
    pub special_cache: std::sync::atomic::AtomicU64,
    /// [`type_flags`] bits: what kind of collection instances are for
    /// pattern matching. Set on builtin types when they are made, inherited
    /// when a class is created, and settable later (registering a class
    /// with an ABC would), hence a cell.
    pub flags: std::sync::atomic::AtomicU32,
    /// Whether instances cannot be created: set by assigning a non-empty
    /// `__abstractmethods__` to the class (CPython's
    /// `Py_TPFLAGS_IS_ABSTRACT`; not inherited, and not set by a class body
    /// that merely defines the name). `object.__new__` checks it.
    pub is_abstract: std::sync::atomic::AtomicBool,
}

/// Bits of [`TypeData::flags`] (CPython's `Py_TPFLAGS_SEQUENCE`,
/// `Py_TPFLAGS_MAPPING` and `_Py_TPFLAGS_MATCH_SELF`).
pub mod type_flags {
    /// Instances match sequence patterns (`[a, b]`, `(a, *rest)`): list,
    /// tuple, range, memoryview. Never str, bytes or bytearray.
    pub const SEQUENCE: u32 = 1;
    /// Instances match mapping patterns (`{"k": v}`): dict, `FrameLocalsProxy`.
    pub const MAPPING: u32 = 2;
    /// A class pattern with one positional sub-pattern matches the subject
    /// itself (`case int(x):`), unless the class defines `__match_args__`.
    pub const MATCH_SELF: u32 = 4;
    /// The bits of [`SEQUENCE`] and [`MAPPING`]: at most one is set.
    pub const COLLECTION: u32 = SEQUENCE | MAPPING;
}

impl TypeData {
    /// The class name.
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// Whether all the [`type_flags`] bits in `bits` are set.
    pub fn has_flags(&self, bits: u32) -> bool {
        self.flags.load(std::sync::atomic::Ordering::Relaxed) & bits == bits
    }

    /// Sets [`type_flags`] bits.
    pub fn add_flags(&self, bits: u32) {
        self.flags
            .fetch_or(bits, std::sync::atomic::Ordering::Relaxed);
    }
}

/// The [`type_flags`] a new class gets from its MRO (the class itself
/// excluded), as CPython's type creation does: the collection kind of the
/// first class in the MRO that has one, and `MATCH_SELF` when the class
/// derives from a builtin that matches itself.
pub fn inherited_flags(mro: &[ObjRef]) -> u32 {
    let bits = |c: &ObjRef| {
        type_data(c)
            .flags
            .load(std::sync::atomic::Ordering::Relaxed)
    };
    let collection = mro
        .iter()
        .map(bits)
        .find(|b| b & type_flags::COLLECTION != 0)
        .unwrap_or(0)
        & type_flags::COLLECTION;
    let match_self = if mro.iter().any(|c| bits(c) & type_flags::MATCH_SELF != 0) {
        type_flags::MATCH_SELF
    } else {
        0
    };
    collection | match_self
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

/// Bumped whenever a class namespace changes or a class is created: the
/// lookup cache below is valid only for the epoch it was filled in.
static TYPE_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Invalidates every cached MRO lookup (call after changing any class's
/// namespace, and when a class is created, since a new class may reuse a
/// dead one's address).
pub fn invalidate_lookup_cache() {
    TYPE_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// The current type epoch: attribute caches filled in an earlier epoch are stale.
#[inline]
pub fn epoch() -> u64 {
    TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

/// One entry of the per-thread MRO lookup cache.
struct CacheEntry {
    epoch: u64,
    class: usize,
    /// The looked-up name, kept alive so its address cannot be reused.
    name: Value,
    result: Option<Value>,
}

const LOOKUP_CACHE_SIZE: usize = 2048;

thread_local! {
    static LOOKUP_CACHE: std::cell::RefCell<Vec<CacheEntry>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Empties the calling thread's lookup cache (it holds Python values, which
/// must be released under the interpreter lock, not by the thread-local
/// destructor at thread exit).
pub fn clear_lookup_cache() {
    let old = LOOKUP_CACHE.with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(old);
}

/// Looks `name` (a str) up in `cls` and its MRO, through a per-thread cache
/// keyed by class and name identity (attribute access and special-method
/// lookup would otherwise walk the MRO's dicts every time).
pub fn lookup(cls: &ObjRef, name: &Value) -> Option<Value> {
    let name_obj = name.as_obj()?;
    let class_id = GilRc::as_ptr(cls) as usize;
    let name_id = GilRc::as_ptr(name_obj) as usize;
    let epoch = TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
    let slot = ((class_id >> 4) ^ (name_id >> 4).wrapping_mul(31)) & (LOOKUP_CACHE_SIZE - 1);
    let cached = LOOKUP_CACHE.try_with(|c| {
        let c = c.borrow();
        match c.get(slot) {
            Some(e) if e.epoch == epoch && e.class == class_id && e.name.is(name) => {
                Some(e.result.clone())
            }
            _ => None,
        }
    });
    if let Ok(Some(result)) = cached {
        return result;
    }
    let result = lookup_uncached(cls, name);
    let _ = LOOKUP_CACHE.try_with(|c| {
        let mut c = c.borrow_mut();
        if c.is_empty() {
            c.resize_with(LOOKUP_CACHE_SIZE, || CacheEntry {
                epoch: 0,
                class: 0,
                name: Value::Null,
                result: None,
            });
        }
        // The old entry is replaced, and its values dropped, after the write.
        let old = std::mem::replace(
            &mut c[slot],
            CacheEntry {
                epoch,
                class: class_id,
                name: name.clone(),
                result: result.clone(),
            },
        );
        drop(c);
        drop(old);
    });
    result
}

/// The class defines (or inherits from a Python class) `__getattribute__`.
pub const CUSTOM_GETATTRIBUTE: u8 = 1;
/// The class defines or inherits a Python `__setattr__`.
pub const CUSTOM_SETATTR: u8 = 2;
/// The class has a `__getattr__` hook.
pub const HAS_GETATTR: u8 = 4;
/// The class defines or inherits a Python `__delattr__`.
pub const CUSTOM_DELATTR: u8 = 8;

/// Which attribute hooks `cls` overrides with Python code, so that plain
/// attribute access can skip looking them up. Cached per class and
/// recomputed when any class changes (the lookup-cache epoch).
pub fn special_flags(cls: &ObjRef) -> u8 {
    use std::sync::atomic::Ordering::Relaxed;
    let t = type_data(cls);
    let epoch = TYPE_EPOCH.load(Relaxed);
    let cached = t.special_cache.load(Relaxed);
    if cached >> 8 == epoch {
        return cached as u8;
    }
    let n = crate::names::names();
    let python_defined = |name: &Value| {
        lookup(cls, name).is_some_and(|f| !matches!(f.payload(), Some(Payload::Builtin(_))))
    };
    let mut flags = 0;
    if python_defined(&n.__getattribute__) {
        flags |= CUSTOM_GETATTRIBUTE;
    }
    if python_defined(&n.__setattr__) {
        flags |= CUSTOM_SETATTR;
    }
    if lookup(cls, &n.__getattr__).is_some() {
        flags |= HAS_GETATTR;
    }
    if python_defined(&n.__delattr__) {
        flags |= CUSTOM_DELATTR;
    }
    t.special_cache.store(epoch << 8 | flags as u64, Relaxed);
    flags
}

fn lookup_uncached(cls: &ObjRef, name: &Value) -> Option<Value> {
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
    let pos = full.iter().position(|c| GilRc::ptr_eq(c, after))?;
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
    GilRc::ptr_eq(sub, sup) || type_data(sub).mro.iter().any(|c| GilRc::ptr_eq(c, sup))
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
                .any(|s| s[1..].iter().any(|x| GilRc::ptr_eq(x, c)))
        });
        match candidate {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if GilRc::ptr_eq(&s[0], &c) {
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
        let hash = key.as_obj().map(crate::vm::str_hash).unwrap_or(0);
        dict.set_fast(hash, key, Value::Obj(f));
    }
    if let Some(ctor) = ctor {
        // `cls.__new__(cls, ...)` is the builtin constructor.
        let f = PyObject::new(Payload::Builtin(BuiltinFunction {
            name: "__new__",
            owner: leak_name(name),
            func: ctor,
            kind: BuiltinKind::StaticMethod,
        }));
        let key = crate::intern::intern("__new__");
        let hash = key.as_obj().map(crate::vm::str_hash).unwrap_or(0);
        dict.set_fast(hash, key, Value::Obj(f));
    }
    let bases: Vec<ObjRef> = base.into_iter().cloned().collect();
    let mro = base.map(full_mro).unwrap_or_default();
    let cls = PyObject::new(Payload::Type(Box::new(TypeData {
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
        subclasses: PyCell::new(Vec::new()),
        special_cache: std::sync::atomic::AtomicU64::new(0),
        flags: std::sync::atomic::AtomicU32::new(0),
        is_abstract: std::sync::atomic::AtomicBool::new(false),
    })));
    if let Some(b) = base {
        type_data(b)
            .subclasses
            .borrow_mut()
            .push(GilRc::downgrade(&cls));
    }
    cls
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
