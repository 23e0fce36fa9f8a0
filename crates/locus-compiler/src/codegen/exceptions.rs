//! `try`/`except`/`else`/`finally` and `with`, using the exception table.
//!
//! A protected region is opened with `push_handler(target, depth)`: every
//! instruction emitted while it is the innermost region is covered. When an
//! exception is raised there, the VM pops the stack to `depth`, pushes the
//! exception and jumps to `target`. Code running while an exception is
//! being handled (`except` bodies, the exceptional copy of `finally`,
//! `__exit__` handling) is itself protected by a *cleanup* region whose
//! handler restores the previously handled exception and re-raises:
//! `[.., prev, exc] -> Swap(2); PopExcept; Reraise`.

use locus_bytecode::Instr;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::{Compiler, FBlockKind, Label, NameCtx, Result};

impl<'a> Compiler<'a, '_> {
    pub(crate) fn compile_try(&mut self, t: &'a ast::StmtTry) -> Result {
        if t.is_star {
            return Err(self.syntax_error("Locus does not support except* yet", t.range));
        }
        // The `try` line itself runs (a line event, as in CPython) before
        // the body.
        self.emit(Instr::Nop);
        if t.finalbody.is_empty() {
            self.compile_try_except(t)
        } else {
            self.compile_try_finally(t)
        }
    }

    /// Emits the cleanup handler of a region that runs with `[.., prev,
    /// exc]`: restore `prev` as the handled exception, re-raise `exc`.
    fn emit_cleanup(&mut self, label: Label, depth: u32) {
        self.artificial();
        self.code().bind_handler(label, depth);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
    }

    fn compile_try_finally(&mut self, t: &'a ast::StmtTry) -> Result {
        let finally = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let depth = self.code().depth();

        // The body (with its except clauses, if any), protected.
        let below = self.code().handler_depth();
        self.code().push_handler(finally, depth);
        self.push_fblock_below(FBlockKind::FinallyTry { body: &t.finalbody }, below);
        if t.handlers.is_empty() {
            self.compile_body(&t.body)?;
        } else {
            self.compile_try_except(t)?;
        }
        self.pop_fblock();
        self.code().pop_handler();

        // Normal exit: the finally body inline.
        self.compile_body(&t.finalbody)?;
        self.artificial();
        self.emit_jump(Instr::Jump, end);

        // Exceptional exit: [exc] -> [prev, exc], finally body, re-raise.
        self.code().bind_handler(finally, depth);
        self.emit(Instr::PushExcInfo);
        let below = self.code().handler_depth();
        self.code().push_handler(cleanup, depth + 1);
        self.push_fblock_below(FBlockKind::FinallyEnd, below);
        self.compile_body(&t.finalbody)?;
        self.pop_fblock();
        self.artificial();
        self.emit(Instr::Reraise);
        self.code().pop_handler();

        self.emit_cleanup(cleanup, depth + 1);
        self.bind(end);
        // What follows (an implicit `return`) is no line of its own.
        Ok(())
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> Result {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let depth = self.code().depth();

        let below = self.code().handler_depth();
        self.code().push_handler(handler, depth);
        self.push_fblock_below(FBlockKind::TryExcept, below);
        self.compile_body(&t.body)?;
        self.pop_fblock();
        self.code().pop_handler();
        self.compile_body(&t.orelse)?;
        self.artificial();
        self.emit_jump(Instr::Jump, end);

        // [exc] -> [prev, exc]
        self.code().bind_handler(handler, depth);
        self.emit(Instr::PushExcInfo);
        let below_cleanup = self.code().handler_depth();
        self.code().push_handler(cleanup, depth + 1);
        let count = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.compile_expr(ty)?;
                    self.emit(Instr::CheckExcMatch);
                    self.emit_jump(Instr::PopJumpIfFalse, next);
                }
                None => {
                    if i + 1 < count {
                        return Err(self.syntax_error("default 'except:' must be last", h.range));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    let name = self.mangle(name.as_str());
                    self.mangled_name_op(&name, NameCtx::Store);
                    // The body runs in a try/finally that clears the name.
                    let name_cleanup = self.new_label();
                    self.code().push_handler(name_cleanup, depth + 1);
                    self.push_fblock_below(
                        FBlockKind::HandlerCleanup {
                            name: Some(name.clone()),
                        },
                        below_cleanup,
                    );
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.code().pop_handler();
                    self.artificial();
                    // Normal exit: leave both regions, restore, clear the name.
                    let saved = self.code().truncate_handlers(below_cleanup);
                    self.emit(Instr::PopExcept);
                    self.load_none();
                    self.mangled_name_op(&name, NameCtx::Store);
                    self.mangled_name_op(&name, NameCtx::Del);
                    self.emit_jump(Instr::Jump, end);
                    self.code().restore_handlers(saved);
                    // Exceptional exit from the body: clear the name, re-raise.
                    self.code().bind_handler(name_cleanup, depth + 1);
                    self.load_none();
                    self.mangled_name_op(&name, NameCtx::Store);
                    self.mangled_name_op(&name, NameCtx::Del);
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.push_fblock_below(
                        FBlockKind::HandlerCleanup { name: None },
                        below_cleanup,
                    );
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.artificial();
                    let saved = self.code().truncate_handlers(below_cleanup);
                    self.emit(Instr::PopExcept);
                    self.emit_jump(Instr::Jump, end);
                    self.code().restore_handlers(saved);
                }
            }
            self.bind(next);
        }
        // No clause matched: re-raise (through the cleanup handler).
        self.artificial();
        self.emit(Instr::Reraise);
        self.code().pop_handler();
        self.emit_cleanup(cleanup, depth + 1);
        self.bind(end);
        // What follows (an implicit `return`) is no line of its own.
        Ok(())
    }

    /// `with` item `index` and the rest (items nest like separate `with`s).
    pub(crate) fn compile_with(&mut self, w: &'a ast::StmtWith, index: usize) -> Result {
        if w.is_async {
            return Err(self.syntax_error("Locus does not support async with yet", w.range));
        }
        let Some(item) = w.items.get(index) else {
            return self.compile_body(&w.body);
        };
        // Each item's code (entering, exiting, the exception path) is at
        // the item's line, as in CPython: a `with (` line of its own gets
        // no `line` event, and each exit reports its manager's line.
        self.set_loc(item.context_expr.range());
        let with_loc = self.loc();
        let exit_handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();

        self.compile_expr(&item.context_expr)?;
        self.restore_loc(with_loc);
        // [mgr] -> [exit, enter_result]
        self.emit(Instr::BeforeWith);
        let depth = self.code().depth().saturating_sub(1);
        let below = self.code().handler_depth();
        self.code().push_handler(exit_handler, depth);
        match &item.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => self.emit(Instr::PopTop),
        }
        self.push_fblock_below(FBlockKind::With { loc: with_loc }, below);
        if index + 1 < w.items.len() {
            self.compile_with(w, index + 1)?;
        } else {
            self.compile_body(&w.body)?;
        }
        self.pop_fblock();
        self.code().pop_handler();

        // Normal exit: exit(None, None, None).
        self.restore_loc(with_loc);
        self.load_none();
        self.emit(Instr::ExitWith);
        self.emit(Instr::PopTop);
        self.emit_jump(Instr::Jump, end);

        // Exceptional exit: [exit, exc] -> [exit, prev, exc, exit(...)].
        self.code().bind_handler(exit_handler, depth);
        self.emit(Instr::PushExcInfo);
        self.code().push_handler(cleanup, depth + 1);
        self.emit(Instr::WithExceptStart);
        self.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        // Suppressed: drop exc, restore prev, drop exit.
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.code().pop_handler();
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit_jump(Instr::Jump, end);

        self.emit_cleanup(cleanup, depth + 1);
        self.bind(end);
        Ok(())
    }
}
