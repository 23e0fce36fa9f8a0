//! `FrameLocalsProxy` (PEP 667), `locals()` and `frame.f_locals`.
//!
//! The proxy is a write-through view of one frame's variables: every
//! operation reads or writes the frame's slots and cells at once (and the
//! frame's extras dict for keys that name no writable variable). Nothing
//! is cached and nothing is ever copied back. `locals()` in an optimized
//! frame is an independent snapshot built from the same reads. The rule
//! numbers (R…) refer to the project's behaviour spec of PEP 667.

use locus_bytecode::VarKind;

use crate::frame::FrameVars;
use crate::gil_rc::GilRc;
use crate::object::{Payload, PyObject};
use crate::typeobj::{method, MethodDef};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The bound value of variable `i` (cells and free variables read through
/// their cell), or `None` when unbound (R3, R47). Whether to read through
/// a cell is decided by what the slot holds (R90): an inlined
/// comprehension may keep a plain value in a cell variable's slot.
pub fn var_value(vars: &FrameVars, i: usize) -> Option<Value> {
    let v = vars.slots.get(i)?.get();
    let v = match (vars.code.code.vars[i].kind, v.payload()) {
        (VarKind::Cell | VarKind::Free, Some(Payload::Cell(c))) => c.get(),
        _ => v,
    };
    (!v.is_null()).then_some(v)
}

/// Stores into variable `i`: into its cell when the slot holds one.
fn write_var(vars: &FrameVars, i: usize, value: Value) {
    let Some(slot) = vars.slots.get(i) else {
        return;
    };
    if vars.code.code.vars[i].kind != VarKind::Local {
        if let Value::Obj(cell) = slot.get() {
            if let Payload::Cell(c) = &cell.payload {
                c.set(value);
                return;
            }
        }
    }
    slot.set(value);
}

/// Whether variable `i` belongs to the proxy's view: every variable of an
/// optimized frame; in a module, class or exec frame, not the free
/// variables (a class body does not show its enclosing function's, R14).
fn in_view(vars: &FrameVars, i: usize) -> bool {
    vars.code.optimized || vars.code.code.vars[i].kind != VarKind::Free
}

/// Whether any hidden (inlined-comprehension) variable is bound now.
pub fn hidden_bound(vars: &FrameVars) -> bool {
    vars.code
        .code
        .vars
        .iter()
        .enumerate()
        .any(|(i, v)| v.hidden && var_value(vars, i).is_some())
}

/// The variable `key` names (R43): the variable whose name is `key`
/// itself, else one whose name has the key's hash and compares equal. The
/// key is hashed first, so an unhashable key fails at once (R42).
///
/// Inlined comprehensions can give a code object several variables of one
/// name (a module with `[... for n in a]` and `[lambda: n for n in b]` has
/// a plain and a cell `n`); the one bound now is the one meant.
fn find_var(vm: &mut Vm, vars: &FrameVars, key: &Value) -> PyResult<Option<usize>> {
    let hash = vm.hash(key)?;
    let names = &vars.code.var_names;
    let mut same = (0..names.len()).filter(|&i| names[i].is(key) && in_view(vars, i));
    if let Some(first) = same.next() {
        let bound = std::iter::once(first)
            .chain(same)
            .find(|&i| var_value(vars, i).is_some());
        return Ok(Some(bound.unwrap_or(first)));
    }
    for (i, name) in names.iter().enumerate() {
        if !in_view(vars, i) {
            continue;
        }
        let name = name.clone();
        let name_hash = name.as_obj().map_or(0, crate::vm::str_hash);
        if name_hash == hash && vm.eq(&name, key)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// `proxy[key]` (R44): a bound variable, else the extras; `None` if neither.
pub fn read(vm: &mut Vm, vars: &FrameVars, key: &Value) -> PyResult<Option<Value>> {
    if let Some(i) = find_var(vm, vars, key)? {
        if let Some(v) = var_value(vars, i) {
            return Ok(Some(v));
        }
    }
    match vars.extras() {
        Some(extras) => match &extras.payload {
            Payload::Dict(d) => crate::dict::get_item(vm, d, key),
            _ => Ok(None),
        },
        None => Ok(None),
    }
}

/// `proxy[key] = value` (R45): a non-hidden variable, bound or not, else
/// the extras.
pub fn write(vm: &mut Vm, vars: &FrameVars, key: &Value, value: Value) -> PyResult<()> {
    if let Some(i) = find_var(vm, vars, key)? {
        if !vars.code.code.vars[i].hidden {
            write_var(vars, i, value);
            return Ok(());
        }
    }
    let extras = vars.with_meta(|m| m.extras.get_or_insert_with(|| vm.new_dict()).clone());
    match &extras.payload {
        Payload::Dict(d) => crate::dict::set_item(vm, d, key.clone(), value),
        _ => Ok(()),
    }
}

/// `del proxy[key]` and `proxy.pop(key)` (R67, R68): variables cannot be
/// removed; an extra is removed and returned; anything else is `None`.
fn remove(vm: &mut Vm, vars: &FrameVars, key: &Value) -> PyResult<Option<Value>> {
    if let Some(i) = find_var(vm, vars, key)? {
        if !vars.code.code.vars[i].hidden {
            return Err(vm.value_error("cannot remove local variables from FrameLocalsProxy"));
        }
    }
    match vars.extras() {
        Some(extras) => match &extras.payload {
            Payload::Dict(d) => crate::dict::remove_item(vm, d, key),
            _ => Ok(None),
        },
        None => Ok(None),
    }
}

/// The proxy's items (R52, R53): bound variables in table order with their
/// canonical names, then the extras in insertion order.
pub fn items(vars: &FrameVars) -> Vec<(Value, Value)> {
    let mut out: Vec<(Value, Value)> = (0..vars.code.var_names.len())
        .filter(|&i| in_view(vars, i))
        .filter_map(|i| var_value(vars, i).map(|v| (vars.code.var_names[i].clone(), v)))
        .collect();
    if let Some(extras) = vars.extras() {
        if let Payload::Dict(d) = &extras.payload {
            out.extend(d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())));
        }
    }
    out
}

/// A new dict with the proxy's items: `proxy.copy()`, `dict(proxy)`, and
/// `locals()` in an optimized frame (R11, R72).
pub fn snapshot(vm: &mut Vm, vars: &FrameVars) -> PyResult<ObjRef> {
    let d = vm.new_dict();
    if let Payload::Dict(cell) = &d.payload {
        for (k, v) in items(vars) {
            crate::dict::set_item(vm, cell, k, v)?;
        }
    }
    Ok(d)
}

/// A new proxy over a frame.
pub fn new_proxy(vars: &GilRc<FrameVars>) -> Value {
    Value::Obj(PyObject::new(Payload::FrameLocalsProxy(vars.clone())))
}

/// `frame.f_locals` (R6): a new proxy for an optimized frame, or for a
/// module/class/exec frame while a hidden comprehension variable is bound;
/// else the frame's real namespace.
pub fn f_locals(vars: &GilRc<FrameVars>) -> Value {
    if vars.code.optimized || vars.locals.is_null() || hidden_bound(vars) {
        return new_proxy(vars);
    }
    vars.locals.clone()
}

/// `locals()` in the frame `vars` (R10, R11, R18): the real namespace of a
/// module/class/exec frame, else a fresh snapshot.
pub fn locals_of(vm: &mut Vm, vars: &FrameVars) -> PyResult<Value> {
    if !vars.code.optimized && !vars.locals.is_null() && !hidden_bound(vars) {
        return Ok(vars.locals.clone());
    }
    snapshot(vm, vars).map(Value::Obj)
}

// ---------------------------------------------------------------------
// The FrameLocalsProxy type
// ---------------------------------------------------------------------

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

/// The frame of the proxy receiving a method call.
fn recv(vm: &Vm, args: Args, what: &str) -> PyResult<GilRc<FrameVars>> {
    match args.first().and_then(Value::payload) {
        Some(Payload::FrameLocalsProxy(f)) => Ok(f.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor '{what}' requires a 'FrameLocalsProxy' object"
        ))),
    }
}

