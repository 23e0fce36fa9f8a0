//! The `builtins` module: builtin functions and the namespace that holds
//! them with the builtin classes and exceptions.

mod extra;

pub(crate) use extra::{
    add_properties, memoryview_new, MEMORYVIEW_METHODS, MEMORYVIEW_PROPERTIES, MODULE_SPEC_METHODS,
    QUITTER_METHODS,
};
pub use extra::{
    is_memoryview, memoryview_bytes, new_module_spec, new_struct_seq, struct_seq_type,
};

use num_bigint::BigInt;

use crate::function::{BuiltinFunction, BuiltinKind, KwArgsExt, NativeFn};
use crate::iter::{new_iter, IterState};
use crate::object::{Payload, PyObject};
use crate::typeobj::types;
use crate::types::object::ns_set;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

/// A builtin function object.
pub fn builtin_fn(name: &'static str, func: NativeFn) -> Value {
    Value::Obj(PyObject::new(Payload::Builtin(BuiltinFunction {
        name,
        owner: "",
        func,
        kind: BuiltinKind::Function,
    })))
}

/// Fills a new builtins namespace.
pub fn make_builtins_namespace(ns: &ObjRef) {
    let t = types();
    let set = |name: &str, v: Value| ns_set(ns, crate::intern::intern(name), v);
    let classes: &[(&str, &ObjRef)] = &[
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("memoryview", &t.memoryview),
    ];
    for (name, cls) in classes {
        set(name, Value::Obj((*cls).clone()));
    }
    for (name, cls) in &t.exceptions {
        set(name, Value::Obj(cls.clone()));
    }
    set(
        "EnvironmentError",
        Value::Obj(t.exceptions["OSError"].clone()),
    );
    set("IOError", Value::Obj(t.exceptions["OSError"].clone()));
    set("None", Value::None);
    set("True", Value::Bool(true));
    set("False", Value::Bool(false));
    set(
        "NotImplemented",
        crate::typeobj::singletons().not_implemented.clone(),
    );
    set("Ellipsis", crate::typeobj::singletons().ellipsis.clone());
    set("__debug__", Value::Bool(true));
    set("__name__", Value::str("builtins"));
    set("__doc__", Value::None);
    set(
        "__spec__",
        extra::new_module_spec("builtins", Some("built-in"), None),
    );
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", b_print),
        ("input", b_input),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("hash", b_hash),
        ("id", b_id),
        ("abs", b_abs),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("hasattr", b_hasattr),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("iter", b_iter),
        ("next", b_next),
        ("enumerate", b_enumerate),
        ("zip", b_zip),
        ("map", b_map),
        ("filter", b_filter),
        ("reversed", b_reversed),
        ("sorted", b_sorted),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("any", b_any),
        ("all", b_all),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("round", b_round),
        ("chr", b_chr),
        ("ord", b_ord),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
        ("format", b_format),
        ("callable", b_callable),
        ("globals", b_globals),
        ("locals", b_locals),
        ("vars", b_vars),
        ("dir", b_dir),
        ("__import__", b_import),
        ("__build_class__", b_build_class),
        ("open", crate::file::builtin_open),
        ("exec", b_exec),
        ("eval", b_eval),
        ("compile", b_compile),
    ];
    for (name, f) in fns {
        set(name, builtin_fn(name, *f));
    }
    set("exit", extra::new_quitter("exit"));
    set("quit", extra::new_quitter("quit"));
}

fn arg<'a>(vm: &Vm, args: Args<'a>, i: usize, fname: &str) -> PyResult<&'a Value> {
    args.get(i).ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() takes at least {} argument{} ({} given)",
            i + 1,
            if i == 0 { "" } else { "s" },
            args.len()
        ))
    })
}

fn exact_args(vm: &Vm, args: Args, n: usize, fname: &str) -> PyResult<()> {
    if args.len() != n {
        return Err(vm.type_error(if n == 1 {
            format!(
                "{fname}() takes exactly one argument ({} given)",
                args.len()
            )
        } else {
            format!("{fname} expected {n} arguments, got {}", args.len())
        }));
    }
    Ok(())
}

