//! Expressions: names, constants, operators, comparisons, boolean logic,
//! conditional jumps, containers (with `*`/`**` unpacking), subscripts,
//! attributes, `yield`, walrus.

use locus_bytecode::{BinOp, CmpOp, Constant, Instr, Location, UnaryOp};
use ruff_python_ast::{self as ast, BoolOp, Expr, Number, Operator};
use ruff_text_size::Ranged;

use super::constants::too_many_digits;
use super::{Compiler, NameCtx, Result};
use crate::guard::grow;

/// CPython's `STACK_USE_GUIDELINE`: displays longer than this are built
/// incrementally instead of from that many stack items.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

pub(crate) fn bin_op(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// The instruction for one comparison operator.
fn compare_instr(op: ast::CmpOp) -> Instr {
    match op {
        ast::CmpOp::Eq => Instr::CompareOp(CmpOp::Eq),
        ast::CmpOp::NotEq => Instr::CompareOp(CmpOp::Ne),
        ast::CmpOp::Lt => Instr::CompareOp(CmpOp::Lt),
        ast::CmpOp::LtE => Instr::CompareOp(CmpOp::Le),
        ast::CmpOp::Gt => Instr::CompareOp(CmpOp::Gt),
        ast::CmpOp::GtE => Instr::CompareOp(CmpOp::Ge),
        ast::CmpOp::Is => Instr::IsOp(false),
        ast::CmpOp::IsNot => Instr::IsOp(true),
        ast::CmpOp::In => Instr::ContainsOp(false),
        ast::CmpOp::NotIn => Instr::ContainsOp(true),
    }
}

/// Python's description of an expression kind, as in "cannot assign to ...".
pub(crate) fn expr_description(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// Which display a sequence builder makes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum SeqKind {
    List,
    Tuple,
    Set,
}

impl<'a> Compiler<'a, '_> {
    /// Compiles `expr`, leaving its value on the stack. Instructions get the
    /// expression's location; the caller's location is restored afterwards.
    pub(crate) fn compile_expr(&mut self, expr: &'a Expr) -> Result {
        grow(|| {
            let saved = self.loc();
            self.set_loc(expr.range());
            let r = self.compile_expr_inner(expr);
            self.restore_loc(saved);
            r
        })
    }

    fn compile_expr_inner(&mut self, expr: &'a Expr) -> Result {
        if let Some(c) = self.constant_of(expr) {
            self.load_const(c);
            return Ok(());
        }
        match expr {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let jump = match b.op {
                    BoolOp::And => Instr::JumpIfFalseOrPop,
                    BoolOp::Or => Instr::JumpIfTrueOrPop,
                };
                let (last, init) = b
                    .values
                    .split_last()
                    .ok_or_else(|| self.syntax_error("invalid syntax", b.range))?;
                for v in init {
                    self.compile_expr(v)?;
                    self.emit_jump(jump, end);
                }
                self.compile_expr(last)?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.compile_store(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.emit(Instr::BinaryOp(bin_op(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                self.emit(Instr::Unary(match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Positive,
                    ast::UnaryOp::USub => UnaryOp::Negative,
                }));
            }
            Expr::Lambda(l) => self.compile_lambda(l)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.compile_expr(&i.body)?;
                self.emit_jump(Instr::Jump, end);
                self.bind(orelse);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.compile_sequence(&s.elts, SeqKind::Set, 0)?,
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                self.compile_comprehension(expr)?
            }
            Expr::Await(a) => {
                let msg = if self.table.scope(self.unit_ref().scope).is_function_like() {
                    "'await' outside async function"
                } else {
                    "'await' outside function"
                };
                return Err(self.syntax_error(msg, a.range));
            }
            Expr::Yield(y) => {
                self.check_yield_allowed(y.range)?;
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_none(),
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(y.range)?;
                self.compile_expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_none();
                self.emit(Instr::YieldFrom);
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(call) => self.compile_call(call)?,
            Expr::FString(f) => self.compile_fstring(f)?,
            Expr::TString(t) => return Err(self.syntax_error("invalid syntax", t.range)),
            Expr::NumberLiteral(n) => {
                if let Number::Int(i) = &n.value {
                    if let Some(digits) = too_many_digits(i) {
                        return Err(self.syntax_error(
                            format!(
                                "Exceeds the limit ({}) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                                super::constants::MAX_STR_DIGITS
                            ),
                            n.range,
                        ));
                    }
                }
                return Err(self.syntax_error("invalid syntax", n.range));
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable_constant(self, expr)?,
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_attr_loc(a.range, a);
                let attr = self.mangle(a.attr.as_str());
                let idx = self.name_index(&attr);
                self.emit(Instr::LoadAttr(idx));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Instr::BinarySubscr);
            }
            Expr::Starred(s) => {
                return Err(self.syntax_error("can't use starred expression here", s.range))
            }
            Expr::Name(n) => self.name_op(n.id.as_str(), NameCtx::Load),
            Expr::List(l) => self.compile_sequence(&l.elts, SeqKind::List, 0)?,
            Expr::Tuple(t) => self.compile_sequence(&t.elts, SeqKind::Tuple, 0)?,
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(e) => self.compile_expr(e)?,
                    None => self.load_none(),
                }
                match &s.upper {
                    Some(e) => self.compile_expr(e)?,
                    None => self.load_none(),
                }
                if let Some(step) = &s.step {
                    self.compile_expr(step)?;
                    n = 3;
                }
                self.emit(Instr::BuildSlice(n));
            }
            Expr::IpyEscapeCommand(c) => return Err(self.syntax_error("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn check_yield_allowed(&self, range: ruff_text_size::TextRange) -> Result {
        if !self.table.scope(self.unit_ref().scope).is_function_like() {
            return Err(self.syntax_error("'yield' outside function", range));
        }
        Ok(())
    }

    /// `a < b < c`: each middle operand is evaluated once; a false
    /// comparison short-circuits and leaves False.
    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> Result {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compile_expr(&c.comparators[0])?;
            self.emit(compare_instr(c.ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.compile_expr(&c.comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit(compare_instr(c.ops[i]));
            self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.compile_expr(&c.comparators[n - 1])?;
        self.emit(compare_instr(c.ops[n - 1]));
        self.emit_jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    /// Emits code that jumps to `target` when `bool(expr) == cond` and
    /// falls through otherwise, short-circuiting `and`/`or`/`not`.
    pub(crate) fn jump_if(&mut self, expr: &'a Expr, cond: bool, target: super::Label) -> Result {
        self.jump_if_at(expr, cond, target, None)
    }

    /// [`Self::jump_if`], with the conditional jumps themselves at
    /// `jump_loc` when given (the condition's parts keep their own lines):
    /// a comprehension's `if` jumps at the comprehension's line, as in
    /// CPython, which its `line` events show.
    pub(crate) fn jump_if_at(
        &mut self,
        expr: &'a Expr,
        cond: bool,
        target: super::Label,
        jump_loc: Option<Location>,
    ) -> Result {
        grow(|| {
            let saved = self.loc();
            self.set_loc(expr.range());
            let r = self.jump_if_inner(expr, cond, target, jump_loc);
            self.restore_loc(saved);
            r
        })
    }

    /// Emits a conditional jump, at `jump_loc` if given.
    fn emit_cond_jump(
        &mut self,
        make: fn(u32) -> Instr,
        target: super::Label,
        jump_loc: Option<Location>,
    ) {
        let saved = self.loc();
        if let Some(loc) = jump_loc {
            self.restore_loc(loc);
        }
        self.emit_jump(make, target);
        self.restore_loc(saved);
    }

    fn jump_if_inner(
        &mut self,
        expr: &'a Expr,
        cond: bool,
        target: super::Label,
        jump_loc: Option<Location>,
    ) -> Result {
        if let Some(c) = self.constant_of(expr) {
            if truthiness(&c) == Some(cond) {
                self.emit_cond_jump(Instr::Jump, target, jump_loc);
            } else if truthiness(&c).is_none() {
                self.load_const(c);
                self.emit_cond_jump(
                    if cond {
                        Instr::PopJumpIfTrue
                    } else {
                        Instr::PopJumpIfFalse
                    },
                    target,
                    jump_loc,
                );
            } else {
                self.emit(Instr::Nop);
            }
            return Ok(());
        }
        match expr {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if_at(&u.operand, !cond, target, jump_loc)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == BoolOp::And;
                let Some((last, init)) = b.values.split_last() else {
                    return Ok(());
                };
                // `a and b` jumps when false as soon as one value is false;
                // when true, only if all are. Dually for `or`.
                if is_and != cond {
                    for v in &b.values {
                        self.jump_if_at(v, cond, target, jump_loc)?;
                    }
                } else {
                    let next = self.new_label();
                    for v in init {
                        self.jump_if_at(v, !cond, next, jump_loc)?;
                    }
                    self.jump_if_at(last, cond, target, jump_loc)?;
                    self.bind(next);
                }
                return Ok(());
            }
            Expr::Compare(c)
                if c.ops.len() == 1 && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot) =>
            {
                if matches!(c.comparators[0], Expr::NoneLiteral(_)) {
                    self.compile_expr(&c.left)?;
                    let is = c.ops[0] == ast::CmpOp::Is;
                    let instr = if is == cond {
                        Instr::PopJumpIfNone
                    } else {
                        Instr::PopJumpIfNotNone
                    };
                    self.emit_cond_jump(instr, target, jump_loc);
                    return Ok(());
                }
            }
            _ => {}
        }
        self.compile_expr(expr)?;
        self.emit_cond_jump(
            if cond {
                Instr::PopJumpIfTrue
            } else {
                Instr::PopJumpIfFalse
            },
            target,
            jump_loc,
        );
        Ok(())
    }

    /// A list, tuple or set display (`pushed` items already on the stack
    /// belong at its start), with `*` unpacking.
    pub(crate) fn compile_sequence(
        &mut self,
        elts: &'a [Expr],
        kind: SeqKind,
        pushed: u32,
    ) -> Result {
        let n = elts.len();
        let has_star = elts.iter().any(|e| e.is_starred_expr());
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        // Three or more constants: extend an empty display from a constant tuple.
        if n > 2 && !has_star && (kind != SeqKind::Tuple || pushed > 0 || big) {
            let consts: Option<Vec<Constant>> = elts.iter().map(|e| self.constant_of(e)).collect();
            if let Some(consts) = consts {
                self.emit(match kind {
                    SeqKind::Set => Instr::BuildSet(pushed),
                    _ => Instr::BuildList(pushed),
                });
                self.load_const(Constant::Tuple(consts.into()));
                self.emit(match kind {
                    SeqKind::Set => Instr::SetUpdate(1),
                    _ => Instr::ListExtend(1),
                });
                if kind == SeqKind::Tuple {
                    self.emit(Instr::ListToTuple);
                }
                return Ok(());
            }
        }
        if !has_star && !big {
            for e in elts {
                self.compile_expr(e)?;
            }
            let count = n as u32 + pushed;
            self.emit(match kind {
                SeqKind::List => Instr::BuildList(count),
                SeqKind::Tuple => Instr::BuildTuple(count),
                SeqKind::Set => Instr::BuildSet(count),
            });
            return Ok(());
        }
        let (build, add, extend) = match kind {
            SeqKind::Set => (
                Instr::BuildSet as fn(u32) -> Instr,
                Instr::SetAdd as fn(u32) -> Instr,
                Instr::SetUpdate as fn(u32) -> Instr,
            ),
            _ => (
                Instr::BuildList as fn(u32) -> Instr,
                Instr::ListAppend as fn(u32) -> Instr,
                Instr::ListExtend as fn(u32) -> Instr,
            ),
        };
        let mut built = false;
        if big {
            self.emit(build(pushed));
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.emit(build(i as u32 + pushed));
                    built = true;
                }
                self.compile_expr(&s.value)?;
                self.emit(extend(1));
            } else {
                self.compile_expr(e)?;
                if built {
                    self.emit(add(1));
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> Result {
        let items = &d.items;
        let mut have_dict = false;
        let mut start = 0;
        let flush = |c: &mut Self, from: usize, to: usize, have_dict: &mut bool| -> Result {
            if from < to {
                c.compile_subdict(&items[from..to])?;
                if *have_dict {
                    c.emit(Instr::DictUpdate(1));
                }
                *have_dict = true;
            }
            Ok(())
        };
        for (i, item) in items.iter().enumerate() {
            match &item.key {
                None => {
                    flush(self, start, i, &mut have_dict)?;
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.compile_expr(&item.value)?;
                    self.emit(Instr::DictUpdate(1));
                    start = i + 1;
                }
                Some(_) => {
                    if (i - start) * 2 > STACK_USE_GUIDELINE {
                        flush(self, start, i + 1, &mut have_dict)?;
                        start = i + 1;
                    }
                }
            }
        }
        flush(self, start, items.len(), &mut have_dict)?;
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    /// `{k1: v1, ...}` without unpacking: keys and values alternate.
    fn compile_subdict(&mut self, items: &'a [ast::DictItem]) -> Result {
        let big = items.len() * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for item in items {
            if let Some(k) = &item.key {
                self.compile_expr(k)?;
            }
            self.compile_expr(&item.value)?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(items.len() as u32));
        }
        Ok(())
    }
}

/// Constants are handled before the match; kept for exhaustiveness.
fn unreachable_constant(c: &mut Compiler<'_, '_>, expr: &Expr) -> Result {
    Err(c.syntax_error("invalid syntax", expr.range()))
}

/// `bool(c)` for constants whose truth value is known without running code.
pub(crate) fn truthiness(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(_) => true,
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::Ellipsis => true,
        Constant::Code(_) => return None,
    })
}
