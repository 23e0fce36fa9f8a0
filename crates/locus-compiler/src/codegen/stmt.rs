//! Statements: module bodies, control flow (`if`, `while`, `for`, `break`,
//! `continue`, `return`; `match` is in `pattern.rs`), `raise`, `assert`, imports, expression
//! statements, and the unwinding of frame blocks on early exits.

use locus_bytecode::{Constant, Instr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{Compiler, FBlockKind, NameCtx, Result};
use crate::guard::grow;
use crate::symtable::ScopeKind;

/// The docstring of a body: its first statement, if it is a string literal.
pub(crate) fn docstring_of(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(clean_doc(s.value.to_str())),
            _ => None,
        },
        _ => None,
    }
}

/// CPython 3.13's compile-time docstring cleanup: expand tabs, strip the
/// first line's leading spaces and the common indentation of the others.
pub(crate) fn clean_doc(doc: &str) -> String {
    let doc = expand_tabs(doc);
    let mut lines = doc.split('\n');
    let first = lines.next().unwrap_or("");
    let rest: Vec<&str> = lines.collect();
    let margin = rest
        .iter()
        .filter_map(|l| {
            let indent = l.len() - l.trim_start_matches(' ').len();
            (indent < l.len()).then_some(indent)
        })
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(doc.len());
    out.push_str(first.trim_start_matches(' '));
    for line in rest {
        out.push('\n');
        let strip = margin.min(line.len() - line.trim_start_matches(' ').len());
        out.push_str(&line[strip..]);
    }
    out
}

/// `str.expandtabs()` with the default tab size of 8.
fn expand_tabs(s: &str) -> String {
    if !s.contains('\t') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut col = 0usize;
    for ch in s.chars() {
        match ch {
            '\t' => {
                let n = 8 - col % 8;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            '\n' | '\r' => {
                out.push(ch);
                col = 0;
            }
            _ => {
                out.push(ch);
                col += 1;
            }
        }
    }
    out
}

/// Whether a body contains an annotated assignment (not looking into
/// nested functions and classes): such module and class bodies start with
/// `SetupAnnotations`.
pub(crate) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

/// Compile-time state saved around an early exit.
struct UnwindState<'a> {
    fblocks: Vec<super::FBlock<'a>>,
    handlers: Vec<u32>,
    depth: u32,
}

/// How far an early exit unwinds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum UnwindTo {
    /// Up to (not including) the innermost loop.
    Loop,
    /// All blocks of the function.
    Function,
}

