//! The Python-visible methods of `float` (slot wrappers of the operators,
//! comparisons, conversions, rounding, `hex`/`fromhex`,
//! `as_integer_ratio`) and its method table.

use super::*;
use crate::typeobj;
use crate::types::int::{float_to_int_value, ordering_satisfies, round_ndigits};
use locus_bytecode::CmpOp;

/// The float value of a (checked) receiver.
fn float_of(v: &Value) -> f64 {
    float_value(v).unwrap_or(0.0)
}

/// The other operand of a float dunder as a float; `None` for
/// `NotImplemented` (complex and non-numbers).
fn float_other(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    match operand(v) {
        Some(Operand::Float(f)) => Ok(Some(f)),
        Some(Operand::Int(i)) => int_to_f64(vm, i).map(Some),
        _ => Ok(None),
    }
}

/// A binary slot wrapper of `float`.
fn float_binary_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let args = wrapper_args(vm, args, kw, "float", name, 1, is_float)?;
    let x = float_of(&args[0]);
    let Some(y) = float_other(vm, &args[1])? else {
        return Ok(not_implemented());
    };
    let (a, b) = if reflected { (y, x) } else { (x, y) };
    Ok(float_binop(vm, op, a, b)?.unwrap_or_else(not_implemented))
}

binary_methods!(float_binary_method:
    (float_add, float_radd, "__add__", "__radd__", Add),
    (float_sub, float_rsub, "__sub__", "__rsub__", Sub),
    (float_mul, float_rmul, "__mul__", "__rmul__", Mul),
    (float_truediv, float_rtruediv, "__truediv__", "__rtruediv__", TrueDiv),
    (float_floordiv_m, float_rfloordiv, "__floordiv__", "__rfloordiv__", FloorDiv),
    (float_mod_m, float_rmod, "__mod__", "__rmod__", Mod),
);

/// `float.__pow__`/`__rpow__`: a modulus is an error.
fn float_pow_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let args = ternary_args(vm, args, kw, "float", name, is_float)?;
    let x = float_of(&args[0]);
    let Some(y) = float_other(vm, &args[1])? else {
        return Ok(not_implemented());
    };
    if args.get(2).is_some_and(|m| !m.is_none()) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let (a, b) = if reflected { (y, x) } else { (x, y) };
    float_pow(vm, a, b)
}

fn float_pow_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_pow_method(vm, args, kw, "__pow__", false)
}

fn float_rpow(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_pow_method(vm, args, kw, "__rpow__", true)
}

fn float_divmod_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let args = wrapper_args(vm, args, kw, "float", name, 1, is_float)?;
    let x = float_of(&args[0]);
    let Some(y) = float_other(vm, &args[1])? else {
        return Ok(not_implemented());
    };
    let (a, b) = if reflected { (y, x) } else { (x, y) };
    float_divmod(vm, a, b)
}

fn float_divmod_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_divmod_method(vm, args, kw, "__divmod__", false)
}

fn float_rdivmod(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_divmod_method(vm, args, kw, "__rdivmod__", true)
}

/// A rich-comparison slot wrapper of `float` (exact against ints).
fn float_compare_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    op: CmpOp,
) -> PyResult<Value> {
    let args = wrapper_args(vm, args, kw, "float", name, 1, is_float)?;
    let x = float_of(&args[0]);
    let ord = match operand(&args[1]) {
        Some(Operand::Float(y)) => x.partial_cmp(&y),
        Some(Operand::Int(i)) => cmp_intref_float(i, x).map(std::cmp::Ordering::reverse),
        _ => return Ok(not_implemented()),
    };
    Ok(Value::Bool(ordering_satisfies(ord, op)))
}

macro_rules! compare_methods {
    ($impl:ident: $(($f:ident, $name:literal, $op:ident)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                $impl(vm, args, kw, $name, CmpOp::$op)
            }
        )*
    };
}

compare_methods!(float_compare_method:
    (float_eq, "__eq__", Eq),
    (float_ne, "__ne__", Ne),
    (float_lt, "__lt__", Lt),
    (float_le, "__le__", Le),
    (float_gt, "__gt__", Gt),
    (float_ge, "__ge__", Ge),
);

/// The receiver of a zero-argument slot wrapper of `float`.
fn float_unary_receiver(vm: &Vm, args: &[Value], kw: &KwArgs, name: &str) -> PyResult<f64> {
    let args = wrapper_args(vm, args, kw, "float", name, 0, is_float)?;
    Ok(float_of(&args[0]))
}

fn float_neg(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(-float_unary_receiver(
        vm, args, kw, "__neg__",
    )?))
}

fn float_pos(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(float_unary_receiver(vm, args, kw, "__pos__")?))
}

fn float_abs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(
        float_unary_receiver(vm, args, kw, "__abs__")?.abs(),
    ))
}

fn float_bool(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(
        float_unary_receiver(vm, args, kw, "__bool__")? != 0.0,
    ))
}

fn float_int(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_unary_receiver(vm, args, kw, "__int__")?;
    float_to_int_value(vm, x)
}

fn float_float(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(float_unary_receiver(
        vm,
        args,
        kw,
        "__float__",
    )?))
}

fn float_hash(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_unary_receiver(vm, args, kw, "__hash__")?;
    let h = crate::hash::hash_f64(x).unwrap_or((args[0].identity() >> 4) as i64);
    Ok(Value::Int(h))
}

