//! `match` statements (PEP 634): the case loop and the compilation of
//! patterns.
//!
//! Stack discipline. The subject is evaluated once; every case but the
//! last one that can fail works on a copy (`Copy(1)`), so the original
//! stays below for the next case. A pattern *consumes* its subject from the
//! top of the stack. Names are not bound while matching: a captured value
//! is rotated down below the items the enclosing patterns still work on
//! (`PatternCtx::on_top` counts them) and below the values captured
//! before it, and the case binds them all, in capture order, only once the
//! whole pattern has matched (before the guard, as CPython does: a failed
//! guard leaves the names bound; a failed pattern binds nothing).
//!
//! A failure jumps to `fail_pop[n]`, where n is the number of stack items
//! (captured values plus working items) to drop: the labels are emitted
//! after the case body as a chain `fail_pop[n]: PopTop ... fail_pop[0]:`,
//! so each failure point pops exactly what it has and all fall into the
//! next case.
//!
//! The instructions that only patterns use are `MatchSequence`,
//! `MatchMapping`, `GetLen`, `MatchKeys` and `MatchClass` (see
//! `locus_bytecode::Instr`); everything else is ordinary stack code, in the
//! order of CPython 3.13's so that the calls a pattern makes on the
//! subject (`len()`, `__getitem__`, iteration, `get`, attribute reads) and
//! the compile-time errors come in the same order.

use std::sync::Arc;

use locus_bytecode::{BinOp, CmpOp, Constant, Instr, Location};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use ruff_python_ast::{self as ast, Expr, Operator, Pattern, Singleton};
use ruff_text_size::{Ranged, TextRange};

use super::stmt::str_repr;
use super::{Compiler, Label, NameCtx, Result};
use crate::guard::grow;

/// Compile-time state of the pattern being compiled.
struct PatternCtx {
    /// Names captured so far, in binding order; their values are on the
    /// stack, the first one nearest the top, below the `on_top` items.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here (a case's last
    /// pattern, a guarded case, a sub-pattern, an or-pattern's last
    /// alternative).
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops n items and falls into `fail_pop[n - 1]`;
    /// `fail_pop[0]` is where a failed match continues.
    fail_pop: Vec<Label>,
    /// Working items above the captured values (subjects being
    /// destructured, unpacked items still to match).
    on_top: usize,
}