fn b_print(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let sep = kw.get_kw("sep").filter(|v| !v.is_none());
    let end = kw.get_kw("end").filter(|v| !v.is_none());
    let file = kw.get_kw("file").filter(|v| !v.is_none());
    for (k, _) in kw {
        if !matches!(k.as_str(), Some("sep" | "end" | "file" | "flush")) {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for print()",
                k.as_str().unwrap_or("?")
            )));
        }
    }
    let sep = match &sep {
        Some(s) => s.as_str().map(str::to_string).ok_or_else(|| {
            vm.type_error(format!(
                "sep must be None or a string, not {}",
                vm.type_name(s)
            ))
        })?,
        None => " ".into(),
    };
    let end = match &end {
        Some(s) => s.as_str().map(str::to_string).ok_or_else(|| {
            vm.type_error(format!(
                "end must be None or a string, not {}",
                vm.type_name(s)
            ))
        })?,
        None => "\n".into(),
    };
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.to_str(a)?);
    }
    out.push_str(&end);
    let file = match file {
        Some(f) => f,
        None => crate::modules::sys_stream(vm, "stdout"),
    };
    if file.is_none() {
        return Ok(Value::None);
    }
    crate::file::write_to(vm, &file, out.as_bytes())?;
    if kw
        .get_kw("flush")
        .is_some_and(|f| matches!(f, Value::Bool(true)))
    {
        crate::file::flush(&file);
    }
    Ok(Value::None)
}

fn b_input(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    if let Some(p) = args.first() {
        let s = vm.to_str(p)?;
        let out = crate::modules::sys_stream(vm, "stdout");
        crate::file::write_to(vm, &out, s.as_bytes())?;
        crate::file::flush(&out);
    }
    let stdin = crate::modules::sys_stream(vm, "stdin");
    let line = crate::file::read_line(vm, &stdin)?;
    if line.is_empty() {
        return Err(vm.error("EOFError", "EOF when reading a line"));
    }
    let mut s = String::from_utf8_lossy(&line).into_owned();
    if s.ends_with('\n') {
        s.pop();
    }
    Ok(Value::str(s))
}

fn b_len(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 1, "len")?;
    Ok(Value::from(vm.len(&args[0])?))
}

fn b_repr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 1, "repr")?;
    vm.repr_value(&args[0])
}

fn b_ascii(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 1, "ascii")?;
    let r = vm.repr(&args[0])?;
    Ok(Value::str(crate::types::str::ascii_escape(&r)))
}

fn b_hash(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 1, "hash")?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn b_id(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 1, "id")?;
    Ok(Value::from(args[0].identity()))
}

fn b_abs(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 1, "abs")?;
    match &args[0] {
        Value::Int(i) if *i != i64::MIN => Ok(Value::Int(i.abs())),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        v => match vm.call_special(v, &crate::names::names().__abs__, &[])? {
            Some(r) => Ok(r),
            None => {
                Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
            }
        },
    }
}

/// Whether `cls` is a class whose metaclass is exactly `type`, so that
/// `type`'s own `__instancecheck__`/`__subclasscheck__` apply (CPython's
/// `PyType_CheckExact` shortcut).
fn is_plain_class(cls: &Value) -> Option<&crate::value::ObjRef> {
    cls.as_obj()
        .filter(|o| o.class.is_none() && matches!(o.payload, Payload::Type(_)))
}

/// Calls the metaclass hook `name` (`__instancecheck__` or
/// `__subclasscheck__`) of `cls` with `arg`; `None` when the class has no
/// such hook.
fn call_check_hook(vm: &mut Vm, cls: &Value, name: &Value, arg: &Value) -> PyResult<Option<bool>> {
    vm.check_native_stack(" in __instancecheck__")?;
    match vm.call_special(cls, name, std::slice::from_ref(arg))? {
        Some(r) => vm.truthy(&r).map(Some),
        None => Ok(None),
    }
}

/// `isinstance(obj, cls_or_tuple)`: CPython's order: an exact type match,
/// `type`'s own check for plain classes, each item of a tuple, then the
/// metaclass's `__instancecheck__` (how `abc.ABCMeta` answers for
/// registered classes).
pub fn isinstance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(c) = cls.as_obj() {
        if crate::gil_rc::GilRc::ptr_eq(crate::vm::class_of(obj), c) {
            return Ok(true);
        }
    }
    if let Some(c) = is_plain_class(cls) {
        return Ok(vm.is_instance(obj, c));
    }
    if let Some(Payload::Tuple(items)) = cls.payload() {
        let items = items.clone();
        for c in items.iter() {
            if isinstance(vm, obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = call_check_hook(vm, cls, &crate::names::names().__instancecheck__, obj)? {
        return Ok(r);
    }
    match cls.as_obj() {
        Some(c) if matches!(c.payload, Payload::Type(_)) => Ok(vm.is_instance(obj, c)),
        _ => Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

fn b_isinstance(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 2, "isinstance")?;
    isinstance(vm, &args[0], &args[1]).map(Value::Bool)
}

/// `issubclass(sub, cls_or_tuple)`, in CPython's order (see [`isinstance`]).
pub fn issubclass(vm: &mut Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    if is_plain_class(cls).is_none() {
        if let Some(Payload::Tuple(items)) = cls.payload() {
            let items = items.clone();
            for c in items.iter() {
                if issubclass(vm, sub, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(r) = call_check_hook(vm, cls, &crate::names::names().__subclasscheck__, sub)? {
            return Ok(r);
        }
    }
    let Some(s) = sub
        .as_obj()
        .filter(|o| matches!(o.payload, Payload::Type(_)))
    else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    match cls.as_obj() {
        Some(c) if matches!(c.payload, Payload::Type(_)) => Ok(crate::typeobj::is_subtype(s, c)),
        _ => {
            Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

fn b_issubclass(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 2, "issubclass")?;
    issubclass(vm, &args[0], &args[1]).map(Value::Bool)
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    if v.as_str().is_some() {
        Ok(v.clone())
    } else {
        Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        )))
    }
}

fn b_hasattr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 2, "hasattr")?;
    let name = attr_name(vm, &args[1])?;
    match vm.get_attr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.err_is(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

pub(crate) fn b_getattr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!(
            "getattr expected at least 2 arguments, got {}",
            args.len()
        )));
    }
    let name = attr_name(vm, &args[1])?;
    match vm.get_attr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.err_is(&e, "AttributeError") => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn b_setattr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 3, "setattr")?;
    let name = attr_name(vm, &args[1])?;
    vm.set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn b_delattr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 2, "delattr")?;
    let name = attr_name(vm, &args[1])?;
    vm.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn b_iter(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    match args.len() {
        1 => vm.iter(&args[0]),
        2 => {
            if !vm.is_callable(&args[0]) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            Ok(new_iter(IterState::Callable(
                args[0].clone(),
                args[1].clone(),
            )))
        }
        0 => Err(vm.type_error("iter expected at least 1 argument, got 0")),
        n => Err(vm.type_error(format!("iter expected at most 2 arguments, got {n}"))),
    }
}