fn float_repr_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_unary_receiver(vm, args, kw, "__repr__")?;
    Ok(Value::str(locus_format::float_repr(x)))
}

fn float_format_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let recv = method_receiver(vm, args, "float", "__format__", is_float)?.clone();
    let spec = format_spec_arg(vm, args, kw, "float")?;
    format(vm, &recv, &spec).map(Value::str)
}

/// `float.__round__(ndigits=None)`: an int without `ndigits`, else a
/// correctly rounded float.
fn float_round(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_of(method_receiver(vm, args, "float", "__round__", is_float)?);
    let Some(nd) = round_ndigits(vm, args, kw, "float")?.cloned() else {
        return locus_format::round_float_to_int(x)
            .map(Value::from_bigint)
            .map_err(|e| format_error(vm, e));
    };
    let nd = vm.index_value(&nd)?;
    let nd = match int_ref(&nd) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(b)) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
        _ => i64::MAX,
    };
    locus_format::try_round_float(x, nd)
        .map(Value::Float)
        .map_err(|e| format_error(vm, e))
}

/// A rounding method returning an int (`__trunc__`, `__floor__`, `__ceil__`).
fn float_to_int_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = float_of(noargs(vm, args, kw, "float", name, is_float)?);
    float_to_int_value(vm, f(x))
}

fn float_trunc(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_to_int_method(vm, args, kw, "__trunc__", f64::trunc)
}

fn float_floor(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_to_int_method(vm, args, kw, "__floor__", f64::floor)
}

fn float_ceil(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_to_int_method(vm, args, kw, "__ceil__", f64::ceil)
}

fn float_is_integer(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_of(noargs(vm, args, kw, "float", "is_integer", is_float)?);
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

/// `float.as_integer_ratio()` as big ints.
fn float_ratio(vm: &Vm, x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.error("OverflowError", "cannot convert Infinity to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let tz = m.trailing_zeros();
    m >>= tz;
    e += i64::from(tz);
    let m = if x < 0.0 {
        -BigInt::from(m)
    } else {
        BigInt::from(m)
    };
    Ok(if e >= 0 {
        (m << e as u64, BigInt::one())
    } else {
        (m, BigInt::one() << (-e) as u64)
    })
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_of(noargs(vm, args, kw, "float", "as_integer_ratio", is_float)?);
    let (n, d) = float_ratio(vm, x)?;
    Ok(Value::Obj(PyObject::new_tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ])))
}

fn float_conjugate(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(float_of(noargs(
        vm,
        args,
        kw,
        "float",
        "conjugate",
        is_float,
    )?)))
}

fn float_hex_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_of(noargs(vm, args, kw, "float", "hex", is_float)?);
    Ok(Value::str(float_hex(x)))
}

fn float_getnewargs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_of(noargs(vm, args, kw, "float", "__getnewargs__", is_float)?);
    Ok(Value::Obj(PyObject::new_tuple(vec![Value::Float(x)])))
}

/// `float.fromhex(s)` (a classmethod).
fn float_fromhex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("float.fromhex() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let Some(s) = args[1].as_str() else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let v = match parse_hex_float(s) {
        Ok(v) => Value::Float(v),
        Err(HexFloatError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(HexFloatError::Overflow) => {
            return Err(vm.error(
                "OverflowError",
                "hexadecimal value too large to represent as a float",
            ))
        }
    };
    match &args[0] {
        Value::Obj(o) if GilRc::ptr_eq(o, &types().float) => Ok(v),
        cls => vm.call(cls, &[v], &[]),
    }
}

/// `float.__new__` (so that `float.__new__(float, x)` works).
fn float_new_static(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_new(vm, args, kw)
}

/// Methods of `float`.
pub const METHODS: &[MethodDef] = &[
    method("__getnewargs__", crate::types::reduce::float_getnewargs),
    staticmethod("__new__", float_new_static),
    method("__add__", float_add),
    method("__radd__", float_radd),
    method("__sub__", float_sub),
    method("__rsub__", float_rsub),
    method("__mul__", float_mul),
    method("__rmul__", float_rmul),
    method("__truediv__", float_truediv),
    method("__rtruediv__", float_rtruediv),
    method("__floordiv__", float_floordiv_m),
    method("__rfloordiv__", float_rfloordiv),
    method("__mod__", float_mod_m),
    method("__rmod__", float_rmod),
    method("__divmod__", float_divmod_m),
    method("__rdivmod__", float_rdivmod),
    method("__pow__", float_pow_m),
    method("__rpow__", float_rpow),
    method("__neg__", float_neg),
    method("__pos__", float_pos),
    method("__abs__", float_abs),
    method("__eq__", float_eq),
    method("__ne__", float_ne),
    method("__lt__", float_lt),
    method("__le__", float_le),
    method("__gt__", float_gt),
    method("__ge__", float_ge),
    method("__hash__", float_hash),
    method("__bool__", float_bool),
    method("__int__", float_int),
    method("__float__", float_float),
    method("__repr__", float_repr_m),
    method("__format__", float_format_m),
    method("__round__", float_round),
    method("__trunc__", float_trunc),
    method("__floor__", float_floor),
    method("__ceil__", float_ceil),
    method("__getnewargs__", float_getnewargs),
    method("is_integer", float_is_integer),
    method("as_integer_ratio", float_as_integer_ratio),
    method("conjugate", float_conjugate),
    method("hex", float_hex_m),
    typeobj::classmethod("fromhex", float_fromhex),
];
