//! Operators: the allocation-free fast path for small ints and floats, and
//! the general protocol with special methods, reflected operands and
//! `NotImplemented`.

use crate::gil_rc::GilRc;

use locus_bytecode::{BinOp, UnaryOp};

use crate::names::{names, Names};
use crate::value::Value;
use crate::vm::protocol::is_not_implemented;
use crate::vm::{class_of, PyResult, Vm};

/// Floor division of machine ints (`b != 0`, no overflow case handled by caller).
#[inline]
pub fn int_floordiv_i64(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// Python modulo of machine ints (`b != 0`).
#[inline]
pub fn int_mod_i64(a: i64, b: i64) -> i64 {
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// Python float modulo.
#[inline]
pub fn float_mod(a: f64, b: f64) -> f64 {
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    m
}

/// Python float floor division.
#[inline]
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let floor = div.floor();
        if div - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

/// The fast path: small ints and floats, no errors, no allocation.
/// `None` means "take the general path" (overflow, division by zero, other types).
#[inline]
pub fn fast_binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            Some(Value::Int(match op {
                BinOp::Add => x.checked_add(y)?,
                BinOp::Sub => x.checked_sub(y)?,
                BinOp::Mul => x.checked_mul(y)?,
                BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => int_floordiv_i64(x, y),
                BinOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => int_mod_i64(x, y),
                BinOp::And => x & y,
                BinOp::Or => x | y,
                BinOp::Xor => x ^ y,
                BinOp::LShift if (0..63).contains(&y) => {
                    let r = x.checked_shl(y as u32)?;
                    if (r >> y) != x {
                        return None;
                    }
                    r
                }
                BinOp::RShift if y >= 0 => x >> y.min(63),
                BinOp::TrueDiv if y != 0 => {
                    if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                        return Some(Value::Float(x as f64 / y as f64));
                    }
                    return None;
                }
                _ => return None,
            }))
        }
        (Value::Float(x), Value::Float(y)) => float_op(op, *x, *y),
        (Value::Float(x), Value::Int(y)) => float_op(op, *x, *y as f64),
        (Value::Int(x), Value::Float(y)) => float_op(op, *x as f64, *y),
        _ => None,
    }
}

#[inline]
fn float_op(op: BinOp, x: f64, y: f64) -> Option<Value> {
    Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        BinOp::FloorDiv if y != 0.0 => float_floordiv(x, y),
        BinOp::Mod if y != 0.0 => float_mod(x, y),
        _ => return None,
    }))
}

fn op_names(op: BinOp) -> (&'static Value, &'static Value, &'static Value) {
    let n: &'static Names = names();
    match op {
        BinOp::Add => (&n.__add__, &n.__radd__, &n.__iadd__),
        BinOp::Sub => (&n.__sub__, &n.__rsub__, &n.__isub__),
        BinOp::Mul => (&n.__mul__, &n.__rmul__, &n.__imul__),
        BinOp::MatMul => (&n.__matmul__, &n.__rmatmul__, &n.__imatmul__),
        BinOp::TrueDiv => (&n.__truediv__, &n.__rtruediv__, &n.__itruediv__),
        BinOp::FloorDiv => (&n.__floordiv__, &n.__rfloordiv__, &n.__ifloordiv__),
        BinOp::Mod => (&n.__mod__, &n.__rmod__, &n.__imod__),
        BinOp::Pow => (&n.__pow__, &n.__rpow__, &n.__ipow__),
        BinOp::LShift => (&n.__lshift__, &n.__rlshift__, &n.__ilshift__),
        BinOp::RShift => (&n.__rshift__, &n.__rrshift__, &n.__irshift__),
        BinOp::And => (&n.__and__, &n.__rand__, &n.__iand__),
        BinOp::Or => (&n.__or__, &n.__ror__, &n.__ior__),
        BinOp::Xor => (&n.__xor__, &n.__rxor__, &n.__ixor__),
    }
}

