//! Literals → [`Constant`]s, and the little constant folding CPython's AST
//! optimizer does that is visible in code objects: `-1` and other unary
//! operators on number literals, tuples of constants, `__debug__`.

use std::sync::Arc;

use locus_bytecode::Constant;
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, ExprContext, Number, UnaryOp};

use super::Compiler;
use crate::guard::grow;

/// CPython's limit on the digits of a decimal int literal.
pub(crate) const MAX_STR_DIGITS: usize = 4300;

/// The value of an int literal.
pub(crate) fn int_constant(int: &ast::Int) -> Constant {
    if let Some(i) = int.as_i64() {
        return Constant::Int(i);
    }
    // Larger values: the text is either the decimal digits or, for other
    // radixes, the whole token (prefix and underscores included).
    let text: String = int.to_string().chars().filter(|&c| c != '_').collect();
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    match BigInt::parse_bytes(digits.as_bytes(), radix) {
        Some(b) => big_or_small(b),
        None => Constant::Int(0),
    }
}

/// `Int` when the value fits in an `i64`, else `BigInt`.
pub(crate) fn big_or_small(b: BigInt) -> Constant {
    match i64::try_from(&b) {
        Ok(i) => Constant::Int(i),
        Err(_) => Constant::BigInt(b),
    }
}

/// The number of decimal digits of an int literal that is too long for
/// CPython's int/str conversion limit, if it is.
pub(crate) fn too_many_digits(int: &ast::Int) -> Option<usize> {
    if int.as_i64().is_some() {
        return None;
    }
    let text = int.to_string();
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("0x") || lower.starts_with("0o") || lower.starts_with("0b") {
        return None;
    }
    let digits = text.chars().filter(|c| c.is_ascii_digit()).count();
    (digits > MAX_STR_DIGITS).then_some(digits)
}

/// The bytes of a bytes literal (implicit concatenation included).
pub(crate) fn bytes_constant(b: &ast::ExprBytesLiteral) -> Constant {
    let bytes: Vec<u8> = b.value.bytes().collect();
    Constant::Bytes(Arc::from(bytes))
}

impl Compiler<'_, '_> {
    /// The constant value of `expr`, if it is a literal or folds to one.
    pub(crate) fn constant_of(&self, expr: &Expr) -> Option<Constant> {
        grow(|| self.constant_of_inner(expr))
    }

    fn constant_of_inner(&self, expr: &Expr) -> Option<Constant> {
        match expr {
            Expr::StringLiteral(s) => Some(Constant::Str(Arc::from(s.value.to_str()))),
            Expr::BytesLiteral(b) => Some(bytes_constant(b)),
            Expr::NumberLiteral(n) => Some(match &n.value {
                Number::Int(i) => {
                    if too_many_digits(i).is_some() {
                        return None;
                    }
                    int_constant(i)
                }
                Number::Float(f) => Constant::Float(*f),
                Number::Complex { real, imag } => Constant::Complex {
                    real: *real,
                    imag: *imag,
                },
            }),
            Expr::BooleanLiteral(b) => Some(Constant::Bool(b.value)),
            Expr::NoneLiteral(_) => Some(Constant::None),
            Expr::EllipsisLiteral(_) => Some(Constant::Ellipsis),
            Expr::Name(n) if n.ctx == ExprContext::Load && n.id.as_str() == "__debug__" => {
                Some(Constant::Bool(true))
            }
            Expr::UnaryOp(u) => {
                let operand = self.constant_of(&u.operand)?;
                fold_unary(u.op, operand)
            }
            Expr::Tuple(t) if t.ctx == ExprContext::Load => {
                let items = t
                    .elts
                    .iter()
                    .map(|e| {
                        if e.is_starred_expr() {
                            None
                        } else {
                            self.constant_of(e)
                        }
                    })
                    .collect::<Option<Vec<_>>>()?;
                Some(Constant::Tuple(items.into()))
            }
            _ => None,
        }
    }
}

/// Folds `op operand` for number constants (as CPython's AST optimizer does).
fn fold_unary(op: UnaryOp, operand: Constant) -> Option<Constant> {
    match (op, operand) {
        (UnaryOp::USub, Constant::Int(i)) => Some(match i.checked_neg() {
            Some(n) => Constant::Int(n),
            None => Constant::BigInt(-BigInt::from(i)),
        }),
        (UnaryOp::USub, Constant::BigInt(b)) => Some(big_or_small(-b)),
        (UnaryOp::USub, Constant::Float(f)) => Some(Constant::Float(-f)),
        (UnaryOp::USub, Constant::Complex { real, imag }) => Some(Constant::Complex {
            real: -real,
            imag: -imag,
        }),
        (
            UnaryOp::UAdd,
            c @ (Constant::Int(_)
            | Constant::BigInt(_)
            | Constant::Float(_)
            | Constant::Complex { .. }),
        ) => Some(c),
        (UnaryOp::Invert, Constant::Int(i)) => Some(Constant::Int(!i)),
        (UnaryOp::Invert, Constant::BigInt(b)) => Some(big_or_small(-b - 1)),
        _ => None,
    }
}