fn b_next(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let it = arg(vm, args, 0, "next")?;
    if vm
        .lookup_special(it, &crate::names::names().__next__)
        .is_none()
        && !matches!(it.payload(), Some(Payload::Iter(_)))
    {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Some(Payload::Generator(_)) = it.payload() {
        return match crate::generator::resume(vm, it, Value::None, None)? {
            crate::generator::SendResult::Yielded(v) => Ok(v),
            crate::generator::SendResult::Returned(v) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(v)),
            },
        };
    }
    if matches!(it.payload(), Some(Payload::Iter(_))) {
        return match vm.next(it)? {
            Some(v) => Ok(v),
            None => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(Value::None)),
            },
        };
    }
    match vm.call_special(it, &crate::names::names().__next__, &[]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(vm.type_error("not an iterator")),
        Err(e) if args.len() > 1 && vm.err_is(&e, "StopIteration") => Ok(args[1].clone()),
        Err(e) => Err(e),
    }
}

fn b_enumerate(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let it = match args.first().cloned().or_else(|| kw.get_kw("iterable")) {
        Some(v) => vm.iter(&v)?,
        None => return Err(vm.type_error("enumerate() missing required argument 'iterable'")),
    };
    let start = args
        .get(1)
        .cloned()
        .or_else(|| kw.get_kw("start"))
        .unwrap_or(Value::Int(0));
    let start = vm.index_value(&start)?;
    Ok(new_iter(IterState::Enumerate(it, start)))
}

fn b_zip(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let strict = match kw.get_kw("strict") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut its = Vec::with_capacity(args.len());
    for a in args {
        its.push(vm.iter(a)?);
    }
    Ok(new_iter(IterState::Zip(its, strict)))
}

fn b_map(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args[1..] {
        its.push(vm.iter(a)?);
    }
    Ok(new_iter(IterState::Map(args[0].clone(), its)))
}

fn b_filter(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 2, "filter")?;
    let it = vm.iter(&args[1])?;
    Ok(new_iter(IterState::Filter(args[0].clone(), it)))
}

fn b_reversed(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 1, "reversed")?;
    let v = &args[0];
    if let Some(r) = vm.call_special(v, &crate::names::names().__reversed__, &[])? {
        return Ok(r);
    }
    let builtin_seq = matches!(
        v.payload(),
        Some(
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Range { .. }
                | Payload::Bytes(_)
                | Payload::Dict(_)
                | Payload::DictView { .. }
        )
    );
    if builtin_seq
        || (vm
            .lookup_special(v, &crate::names::names().__getitem__)
            .is_some()
            && vm
                .lookup_special(v, &crate::names::names().__len__)
                .is_some())
    {
        let mut items = if builtin_seq {
            vm.collect(v)?
        } else {
            let n = vm.len(v)?;
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                out.push(vm.getitem(v, &Value::from(i))?);
            }
            out
        };
        items.reverse();
        return Ok(new_iter(IterState::Values(items, 0)));
    }
    Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(v))))
}

fn b_sorted(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 1, "sorted")
        .map_err(|_| vm.type_error(format!("sorted expected 1 argument, got {}", args.len())))?;
    let items = vm.collect_sized(&args[0])?;
    let list = Value::Obj(PyObject::new_list(items));
    vm.call_method_by_name_kw(&list, "sort", &[], kw)?;
    Ok(list)
}