fn no_kw(vm: &Vm, kw: Kw, what: &str) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "FrameLocalsProxy.{what}() takes no keyword arguments"
        )))
    }
}

fn no_args(vm: &Vm, args: Args, kw: Kw, what: &str) -> PyResult<()> {
    no_kw(vm, kw, what)?;
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "FrameLocalsProxy.{what}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

/// The `KeyError` of a failed read (R48).
fn not_defined(vm: &mut Vm, key: &Value) -> crate::vm::PyErr {
    let r = vm.repr(key).unwrap_or_default();
    vm.error("KeyError", format!("local variable '{r}' is not defined"))
}

/// A plain `KeyError(key)` (R68).
fn key_error(vm: &mut Vm, key: &Value) -> crate::vm::PyErr {
    let e = vm.error("KeyError", String::new());
    if let Some(Payload::Exception(d)) = Value::Obj(e.clone()).payload() {
        *d.args.borrow_mut() = Value::Obj(PyObject::new_tuple(vec![key.clone()]));
    }
    e
}

/// `FrameLocalsProxy(frame)` (R37).
pub fn proxy_new(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let given = args.len().saturating_sub(1);
    if given != 1 {
        return Err(vm.type_error(format!("FrameLocalsProxy expected 1 argument, got {given}")));
    }
    if !kw.is_empty() {
        return Err(vm.type_error("FrameLocalsProxy takes no keyword arguments"));
    }
    match crate::types::frame::frame_vars(&args[1]) {
        Some(vars) => Ok(new_proxy(vars)),
        None => Err(vm.type_error(format!("expect frame, not {}", vm.type_name(&args[1])))),
    }
}

fn p_getitem(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let vars = recv(vm, args, "__getitem__")?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    match read(vm, &vars, &key)? {
        Some(v) => Ok(v),
        None => Err(not_defined(vm, &key)),
    }
}

fn p_setitem(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let vars = recv(vm, args, "__setitem__")?;
    let (Some(key), Some(value)) = (args.get(1), args.get(2)) else {
        return Err(vm.type_error("expected 2 arguments"));
    };
    write(vm, &vars, key, value.clone())?;
    Ok(Value::None)
}

fn p_delitem(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let vars = recv(vm, args, "__delitem__")?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    match remove(vm, &vars, &key)? {
        Some(_) => Ok(Value::None),
        None => Err(key_error(vm, &key)),
    }
}

fn p_contains(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let vars = recv(vm, args, "__contains__")?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(read(vm, &vars, &key)?.is_some()))
}

