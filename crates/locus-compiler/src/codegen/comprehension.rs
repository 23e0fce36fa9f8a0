//! Comprehensions. List, set and dict comprehensions are inlined into the
//! enclosing code (PEP 709): the variables they bind are saved with
//! `LoadFastAndClear` before the loop and restored afterwards (also when an
//! exception escapes). Generator expressions are separate code objects
//! (`<genexpr>`) called with the first iterator as their `.0` argument.

use locus_bytecode::Instr;
use ruff_python_ast::{Comprehension, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::{Access, Compiler, Result};
use crate::symtable::{flags, CompKind};

/// The parts of a comprehension expression.
struct CompParts<'a> {
    kind: CompKind,
    generators: &'a [Comprehension],
    elt: &'a Expr,
    value: Option<&'a Expr>,
}

fn parts(expr: &Expr) -> Option<CompParts<'_>> {
    Some(match expr {
        Expr::ListComp(c) => CompParts {
            kind: CompKind::List,
            generators: &c.generators,
            elt: &c.elt,
            value: None,
        },
        Expr::SetComp(c) => CompParts {
            kind: CompKind::Set,
            generators: &c.generators,
            elt: &c.elt,
            value: None,
        },
        Expr::DictComp(c) => CompParts {
            kind: CompKind::Dict,
            generators: &c.generators,
            elt: c.key.as_deref()?,
            value: Some(&c.value),
        },
        Expr::Generator(g) => CompParts {
            kind: CompKind::Generator,
            generators: &g.generators,
            elt: &g.elt,
            value: None,
        },
        _ => return None,
    })
}