fn min_max(vm: &mut Vm, args: Args, kw: Kw, is_max: bool) -> PyResult<Value> {
    let fname = if is_max { "max" } else { "min" };
    let key = kw.get_kw("key").filter(|k| !k.is_none());
    let default = kw.get_kw("default");
    let items = match args.len() {
        0 => return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0"))),
        1 => vm.collect(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {fname}() with multiple positional arguments"
                )));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&it), &[])?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                let op = if is_max {
                    locus_bytecode::CmpOp::Gt
                } else {
                    locus_bytecode::CmpOp::Lt
                };
                let r = vm.compare(&k, &bk, op)?;
                if vm.truthy(&r)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => {
            default.ok_or_else(|| vm.value_error(format!("{fname}() iterable argument is empty")))
        }
    }
}

fn b_min(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, false)
}

fn b_max(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, true)
}

fn b_sum(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let it = arg(vm, args, 0, "sum")?.clone();
    let acc = args
        .get(1)
        .cloned()
        .or_else(|| kw.get_kw("start"))
        .unwrap_or(Value::Int(0));
    match acc.payload() {
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Payload::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Payload::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let iter = vm.iter(&it)?;
    sum_items(vm, &iter, acc)
}

/// The summation loop of `sum()`: exact ints add without allocation, exact
/// floats use compensated (Neumaier) summation as CPython does, anything
/// else goes through `+`.
fn sum_items(vm: &mut Vm, iter: &Value, mut acc: Value) -> PyResult<Value> {
    loop {
        if let Value::Int(mut i) = acc {
            // Int fast path; leaves on overflow or a non-int item.
            loop {
                let Some(x) = vm.next(iter)? else {
                    return Ok(Value::Int(i));
                };
                let small = match x {
                    Value::Int(v) => Some(v),
                    Value::Bool(b) => Some(b as i64),
                    _ => None,
                };
                if let Some(sum) = small.and_then(|v| i.checked_add(v)) {
                    i = sum;
                    continue;
                }
                acc = vm.binary_op(locus_bytecode::BinOp::Add, &Value::Int(i), &x)?;
                break;
            }
            continue;
        }
        if let Value::Float(f) = acc {
            let (mut total, mut comp) = (f, 0.0f64);
            let finish = |total: f64, comp: f64| {
                if comp != 0.0 && comp.is_finite() {
                    total + comp
                } else {
                    total
                }
            };
            loop {
                let Some(x) = vm.next(iter)? else {
                    return Ok(Value::Float(finish(total, comp)));
                };
                match x {
                    Value::Float(v) => {
                        let t = total + v;
                        if total.abs() >= v.abs() {
                            comp += (total - t) + v;
                        } else {
                            comp += (v - t) + total;
                        }
                        total = t;
                    }
                    Value::Int(v) => total += v as f64,
                    Value::Bool(b) => total += b as i64 as f64,
                    _ => {
                        let cur = Value::Float(finish(total, comp));
                        acc = vm.binary_op(locus_bytecode::BinOp::Add, &cur, &x)?;
                        break;
                    }
                }
            }
            continue;
        }
        let Some(x) = vm.next(iter)? else {
            return Ok(acc);
        };
        acc = vm.binary_op(locus_bytecode::BinOp::Add, &acc, &x)?;
    }
}

fn b_any(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 1, "any")?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_all(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 1, "all")?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn b_divmod(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 2, "divmod")?;
    let (a, b) = (&args[0], &args[1]);
    let user = matches!(a, Value::Obj(o) if o.class.is_some())
        || matches!(b, Value::Obj(o) if o.class.is_some());
    if user {
        if let Some(r) = vm.call_special(
            a,
            &crate::names::names().__divmod__,
            std::slice::from_ref(b),
        )? {
            if !crate::vm::protocol_is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(r) = vm.call_special(
            b,
            &crate::names::names().__rdivmod__,
            std::slice::from_ref(a),
        )? {
            if !crate::vm::protocol_is_not_implemented(&r) {
                return Ok(r);
            }
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        )));
    }
    let q = vm
        .binary_op(locus_bytecode::BinOp::FloorDiv, a, b)
        .map_err(|e| rename_op(vm, e, "//", "divmod()"))
        .map_err(|e| {
            // float.__divmod__ names itself in its ZeroDivisionError.
            let float = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
            if float && vm.err_is(&e, "ZeroDivisionError") {
                vm.error("ZeroDivisionError", "float divmod()")
            } else {
                e
            }
        })?;
    let r = vm.binary_op(locus_bytecode::BinOp::Mod, a, b)?;
    Ok(Value::Obj(PyObject::new_tuple(vec![q, r])))
}