fn p_len(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let vars = recv(vm, args, "__len__")?;
    Ok(Value::Int(items(&vars).len() as i64))
}

fn key_list(vars: &FrameVars) -> Vec<Value> {
    items(vars).into_iter().map(|(k, _)| k).collect()
}

fn p_iter(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let vars = recv(vm, args, "__iter__")?;
    let list = Value::Obj(PyObject::new_list(key_list(&vars)));
    vm.iter(&list)
}

fn p_reversed(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let vars = recv(vm, args, "__reversed__")?;
    let mut keys = key_list(&vars);
    keys.reverse();
    Ok(Value::Obj(PyObject::new_list(keys)))
}

fn p_keys(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_args(vm, args, kw, "keys")?;
    let vars = recv(vm, args, "keys")?;
    Ok(Value::Obj(PyObject::new_list(key_list(&vars))))
}

fn p_values(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_args(vm, args, kw, "values")?;
    let vars = recv(vm, args, "values")?;
    let values = items(&vars).into_iter().map(|(_, v)| v).collect();
    Ok(Value::Obj(PyObject::new_list(values)))
}

fn p_items(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_args(vm, args, kw, "items")?;
    let vars = recv(vm, args, "items")?;
    let pairs = items(&vars)
        .into_iter()
        .map(|(k, v)| Value::Obj(PyObject::new_tuple(vec![k, v])))
        .collect();
    Ok(Value::Obj(PyObject::new_list(pairs)))
}

fn p_copy(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_args(vm, args, kw, "copy")?;
    let vars = recv(vm, args, "copy")?;
    snapshot(vm, &vars).map(Value::Obj)
}

fn p_get(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kw(vm, kw, "get")?;
    let vars = recv(vm, args, "get")?;
    if !(2..=3).contains(&args.len()) {
        return Err(vm.type_error("get expected 1 or 2 arguments"));
    }
    let default = args.get(2).cloned().unwrap_or(Value::None);
    Ok(read(vm, &vars, &args[1])?.unwrap_or(default))
}

fn p_setdefault(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kw(vm, kw, "setdefault")?;
    let vars = recv(vm, args, "setdefault")?;
    if !(2..=3).contains(&args.len()) {
        return Err(vm.type_error("setdefault expected 1 or 2 arguments"));
    }
    if let Some(v) = read(vm, &vars, &args[1])? {
        return Ok(v);
    }
    let default = args.get(2).cloned().unwrap_or(Value::None);
    write(vm, &vars, &args[1], default.clone())?;
    Ok(default)
}

fn p_pop(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kw(vm, kw, "pop")?;
    let vars = recv(vm, args, "pop")?;
    match args.len() {
        0 | 1 => return Err(vm.type_error("pop expected at least 1 argument, got 0")),
        2 | 3 => {}
        n => return Err(vm.type_error(format!("pop expected at most 2 arguments, got {}", n - 1))),
    }
    match remove(vm, &vars, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(key_error(vm, &args[1])),
        },
    }
}

/// The items of a dict or proxy operand of `update`, `|` and `|=`.
fn mapping_items(other: &Value) -> Option<Vec<(Value, Value)>> {
    match other.payload() {
        Some(Payload::FrameLocalsProxy(f)) => Some(items(f)),
        Some(Payload::Dict(d)) => Some(
            d.borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
        ),
        _ => None,
    }
}

