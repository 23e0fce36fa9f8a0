//! `dict` and its views.
//!
//! Entries are snapshotted before any call that can run Python code
//! (`__eq__`, `__hash__`, `__getitem__` of a mapping, ...); the table is
//! never borrowed across such calls.

use locus_bytecode::{BinOp, CmpOp};

use crate::dict::{get_item, lookup, remove_item, set_item, set_item_hashed, Dict};
use crate::iter::{new_iter, IterState};
use crate::names::names;
use crate::object::{DictViewKind, Payload, PyCell, PyObject};
use crate::setobj::SetTable;
use crate::typeobj::{classmethod, method, MethodDef};
use crate::types::list::{
    check_args, check_noargs, check_o, check_wrapper_args, descriptor_error, not_implemented,
    repr_via_exact,
};
use crate::types::set as sets;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

// ---------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------

/// The table of a dict value (of any class).
fn cell_of(v: &Value) -> Option<&PyCell<Dict>> {
    match v.payload() {
        Some(Payload::Dict(d)) => Some(d),
        _ => None,
    }
}

/// Whether `v` is an exact dict.
fn is_exact_dict(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class.is_none() && matches!(o.payload, Payload::Dict(_)))
}

/// A snapshot of the entries: (key, hash, value) in insertion order.
fn entries(cell: &PyCell<Dict>) -> Vec<(Value, i64, Value)> {
    cell.borrow()
        .iter()
        .map(|e| (e.key.clone(), e.hash, e.value.clone()))
        .collect()
}

/// A new exact dict holding a copy of `cell`'s entries.
fn copy_dict(cell: &PyCell<Dict>) -> Value {
    Value::Obj(PyObject::new_dict(cell.borrow().clone()))
}

/// The dict cell of a method's receiver, or the descriptor TypeError.
fn recv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyCell<Dict>> {
    match args.first().and_then(cell_of) {
        Some(c) => Ok(c),
        None => Err(descriptor_error(vm, name, "dict", args.first())),
    }
}

/// Whether `v` is a dict whose iteration is dict's own (CPython then
/// merges it entry by entry instead of calling `keys()`).
fn is_plain_mapping(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => {
            o.class.is_none()
                || matches!(
                    vm.lookup_special(v, &names().__iter__).as_ref().and_then(|f| f.payload()),
                    Some(Payload::Builtin(b)) if b.owner == "dict"
                )
        }
        _ => false,
    }
}

/// How a merge treats keys already present.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnDuplicate {
    /// Replace the value (`update`).
    Replace,
    /// Raise `KeyError(key)` (`f(**m)`, turned into the call's TypeError).
    Fail,
}

/// Merges mapping `m` into `cell` (CPython's `dict_merge`): dicts entry by
/// entry, other objects through `keys()` and `m[key]`. An object without
/// `keys` raises AttributeError (callers turn it into their TypeError).
fn merge(vm: &mut Vm, cell: &PyCell<Dict>, m: &Value, dup: OnDuplicate) -> PyResult<()> {
    if let (true, Some(src)) = (is_plain_mapping(vm, m), cell_of(m)) {
        for (k, h, v) in entries(src) {
            if dup == OnDuplicate::Fail && lookup(vm, cell, &k, h)?.is_some() {
                return Err(vm.key_error(k));
            }
            set_item_hashed(vm, cell, k, h, v)?;
        }
        return Ok(());
    }
    let keys_fn = vm.get_attr_str(m, "keys")?;
    let keys = vm.call(&keys_fn, &[], &[])?;
    let it = match vm.iter(&keys) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => {
            return Err(vm.type_error(format!(
                "{}.keys() returned a non-iterable (type {})",
                vm.type_name(m),
                vm.type_name(&keys)
            )))
        }
        Err(e) => return Err(e),
    };
    let mut all = Vec::new();
    while let Some(k) = vm.next(&it)? {
        all.push(k);
    }
    for k in all {
        if dup == OnDuplicate::Fail && get_item(vm, cell, &k)?.is_some() {
            return Err(vm.key_error(k));
        }
        let v = vm.getitem(m, &k)?;
        set_item(vm, cell, k, v)?;
    }
    Ok(())
}