fn rename_op(vm: &Vm, e: crate::vm::PyErr, from: &str, to: &str) -> crate::vm::PyErr {
    if vm.err_is(&e, "TypeError") {
        let s = crate::types::exception::exception_str_plain(&e);
        if s.starts_with(&format!("unsupported operand type(s) for {from}:")) {
            return vm.type_error(s.replacen(&format!("for {from}:"), &format!("for {to}:"), 1));
        }
    }
    e
}

fn b_pow(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let base = args.first().cloned().or_else(|| kw.get_kw("base"));
    let exp = args.get(1).cloned().or_else(|| kw.get_kw("exp"));
    let modulus = args
        .get(2)
        .cloned()
        .or_else(|| kw.get_kw("mod"))
        .filter(|m| !m.is_none());
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match modulus {
        None => vm
            .binary_op(locus_bytecode::BinOp::Pow, &base, &exp)
            .map_err(|e| rename_op(vm, e, "** or pow()", "** or pow()")),
        Some(m) => {
            let to_big = |v: &Value| -> Option<BigInt> {
                match v {
                    Value::Int(i) => Some(BigInt::from(*i)),
                    Value::Bool(b) => Some(BigInt::from(*b as i64)),
                    Value::Obj(o) => match &o.payload {
                        Payload::BigInt(b) => Some(b.clone()),
                        _ => None,
                    },
                    _ => None,
                }
            };
            let (Some(b), Some(e), Some(md)) = (to_big(&base), to_big(&exp), to_big(&m)) else {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if md == BigInt::from(0) {
                return Err(vm.value_error("pow() 3rd argument cannot be 0"));
            }
            let b = if e < BigInt::from(0) {
                match mod_inverse(&b, &md) {
                    Some(inv) => inv,
                    None => {
                        return Err(vm.value_error("base is not invertible for the given modulus"))
                    }
                }
            } else {
                b
            };
            let e = if e < BigInt::from(0) { -e } else { e };
            let mut r = b.modpow(&e, &md);
            if r != BigInt::from(0) && (r < BigInt::from(0)) != (md < BigInt::from(0)) {
                r += &md;
            }
            Ok(Value::from_bigint(r))
        }
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m_abs = if *m < BigInt::from(0) {
        -m.clone()
    } else {
        m.clone()
    };
    let a = a.mod_floor(&m_abs);
    let ext = a.extended_gcd(&m_abs);
    if ext.gcd != BigInt::from(1) {
        return None;
    }
    Some(ext.x.mod_floor(&m_abs))
}

fn b_round(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let x = args.first().cloned().or_else(|| kw.get_kw("number"));
    let Some(x) = x else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = args
        .get(1)
        .cloned()
        .or_else(|| kw.get_kw("ndigits"))
        .filter(|v| !v.is_none());
    let mut rargs = Vec::new();
    if let Some(nd) = nd {
        rargs.push(nd);
    }
    match vm.call_special(&x, &crate::names::names().__round__, &rargs)? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(&x)
        ))),
    }
}

fn b_chr(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 1, "chr")?;
    let i = vm.index_value(&args[0])?;
    let Value::Int(i) = i else {
        return Err(vm.error("OverflowError", "Python int too large to convert to C int"));
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(c.to_string())),
        None if (0..=0x10ffff).contains(&i) => {
            Ok(Value::str(char::REPLACEMENT_CHARACTER.to_string()))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn b_ord(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 1, "ord")?;
    let v = &args[0];
    match v.payload() {
        Some(Payload::Str(s)) => {
            if s.char_len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(s.char_at(0) as i64))
        }
        Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => {
            let b: Vec<u8> = match v.payload() {
                Some(Payload::Bytes(b)) => b.to_vec(),
                Some(Payload::ByteArray(b)) => b.borrow().clone(),
                _ => Vec::new(),
            };
            if b.len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::Int(b[0] as i64))
        }
        _ => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        ))),
    }
}

fn radix(vm: &mut Vm, args: Args, fname: &str, radix: u32, prefix: &str) -> PyResult<Value> {
    exact_args(vm, args, 1, fname)?;
    let i = vm.index_value(&args[0])?;
    let big = match &i {
        Value::Int(i) => BigInt::from(*i),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => b.clone(),
            _ => BigInt::from(0),
        },
        _ => BigInt::from(0),
    };
    let neg = big < BigInt::from(0);
    let mag = if neg { -big } else { big };
    Ok(Value::str(format!(
        "{}{}{}",
        if neg { "-" } else { "" },
        prefix,
        mag.to_str_radix(radix)
    )))
}

fn b_hex(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    radix(vm, args, "hex", 16, "0x")
}

fn b_oct(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    radix(vm, args, "oct", 8, "0o")
}

fn b_bin(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    radix(vm, args, "bin", 2, "0b")
}

