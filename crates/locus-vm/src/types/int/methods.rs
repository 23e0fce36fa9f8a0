//! The Python-visible methods of `int` (inherited by `bool`): the slot
//! wrappers of the operators, conversions, rounding, bit operations,
//! `to_bytes`/`from_bytes`, and the method table.

use super::*;
use crate::typeobj::{method, staticmethod, MethodDef};

/// A slot wrapper for a binary operator: `NotImplemented` unless the other
/// operand is an int too.
fn int_binary_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let args = wrapper_args(vm, args, kw, "int", name, 1, is_int)?;
    let (a, b) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    let (Some(x), Some(y)) = (int_ref(a), int_ref(b)) else {
        return Ok(not_implemented());
    };
    let bool_pair = matches!((a, b), (Value::Bool(_), Value::Bool(_)));
    if bool_pair && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
        if let Some(r) = binary(vm, op, a, b)? {
            return Ok(r);
        }
    }
    Ok(int_binop(vm, op, x, y)?.unwrap_or_else(not_implemented))
}

macro_rules! int_binary_methods {
    ($(($f:ident, $rf:ident, $name:literal, $rname:literal, $op:ident)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                int_binary_method(vm, args, kw, $name, BinOp::$op, false)
            }
            fn $rf(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                int_binary_method(vm, args, kw, $rname, BinOp::$op, true)
            }
        )*
    };
}

int_binary_methods!(
    (int_add, int_radd, "__add__", "__radd__", Add),
    (int_sub, int_rsub, "__sub__", "__rsub__", Sub),
    (int_mul, int_rmul, "__mul__", "__rmul__", Mul),
    (
        int_truediv,
        int_rtruediv,
        "__truediv__",
        "__rtruediv__",
        TrueDiv
    ),
    (
        int_floordiv,
        int_rfloordiv,
        "__floordiv__",
        "__rfloordiv__",
        FloorDiv
    ),
    (int_mod, int_rmod, "__mod__", "__rmod__", Mod),
    (int_and, int_rand, "__and__", "__rand__", And),
    (int_or, int_ror, "__or__", "__ror__", Or),
    (int_xor, int_rxor, "__xor__", "__rxor__", Xor),
    (
        int_lshift_m,
        int_rlshift,
        "__lshift__",
        "__rlshift__",
        LShift
    ),
    (
        int_rshift_m,
        int_rrshift,
        "__rshift__",
        "__rrshift__",
        RShift
    ),
);

/// `__pow__`/`__rpow__` with the optional modulus.
fn int_pow_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let args = ternary_args(vm, args, kw, "int", name, is_int)?;
    let (a, b) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    let (Some(x), Some(y)) = (int_ref(a), int_ref(b)) else {
        return Ok(not_implemented());
    };
    match args.get(2) {
        None | Some(Value::None) => {
            Ok(int_binop(vm, BinOp::Pow, x, y)?.unwrap_or_else(not_implemented))
        }
        Some(m) => match int_ref(m) {
            Some(m) => int_pow_mod(vm, &x.big(), &y.big(), &m.big()),
            None => Ok(not_implemented()),
        },
    }
}

fn int_pow_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_pow_method(vm, args, kw, "__pow__", false)
}

fn int_rpow(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_pow_method(vm, args, kw, "__rpow__", true)
}

/// `divmod` of two ints.
fn int_divmod_values(vm: &Vm, x: IntRef<'_>, y: IntRef<'_>) -> PyResult<Value> {
    if y.is_zero() {
        return Err(zero_division(vm, "integer division or modulo by zero"));
    }
    let (q, r) = match (x, y) {
        (IntRef::Small(a), IntRef::Small(b)) => {
            let (a, b) = (a as i128, b as i128);
            (
                int_from_i128(floor_div_i128(a, b)),
                int_from_i128(floor_mod_i128(a, b)),
            )
        }
        _ => {
            let (q, r) = x.big().div_mod_floor(&y.big());
            (Value::from_bigint(q), Value::from_bigint(r))
        }
    };
    Ok(Value::Obj(PyObject::new_tuple(vec![q, r])))
}