impl Vm {
    /// `a op b`.
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = fast_binary(op, a, b) {
            return Ok(r);
        }
        let user = matches!(a, Value::Obj(o) if o.class.is_some())
            || matches!(b, Value::Obj(o) if o.class.is_some());
        if !user {
            if let Some(r) = crate::types::binary_builtin(self, op, a, b)? {
                return Ok(r);
            }
        }
        let symbol = if op == BinOp::Pow {
            "** or pow()"
        } else {
            op.symbol()
        };
        self.binary_dunder(op, a, b, symbol)
    }

    fn binary_dunder(&mut self, op: BinOp, a: &Value, b: &Value, symbol: &str) -> PyResult<Value> {
        let (name, rname, _) = op_names(op);
        let (ca, cb) = (class_of(a).clone(), class_of(b).clone());
        let same = GilRc::ptr_eq(&ca, &cb);
        let b_first = !same
            && crate::typeobj::is_subtype(&cb, &ca)
            && self.lookup_special(b, rname).is_some();
        if b_first {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(a, name, std::slice::from_ref(b))? {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !same && !b_first {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if op == BinOp::Mod && a.as_str().is_some() {
            return crate::types::str::percent_format(self, a, b);
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            symbol,
            self.type_name(a),
            self.type_name(b)
        )))
    }

    /// `a op= b`.
    pub fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (_, _, iname) = op_names(op);
        let user = matches!(a, Value::Obj(o) if o.class.is_some());
        if !user {
            if let Some(r) = crate::types::inplace_builtin(self, op, a, b)? {
                return Ok(r);
            }
        }
        // A user class, or a builtin type whose in-place operator is a
        // method of its table (`FrameLocalsProxy.__ior__`).
        if let Some(r) = self.call_special(a, iname, std::slice::from_ref(b))? {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        let user_b = matches!(b, Value::Obj(o) if o.class.is_some());
        if !user && !user_b {
            if let Some(r) = crate::types::binary_builtin(self, op, a, b)? {
                return Ok(r);
            }
        }
        let sym = format!("{}=", op.symbol());
        self.binary_dunder(op, a, b, &sym)
    }

    /// `-a`, `+a`, `~a`.
    pub fn unary_op(&mut self, op: UnaryOp, a: &Value) -> PyResult<Value> {
        match (op, a) {
            (UnaryOp::Negative, Value::Int(i)) if *i != i64::MIN => return Ok(Value::Int(-i)),
            (UnaryOp::Negative, Value::Float(f)) => return Ok(Value::Float(-f)),
            (UnaryOp::Positive, Value::Int(_) | Value::Float(_)) => return Ok(a.clone()),
            (UnaryOp::Invert, Value::Int(i)) => return Ok(Value::Int(!i)),
            (UnaryOp::Not, _) => return Ok(Value::Bool(!self.truthy(a)?)),
            _ => {}
        }
        if !matches!(a, Value::Obj(o) if o.class.is_some()) {
            if let Some(r) = crate::types::unary_builtin(self, op, a)? {
                return Ok(r);
            }
        }
        let n = names();
        let (name, sym) = match op {
            UnaryOp::Negative => (&n.__neg__, "unary -"),
            UnaryOp::Positive => (&n.__pos__, "unary +"),
            UnaryOp::Invert => (&n.__invert__, "unary ~"),
            UnaryOp::Not => (&n.__bool__, "not"),
        };
        match self.call_special(a, name, &[])? {
            Some(r) => Ok(r),
            None => Err(self.type_error(format!(
                "bad operand type for {}: '{}'",
                sym,
                self.type_name(a)
            ))),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        if !matches!(v, Value::Obj(o) if o.class.is_some()) {
            if let Some(s) = crate::types::format_builtin(self, v, spec)? {
                return Ok(Value::str(s));
            }
        }
        let spec_v = Value::str(spec);
        match self.call_special(v, &names().__format__, std::slice::from_ref(&spec_v))? {
            Some(r) if r.as_str().is_some() => Ok(r),
            Some(r) => Err(self.type_error(format!(
                "__format__ must return a str, not {}",
                self.type_name(&r)
            ))),
            None => {
                if !spec.is_empty() {
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    )));
                }
                self.to_str_value(v)
            }
        }
    }
}