/// Adds the pairs of iterable `seq` (CPython's `PyDict_MergeFromSeq2`).
fn merge_pairs(vm: &mut Vm, cell: &PyCell<Dict>, seq: &Value) -> PyResult<()> {
    let it = vm.iter(seq)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let pair = match vm.collect(&item) {
            Ok(p) => p,
            Err(e) if vm.err_is(&e, "TypeError") => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )))
            }
            Err(e) => return Err(e),
        };
        let [k, v]: [Value; 2] = pair.try_into().map_err(|p: Vec<Value>| {
            vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                p.len()
            ))
        })?;
        set_item(vm, cell, k, v)?;
        i += 1;
    }
    Ok(())
}

/// Whether `v` has a `keys` attribute (then it is merged as a mapping).
fn has_keys(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if is_exact_dict(v) {
        return Ok(true);
    }
    match vm.get_attr_str(v, "keys") {
        Ok(_) => Ok(true),
        Err(e) if vm.err_is(&e, "AttributeError") => Ok(false),
        Err(e) => Err(e),
    }
}

/// `d.update(arg, **kw)` / `dict(arg, **kw)`.
fn update_from(
    vm: &mut Vm,
    cell: &PyCell<Dict>,
    arg: Option<&Value>,
    kw: &[(Value, Value)],
) -> PyResult<()> {
    if let Some(a) = arg {
        if has_keys(vm, a)? {
            merge(vm, cell, a, OnDuplicate::Replace)?;
        } else {
            merge_pairs(vm, cell, a)?;
        }
    }
    for (k, v) in kw {
        set_item(vm, cell, k.clone(), v.clone())?;
    }
    Ok(())
}

/// The first argument of an exception, when it has exactly one.
fn single_exception_arg(err: &PyErr) -> Option<Value> {
    let Payload::Exception(data) = &err.payload else {
        return None;
    };
    let args = data.args.borrow().clone();
    match args.payload() {
        Some(Payload::Tuple(t)) if t.len() == 1 => Some(t[0].clone()),
        _ => None,
    }
}

/// How a function is named in call errors: `module.qualname()`, with the
/// module left out for builtins (CPython's `_PyObject_FunctionStr`).
pub fn function_str(vm: &mut Vm, f: &Value) -> String {
    let name = ["__qualname__", "__name__"].iter().find_map(|attr| {
        vm.get_attr_str(f, attr)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
    });
    let Some(name) = name else {
        return vm.to_str(f).unwrap_or_default();
    };
    let module = vm
        .get_attr_str(f, "__module__")
        .ok()
        .and_then(|m| m.as_str().map(str::to_string));
    match module {
        Some(m) if m != "builtins" => format!("{m}.{name}()"),
        _ => format!("{name}()"),
    }
}

// ---------------------------------------------------------------------
// Entry points used by the VM
// ---------------------------------------------------------------------

/// Constructor (`dict.__new__`): an empty dict of class `args[0]`; the
/// contents are added by `dict.__init__`, as in CPython.
pub fn dict_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()) else {
        return Err(vm.type_error("dict.__new__(X): X is not a type object"));
    };
    Ok(Value::Obj(PyObject::new_with_class_if(
        cls,
        Payload::Dict(PyCell::new(Dict::new())),
    )))
}

/// The items of a dict view as a vector (items as 2-tuples).
pub fn view_items(dict: &ObjRef, kind: DictViewKind) -> Vec<Value> {
    let Payload::Dict(d) = &dict.payload else {
        return Vec::new();
    };
    let d = d.borrow();
    d.iter()
        .map(|e| match kind {
            DictViewKind::Keys => e.key.clone(),
            DictViewKind::Values => e.value.clone(),
            DictViewKind::Items => {
                Value::Obj(PyObject::new_tuple(vec![e.key.clone(), e.value.clone()]))
            }
        })
        .collect()
}

/// Length of a dict object.
pub fn dict_len(dict: &crate::value::ObjRef) -> usize {
    match &dict.payload {
        crate::object::Payload::Dict(d) => d.borrow().len(),
        _ => 0,
    }
}