fn int_divmod_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let args = wrapper_args(vm, args, kw, "int", name, 1, is_int)?;
    let (a, b) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    match (int_ref(a), int_ref(b)) {
        (Some(x), Some(y)) => int_divmod_values(vm, x, y),
        _ => Ok(not_implemented()),
    }
}

fn int_divmod(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_divmod_method(vm, args, kw, "__divmod__", false)
}

fn int_rdivmod(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_divmod_method(vm, args, kw, "__rdivmod__", true)
}

/// A rich-comparison slot wrapper.
fn int_compare_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    op: CmpOp,
) -> PyResult<Value> {
    let args = wrapper_args(vm, args, kw, "int", name, 1, is_int)?;
    match (int_ref(&args[0]), int_ref(&args[1])) {
        (Some(x), Some(y)) => Ok(Value::Bool(ordering_satisfies(Some(cmp_ints(x, y)), op))),
        _ => Ok(not_implemented()),
    }
}

macro_rules! int_compare_methods {
    ($(($f:ident, $name:literal, $op:ident)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                int_compare_method(vm, args, kw, $name, CmpOp::$op)
            }
        )*
    };
}

int_compare_methods!(
    (int_eq, "__eq__", Eq),
    (int_ne, "__ne__", Ne),
    (int_lt, "__lt__", Lt),
    (int_le, "__le__", Le),
    (int_gt, "__gt__", Gt),
    (int_ge, "__ge__", Ge),
);

/// The receiver of a zero-argument slot wrapper.
fn unary_receiver<'a>(vm: &Vm, args: &'a [Value], kw: &KwArgs, name: &str) -> PyResult<IntRef<'a>> {
    let args = wrapper_args(vm, args, kw, "int", name, 0, is_int)?;
    int_ref(&args[0]).ok_or_else(|| vm.type_error("int expected"))
}

fn int_neg_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(int_neg(unary_receiver(vm, args, kw, "__neg__")?))
}

fn int_pos(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(unary_receiver(vm, args, kw, "__pos__")?.to_value())
}

fn int_abs_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(int_abs(unary_receiver(vm, args, kw, "__abs__")?))
}

fn int_invert_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(int_invert(unary_receiver(vm, args, kw, "__invert__")?))
}

fn int_bool(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(
        !unary_receiver(vm, args, kw, "__bool__")?.is_zero(),
    ))
}

fn int_int(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(unary_receiver(vm, args, kw, "__int__")?.to_value())
}

fn int_index(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(unary_receiver(vm, args, kw, "__index__")?.to_value())
}

fn int_float(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let i = unary_receiver(vm, args, kw, "__float__")?;
    Ok(Value::Float(int_to_f64(vm, i)?))
}

fn int_hash(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        match unary_receiver(vm, args, kw, "__hash__")? {
            IntRef::Small(s) => crate::hash::hash_i64(s),
            IntRef::Big(b) => crate::hash::hash_bigint(b),
        },
    ))
}

fn int_repr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let i = unary_receiver(vm, args, kw, "__repr__")?;
    if let Value::Bool(b) = args[0] {
        return Ok(Value::str(if b { "True" } else { "False" }));
    }
    Ok(Value::str(int_text(vm, i)?))
}

/// `int.__format__(spec)`.
fn int_format_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let recv = method_receiver(vm, args, "int", "__format__", is_int)?.clone();
    let spec = format_spec_arg(vm, args, kw, "int")?;
    if spec.is_empty() {
        return vm.to_str_value(&recv);
    }
    let i = int_ref(&recv).unwrap_or(IntRef::Small(0));
    let type_name = vm.type_name(&recv);
    let parsed =
        locus_format::parse_format_spec(&spec, &type_name).map_err(|e| format_error(vm, e))?;
    let r = match i {
        IntRef::Small(s) => locus_format::format_i64(s, &parsed, &type_name),
        IntRef::Big(b) => locus_format::format_int(b, &parsed, &type_name),
    };
    r.map(Value::str).map_err(|e| format_error(vm, e))
}