fn b_format(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    let v = arg(vm, args, 0, "format")?.clone();
    let spec = args.get(1).cloned().unwrap_or_else(|| Value::str(""));
    let Some(spec) = spec.as_str().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "format() argument 2 must be str, not {}",
            vm.type_name(&spec)
        )));
    };
    vm.format(&v, &spec)
}

fn b_callable(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    exact_args(vm, args, 1, "callable")?;
    Ok(Value::Bool(vm.is_callable(&args[0])))
}

fn b_globals(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "globals() takes no arguments ({} given)",
            args.len()
        )));
    }
    match vm.call_stack.last() {
        Some(f) => Ok(Value::Obj(f.globals.clone())),
        None => Ok(Value::Obj(vm.new_dict())),
    }
}

/// `locals()`: the real namespace in module/class/exec scopes, a fresh
/// snapshot in functions (PEP 667).
fn b_locals(vm: &mut Vm, args: Args, _kw: Kw) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "locals() takes no arguments ({} given)",
            args.len()
        )));
    }
    let Some(f) = vm.call_stack.last_arc() else {
        return Ok(Value::Obj(vm.new_dict()));
    };
    crate::types::frame_locals::locals_of(vm, &f)
}

fn b_vars(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "vars expected at most 1 argument, got {}",
            args.len()
        )));
    }
    match args.first() {
        None => b_locals(vm, args, kw),
        Some(v) => match vm.get_attr_str(v, "__dict__") {
            Ok(d) => Ok(d),
            Err(e) if vm.err_is(&e, "AttributeError") => {
                Err(vm.type_error("vars() argument must have __dict__ attribute"))
            }
            Err(e) => Err(e),
        },
    }
}

fn b_dir(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    match args.first() {
        None => {
            // The sorted keys of what `locals()` gives (R23): sorting
            // keys that do not order raises as `sorted` does.
            let l = b_locals(vm, args, kw)?;
            let keys = vm.call_method_by_name(&l, "keys", &[])?;
            let list = vm.call(&Value::Obj(types().list.clone()), &[keys], &[])?;
            vm.call_method_by_name(&list, "sort", &[])?;
            Ok(list)
        }
        Some(v) => dir_of(vm, v),
    }
}

/// `dir(v)`: the sorted attribute names of an object.
pub fn dir_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    {
        {
            let r = match v.payload() {
                Some(Payload::Module(m)) => {
                    let ns = Value::Obj(m.namespace.clone());
                    vm.call_method_by_name(&ns, "keys", &[])?
                }
                Some(Payload::Type(_)) => {
                    let names = crate::types::object::class_attribute_names(
                        v.as_obj().unwrap_or(&types().object),
                    );
                    Value::Obj(PyObject::new_list(
                        names.into_iter().map(Value::str).collect(),
                    ))
                }
                _ => vm.call_method_by_name(v, "__dir__", &[])?,
            };
            let mut items: Vec<String> = vm
                .collect(&r)?
                .iter()
                .filter_map(|k| k.as_str().map(str::to_string))
                .collect();
            items.sort();
            items.dedup();
            Ok(Value::Obj(PyObject::new_list(
                items.into_iter().map(Value::str).collect(),
            )))
        }
    }
}

fn b_import(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let name = args
        .first()
        .cloned()
        .or_else(|| kw.get_kw("name"))
        .unwrap_or(Value::None);
    let Some(n) = name.as_str().map(str::to_string) else {
        return Err(vm.type_error("module name must be a string"));
    };
    let globals = args
        .get(1)
        .cloned()
        .or_else(|| kw.get_kw("globals"))
        .unwrap_or(Value::None);
    let fromlist = args
        .get(3)
        .cloned()
        .or_else(|| kw.get_kw("fromlist"))
        .unwrap_or(Value::None);
    let level = args
        .get(4)
        .cloned()
        .or_else(|| kw.get_kw("level"))
        .unwrap_or(Value::Int(0));
    let level = vm.index_i64(&level)?.max(0) as usize;
    vm.import_module_level(&n, &globals, &fromlist, level)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn b_build_class(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let body = args[0].clone();
    let name = args[1].clone();
    let Some(Payload::Function(func)) = body.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    // Resolve __mro_entries__ is not supported yet; bases as given.
    let bases: Vec<Value> = args[2..].to_vec();
    let meta = kw.get_kw("metaclass");
    let rest: Vec<(Value, Value)> = kw
        .iter()
        .filter(|(k, _)| k.as_str() != Some("metaclass"))
        .cloned()
        .collect();
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(vm.class_of(b)),
            None => Value::Obj(types().type_.clone()),
        },
    };
    // A class as metaclass: the most derived of it and the bases' metaclasses.
    let meta = match meta
        .as_obj()
        .filter(|m| matches!(m.payload, Payload::Type(_)))
    {
        Some(m) => {
            let mut winner = m.clone();
            for b in &bases {
                let mb = vm.class_of(b);
                if crate::typeobj::is_subtype(&winner, &mb) {
                    continue;
                }
                if crate::typeobj::is_subtype(&mb, &winner) {
                    winner = mb;
                } else {
                    return Err(vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
                }
            }
            Value::Obj(winner)
        }
        None => meta,
    };
    let bases_t = Value::Obj(PyObject::new_tuple(bases.clone()));
    let ns = match vm.get_attr_opt(&meta, &crate::names::names().__prepare__)? {
        Some(prep) => vm.call(&prep, &[name.clone(), bases_t.clone()], &rest)?,
        None => Value::Obj(vm.new_dict()),
    };
    let frame = Box::new(crate::frame::Frame::new(
        func.code.clone(),
        func.globals.clone(),
        func.builtins.clone(),
        ns.clone(),
        &func.closure,
    ));
    let cell = vm.run_to_return(frame)?;
    let cls = vm.call(&meta, &[name, bases_t, ns], &rest)?;
    if let Some(Payload::Cell(c)) = cell.payload() {
        let inner = c.get();
        if inner.is_null() {
            c.set(cls.clone());
        }
    }
    Ok(cls)
}