/// `a == b` for dicts: same length, and every key of `a` maps to an equal value in `b`.
pub fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(ca), Some(cb)) = (cell_of(a), cell_of(b)) else {
        return Ok(false);
    };
    if a.is(b) {
        return Ok(true);
    }
    vm.check_native_stack(" in comparison")?;
    if ca.borrow().len() != cb.borrow().len() {
        return Ok(false);
    }
    for (k, h, av) in entries(ca) {
        let Some(i) = lookup(vm, cb, &k, h)? else {
            return Ok(false);
        };
        let Some(bv) = cb.borrow().entry_at(i).map(|e| e.value.clone()) else {
            return Ok(false);
        };
        if !vm.eq(&av, &bv)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `{**m}` / `f(**m)`: merges mapping `m` into dict `d`; with `func` set,
/// repeated keys raise the call's TypeError.
pub fn dict_merge_into(vm: &mut Vm, d: &Value, m: &Value, func: Option<&Value>) -> PyResult<()> {
    let Some(cell) = cell_of(d) else {
        return Err(vm.type_error("dict merge target is not a dict"));
    };
    let dup = if func.is_some() {
        OnDuplicate::Fail
    } else {
        OnDuplicate::Replace
    };
    let Err(e) = merge(vm, cell, m, dup) else {
        return Ok(());
    };
    let Some(f) = func else {
        if vm.err_is(&e, "AttributeError") {
            return Err(vm.type_error(format!("'{}' object is not a mapping", vm.type_name(m))));
        }
        return Err(e);
    };
    if vm.err_is(&e, "AttributeError") && single_exception_arg(&e).is_some() {
        let name = function_str(vm, f);
        return Err(vm.type_error(format!(
            "{name} argument after ** must be a mapping, not {}",
            vm.type_name(m)
        )));
    }
    if vm.err_is(&e, "KeyError") {
        if let Some(key) = single_exception_arg(&e) {
            let name = function_str(vm, f);
            let key = vm.to_str(&key)?;
            return Err(vm.type_error(format!(
                "{name} got multiple values for keyword argument '{key}'"
            )));
        }
    }
    Err(e)
}

/// `d[k]` for exact dicts: KeyError when absent.
pub fn getitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    let Some(cell) = cell_of(c) else {
        return Err(descriptor_error(vm, "__getitem__", "dict", Some(c)));
    };
    match get_item(vm, cell, k)? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(k.clone())),
    }
}

/// `a | b` for dicts: a copy of `a` updated with `b`.
fn union(vm: &mut Vm, a: &PyCell<Dict>, b: &Value) -> PyResult<Value> {
    let new = copy_dict(a);
    if let Some(cell) = cell_of(&new) {
        update_from(vm, cell, Some(b), &[])?;
    }
    Ok(new)
}

/// `a | b` with `a` an exact dict (`None` unless `b` is a dict).
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match (op, cell_of(a), cell_of(b)) {
        (BinOp::Or, Some(ca), Some(_)) => union(vm, ca, b).map(Some),
        _ => Ok(None),
    }
}