impl PatternCtx {
    fn new(allow_irrefutable: bool) -> Self {
        PatternCtx {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

/// `_` (CPython's "wildcard check").
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

impl<'a> Compiler<'a, '_> {
    /// A `match` statement.
    pub(crate) fn compile_match(&mut self, stmt: &'a ast::StmtMatch) -> Result {
        self.compile_expr(&stmt.subject)?;
        let end = self.new_label();
        let cases = &stmt.cases;
        let n = cases.len();
        // A trailing `case _:` needs no copy of the subject and no test.
        let has_default = n > 1 && cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let tested = if has_default { n - 1 } else { n };
        for (i, case) in cases[..tested].iter().enumerate() {
            let keeps_subject = i + 1 < tested;
            let range = case.pattern.range();
            self.set_loc(range);
            if keeps_subject {
                self.emit(Instr::Copy(1));
            }
            let mut pc = PatternCtx::new(case.guard.is_some() || i + 1 == n);
            self.compile_pattern(&case.pattern, &mut pc)?;
            self.set_loc(range);
            for name in &pc.stores {
                self.name_op(name, NameCtx::Store);
            }
            // The captured values are bound: a failed guard pops nothing.
            pc.stores.clear();
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(guard, false, fail)?;
            }
            if keeps_subject {
                self.set_loc(range);
                self.emit(Instr::PopTop);
            }
            self.compile_body(&case.body)?;
            // Artificial: keeps the location of the body's last statement.
            self.emit_jump(Instr::Jump, end);
            // A failed match is attributed to its pattern's line.
            self.set_loc(range);
            self.emit_fail_pops(&mut pc);
        }
        if has_default {
            if let Some(case) = cases.last() {
                self.set_loc(case.pattern.range());
                // No code for the pattern; the Nop gives the case its line.
                self.emit(Instr::Nop);
                if let Some(guard) = &case.guard {
                    self.jump_if(guard, false, end)?;
                }
                self.compile_body(&case.body)?;
            }
        }
        self.bind(end);
        // What follows the statement before the next one (the implicit
        // `return None` of a function) is on no line: otherwise it would
        // take the last pattern's line, and a tracer would see that line
        // again after a case body.
        self.restore_loc(Location::default());
        Ok(())
    }

    /// The label that pops `pops` items and fails.
    fn fail_label(&mut self, pc: &mut PatternCtx, pops: usize) -> Label {
        while pc.fail_pop.len() <= pops {
            let label = self.new_label();
            pc.fail_pop.push(label);
        }
        pc.fail_pop[pops]
    }

    /// Emits a (conditional) jump to the failure path for the current
    /// stack contents.
    fn jump_to_fail(&mut self, pc: &mut PatternCtx, make: fn(u32) -> Instr) {
        let pops = pc.on_top + pc.stores.len();
        let label = self.fail_label(pc, pops);
        self.emit_jump(make, label);
    }

    /// Emits the chain of failure labels and resets it.
    fn emit_fail_pops(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        let Some((&first, rest)) = labels.split_first() else {
            return;
        };
        for &label in rest.iter().rev() {
            self.bind(label);
            self.emit(Instr::PopTop);
        }
        self.bind(first);
    }

    /// Moves the top of the stack down to position `n` (1 = top).
    fn rotate(&mut self, n: usize) {
        for i in (2..=n).rev() {
            self.emit(Instr::Swap(i as u32));
        }
    }

    /// One pattern; the subject is on top of the stack.
    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> Result {
        grow(|| {
            self.set_loc(p.range());
            match p {
                Pattern::MatchValue(v) => self.pattern_value(v, pc),
                Pattern::MatchSingleton(s) => {
                    self.load_const(match s.value {
                        Singleton::None => Constant::None,
                        Singleton::True => Constant::Bool(true),
                        Singleton::False => Constant::Bool(false),
                    });
                    self.emit(Instr::IsOp(false));
                    self.jump_to_fail(pc, Instr::PopJumpIfFalse);
                    Ok(())
                }
                Pattern::MatchSequence(s) => self.pattern_sequence(s, pc),
                Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
                Pattern::MatchClass(c) => self.pattern_class(c, pc),
                Pattern::MatchStar(s) => self.store_capture(s.name.as_ref(), s.range, pc),
                Pattern::MatchAs(a) => self.pattern_as(a, pc),
                Pattern::MatchOr(o) => self.pattern_or(o, pc),
            }
        })
    }

    /// A pattern nested in a sequence, mapping or class pattern: it may be
    /// irrefutable.
    fn compile_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> Result {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.compile_pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    /// Binds (later) the subject to `name`, or drops it for `_` / `*_`.
    fn store_capture(
        &mut self,
        name: Option<&ast::Identifier>,
        range: TextRange,
        pc: &mut PatternCtx,
    ) -> Result {
        let Some(id) = name else {
            self.emit(Instr::PopTop);
            return Ok(());
        };
        let name = id.as_str();
        if name == "__debug__" {
            return Err(self.syntax_error("cannot assign to __debug__", range));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.syntax_error(
                format!("multiple assignments to name {} in pattern", str_repr(name)),
                range,
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// `case <literal>:` and `case a.b:`: `subject == value`.
    fn pattern_value(&mut self, v: &'a ast::PatternMatchValue, pc: &mut PatternCtx) -> Result {
        match &*v.value {
            Expr::Attribute(_) => self.compile_expr(&v.value)?,
            value => match self.pattern_constant(value) {
                Some(c) => self.load_const(c),
                None => {
                    return Err(self.syntax_error(
                        "patterns may only match literals and attribute lookups",
                        v.range,
                    ))
                }
            },
        }
        self.set_loc(v.range);
        self.emit(Instr::CompareOp(CmpOp::Eq));
        self.jump_to_fail(pc, Instr::PopJumpIfFalse);
        Ok(())
    }

    /// The value of a literal pattern or mapping key: a literal, a signed
    /// number or a complex literal such as `-1+2j` (folded, as CPython's
    /// AST optimizer does).
    fn pattern_constant(&self, e: &Expr) -> Option<Constant> {
        match e {
            Expr::BinOp(b) if matches!(b.op, Operator::Add | Operator::Sub) => {
                let real = match self.constant_of(&b.left)? {
                    Constant::Int(i) => i as f64,
                    Constant::BigInt(i) => i.to_f64().filter(|f| f.is_finite())?,
                    Constant::Float(f) => f,
                    _ => return None,
                };
                let Constant::Complex {
                    real: r_real,
                    imag: r_imag,
                } = self.constant_of(&b.right)?
                else {
                    return None;
                };
                // A real plus or minus complex(r_real, r_imag).
                Some(if b.op == Operator::Add {
                    Constant::Complex {
                        real: real + r_real,
                        imag: 0.0 + r_imag,
                    }
                } else {
                    Constant::Complex {
                        real: real - r_real,
                        imag: 0.0 - r_imag,
                    }
                })
            }
            Expr::Tuple(_) | Expr::Name(_) => None,
            _ => self.constant_of(e),
        }
    }

    /// `[a, *rest, b]` and `(a, b)`.
    fn pattern_sequence(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        pc: &mut PatternCtx,
    ) -> Result {
        let patterns = &s.patterns;
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, sub) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(st) = sub {
                if star.is_some() {
                    return Err(
                        self.syntax_error("multiple starred names in sequence pattern", s.range)
                    );
                }
                star_wildcard = st.name.is_none();
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(sub);
        }
        // The subject stays on the stack through the type and length checks.
        pc.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail(pc, Instr::PopJumpIfFalse);
        match star {
            None => self.length_check(size, CmpOp::Eq, pc),
            // `[*x]` needs no length check.
            Some(_) if size > 1 => self.length_check(size - 1, CmpOp::Ge, pc),
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Instr::PopTop);
            return Ok(());
        }
        match star {
            // `*_` with other sub-patterns: index the items that matter
            // rather than copying the middle into a list.
            Some(star) if star_wildcard => self.sequence_by_index(s, star, pc),
            _ => self.sequence_unpack(s, star, pc),
        }
    }

    /// `len(subject) <op> n`, failing otherwise.
    fn length_check(&mut self, n: usize, op: CmpOp, pc: &mut PatternCtx) {
        self.emit(Instr::GetLen);
        self.load_const(Constant::Int(n as i64));
        self.emit(Instr::CompareOp(op));
        self.jump_to_fail(pc, Instr::PopJumpIfFalse);
    }

    /// Matches the items of a sequence pattern whose star is `*_` by
    /// subscripting (non-negative indexes: the subject may not support
    /// negative ones).
    fn sequence_by_index(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        star: usize,
        pc: &mut PatternCtx,
    ) -> Result {
        let size = s.patterns.len();
        pc.on_top += 1;
        for (i, sub) in s.patterns.iter().enumerate() {
            if i == star || is_wildcard(sub) {
                continue;
            }
            self.set_loc(s.range);
            self.emit(Instr::Copy(1));
            if i < star {
                self.load_const(Constant::Int(i as i64));
            } else {
                self.emit(Instr::GetLen);
                self.load_const(Constant::Int((size - i) as i64));
                self.emit(Instr::BinaryOp(BinOp::Sub));
            }
            self.emit(Instr::BinarySubscr);
            self.compile_subpattern(sub, pc)?;
        }
        pc.on_top -= 1;
        self.set_loc(s.range);
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// Unpacks the subject (iterating it) and matches each item.
    fn sequence_unpack(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        star: Option<usize>,
        pc: &mut PatternCtx,
    ) -> Result {
        let size = s.patterns.len();
        match star {
            None => self.emit(Instr::UnpackSequence(size as u32)),
            Some(star) => {
                let after = size - star - 1;
                if star >= 256 || after > usize::from(u16::MAX) {
                    return Err(self.syntax_error(
                        "too many expressions in star-unpacking sequence pattern",
                        s.range,
                    ));
                }
                self.emit(Instr::UnpackEx {
                    before: star as u16,
                    after: after as u16,
                });
            }
        }
        pc.on_top += size;
        for sub in &s.patterns {
            pc.on_top -= 1;
            self.compile_subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// `{"key": pattern, a.b: pattern, **rest}`.
    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternCtx) -> Result {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(self.syntax_error("invalid syntax", m.range));
        }
        pc.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail(pc, Instr::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Instr::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.length_check(size, CmpOp::Ge, pc);
        }
        // The keys, as one tuple; literal keys must differ (by ==).
        let mut seen: Vec<Constant> = Vec::new();
        for key in &m.keys {
            if let Expr::Attribute(_) = key {
                self.compile_expr(key)?;
                continue;
            }
            let Some(c) = self.pattern_constant(key) else {
                return Err(self.syntax_error(
                    "mapping pattern keys may only match literals and attribute lookups",
                    m.range,
                ));
            };
            if seen.iter().any(|s| constants_equal(s, &c)) {
                return Err(self.syntax_error(
                    format!(
                        "mapping pattern checks duplicate key ({})",
                        constant_repr(&c)
                    ),
                    m.range,
                ));
            }
            seen.push(c.clone());
            self.load_const(c);
        }
        self.set_loc(m.range);
        self.emit(Instr::BuildTuple(size as u32));
        self.emit(Instr::MatchKeys);
        // The tuple of keys and the values (or None) are above the subject.
        pc.on_top += 2;
        self.emit(Instr::Copy(1));
        self.jump_to_fail(pc, Instr::PopJumpIfNone);
        self.emit(Instr::UnpackSequence(size as u32));
        pc.on_top += size;
        pc.on_top -= 1;
        for sub in &m.patterns {
            pc.on_top -= 1;
            self.compile_subpattern(sub, pc)?;
        }
        pc.on_top -= 2;
        self.set_loc(m.range);
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject), then `del rest[key]` for each key:
                // [subject, keys] -> [rest]
                self.emit(Instr::BuildMap(0));
                self.emit(Instr::Swap(3));
                self.emit(Instr::DictUpdate(2));
                self.emit(Instr::UnpackSequence(size as u32));
                for left in (1..=size).rev() {
                    self.emit(Instr::Copy(1 + left as u32));
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::DeleteSubscr);
                }
                self.store_capture(Some(rest), m.range, pc)
            }
            None => {
                self.emit(Instr::PopTop);
                self.emit(Instr::PopTop);
                Ok(())
            }
        }
    }