impl<'a> Compiler<'a, '_> {
    /// The body of a module (exec or single mode), ending with `return None`.
    pub(crate) fn compile_module_body(&mut self, body: &'a [Stmt]) -> Result {
        if let Some(first) = body.first() {
            self.set_loc(first.range());
        }
        if has_annotations(body) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut rest = body;
        if !self.interactive {
            if let Some(doc) = docstring_of(body) {
                self.set_loc(body[0].range());
                self.load_const(Self::str_const(&doc));
                self.name_op("__doc__", NameCtx::Store);
                self.code().docstring = Some(doc.into());
                rest = &body[1..];
            }
        }
        self.compile_body(rest)?;
        // No line: the `return` event reports the last line that ran.
        self.artificial();
        self.load_none();
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// A sequence of statements.
    pub(crate) fn compile_body(&mut self, body: &'a [Stmt]) -> Result {
        for stmt in body {
            self.compile_stmt(stmt)?;
        }
        Ok(())
    }

    /// One statement.
    pub(crate) fn compile_stmt(&mut self, stmt: &'a Stmt) -> Result {
        grow(|| {
            self.set_loc(stmt.range());
            self.compile_stmt_inner(stmt)
        })
    }

    fn compile_stmt_inner(&mut self, stmt: &'a Stmt) -> Result {
        match stmt {
            Stmt::FunctionDef(def) => self.compile_function_def(def),
            Stmt::ClassDef(class) => self.compile_class_def(class),
            Stmt::Return(ret) => self.compile_return(ret),
            Stmt::Delete(del) => {
                if del.targets.is_empty() {
                    self.emit(Instr::Nop);
                }
                for target in &del.targets {
                    self.compile_delete(target)?;
                }
                Ok(())
            }
            Stmt::Assign(assign) => self.compile_assign(assign),
            Stmt::AugAssign(aug) => self.compile_aug_assign(aug),
            Stmt::AnnAssign(ann) => self.compile_ann_assign(ann),
            Stmt::For(f) => self.compile_for(f),
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => self.compile_with(w, 0),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(exc) = &r.exc {
                    self.compile_expr(exc)?;
                    n = 1;
                    if let Some(cause) = &r.cause {
                        self.compile_expr(cause)?;
                        n = 2;
                    }
                }
                self.set_loc(r.range);
                self.emit(Instr::Raise(n));
                Ok(())
            }
            Stmt::Try(t) => self.compile_try(t),
            Stmt::Assert(a) => self.compile_assert(a),
            Stmt::Import(imp) => self.compile_import(imp),
            Stmt::ImportFrom(imp) => self.compile_import_from(imp),
            // Declarations are not executed: no instruction, no line event.
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Pass(_) => {
                self.emit(Instr::Nop);
                Ok(())
            }
            Stmt::Expr(e) => self.compile_expr_stmt(&e.value),
            Stmt::Break(b) => self.compile_break_continue(true, b.range),
            Stmt::Continue(c) => self.compile_break_continue(false, c.range),
            Stmt::TypeAlias(a) => {
                Err(self.syntax_error("Locus does not support type aliases yet", a.range))
            }
            Stmt::Match(m) => self.compile_match(m),
            Stmt::IpyEscapeCommand(c) => Err(self.syntax_error("invalid syntax", c.range)),
        }
    }

    fn compile_expr_stmt(&mut self, value: &'a Expr) -> Result {
        if self.interactive && self.unit_depth() == 1 {
            self.compile_expr(value)?;
            self.emit(Instr::PrintExpr);
            return Ok(());
        }
        if self.constant_of(value).is_some() {
            // A constant statement (a docstring-like string, `...`) does nothing.
            self.emit(Instr::Nop);
            return Ok(());
        }
        self.compile_expr(value)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    // ---- control flow ----

    fn compile_if(&mut self, stmt: &'a ast::StmtIf) -> Result {
        let end = self.new_label();
        let mut clauses: Vec<(Option<&'a Expr>, &'a [Stmt], TextRange)> =
            vec![(Some(&stmt.test), &stmt.body, stmt.range)];
        for clause in &stmt.elif_else_clauses {
            clauses.push((clause.test.as_ref(), &clause.body, clause.range));
        }
        let count = clauses.len();
        for (i, (test, body, range)) in clauses.into_iter().enumerate() {
            match test {
                Some(test) => {
                    let next = self.new_label();
                    self.set_loc(range);
                    self.jump_if(test, false, next)?;
                    self.compile_body(body)?;
                    if i + 1 < count {
                        // No line of its own: it gets the body's last
                        // line by propagation when only the body leads
                        // here (a loop ending the body leaves no stale
                        // line on it).
                        self.artificial();
                        self.emit_jump(Instr::Jump, end);
                    }
                    self.bind(next);
                }
                None => self.compile_body(body)?,
            }
        }
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, stmt: &'a ast::StmtWhile) -> Result {
        let start = self.new_label();
        let body = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.jump_if(&stmt.test, false, orelse)?;
        self.bind(body);
        self.push_fblock(FBlockKind::While { start, exit: end });
        self.compile_body(&stmt.body)?;
        self.pop_fblock();
        // The test again at the bottom, jumping back to the body while it
        // holds (CPython's layout): one dispatch less per iteration than a
        // jump back to the top test, and the same `line` events as
        // CPython: the test's line before each repeat (none in a one-line
        // loop), then the body's line by the backward jump. `continue`
        // still goes to the top test.
        self.jump_if(&stmt.test, true, body)?;
        self.bind(orelse);
        self.compile_body(&stmt.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_for(&mut self, stmt: &'a ast::StmtFor) -> Result {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.compile_expr(&stmt.iter)?;
        // The loop's own instructions are at the iterable's line (CPython:
        // the header's `line` event names it when the header spans lines).
        self.set_loc(stmt.iter.range());
        self.emit(Instr::GetIter);
        self.bind(start);
        self.emit_jump(Instr::ForIter, orelse);
        self.push_fblock(FBlockKind::For { start, exit: end });
        self.compile_store(&stmt.target)?;
        self.compile_body(&stmt.body)?;
        self.pop_fblock();
        // No line, as for `while` loops.
        self.artificial();
        self.emit_jump(Instr::Jump, start);
        self.bind(orelse);
        self.compile_body(&stmt.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_break_continue(&mut self, is_break: bool, range: TextRange) -> Result {
        let has_loop = self
            .unit_ref()
            .fblocks
            .iter()
            .any(|b| matches!(b.kind, FBlockKind::While { .. } | FBlockKind::For { .. }));
        if !has_loop {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.syntax_error(msg, range));
        }
        self.mark_line_before_unwind(UnwindTo::Loop);
        let saved = self.begin_unwind();
        let result = (|| {
            let block = self.unwind(UnwindTo::Loop, false)?;
            match block {
                Some(FBlockKind::For { start, exit }) => {
                    if is_break {
                        self.emit(Instr::PopTop);
                        self.emit_jump(Instr::Jump, exit);
                    } else {
                        self.emit_jump(Instr::Jump, start);
                    }
                }
                Some(FBlockKind::While { start, exit }) => {
                    self.emit_jump(Instr::Jump, if is_break { exit } else { start });
                }
                _ => {}
            }
            Ok(())
        })();
        self.end_unwind(saved);
        result
    }

    fn compile_return(&mut self, ret: &'a ast::StmtReturn) -> Result {
        if !self.table.scope(self.unit_ref().scope).is_function_like() {
            return Err(self.syntax_error("'return' outside function", ret.range));
        }
        let constant = match &ret.value {
            None => Some(Constant::None),
            Some(v) => self.constant_of(v),
        };
        let preserve = constant.is_none();
        if preserve {
            if let Some(v) = &ret.value {
                self.compile_expr(v)?;
            }
        }
        self.set_loc(ret.range);
        if !preserve {
            self.mark_line_before_unwind(UnwindTo::Function);
        }
        let saved = self.begin_unwind();
        let result = (|| {
            // The return itself is at the location the unwinding leaves
            // (see `unwind_block`).
            self.unwind(UnwindTo::Function, preserve)?;
            if let Some(c) = constant {
                self.load_const(c);
            }
            self.emit(Instr::ReturnValue);
            Ok(())
        })();
        let depth_before_value = saved.depth.saturating_sub(u32::from(preserve));
        self.end_unwind(saved);
        self.code().set_depth(depth_before_value);
        result
    }

    // ---- unwinding ----

    /// Before an early exit whose unwinding runs code at other lines (a
    /// `with` exit, a finally body): a `Nop` at the statement's line, so
    /// that the statement gets its `line` event before that code runs, as
    /// in CPython. Not needed (and not emitted) otherwise: the exit's own
    /// instructions carry the line.
    fn mark_line_before_unwind(&mut self, to: UnwindTo) {
        let runs_code_elsewhere = self
            .unit_ref()
            .fblocks
            .iter()
            .rev()
            .take_while(|b| {
                to == UnwindTo::Function
                    || !matches!(b.kind, FBlockKind::While { .. } | FBlockKind::For { .. })
            })
            .any(|b| {
                matches!(
                    b.kind,
                    FBlockKind::With { .. } | FBlockKind::FinallyTry { .. }
                )
            });
        if runs_code_elsewhere {
            self.emit(Instr::Nop);
        }
    }

    /// Saves the frame-block and handler state before emitting an early exit.
    fn begin_unwind(&mut self) -> UnwindState<'a> {
        let fblocks = self.unit_ref().fblocks.clone();
        let handlers = self.code().truncate_handlers(0);
        self.code().restore_handlers(handlers.clone());
        let depth = self.code().depth();
        UnwindState {
            fblocks,
            handlers,
            depth,
        }
    }

    /// Restores the state saved by [`Self::begin_unwind`].
    fn end_unwind(&mut self, saved: UnwindState<'a>) {
        self.unit().fblocks = saved.fblocks;
        self.code().truncate_handlers(0);
        self.code().restore_handlers(saved.handlers);
        self.code().set_depth(saved.depth);
    }

    /// Emits the cleanup of the frame blocks being left, innermost first,
    /// stopping at the innermost loop (returned) or unwinding everything.
    fn unwind(&mut self, to: UnwindTo, preserve_tos: bool) -> Result<Option<FBlockKind<'a>>> {
        loop {
            let Some(block) = self.unit().fblocks.pop() else {
                return Ok(None);
            };
            if to == UnwindTo::Loop
                && matches!(
                    block.kind,
                    FBlockKind::While { .. } | FBlockKind::For { .. }
                )
            {
                return Ok(Some(block.kind));
            }
            self.unwind_block(&block, preserve_tos)?;
        }
    }

    /// The cleanup of one frame block (the block is already popped).
    fn unwind_block(&mut self, block: &super::FBlock<'a>, preserve_tos: bool) -> Result {
        match &block.kind {
            FBlockKind::While { .. } => {}
            FBlockKind::For { .. } | FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlockKind::TryExcept => {
                self.code().truncate_handlers(block.handlers_below);
            }
            FBlockKind::FinallyTry { body } => {
                self.code().truncate_handlers(block.handlers_below);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue);
                }
                self.compile_body(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                // What follows (the jump or return that caused the
                // unwinding) has no line of its own: it happens after the
                // finally body, whose last line it reports (CPython's rule).
                self.artificial();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.code().truncate_handlers(block.handlers_below);
                self.emit(Instr::PopExcept);
            }
            FBlockKind::With { loc } => {
                self.code().truncate_handlers(block.handlers_below);
                self.restore_loc(*loc);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.load_none();
                self.emit(Instr::ExitWith);
                self.emit(Instr::PopTop);
                // What follows stays at the `with` item's line (CPython's
                // rule: a `return` leaving a `with` reports that line).
            }
            FBlockKind::HandlerCleanup { name } => {
                self.code().truncate_handlers(block.handlers_below);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
                if let Some(name) = name {
                    self.load_none();
                    self.mangled_name_op(name, NameCtx::Store);
                    self.mangled_name_op(name, NameCtx::Del);
                }
            }
        }
        Ok(())
    }

    // ---- assert, imports ----

    fn compile_assert(&mut self, stmt: &'a ast::StmtAssert) -> Result {
        let ok = self.new_label();
        self.jump_if(&stmt.test, true, ok)?;
        self.set_loc(stmt.range);
        self.emit(Instr::LoadAssertionError);
        if let Some(msg) = &stmt.msg {
            self.emit(Instr::PushNull);
            self.compile_expr(msg)?;
            self.set_loc(stmt.range);
            self.emit(Instr::Call(1));
        }
        self.emit(Instr::Raise(1));
        self.bind(ok);
        Ok(())
    }

    fn compile_import(&mut self, stmt: &'a ast::StmtImport) -> Result {
        for alias in &stmt.names {
            self.set_loc(stmt.range);
            self.load_const(Constant::Int(0));
            self.load_none();
            let full = alias.name.as_str();
            let module = self.mangle(full);
            let idx = self.name_index(&module);
            self.emit(Instr::ImportName(idx));
            match &alias.asname {
                Some(asname) => {
                    let parts: Vec<&str> = full.split('.').collect();
                    if parts.len() > 1 {
                        // `import a.b.c as x` binds x to the submodule a.b.c.
                        for (i, part) in parts.iter().enumerate().skip(1) {
                            let attr = self.mangle(part);
                            let idx = self.name_index(&attr);
                            self.emit(Instr::ImportFrom(idx));
                            if i + 1 < parts.len() {
                                self.emit(Instr::Swap(2));
                                self.emit(Instr::PopTop);
                            }
                        }
                        self.name_op(asname.as_str(), NameCtx::Store);
                        self.emit(Instr::PopTop);
                    } else {
                        self.name_op(asname.as_str(), NameCtx::Store);
                    }
                }
                None => {
                    let top = full.split('.').next().unwrap_or(full);
                    self.name_op(top, NameCtx::Store);
                }
            }
        }
        Ok(())
    }

    fn compile_import_from(&mut self, stmt: &'a ast::StmtImportFrom) -> Result {
        self.load_const(Constant::Int(i64::from(stmt.level)));
        let names: Vec<Constant> = stmt
            .names
            .iter()
            .map(|a| Self::str_const(a.name.as_str()))
            .collect();
        self.load_const(Constant::Tuple(names.into()));
        let module = stmt
            .module
            .as_ref()
            .map_or(String::new(), |m| self.mangle(m.as_str()));
        let idx = self.name_index(&module);
        self.emit(Instr::ImportName(idx));
        for alias in &stmt.names {
            if alias.name.as_str() == "*" {
                if self.unit_ref().kind != ScopeKind::Module {
                    return Err(
                        self.syntax_error("import * only allowed at module level", alias.range)
                    );
                }
                self.emit(Instr::ImportStar);
                return Ok(());
            }
            let attr = self.mangle(alias.name.as_str());
            let idx = self.name_index(&attr);
            self.emit(Instr::ImportFrom(idx));
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(bound.as_str(), NameCtx::Store);
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}

/// The text of an annotation under `from __future__ import annotations`:
/// the source text with line breaks (and the indentation after them)
/// collapsed. CPython unparses the AST instead; for annotations written on
/// one line in the usual style the two agree.
pub(crate) fn normalize_annotation(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if matches!(chars.peek(), Some('\n') | Some('\r')) => {}
            '\n' | '\r' => {
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
                let prev = out.chars().last();
                let next = chars.peek().copied();
                let tight = matches!(prev, Some('(' | '[' | '{') | None)
                    || matches!(next, Some(')' | ']' | '}' | ',') | None);
                if !tight && prev != Some(' ') {
                    out.push(' ');
                }
            }
            _ => out.push(c),
        }
    }
    out.trim().to_string()
}

/// Python's `repr()` of a str (quote choice and escapes as CPython).
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