/// Writes every item of `other` through the proxy (R62, R63: any failure
/// is reported as the one `TypeError`; items before it stay written).
fn merge(vm: &mut Vm, vars: &FrameVars, other: &Value) -> PyResult<()> {
    let fail =
        |vm: &Vm| vm.type_error("update() argument must be dict or another FrameLocalsProxy");
    let Some(pairs) = mapping_items(other) else {
        return Err(fail(vm));
    };
    for (k, v) in pairs {
        if write(vm, vars, &k, v).is_err() {
            return Err(fail(vm));
        }
    }
    Ok(())
}

fn p_update(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kw(vm, kw, "update")?;
    let vars = recv(vm, args, "update")?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "FrameLocalsProxy.update() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    merge(vm, &vars, &args[1])?;
    Ok(Value::None)
}

fn not_implemented() -> Value {
    crate::typeobj::singletons().not_implemented.clone()
}

/// `proxy | other` and `other | proxy` (R73): a new dict.
fn or_dicts(vm: &mut Vm, left: &Value, right: &Value) -> PyResult<Value> {
    let (Some(l), Some(r)) = (mapping_items(left), mapping_items(right)) else {
        return Ok(not_implemented());
    };
    let d = vm.new_dict();
    if let Payload::Dict(cell) = &d.payload {
        for (k, v) in l.into_iter().chain(r) {
            crate::dict::set_item(vm, cell, k, v)?;
        }
    }
    Ok(Value::Obj(d))
}

fn p_or(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    recv(vm, args, "__or__")?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    or_dicts(vm, &args[0], &other)
}

fn p_ror(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    recv(vm, args, "__ror__")?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    or_dicts(vm, &other, &args[0])
}

fn p_ior(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let vars = recv(vm, args, "__ior__")?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if mapping_items(&other).is_none() {
        return Ok(not_implemented());
    }
    merge(vm, &vars, &other)?;
    Ok(args[0].clone())
}

/// Rich comparison (R74): proxies are equal when they view the same frame;
/// against a dict the proxy compares as a dict; anything else is not
/// implemented.
fn compare(vm: &mut Vm, args: Args, op: locus_bytecode::CmpOp) -> PyResult<Value> {
    use locus_bytecode::CmpOp;
    let vars = recv(vm, args, "__eq__")?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    match other.payload() {
        Some(Payload::FrameLocalsProxy(o)) => match op {
            CmpOp::Eq => Ok(Value::Bool(GilRc::ptr_eq(&vars, o))),
            CmpOp::Ne => Ok(Value::Bool(!GilRc::ptr_eq(&vars, o))),
            _ => Ok(not_implemented()),
        },
        Some(Payload::Dict(_)) => {
            let mine = Value::Obj(snapshot(vm, &vars)?);
            vm.compare(&mine, &other, op)
        }
        _ => Ok(not_implemented()),
    }
}

macro_rules! comparison {
    ($name:ident, $op:ident) => {
        fn $name(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
            compare(vm, args, locus_bytecode::CmpOp::$op)
        }
    };
}
comparison!(p_eq, Eq);
comparison!(p_ne, Ne);
comparison!(p_lt, Lt);
comparison!(p_le, Le);
comparison!(p_gt, Gt);
comparison!(p_ge, Ge);

/// `repr(proxy)` (R75): the repr of the equivalent dict.
fn p_repr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let vars = recv(vm, args, "__repr__")?;
    // Guarded by frame, not by proxy object: each `f_locals` is a new proxy,
    // and a frame whose variables hold a proxy of itself must print `{...}`.
    let id = GilRc::as_ptr(&vars) as usize;
    if vm.repr_stack.contains(&id) {
        return Ok(Value::str("{...}"));
    }
    vm.check_native_stack(" while getting the repr of an object")?;
    vm.repr_stack.push(id);
    let d = snapshot(vm, &vars);
    let r = d.and_then(|d| vm.repr(&Value::Obj(d)));
    if let Some(pos) = vm.repr_stack.iter().rposition(|x| *x == id) {
        vm.repr_stack.truncate(pos);
    }
    Ok(Value::str(r?))
}

/// Methods of `FrameLocalsProxy` (R41).
pub static METHODS: &[MethodDef] = &[
    method("__getitem__", p_getitem),
    method("__setitem__", p_setitem),
    method("__delitem__", p_delitem),
    method("__contains__", p_contains),
    method("__len__", p_len),
    method("__iter__", p_iter),
    method("__reversed__", p_reversed),
    method("__or__", p_or),
    method("__ror__", p_ror),
    method("__ior__", p_ior),
    method("__eq__", p_eq),
    method("__ne__", p_ne),
    method("__lt__", p_lt),
    method("__le__", p_le),
    method("__gt__", p_gt),
    method("__ge__", p_ge),
    method("__repr__", p_repr),
    method("keys", p_keys),
    method("values", p_values),
    method("items", p_items),
    method("get", p_get),
    method("setdefault", p_setdefault),
    method("update", p_update),
    method("copy", p_copy),
    method("pop", p_pop),
];