/// `a |= b` with `a` an exact dict: updates from any mapping or iterable of pairs.
pub fn inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match (op, cell_of(a)) {
        (BinOp::Or, Some(cell)) => {
            update_from(vm, cell, Some(b), &[])?;
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

// ---------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------

/// The kind and dict of a view.
fn view_parts(v: &Value) -> Option<(DictViewKind, &ObjRef)> {
    match v.payload() {
        Some(Payload::DictView { kind, dict }) => Some((*kind, dict)),
        _ => None,
    }
}

/// Whether `v` is a keys or items view (the set-like views).
fn is_setlike_view(v: &Value) -> bool {
    matches!(
        view_parts(v),
        Some((DictViewKind::Keys | DictViewKind::Items, _))
    )
}

/// Length of a set, frozenset or dict view.
fn setlike_len(v: &Value) -> usize {
    match view_parts(v) {
        Some((_, d)) => dict_len(d),
        None => sets::set_len(v),
    }
}

/// `k in view`.
pub fn view_contains(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<bool> {
    let Some((kind, dict)) = view_parts(c) else {
        return Ok(false);
    };
    let Payload::Dict(cell) = &dict.payload else {
        return Ok(false);
    };
    match kind {
        DictViewKind::Keys => {
            let h = vm.hash(k)?;
            Ok(lookup(vm, cell, k, h)?.is_some())
        }
        DictViewKind::Items => {
            let Some(Payload::Tuple(t)) = k.payload() else {
                return Ok(false);
            };
            let [key, value] = &t[..] else {
                return Ok(false);
            };
            let (key, value) = (key.clone(), value.clone());
            match get_item(vm, cell, &key)? {
                Some(found) => vm.eq(&found, &value),
                None => Ok(false),
            }
        }
        DictViewKind::Values => {
            let values: Vec<Value> = cell.borrow().iter().map(|e| e.value.clone()).collect();
            for v in &values {
                if vm.eq(v, k)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// `x in container` for the set-like operands of view operators.
fn setlike_contains(vm: &mut Vm, container: &Value, x: &Value) -> PyResult<bool> {
    if view_parts(container).is_some() {
        return view_contains(vm, container, x);
    }
    vm.contains(container, x)
}

/// The elements of `x` as a set table (a keys view of an exact dict uses its stored hashes).
fn to_set_table(vm: &mut Vm, x: &Value) -> PyResult<SetTable> {
    if let Some((DictViewKind::Keys, dict)) = view_parts(x) {
        if dict.class.is_none() {
            return sets::table_from_iterable(vm, &Value::Obj(dict.clone()));
        }
    }
    sets::table_from_iterable(vm, x)
}

/// `a & b` where one operand is a keys/items view (CPython's `_PyDictView_Intersect`).
fn view_intersection(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut view, mut other) = if is_setlike_view(a) { (a, b) } else { (b, a) };
    let len_view = setlike_len(view);
    let exact_set =
        matches!(other, Value::Obj(o) if o.class.is_none() && matches!(o.payload, Payload::Set(_)));
    if exact_set && len_view <= sets::set_len(other) {
        return Ok(sets::wrap(
            sets::intersection_table(vm, other, view)?,
            false,
        ));
    }
    if is_setlike_view(other) && setlike_len(other) > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let result = PyCell::new(SetTable::new());
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        if view_contains(vm, view, &x)? {
            crate::setobj::set_add(vm, &result, x)?;
        }
    }
    Ok(sets::wrap(result.into_inner(), false))
}

/// A set operator where `a` or `b` is a keys/items view; the result is a set.
fn view_set_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let marker = Value::Null;
    let cell = match op {
        BinOp::And => return view_intersection(vm, a, b).map(Some),
        BinOp::Or => {
            let cell = PyCell::new(to_set_table(vm, a)?);
            sets::update_cell(vm, &cell, b)?;
            cell
        }
        BinOp::Sub => {
            let cell = PyCell::new(to_set_table(vm, a)?);
            sets::difference_update_cell(vm, &cell, &marker, b)?;
            cell
        }
        BinOp::Xor => {
            let cell = PyCell::new(to_set_table(vm, a)?);
            sets::symmetric_difference_update_cell(vm, &cell, &marker, b)?;
            cell
        }
        _ => return Ok(None),
    };
    Ok(Some(sets::wrap(cell.into_inner(), false)))
}

/// `view op other` with `a` a dict view: `& | - ^` for keys and items views, as sets.
pub fn view_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !is_setlike_view(a) {
        return Ok(None);
    }
    view_set_op(vm, op, a, b)
}

/// Whether every element of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !setlike_contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Rich comparison of a keys/items view with a set or another such view.
fn view_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (la, lb) = (setlike_len(a), setlike_len(b));
    Ok(match op {
        CmpOp::Eq => la == lb && all_contained_in(vm, a, b)?,
        CmpOp::Ne => !(la == lb && all_contained_in(vm, a, b)?),
        CmpOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    })
}

// ---------------------------------------------------------------------
// dict methods
// ---------------------------------------------------------------------

fn dict_get(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "get")?;
    check_args(vm, "get", "dict.get", args, kw, 1, 2)?;
    let found = get_item(vm, cell, &args[1])?;
    Ok(found.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "setdefault")?;
    check_args(vm, "setdefault", "dict.setdefault", args, kw, 1, 2)?;
    let key = &args[1];
    let h = vm.hash(key)?;
    if let Some(i) = lookup(vm, cell, key, h)? {
        if let Some(v) = cell.borrow().entry_at(i).map(|e| e.value.clone()) {
            return Ok(v);
        }
    }
    let default = args.get(2).cloned().unwrap_or(Value::None);
    set_item_hashed(vm, cell, key.clone(), h, default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "pop")?;
    check_args(vm, "pop", "dict.pop", args, kw, 1, 2)?;
    match remove_item(vm, cell, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.key_error(args[1].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "popitem")?;
    check_noargs(vm, "dict.popitem", args, kw)?;
    let last = cell.borrow_mut().pop_last();
    match last {
        Some(e) => Ok(Value::Obj(PyObject::new_tuple(vec![e.key, e.value]))),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

/// A view of the receiver.
fn make_view(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    kind: DictViewKind,
    name: &str,
) -> PyResult<Value> {
    recv(vm, args, name)?;
    check_noargs(vm, &format!("dict.{name}"), args, kw)?;
    let Some(dict) = args[0].as_obj().cloned() else {
        return Err(descriptor_error(vm, name, "dict", args.first()));
    };
    Ok(Value::Obj(PyObject::new(Payload::DictView { kind, dict })))
}

fn dict_keys(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    make_view(vm, args, kw, DictViewKind::Keys, "keys")
}

fn dict_values(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    make_view(vm, args, kw, DictViewKind::Values, "values")
}

fn dict_items(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    make_view(vm, args, kw, DictViewKind::Items, "items")
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "update")?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    update_from(vm, cell, args.get(1), kw)?;
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "clear")?;
    check_noargs(vm, "dict.clear", args, kw)?;
    let old = cell.borrow_mut().take_entries();
    drop(old);
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "copy")?;
    check_noargs(vm, "dict.copy", args, kw)?;
    Ok(copy_dict(cell))
}

/// `dict.fromkeys(iterable, value=None)` (a class method: `args[0]` is the class).
fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "fromkeys", "dict.fromkeys", args, kw, 1, 2)?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let d = vm.call(&args[0], &[], &[])?;
    let iterable = &args[1];
    if is_exact_dict(&d) {
        if let Some(cell) = cell_of(&d) {
            let known: Option<Vec<(i64, Value)>> = match iterable.payload() {
                Some(Payload::Dict(src)) if is_exact_dict(iterable) => Some(
                    src.borrow()
                        .iter()
                        .map(|e| (e.hash, e.key.clone()))
                        .collect(),
                ),
                Some(Payload::Set(s)) => {
                    Some(s.borrow().iter().map(|(h, k)| (h, k.clone())).collect())
                }
                Some(Payload::FrozenSet(t)) => {
                    Some(t.iter().map(|(h, k)| (h, k.clone())).collect())
                }
                _ => None,
            };
            if let Some(keys) = known {
                for (h, k) in keys {
                    set_item_hashed(vm, cell, k, h, value.clone())?;
                }
                return Ok(d);
            }
            let it = vm.iter(iterable)?;
            while let Some(k) = vm.next(&it)? {
                set_item(vm, cell, k, value.clone())?;
            }
            return Ok(d);
        }
    }
    let it = vm.iter(iterable)?;
    while let Some(k) = vm.next(&it)? {
        vm.setitem(&d, &k, value.clone())?;
    }
    Ok(d)
}

