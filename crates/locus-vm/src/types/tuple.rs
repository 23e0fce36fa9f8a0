//! `tuple`.

use locus_bytecode::{BinOp, CmpOp};

use crate::iter::{new_iter, IterState};
use crate::object::{Payload, PyObject};
use crate::typeobj::{method, MethodDef};
use crate::types::list::{
    cant_multiply, check_args, check_o, check_wrapper_args, defers_to, descriptor_error,
    index_bounds, no_kw, normalize_index, not_implemented, repeat_count, repeat_items,
    repr_via_exact, try_vec,
};
use crate::types::range::{as_index, is_slice, slice_indices, slice_positions, Index};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A new exact tuple.
fn new_tuple(items: Vec<Value>) -> Value {
    Value::Obj(PyObject::new_tuple(items))
}

/// The items of `v` if it is a tuple (of any class).
fn items(v: &Value) -> Option<&[Value]> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Some(t),
        _ => None,
    }
}

/// Whether `v` is an exact tuple (results may then reuse it).
fn is_exact(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class.is_none() && matches!(o.payload, Payload::Tuple(_)))
}

/// The tuple items of a method's receiver, or the descriptor TypeError.
fn recv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a [Value]> {
    match args.first().and_then(items) {
        Some(t) => Ok(t),
        None => Err(descriptor_error(vm, name, "tuple", args.first())),
    }
}

/// Constructor: `tuple(iterable=())`, for `tuple` and its subclasses.
pub fn tuple_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()).cloned() else {
        return Err(vm.type_error("tuple.__new__(X): X is not a type object"));
    };
    let exact_cls = crate::gil_rc::GilRc::ptr_eq(&cls, &crate::typeobj::types().tuple);
    if exact_cls || !has_own_init(&cls) {
        no_kw(vm, "tuple", kw)?;
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let contents = match args.get(1) {
        None => Vec::new(),
        Some(v) if exact_cls && is_exact(v) => return Ok(v.clone()),
        Some(v) => vm.collect_sized(v)?,
    };
    let payload = Payload::Tuple(contents.into_boxed_slice());
    Ok(Value::Obj(PyObject::new_with_class_if(&cls, payload)))
}

/// Whether `cls` (or a base) defines an `__init__` other than `object`'s.
pub(crate) fn has_own_init(cls: &crate::value::ObjRef) -> bool {
    match crate::typeobj::lookup(cls, &crate::names::names().__init__) {
        Some(Value::Obj(f)) => !matches!(&f.payload, Payload::Builtin(b) if b.owner == "object"),
        _ => false,
    }
}

/// `t[k]`: an item for an index, a new tuple for a slice.
pub fn getitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    let Some(t) = items(c) else {
        return Err(descriptor_error(vm, "__getitem__", "tuple", Some(c)));
    };
    if is_slice(k) {
        let (start, _, step, n) = slice_indices(vm, k, t.len())?;
        if step == 1 && n == t.len() && is_exact(c) {
            return Ok(c.clone());
        }
        let out: Vec<Value> = slice_positions(start, step, n, t.len())
            .map(|p| t[p].clone())
            .collect();
        return Ok(new_tuple(out));
    }
    match as_index(vm, k)? {
        None => Err(vm.type_error(format!(
            "tuple indices must be integers or slices, not {}",
            vm.type_name(k)
        ))),
        Some(Index::Huge(_)) => Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
        Some(Index::Small(i)) => match normalize_index(i, t.len()) {
            Some(j) => Ok(t[j].clone()),
            None => Err(vm.index_error("tuple index out of range")),
        },
    }
}

/// `a + b` and `a * n` with `a` an exact tuple.
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => match items(b) {
            Some(_) => Ok(Some(concat(vm, a, b)?)),
            None => Err(vm.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                vm.type_name(b)
            ))),
        },
        BinOp::Mul => match repeat_count(vm, b)? {
            Some(n) => Ok(Some(repeat(vm, a, n)?)),
            None => Err(cant_multiply(vm, b)),
        },
        _ => Ok(None),
    }
}

/// A tuple with the items of tuples `a` and `b` (reusing an exact operand
/// when the other is empty, as CPython does).
fn concat(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = (items(a).unwrap_or(&[]), items(b).unwrap_or(&[]));
    if y.is_empty() && is_exact(a) {
        return Ok(a.clone());
    }
    if x.is_empty() && is_exact(b) {
        return Ok(b.clone());
    }
    let mut out = try_vec(vm, x.len() + y.len())?;
    out.extend_from_slice(x);
    out.extend_from_slice(y);
    Ok(new_tuple(out))
}

/// `t * n`.
fn repeat(vm: &Vm, t: &Value, n: usize) -> PyResult<Value> {
    let x = items(t).unwrap_or(&[]);
    if n == 1 && is_exact(t) {
        return Ok(t.clone());
    }
    Ok(new_tuple(repeat_items(vm, x, n)?))
}

