//! Inline fast paths of the dispatch loop for exact builtin types: they
//! answer without a special-method lookup or a call, or return `None` to
//! let the general protocol handle the case (subclasses, errors, other types).

use locus_bytecode::CmpOp;

use crate::object::Payload;
use crate::value::Value;

/// Normalises a Python index against `len`; `None` when out of range.
#[inline(always)]
fn index_in(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i >= 0 && (i as usize) < len {
        Some(i as usize)
    } else {
        None
    }
}

/// `c[k]` for an exact list or tuple and an in-range int index.
#[inline(always)]
pub fn subscr(c: &Value, k: &Value) -> Option<Value> {
    let (Value::Obj(o), Value::Int(i)) = (c, k) else {
        return None;
    };
    if o.class.is_some() {
        return None;
    }
    match &o.payload {
        Payload::List(items) => {
            let items = items.borrow();
            index_in(*i, items.len()).map(|i| items[i].clone())
        }
        Payload::Tuple(items) => index_in(*i, items.len()).map(|i| items[i].clone()),
        _ => None,
    }
}

/// `c[k] = v` for an exact list and an in-range int index; gives `v` back otherwise.
#[inline(always)]
pub fn store_subscr(c: &Value, k: &Value, v: Value) -> Result<(), Value> {
    let (Value::Obj(o), Value::Int(i)) = (c, k) else {
        return Err(v);
    };
    if o.class.is_some() {
        return Err(v);
    }
    let Payload::List(items) = &o.payload else {
        return Err(v);
    };
    let old = {
        let mut items = items.borrow_mut();
        match index_in(*i, items.len()) {
            Some(i) => std::mem::replace(&mut items[i], v),
            None => return Err(v),
        }
    };
    // Dropped after the borrow ends: dropping can free a container.
    drop(old);
    Ok(())
}

/// Ordering of two machine numbers (ints and floats, no bools).
#[inline(always)]
pub fn compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(apply(op, x.partial_cmp(y))),
        (Value::Float(x), Value::Float(y)) => Some(apply(op, x.partial_cmp(y))),
        // Exact for ints below 2**53, where the conversion loses nothing.
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
            Some(apply(op, (*x as f64).partial_cmp(y)))
        }
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
            Some(apply(op, x.partial_cmp(&(*y as f64))))
        }
        _ => None,
    }
}

#[inline(always)]
fn apply(op: CmpOp, ord: Option<std::cmp::Ordering>) -> bool {
    use std::cmp::Ordering::*;
    match (op, ord) {
        // NaN: every comparison but != is false.
        (CmpOp::Ne, None) => true,
        (_, None) => false,
        (CmpOp::Lt, Some(o)) => o == Less,
        (CmpOp::Le, Some(o)) => o != Greater,
        (CmpOp::Eq, Some(o)) => o == Equal,
        (CmpOp::Ne, Some(o)) => o != Equal,
        (CmpOp::Gt, Some(o)) => o == Greater,
        (CmpOp::Ge, Some(o)) => o != Less,
    }
}

/// `a op b` (or `a op= b`) for int and float operands on top of `stack`:
/// the result replaces the left operand in place, with no moves through
/// pops and a push. False (stack untouched) for any other operands.
#[inline(always)]
pub fn binary_in_place(stack: &mut Vec<Value>, op: locus_bytecode::BinOp) -> bool {
    let n = stack.len();
    if n < 2 {
        return false;
    }
    match crate::vm::ops::fast_binary(op, &stack[n - 2], &stack[n - 1]) {
        Some(r) => {
            stack.pop();
            stack[n - 2] = r;
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nan_compares_unequal() {
        let _lock = crate::threads::lock::LockHold::new();
        let nan = Value::Float(f64::NAN);
        assert_eq!(compare(&nan, &nan, CmpOp::Eq), Some(false));
        assert_eq!(compare(&nan, &nan, CmpOp::Ne), Some(true));
        assert_eq!(compare(&nan, &Value::Int(1), CmpOp::Lt), Some(false));
    }

    #[test]
    fn large_ints_against_floats_take_the_exact_path() {
        let _lock = crate::threads::lock::LockHold::new();
        assert_eq!(
            compare(&Value::Int(1 << 60), &Value::Float(1.0), CmpOp::Gt),
            None
        );
        assert_eq!(
            compare(&Value::Int(3), &Value::Float(2.5), CmpOp::Gt),
            Some(true)
        );
    }

    #[test]
    fn negative_indices_count_from_the_end() {
        let _lock = crate::threads::lock::LockHold::new();
        assert_eq!(index_in(-1, 3), Some(2));
        assert_eq!(index_in(3, 3), None);
        assert_eq!(index_in(-4, 3), None);
    }
}