fn dict_len_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "__len__")?;
    check_wrapper_args(vm, args, 0)?;
    let n = cell.borrow().len();
    Ok(Value::from(n))
}

/// `d[k]`, calling `__missing__` of a subclass for an absent key.
fn dict_getitem_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "__getitem__")?;
    check_o(vm, "dict.__getitem__", args, kw)?;
    let (d, k) = (&args[0], &args[1]);
    if let Some(v) = get_item(vm, cell, k)? {
        return Ok(v);
    }
    if !is_exact_dict(d) {
        if let Some(missing) = vm.lookup_special(d, &names().__missing__) {
            return vm.call_descriptor_as_method(&missing, d, &[d.clone(), k.clone()]);
        }
    }
    Err(vm.key_error(k.clone()))
}

fn dict_setitem_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "__setitem__")?;
    check_wrapper_args(vm, args, 2)?;
    set_item(vm, cell, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "__delitem__")?;
    check_wrapper_args(vm, args, 1)?;
    match remove_item(vm, cell, &args[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args[1].clone())),
    }
}

fn dict_contains_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "__contains__")?;
    check_o(vm, "dict.__contains__", args, kw)?;
    let h = vm.hash(&args[1])?;
    Ok(Value::Bool(lookup(vm, cell, &args[1], h)?.is_some()))
}

/// An iterator over a dict's keys, values or items.
fn dict_iterator(dict: &ObjRef, kind: DictViewKind) -> Value {
    new_iter(IterState::Dict {
        dict: dict.clone(),
        pos: 0,
        kind,
        len: dict_len(dict),
    })
}

fn dict_iter_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__iter__")?;
    check_wrapper_args(vm, args, 0)?;
    match args[0].as_obj() {
        Some(o) => Ok(dict_iterator(o, DictViewKind::Keys)),
        None => Ok(new_iter(IterState::Exhausted)),
    }
}