fn tuple_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = recv(vm, args, "index")?.to_vec();
    check_args(vm, "index", "tuple.index", args, kw, 1, 3)?;
    let (start, stop) = index_bounds(vm, &args[2..], t.len())?;
    for (i, item) in t.iter().enumerate().take(stop).skip(start) {
        if vm.eq(item, &args[1])? {
            return Ok(Value::from(i));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = recv(vm, args, "count")?.to_vec();
    check_o(vm, "tuple.count", args, kw)?;
    let mut n = 0usize;
    for item in &t {
        if vm.eq(item, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::from(n))
}

fn tuple_len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = recv(vm, args, "__len__")?;
    check_wrapper_args(vm, args, 0)?;
    Ok(Value::from(t.len()))
}

fn tuple_getitem_m(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__getitem__")?;
    check_o(vm, "tuple.__getitem__", args, kw)?;
    getitem(vm, &args[0], &args[1])
}

fn tuple_contains_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = recv(vm, args, "__contains__")?.to_vec();
    check_wrapper_args(vm, args, 1)?;
    for item in &t {
        if vm.eq(item, &args[1])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn tuple_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__iter__")?;
    check_wrapper_args(vm, args, 0)?;
    match &args[0] {
        Value::Obj(o) => Ok(new_iter(IterState::Tuple(o.clone(), 0))),
        _ => Ok(new_iter(IterState::Exhausted)),
    }
}

fn tuple_add_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__add__")?;
    check_wrapper_args(vm, args, 1)?;
    if items(&args[1]).is_none() {
        if defers_to(vm, &args[1], &crate::names::names().__radd__) {
            return Ok(not_implemented());
        }
        return Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(&args[1])
        )));
    }
    concat(vm, &args[0], &args[1])
}

fn tuple_mul_m(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__mul__")?;
    check_wrapper_args(vm, args, 1)?;
    match repeat_count(vm, &args[1])? {
        Some(n) => repeat(vm, &args[0], n),
        None if defers_to(vm, &args[1], &crate::names::names().__rmul__) => Ok(not_implemented()),
        None => Err(cant_multiply(vm, &args[1])),
    }
}

/// Rich comparison of two tuples; NotImplemented when `other` is not a tuple.
fn tuple_cmp(vm: &mut Vm, args: &[Value], op: CmpOp, name: &str) -> PyResult<Value> {
    let a = recv(vm, args, name)?.to_vec();
    check_wrapper_args(vm, args, 1)?;
    let Some(b) = items(&args[1]).map(<[Value]>::to_vec) else {
        return Ok(not_implemented());
    };
    vm.compare_sequences(&a, &b, op).map(Value::Bool)
}

fn tuple_eq(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    tuple_cmp(vm, args, CmpOp::Eq, "__eq__")
}

fn tuple_ne(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    tuple_cmp(vm, args, CmpOp::Ne, "__ne__")
}

fn tuple_lt(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    tuple_cmp(vm, args, CmpOp::Lt, "__lt__")
}

fn tuple_le(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    tuple_cmp(vm, args, CmpOp::Le, "__le__")
}

fn tuple_gt(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    tuple_cmp(vm, args, CmpOp::Gt, "__gt__")
}

fn tuple_ge(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    tuple_cmp(vm, args, CmpOp::Ge, "__ge__")
}

/// `hash(tuple)` from the items' hashes (also for subclasses).
fn tuple_hash(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = recv(vm, args, "__hash__")?.to_vec();
    check_wrapper_args(vm, args, 0)?;
    vm.check_native_stack("")?;
    let mut hashes = Vec::with_capacity(t.len());
    for item in &t {
        hashes.push(vm.hash(item)?);
    }
    Ok(Value::Int(crate::hash::hash_tuple(hashes.into_iter())))
}

/// `repr(tuple)`, also for instances of subclasses.
fn tuple_repr(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = recv(vm, args, "__repr__")?.to_vec();
    check_wrapper_args(vm, args, 0)?;
    match &args[0] {
        Value::Obj(o) if o.class.is_some() => {
            repr_via_exact(vm, o, new_tuple(t), "(...)").map(Value::str)
        }
        v => vm.repr_value(v),
    }
}

/// `tuple.__getnewargs__()`: the items as a plain tuple.
fn tuple_getnewargs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let t = recv(vm, args, "__getnewargs__")?.to_vec();
    crate::types::list::check_noargs(vm, "tuple.__getnewargs__", args, kw)?;
    Ok(new_tuple(vec![new_tuple(t)]))
}

/// `tuple` methods.
pub const METHODS: &[MethodDef] = &[
    method("__getnewargs__", crate::types::reduce::tuple_getnewargs),
    method("index", tuple_index),
    method("count", tuple_count),
    method("__len__", tuple_len),
    method("__getitem__", tuple_getitem_m),
    method("__contains__", tuple_contains_m),
    method("__iter__", tuple_iter),
    method("__add__", tuple_add_m),
    method("__mul__", tuple_mul_m),
    method("__rmul__", tuple_mul_m),
    method("__eq__", tuple_eq),
    method("__ne__", tuple_ne),
    method("__lt__", tuple_lt),
    method("__le__", tuple_le),
    method("__gt__", tuple_gt),
    method("__ge__", tuple_ge),
    method("__hash__", tuple_hash),
    method("__repr__", tuple_repr),
    method("__getnewargs__", tuple_getnewargs),
];