/// The `(class, receiver)` of a zero-argument `super()` from the calling frame.
pub fn implicit_super_args(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let Some(f) = vm.call_stack.last_arc() else {
        return Err(vm.error("RuntimeError", "super(): no current frame"));
    };
    let co = &f.code.code;
    if co.argcount == 0 && co.flags & locus_bytecode::code_flags::VARARGS == 0 {
        return Err(vm.error("RuntimeError", "super(): no arguments"));
    }
    let first = f.slots.first().map(|s| s.get()).unwrap_or(Value::Null);
    let first = match co.vars.first().map(|v| v.kind) {
        Some(locus_bytecode::VarKind::Cell) => crate::vm::cell_get(&first),
        _ => first,
    };
    if first.is_null() {
        return Err(vm.error("RuntimeError", "super(): arg[0] deleted"));
    }
    let class_slot = co
        .vars
        .iter()
        .position(|v| &*v.name == "__class__" && v.kind == locus_bytecode::VarKind::Free);
    let Some(slot) = class_slot else {
        return Err(vm.error("RuntimeError", "super(): __class__ cell not found"));
    };
    let cls = crate::vm::cell_get(&f.slots[slot].get());
    if cls.is_null() {
        return Err(vm.error("RuntimeError", "super(): empty __class__ cell"));
    }
    Ok((cls, first))
}

fn source_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_string()),
        Some(Payload::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => Err(vm.type_error("source must be a string, bytes or code object")),
    }
}

/// Whether `v` can serve as a locals mapping (anything with `__getitem__`).
fn is_mapping(vm: &mut Vm, v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::Dict(_)) | Some(Payload::FrameLocalsProxy(_))
    ) || vm
        .lookup_special(v, &crate::names::names().__getitem__)
        .is_some()
}

/// `exec`/`eval`: the namespaces chosen as CPython does (spec R26: the
/// caller's globals and `locals()` by default, globals standing for
/// locals when only they are given), CPython's argument errors (R29), and
/// `closure=` for code objects with free variables (R31).
fn run_source(vm: &mut Vm, args: Args, kw: Kw, mode: &str) -> PyResult<Value> {
    let fname = if mode == "eval" { "eval" } else { "exec" };
    let src = args
        .first()
        .cloned()
        .or_else(|| kw.get_kw("source"))
        .unwrap_or(Value::None);
    let globals = args
        .get(1)
        .cloned()
        .or_else(|| kw.get_kw("globals"))
        .filter(|g| !g.is_none());
    let locals = args
        .get(2)
        .cloned()
        .or_else(|| kw.get_kw("locals"))
        .filter(|l| !l.is_none());
    let closure = kw.get_kw("closure").filter(|c| !c.is_none());
    if let Some(g) = &globals {
        if !matches!(g.payload(), Some(Payload::Dict(_))) {
            let msg = if mode == "exec" {
                format!("exec() globals must be a dict, not {}", vm.type_name(g))
            } else if is_mapping(vm, g) {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                "globals must be a dict".to_string()
            };
            return Err(vm.type_error(msg));
        }
    }
    if let Some(l) = &locals {
        if !is_mapping(vm, l) {
            return Err(vm.type_error(if mode == "exec" {
                format!("locals must be a mapping or None, not {}", vm.type_name(l))
            } else {
                "locals must be a mapping".to_string()
            }));
        }
    }
    let code = match src.payload() {
        Some(Payload::Code(c)) => c.clone(),
        _ => {
            if closure.is_some() {
                return Err(vm.type_error("closure can only be used when source is a code object"));
            }
            let s = source_arg(vm, &src).map_err(|_| {
                vm.type_error(format!(
                    "{fname}() arg 1 must be a string, bytes or code object"
                ))
            })?;
            let s = if mode == "eval" {
                s.trim_start_matches([' ', '\t']).to_string()
            } else {
                s
            };
            crate::compile_hook::compile(vm, &s, "<string>", mode)?
        }
    };
    let nfree = code
        .code
        .vars
        .iter()
        .filter(|v| v.kind == locus_bytecode::VarKind::Free)
        .count();
    let cells = closure_cells(vm, nfree, closure.as_ref(), mode)?;
    let caller = vm.call_stack.last_arc();
    let (globals, locals) = match (globals, locals) {
        (Some(g), l) => {
            let g = g.as_obj().cloned().unwrap_or_else(|| vm.new_dict());
            let l = l.unwrap_or_else(|| Value::Obj(g.clone()));
            (g, l)
        }
        (None, l) => {
            let g = match &caller {
                Some(f) => f.globals.clone(),
                None => vm.new_dict(),
            };
            let l = match (l, &caller) {
                (Some(l), _) => l,
                (None, Some(f)) => crate::types::frame_locals::locals_of(vm, f)?,
                (None, None) => Value::Obj(g.clone()),
            };
            (g, l)
        }
    };
    if crate::types::object::ns_get(&globals, "__builtins__").is_none() {
        ns_set(
            &globals,
            crate::intern::intern("__builtins__"),
            Value::Obj(vm.builtins_module()),
        );
    }
    let r = vm.run_code_with_closure(&code, globals, locals, &cells)?;
    Ok(if mode == "eval" { r } else { Value::None })
}