/// `reversed(d)`: the keys, last inserted first (a snapshot).
fn dict_reversed_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__reversed__")?;
    check_noargs(vm, "dict.__reversed__", args, kw)?;
    let mut keys = args[0]
        .as_obj()
        .map(|d| view_items(d, DictViewKind::Keys))
        .unwrap_or_default();
    keys.reverse();
    Ok(new_iter(IterState::Values(keys, 0)))
}

/// `==`/`!=` between dicts; NotImplemented for other types.
fn dict_cmp(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    recv(vm, args, "__eq__")?;
    check_wrapper_args(vm, args, 1)?;
    if cell_of(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    let eq = dict_eq(vm, &args[0], &args[1])?;
    Ok(Value::Bool(if op == CmpOp::Eq { eq } else { !eq }))
}

fn dict_eq_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    dict_cmp(vm, args, CmpOp::Eq)
}

fn dict_ne_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    dict_cmp(vm, args, CmpOp::Ne)
}

/// `repr(dict)`, also for instances of subclasses.
fn dict_repr_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "__repr__")?;
    check_wrapper_args(vm, args, 0)?;
    match &args[0] {
        Value::Obj(o) if o.class.is_some() => {
            let exact = copy_dict(cell);
            repr_via_exact(vm, o, exact, "{...}").map(Value::str)
        }
        v => vm.repr_value(v),
    }
}

/// `a | b` (`reflected`: `b | a`) when both are dicts; NotImplemented otherwise.
fn dict_or(vm: &mut Vm, args: &[Value], reflected: bool) -> PyResult<Value> {
    recv(vm, args, "__or__")?;
    check_wrapper_args(vm, args, 1)?;
    let (a, b) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    match (cell_of(a), cell_of(b)) {
        (Some(ca), Some(_)) => union(vm, ca, b),
        _ => Ok(not_implemented()),
    }
}

fn dict_or_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    dict_or(vm, args, false)
}

fn dict_ror_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    dict_or(vm, args, true)
}

fn dict_ior_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "__ior__")?;
    check_wrapper_args(vm, args, 1)?;
    update_from(vm, cell, Some(&args[1]), &[])?;
    Ok(args[0].clone())
}

/// `dict.__init__(mapping_or_iterable=(), **kw)`.
fn dict_init_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv(vm, args, "__init__")?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    update_from(vm, cell, args.get(1), kw)?;
    Ok(Value::None)
}

/// `dict` methods.
pub const METHODS: &[MethodDef] = &[
    method("get", dict_get),
    method("setdefault", dict_setdefault),
    method("pop", dict_pop),
    method("popitem", dict_popitem),
    method("keys", dict_keys),
    method("values", dict_values),
    method("items", dict_items),
    method("update", dict_update),
    method("clear", dict_clear),
    method("copy", dict_copy),
    classmethod("fromkeys", dict_fromkeys),
    method("__len__", dict_len_m),
    method("__getitem__", dict_getitem_m),
    method("__setitem__", dict_setitem_m),
    method("__delitem__", dict_delitem_m),
    method("__contains__", dict_contains_m),
    method("__iter__", dict_iter_m),
    method("__reversed__", dict_reversed_m),
    method("__eq__", dict_eq_m),
    method("__ne__", dict_ne_m),
    method("__repr__", dict_repr_m),
    method("__or__", dict_or_m),
    method("__ror__", dict_ror_m),
    method("__ior__", dict_ior_m),
    method("__init__", dict_init_m),
];

// ---------------------------------------------------------------------
// view methods
// ---------------------------------------------------------------------

/// The view receiver of a view method.
fn recv_view<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<(DictViewKind, &'a ObjRef)> {
    match args.first().and_then(view_parts) {
        Some(p) => Ok(p),
        None => Err(descriptor_error(vm, name, "dict_keys", args.first())),
    }
}

fn view_len_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (_, dict) = recv_view(vm, args, "__len__")?;
    check_wrapper_args(vm, args, 0)?;
    Ok(Value::from(dict_len(dict)))
}

fn view_iter_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (kind, dict) = recv_view(vm, args, "__iter__")?;
    check_wrapper_args(vm, args, 0)?;
    Ok(dict_iterator(dict, kind))
}