/// `int.__round__(ndigits=None)`: half-to-even at a negative digit position.
fn int_round(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let recv = method_receiver(vm, args, "int", "__round__", is_int)?;
    let nd = round_ndigits(vm, args, kw, "int")?.cloned();
    let x = int_ref(recv).map(IntRef::to_value).unwrap_or(Value::Int(0));
    let Some(nd) = nd else { return Ok(x) };
    let nd = vm.index_value(&nd)?;
    let nd = match int_ref(&nd) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(b)) if b.is_negative() => i64::MIN,
        _ => return Ok(x),
    };
    if nd >= 0 {
        return Ok(x);
    }
    let big = int_ref(&x).map(IntRef::to_bigint).unwrap_or_default();
    Ok(Value::from_bigint(locus_format::round_int(&big, nd)))
}

/// A method returning the exact int value of the receiver.
fn int_identity_method(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str) -> PyResult<Value> {
    let recv = noargs(vm, args, kw, "int", name, is_int)?;
    Ok(int_ref(recv).map(IntRef::to_value).unwrap_or(Value::Int(0)))
}

fn int_trunc(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_identity_method(vm, args, kw, "__trunc__")
}

fn int_floor(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_identity_method(vm, args, kw, "__floor__")
}

fn int_ceil(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_identity_method(vm, args, kw, "__ceil__")
}

fn int_conjugate(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_identity_method(vm, args, kw, "conjugate")
}

fn int_getnewargs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let v = int_identity_method(vm, args, kw, "__getnewargs__")?;
    Ok(Value::Obj(PyObject::new_tuple(vec![v])))
}

fn int_bit_length(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let recv = noargs(vm, args, kw, "int", "bit_length", is_int)?;
    let n = match int_ref(recv) {
        Some(IntRef::Small(s)) => u64::from(64 - s.unsigned_abs().leading_zeros()),
        Some(IntRef::Big(b)) => b.bits(),
        None => 0,
    };
    Ok(Value::from(n as usize))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let recv = noargs(vm, args, kw, "int", "bit_count", is_int)?;
    let n = match int_ref(recv) {
        Some(IntRef::Small(s)) => u64::from(s.unsigned_abs().count_ones()),
        Some(IntRef::Big(b)) => b.magnitude().count_ones(),
        None => 0,
    };
    Ok(Value::from(n as usize))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let v = int_identity_method(vm, args, kw, "as_integer_ratio")?;
    Ok(Value::Obj(PyObject::new_tuple(vec![v, Value::Int(1)])))
}

fn int_is_integer(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    noargs(vm, args, kw, "int", "is_integer", is_int)?;
    Ok(Value::Bool(true))
}

/// `int.__new__` (so that `super().__new__(cls, x)` works in subclasses).
fn int_new_static(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_new(vm, args, kw)
}

/// Reads the `byteorder` argument of `to_bytes`/`from_bytes`: true for big-endian.
fn byteorder_arg(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(true) };
    match v.as_str() {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let recv = method_receiver(vm, args, "int", "to_bytes", is_int)?;
    let value = int_ref(recv).map(IntRef::to_bigint).unwrap_or_default();
    let a = bind_args(
        vm,
        "to_bytes",
        &args[1..],
        kw,
        &["length", "byteorder", "signed"],
        2,
        0,
    )?;
    let length = match &a[0] {
        Some(l) => vm.index_value(l)?,
        None => Value::Int(1),
    };
    let length = match int_ref(&length) {
        Some(i) if i.big().is_negative() => {
            return Err(vm.value_error("length argument must be non-negative"))
        }
        Some(i) => i.to_i64().and_then(|n| usize::try_from(n).ok()),
        None => None,
    };
    let big_endian = byteorder_arg(vm, "to_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let bytes = int_bytes(vm, &value, length, signed)?;
    let bytes = if big_endian {
        bytes.into_iter().rev().collect()
    } else {
        bytes
    };
    Ok(Value::Obj(PyObject::new(Payload::Bytes(
        bytes.into_boxed_slice(),
    ))))
}

/// The little-endian bytes of `value` in exactly `length` bytes.
fn int_bytes(vm: &Vm, value: &BigInt, length: Option<usize>, signed: bool) -> PyResult<Vec<u8>> {
    if !signed && value.is_negative() {
        return Err(vm.error("OverflowError", "can't convert negative int to unsigned"));
    }
    let too_big = || vm.error("OverflowError", "int too big to convert");
    let mut bytes = if value.is_zero() {
        Vec::new()
    } else if signed {
        value.to_signed_bytes_le()
    } else {
        value.magnitude().to_bytes_le()
    };
    let length = length.ok_or_else(too_big)?;
    if bytes.len() > length {
        // to_signed_bytes_le never has redundant sign bytes, so it is too big.
        return Err(too_big());
    }
    if length > (MAX_RESULT_BITS / 8) as usize {
        return Err(memory_error(vm));
    }
    let pad = if value.is_negative() { 0xff } else { 0 };
    bytes.resize(length, pad);
    Ok(bytes)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod).
fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(cls) = args.first().cloned() else {
        return Err(vm.type_error("from_bytes() needs a class"));
    };
    let a = bind_args(
        vm,
        "from_bytes",
        &args[1..],
        kw,
        &["bytes", "byteorder", "signed"],
        2,
        1,
    )?;
    let data = match &a[0] {
        Some(v) => bytes_arg(vm, v)?,
        None => Vec::new(),
    };
    let big_endian = byteorder_arg(vm, "from_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let le: Vec<u8> = if big_endian {
        data.into_iter().rev().collect()
    } else {
        data
    };
    let value = if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &le)
    };
    let v = Value::from_bigint(value);
    if matches!(&cls, Value::Obj(o) if GilRc::ptr_eq(o, &types().int)) {
        return Ok(v);
    }
    vm.call(&cls, &[v], &[])
}