    /// `Cls(p1, p2, attr=p3)`.
    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx) -> Result {
        let args = &c.arguments;
        let nargs = args.patterns.len();
        let nattrs = args.keywords.len();
        for (i, kw) in args.keywords.iter().enumerate() {
            let attr = kw.attr.as_str();
            if attr == "__debug__" {
                return Err(self.syntax_error("cannot assign to __debug__", kw.pattern.range()));
            }
            if let Some(other) = args.keywords[i + 1..]
                .iter()
                .find(|k| k.attr.as_str() == attr)
            {
                return Err(self.syntax_error(
                    format!("attribute name repeated in class pattern: {attr}"),
                    other.pattern.range(),
                ));
            }
        }
        self.compile_expr(&c.cls)?;
        self.set_loc(c.range);
        let names: Vec<Constant> = args
            .keywords
            .iter()
            .map(|k| Constant::Str(Arc::from(k.attr.as_str())))
            .collect();
        self.load_const(Constant::Tuple(names.into()));
        self.emit(Instr::MatchClass(nargs as u32));
        self.emit(Instr::Copy(1));
        pc.on_top += 1;
        self.jump_to_fail(pc, Instr::PopJumpIfNone);
        self.emit(Instr::UnpackSequence((nargs + nattrs) as u32));
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        let subs = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern));
        for sub in subs {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.set_loc(c.range);
                self.emit(Instr::PopTop);
                continue;
            }
            self.compile_subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// `x`, `_`, `pattern as x`.
    fn pattern_as(&mut self, a: &'a ast::PatternMatchAs, pc: &mut PatternCtx) -> Result {
        let Some(sub) = &a.pattern else {
            if !pc.allow_irrefutable {
                let msg = match &a.name {
                    Some(name) => format!(
                        "name capture {} makes remaining patterns unreachable",
                        str_repr(name.as_str())
                    ),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.syntax_error(msg, a.range));
            }
            return self.store_capture(a.name.as_ref(), a.range, pc);
        };
        // A copy of the subject to bind if the sub-pattern matches.
        pc.on_top += 1;
        self.emit(Instr::Copy(1));
        self.compile_pattern(sub, pc)?;
        pc.on_top -= 1;
        self.set_loc(a.range);
        self.store_capture(a.name.as_ref(), a.range, pc)
    }

    /// `p1 | p2 | ...`: each alternative works on its own copy of the
    /// subject with its own failure chain; the captured values of the one
    /// that matches are put in the first alternative's order, then moved
    /// below the enclosing pattern's items like any capture.
    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> Result {
        let end = self.new_label();
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_fail_pop = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = pc.on_top;
        let outer_allow = pc.allow_irrefutable;
        let count = o.patterns.len();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            pc.stores = Vec::new();
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            // Only the last alternative may be irrefutable.
            pc.allow_irrefutable = i + 1 == count && outer_allow;
            self.set_loc(alt.range());
            self.emit(Instr::Copy(1));
            self.compile_pattern(alt, pc)?;
            self.set_loc(alt.range());
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(first) => {
                    let same = first.len() == pc.stores.len()
                        && first.iter().all(|n| pc.stores.contains(n));
                    if !same {
                        return Err(
                            self.syntax_error("alternative patterns bind different names", o.range)
                        );
                    }
                    let mut current = std::mem::take(&mut pc.stores);
                    self.reorder_captures(&mut current, first);
                }
            }
            self.emit_jump(Instr::Jump, end);
            self.emit_fail_pops(pc);
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail_pop;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_allow;
        // No alternative matched: drop the subject and fail.
        self.set_loc(o.range);
        self.emit(Instr::PopTop);
        self.jump_to_fail(pc, Instr::Jump);
        self.bind(end);
        // [.., captured, on_top items, subject, alternative's captures]
        let control = control.unwrap_or_default();
        let depth = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(depth);
            if pc.stores.contains(&name) {
                return Err(self.syntax_error(
                    format!(
                        "multiple assignments to name {} in pattern",
                        str_repr(&name)
                    ),
                    o.range,
                ));
            }
            pc.stores.push(name);
        }
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// Permutes the captured values on top of the stack (`current[i]` at
    /// depth i + 1) into the order of `target` (same names).
    fn reorder_captures(&mut self, current: &mut [String], target: &[String]) {
        for j in 0..target.len() {
            if current[j] == target[j] {
                continue;
            }
            let Some(i) = current.iter().position(|n| *n == target[j]) else {
                continue;
            };
            // Exchange depths j + 1 and i + 1 (j < i) with swaps through the top.
            if j == 0 {
                self.emit(Instr::Swap(i as u32 + 1));
            } else {
                self.emit(Instr::Swap(j as u32 + 1));
                self.emit(Instr::Swap(i as u32 + 1));
                self.emit(Instr::Swap(j as u32 + 1));
            }
            current.swap(i, j);
        }
    }
}