fn view_contains_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_view(vm, args, "__contains__")?;
    check_wrapper_args(vm, args, 1)?;
    view_contains(vm, &args[0], &args[1]).map(Value::Bool)
}

/// `reversed(view)`: a snapshot, last inserted first.
fn view_reversed_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (kind, dict) = recv_view(vm, args, "__reversed__")?;
    check_noargs(vm, "__reversed__", args, kw)?;
    let mut items = view_items(dict, kind);
    items.reverse();
    Ok(new_iter(IterState::Values(items, 0)))
}

/// `view.isdisjoint(other)` for keys and items views.
fn view_isdisjoint_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (kind, _) = recv_view(vm, args, "isdisjoint")?;
    if kind == DictViewKind::Values {
        return Err(vm.no_attribute(&args[0], &Value::str("isdisjoint")));
    }
    check_o(vm, "isdisjoint", args, kw)?;
    let (mut this, mut other) = (&args[0], &args[1]);
    if this.is(other) {
        return Ok(Value::Bool(setlike_len(this) == 0));
    }
    if (sets::is_anyset(other) || is_setlike_view(other)) && setlike_len(other) > setlike_len(this)
    {
        std::mem::swap(&mut this, &mut other);
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        if setlike_contains(vm, this, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Rich comparison of a keys/items view; NotImplemented unless `other` is set-like.
fn view_cmp(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    recv_view(vm, args, "__eq__")?;
    check_wrapper_args(vm, args, 1)?;
    let (a, b) = (&args[0], &args[1]);
    if !is_setlike_view(a) || !(sets::is_anyset(b) || is_setlike_view(b)) {
        return Ok(not_implemented());
    }
    view_compare(vm, a, b, op).map(Value::Bool)
}

fn view_eq_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view_cmp(vm, args, CmpOp::Eq)
}

fn view_ne_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view_cmp(vm, args, CmpOp::Ne)
}

fn view_lt_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view_cmp(vm, args, CmpOp::Lt)
}

fn view_le_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view_cmp(vm, args, CmpOp::Le)
}

fn view_gt_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view_cmp(vm, args, CmpOp::Gt)
}

fn view_ge_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view_cmp(vm, args, CmpOp::Ge)
}

/// A set operator method of a view (`reflected`: the view is the right operand).
fn view_binop(vm: &mut Vm, args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    recv_view(vm, args, "__or__")?;
    check_wrapper_args(vm, args, 1)?;
    if !is_setlike_view(&args[0]) {
        return Ok(not_implemented());
    }
    let (a, b) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    Ok(view_set_op(vm, op, a, b)?.unwrap_or_else(not_implemented))
}

fn view_and_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view_binop(vm, args, BinOp::And, false)
}

fn view_or_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view_binop(vm, args, BinOp::Or, false)
}

fn view_sub_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view_binop(vm, args, BinOp::Sub, false)
}

fn view_xor_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view_binop(vm, args, BinOp::Xor, false)
}

fn view_rand_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view_binop(vm, args, BinOp::And, true)
}

fn view_ror_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view_binop(vm, args, BinOp::Or, true)
}

fn view_rsub_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view_binop(vm, args, BinOp::Sub, true)
}

fn view_rxor_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    view_binop(vm, args, BinOp::Xor, true)
}

fn view_repr_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_view(vm, args, "__repr__")?;
    check_wrapper_args(vm, args, 0)?;
    vm.repr_value(&args[0])
}

/// Methods of `dict_keys`, `dict_values` and `dict_items` (the set
/// operations answer NotImplemented for values views).
pub const VIEW_METHODS: &[MethodDef] = &[
    method("__len__", view_len_m),
    method("__iter__", view_iter_m),
    method("__contains__", view_contains_m),
    method("__reversed__", view_reversed_m),
    method("isdisjoint", view_isdisjoint_m),
    method("__eq__", view_eq_m),
    method("__ne__", view_ne_m),
    method("__lt__", view_lt_m),
    method("__le__", view_le_m),
    method("__gt__", view_gt_m),
    method("__ge__", view_ge_m),
    method("__and__", view_and_m),
    method("__or__", view_or_m),
    method("__sub__", view_sub_m),
    method("__xor__", view_xor_m),
    method("__rand__", view_rand_m),
    method("__ror__", view_ror_m),
    method("__rsub__", view_rsub_m),
    method("__rxor__", view_rxor_m),
    method("__repr__", view_repr_m),
];