/// The bytes of a bytes-like object or of an iterable of ints in range(256).
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => return Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => return Ok(b.borrow().clone()),
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("cannot convert 'str' object to bytes"));
        }
        _ => {}
    }
    let items = vm.collect(v).map_err(|e| {
        if vm.err_is(&e, "TypeError") {
            vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(v)
            ))
        } else {
            e
        }
    })?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let i = vm.index_value(it)?;
        match int_ref(&i)
            .and_then(IntRef::to_i64)
            .and_then(|n| u8::try_from(n).ok())
        {
            Some(b) => out.push(b),
            None => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// Methods of `int` (inherited by `bool`).
pub const METHODS: &[MethodDef] = &[
    method("__getnewargs__", crate::types::reduce::int_getnewargs),
    staticmethod("__new__", int_new_static),
    method("__add__", int_add),
    method("__radd__", int_radd),
    method("__sub__", int_sub),
    method("__rsub__", int_rsub),
    method("__mul__", int_mul),
    method("__rmul__", int_rmul),
    method("__truediv__", int_truediv),
    method("__rtruediv__", int_rtruediv),
    method("__floordiv__", int_floordiv),
    method("__rfloordiv__", int_rfloordiv),
    method("__mod__", int_mod),
    method("__rmod__", int_rmod),
    method("__divmod__", int_divmod),
    method("__rdivmod__", int_rdivmod),
    method("__pow__", int_pow_m),
    method("__rpow__", int_rpow),
    method("__and__", int_and),
    method("__rand__", int_rand),
    method("__or__", int_or),
    method("__ror__", int_ror),
    method("__xor__", int_xor),
    method("__rxor__", int_rxor),
    method("__lshift__", int_lshift_m),
    method("__rlshift__", int_rlshift),
    method("__rshift__", int_rshift_m),
    method("__rrshift__", int_rrshift),
    method("__neg__", int_neg_m),
    method("__pos__", int_pos),
    method("__abs__", int_abs_m),
    method("__invert__", int_invert_m),
    method("__eq__", int_eq),
    method("__ne__", int_ne),
    method("__lt__", int_lt),
    method("__le__", int_le),
    method("__gt__", int_gt),
    method("__ge__", int_ge),
    method("__hash__", int_hash),
    method("__bool__", int_bool),
    method("__int__", int_int),
    method("__float__", int_float),
    method("__index__", int_index),
    method("__repr__", int_repr),
    method("__format__", int_format_m),
    method("__round__", int_round),
    method("__trunc__", int_trunc),
    method("__floor__", int_floor),
    method("__ceil__", int_ceil),
    method("__getnewargs__", int_getnewargs),
    method("bit_length", int_bit_length),
    method("bit_count", int_bit_count),
    method("to_bytes", int_to_bytes),
    typeobj::classmethod("from_bytes", int_from_bytes),
    method("conjugate", int_conjugate),
    method("as_integer_ratio", int_as_integer_ratio),
    method("is_integer", int_is_integer),
];