/// A number constant as an exact real part and a float imaginary part.
enum Num {
    Int(BigInt),
    Float(f64),
}

fn numeric_parts(c: &Constant) -> Option<(Num, f64)> {
    Some(match c {
        Constant::Bool(b) => (Num::Int(BigInt::from(u8::from(*b))), 0.0),
        Constant::Int(i) => (Num::Int(BigInt::from(*i)), 0.0),
        Constant::BigInt(i) => (Num::Int(i.clone()), 0.0),
        Constant::Float(f) => (Num::Float(*f), 0.0),
        Constant::Complex { real, imag } => (Num::Float(*real), *imag),
        _ => return None,
    })
}

fn reals_equal(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x == y,
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => {
            // Exact, as Python compares ints with floats.
            f.is_finite() && f.fract() == 0.0 && BigInt::from_f64(*f).is_some_and(|g| g == *i)
        }
    }
}

/// Python's `==` between two literal constants (so `1`, `1.0` and `True`
/// are the same mapping key).
fn constants_equal(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::None, Constant::None) => true,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        _ => match (numeric_parts(a), numeric_parts(b)) {
            (Some((ra, ia)), Some((rb, ib))) => ia == ib && reals_equal(&ra, &rb),
            _ => false,
        },
    }
}

/// Python's `repr()` of a literal constant.
fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => locus_format::float_repr(*f),
        Constant::Complex { real, imag } => locus_format::complex_repr(*real, *imag),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Code(code) => format!("<code object {}>", code.name),
    }
}

/// Python's `repr()` of a bytes value.
fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if char::from(byte) == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(char::from(byte)),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_keys_compare_like_python() {
        let one = Constant::Int(1);
        assert!(constants_equal(&one, &Constant::Float(1.0)));
        assert!(constants_equal(&one, &Constant::Bool(true)));
        assert!(constants_equal(
            &one,
            &Constant::Complex {
                real: 1.0,
                imag: 0.0
            }
        ));
        assert!(constants_equal(&Constant::Float(-0.0), &Constant::Int(0)));
        assert!(!constants_equal(&one, &Constant::Float(1.5)));
        assert!(!constants_equal(
            &Constant::Str(Arc::from("a")),
            &Constant::Bytes(Arc::from(&b"a"[..]))
        ));
        let big = BigInt::from(1u64 << 53) + 1;
        assert!(!constants_equal(
            &Constant::BigInt(big),
            &Constant::Float((1u64 << 53) as f64)
        ));
    }

    #[test]
    fn bytes_reprs() {
        assert_eq!(bytes_repr(b"a'b"), "b\"a'b\"");
        assert_eq!(bytes_repr(b"\x00\xff\n"), "b'\\x00\\xff\\n'");
    }
}