/// The cells of `closure=` for a code object with `nfree` free variables.
fn closure_cells(
    vm: &mut Vm,
    nfree: usize,
    closure: Option<&Value>,
    mode: &str,
) -> PyResult<Vec<crate::value::ObjRef>> {
    if nfree > 0 && mode == "eval" {
        return Err(vm.type_error("code object passed to eval() may not contain free variables"));
    }
    match closure {
        None if nfree == 0 => Ok(Vec::new()),
        Some(_) if nfree == 0 => Err(vm.type_error("cannot use a closure with this code object")),
        None => Err(vm.type_error(format!(
            "code object requires a closure of exactly length {nfree}"
        ))),
        Some(c) => {
            let cells: Vec<crate::value::ObjRef> = match c.payload() {
                Some(Payload::Tuple(items)) => items
                    .iter()
                    .filter_map(|v| match v.payload() {
                        Some(Payload::Cell(_)) => v.as_obj().cloned(),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let len_ok = matches!(c.payload(), Some(Payload::Tuple(items)) if items.len() == nfree);
            if !len_ok || cells.len() != nfree {
                return Err(vm.type_error(format!(
                    "code object requires a closure of exactly length {nfree}"
                )));
            }
            Ok(cells)
        }
    }
}

fn b_exec(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    run_source(vm, args, kw, "exec")
}

fn b_eval(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    run_source(vm, args, kw, "eval")
}

fn b_compile(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let src = args
        .first()
        .cloned()
        .or_else(|| kw.get_kw("source"))
        .unwrap_or(Value::None);
    let filename = args
        .get(1)
        .cloned()
        .or_else(|| kw.get_kw("filename"))
        .unwrap_or(Value::None);
    let mode = args
        .get(2)
        .cloned()
        .or_else(|| kw.get_kw("mode"))
        .unwrap_or(Value::None);
    let s = source_arg(vm, &src)?;
    let Some(filename) = filename.as_str().map(str::to_string) else {
        return Err(vm.type_error("compile() missing required argument 'filename' (pos 2)"));
    };
    let Some(mode) = mode.as_str().map(str::to_string) else {
        return Err(vm.type_error("compile() missing required argument 'mode' (pos 3)"));
    };
    let code = crate::compile_hook::compile(vm, &s, &filename, &mode)?;
    Ok(Value::Obj(PyObject::new(Payload::Code(code))))
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v.payload() {
            Some(
                Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::BoundMethod { .. }
                | Payload::StaticMethod(_)
                | Payload::Type(_),
            ) => true,
            Some(_) => self
                .lookup_special(v, &crate::names::names().__call__)
                .is_some(),
            None => false,
        }
    }

    /// `obj.name(*args)`.
    pub fn call_method_by_name(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Value> {
        self.call_method_by_name_kw(obj, name, args, &[])
    }

    /// `obj.name(*args, **kw)`.
    pub fn call_method_by_name_kw(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let n = crate::intern::intern(name);
        let (f, receiver) = self.load_method(obj.clone(), &n)?;
        if receiver.is_null() {
            self.call(&f, args, kw)
        } else {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(receiver);
            full.extend_from_slice(args);
            self.call(&f, &full, kw)
        }
    }
}