impl<'a> Compiler<'a, '_> {
    pub(crate) fn compile_comprehension(&mut self, expr: &'a Expr) -> Result {
        self.compile_comprehension_at(expr, expr.range())
    }

    /// A comprehension located at `range`: its own, or for a generator
    /// expression that is a call's only argument without parentheses of
    /// its own (`sum(x for x in y)`), the call's parentheses, as in
    /// CPython's AST (its code's first line, its `call` event).
    pub(crate) fn compile_comprehension_at(&mut self, expr: &'a Expr, range: TextRange) -> Result {
        let (Some(p), Some(scope)) = (parts(expr), self.table.scope_for(expr)) else {
            return Err(self.syntax_error("invalid syntax", range));
        };
        let Some(first) = p.generators.first() else {
            return Err(self.syntax_error("invalid syntax", range));
        };
        if p.kind == CompKind::Generator {
            let qualname = self.qualname_for("<genexpr>", false);
            let line = self.line_of(range);
            self.enter_unit(scope, "<genexpr>", qualname, line, None);
            self.set_loc(range);
            let slot = self.code().fast_slot(".0");
            self.emit(Instr::LoadFast(slot));
            self.comprehension_loop(&p, 0)?;
            // Reached only when the loop ends: the loop's line.
            self.artificial();
            self.load_none();
            self.emit(Instr::ReturnValue);
            let code = self.exit_unit();
            self.set_loc(range);
            self.make_closure(code, 0);
            self.emit(Instr::PushNull);
            self.compile_expr(&first.iter)?;
            self.set_loc(first.iter.range());
            self.emit(Instr::GetIter);
            self.set_loc(range);
            self.emit(Instr::Call(1));
            return Ok(());
        }

        // Inlined: the first iterable is evaluated in the enclosing scope.
        self.compile_expr(&first.iter)?;
        self.set_loc(first.iter.range());
        self.emit(Instr::GetIter);
        self.set_loc(range);
        self.unit().inlined.push(scope);
        // Save (and empty) the enclosing scope's variables of the same names.
        let comp_scope = self.table.scope(scope);
        let mut saved: Vec<(u32, bool)> = Vec::new();
        for sym in &comp_scope.symbols {
            let bound_here =
                sym.flags & flags::DEF_LOCAL != 0 && sym.flags & flags::DEF_NONLOCAL == 0;
            if !bound_here {
                continue;
            }
            match self.resolve(&sym.name) {
                Access::Fast => {
                    let slot = self.code().fast_slot(&sym.name);
                    self.emit(Instr::LoadFastAndClear(slot));
                    saved.push((slot, false));
                }
                Access::Deref { free } => {
                    let slot = self.code().cell_slot(&sym.name, free);
                    self.emit(Instr::LoadFastAndClear(slot));
                    self.emit(Instr::MakeCell(slot));
                    saved.push((slot, true));
                }
                Access::ClassDeref | Access::Name | Access::Global => {}
            }
        }
        let n = saved.len() as u32;
        let cleanup = self.new_label();
        let end = self.new_label();
        let depth = self.code().depth();
        if n > 0 {
            self.emit(Instr::Swap(n + 1));
            self.code().push_handler(cleanup, depth);
        }
        self.emit(match p.kind {
            CompKind::Set => Instr::BuildSet(0),
            CompKind::Dict => Instr::BuildMap(0),
            _ => Instr::BuildList(0),
        });
        self.emit(Instr::Swap(2));
        let result = self.comprehension_loop(&p, 0);
        if n > 0 {
            self.code().pop_handler();
        }
        self.unit().inlined.pop();
        result?;
        if n > 0 {
            self.emit(Instr::Swap(n + 1));
            self.restore_saved(&saved);
            self.emit_jump(Instr::Jump, end);
            // An exception escaping the loop: restore, then re-raise. The
            // handler's entry has no line, the restore is at the
            // comprehension's: its `line` event follows the exception's,
            // as in CPython.
            let comp_loc = self.loc();
            self.code().bind_handler(cleanup, depth);
            self.artificial();
            self.emit(Instr::Swap(2));
            self.emit(Instr::PopTop);
            self.restore_loc(comp_loc);
            self.emit(Instr::Swap(n + 1));
            self.restore_saved(&saved);
            self.emit(Instr::Reraise);
            self.bind(end);
        }
        Ok(())
    }

    /// Puts back the saved contents, in reverse order of saving.
    fn restore_saved(&mut self, saved: &[(u32, bool)]) {
        for &(slot, _) in saved.iter().rev() {
            self.emit(Instr::StoreFast(slot));
        }
    }

    /// The `for` loop of generator `index` (its iterator is on the stack
    /// for the first one), the nested loops and the element.
    ///
    /// Lines follow CPython's, which `line` events show: each loop's
    /// `GetIter`/`ForIter` at its iterable's line, the `if` jumps, the
    /// element and the jump back at the element's line; the code after the
    /// outermost loop goes back to the comprehension's line.
    fn comprehension_loop(&mut self, p: &CompParts<'a>, index: usize) -> Result {
        self.comprehension_level(p, index, None, 0)
    }

    /// One `for` clause: `outer` is the enclosing clause's loop start (where
    /// a failed `if` goes when this clause has no loop of its own), `loops`
    /// the number of iterators already on the stack.
    fn comprehension_level(
        &mut self,
        p: &CompParts<'a>,
        index: usize,
        outer: Option<super::Label>,
        loops: u32,
    ) -> Result {
        let comp_loc = self.loc();
        let gen = &p.generators[index];
        // `for x in [y]` after the first clause is an assignment, not a
        // loop (CPython's shortcut, which its `line` events show).
        let single = match &gen.iter {
            Expr::List(l) if index > 0 && l.elts.len() == 1 && !l.elts[0].is_starred_expr() => {
                Some(&l.elts[0])
            }
            Expr::Tuple(t) if index > 0 && t.elts.len() == 1 && !t.elts[0].is_starred_expr() => {
                Some(&t.elts[0])
            }
            _ => None,
        };
        let (start, loops) = match (single, outer) {
            (Some(value), Some(outer)) => {
                self.compile_expr(value)?;
                (outer, loops)
            }
            _ => {
                if index > 0 {
                    self.compile_expr(&gen.iter)?;
                    self.set_loc(gen.iter.range());
                    self.emit(Instr::GetIter);
                }
                let start = self.new_label();
                self.bind(start);
                self.set_loc(gen.iter.range());
                (start, loops + 1)
            }
        };
        let looping = single.is_none() || outer.is_none();
        let exhausted = self.new_label();
        if looping {
            self.emit_jump(Instr::ForIter, exhausted);
        }
        self.set_loc(gen.target.range());
        self.compile_store(&gen.target)?;
        self.set_loc(p.elt.range());
        let elt_loc = self.loc();
        for cond in &gen.ifs {
            self.jump_if_at(cond, false, start, Some(elt_loc))?;
        }
        self.restore_loc(comp_loc);
        if index + 1 < p.generators.len() {
            self.comprehension_level(p, index + 1, Some(start), loops)?;
        } else {
            let depth = loops + 1;
            match p.kind {
                CompKind::Generator => {
                    self.compile_expr(p.elt)?;
                    self.set_loc(p.elt.range());
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
                CompKind::List => {
                    self.compile_expr(p.elt)?;
                    self.set_loc(p.elt.range());
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set => {
                    self.compile_expr(p.elt)?;
                    self.set_loc(p.elt.range());
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.compile_expr(p.elt)?;
                    if let Some(v) = p.value {
                        self.compile_expr(v)?;
                    }
                    self.set_loc(p.elt.range());
                    self.emit(Instr::MapAdd(depth));
                }
            }
        }
        if looping {
            self.set_loc(p.elt.range());
            self.emit_jump(Instr::Jump, start);
            self.bind(exhausted);
        }
        self.restore_loc(comp_loc);
        Ok(())
    }
}
