//! `def`, `lambda` and `class`: compiling the nested code object and the
//! `MakeFunction` sequence around it (defaults, keyword-only defaults,
//! annotations, closure), decorators, and `__build_class__` calls.

use std::sync::Arc;

use locus_bytecode::{make_function_flags, CodeObject, Constant, Instr, VarKind};
use ruff_python_ast::{self as ast, Expr, Parameters, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::stmt::{docstring_of, has_annotations};
use super::{Compiler, NameCtx, Result};
use crate::symtable::ScopeId;

impl<'a> Compiler<'a, '_> {
    fn scope_id<T>(&self, node: &T, range: TextRange) -> Result<ScopeId> {
        self.table
            .scope_for(node)
            .ok_or_else(|| self.syntax_error("invalid syntax", range))
    }

    /// The range from `keyword` (just before `name`) to the end of the
    /// statement: CPython locates a decorated definition at its `def` or
    /// `class` line, not at the first decorator.
    fn header_range(&self, stmt_range: TextRange, name: TextRange, keyword: &str) -> TextRange {
        let source = self.errors.map.source();
        let before = source.get(..name.start().to_usize()).unwrap_or("");
        let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || c == '\\');
        match trimmed.strip_suffix(keyword) {
            Some(head) => TextRange::new(TextSize::new(head.len() as u32), stmt_range.end()),
            None => stmt_range,
        }
    }

    /// Evaluates decorators, each followed by a null self slot.
    fn compile_decorators(&mut self, decorators: &'a [ast::Decorator]) -> Result {
        for d in decorators {
            self.compile_expr(&d.expression)?;
            self.set_loc(d.range);
            self.emit(Instr::PushNull);
        }
        Ok(())
    }

    /// Applies the decorators, innermost first.
    fn apply_decorators(&mut self, decorators: &'a [ast::Decorator]) {
        for d in decorators.iter().rev() {
            self.set_loc(d.range);
            self.emit(Instr::Call(1));
        }
    }

    pub(crate) fn compile_function_def(&mut self, def: &'a ast::StmtFunctionDef) -> Result {
        let scope = self.scope_id(def, def.range)?;
        let first_line = self.line_of(def.range);
        let header = self.header_range(def.range, def.name.range, "def");
        self.compile_decorators(&def.decorator_list)?;
        self.set_loc(header);
        let mut flags = self.compile_defaults(&def.parameters)?;
        if self.compile_annotations(&def.parameters, def.returns.as_deref())? {
            flags |= make_function_flags::ANNOTATIONS;
        }
        let name = def.name.as_str();
        let qualname = self.qualname_for(name, true);
        self.enter_unit(scope, name, qualname, first_line, Some(&def.parameters));
        let mut body: &'a [Stmt] = &def.body;
        if let Some(doc) = docstring_of(body) {
            self.code().docstring = Some(Arc::from(doc));
            body = &body[1..];
        }
        self.compile_body(body)?;
        // The implicit `return None` has no line of its own: like
        // CPython's, its `return` event reports the line that ran last
        // (the `if` test that skipped a body, the loop header that ended
        // the loop), and reaching it gives no `line` event.
        if body.is_empty() {
            // Only a docstring: the return is the first line's (the `def`
            // line, or the first decorator's), as in CPython.
            let line = first_line;
            self.restore_loc(locus_bytecode::Location {
                line,
                end_line: line,
                col: 0,
                end_col: 0,
            });
        } else {
            self.artificial();
        }
        self.load_none();
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit();
        self.set_loc(header);
        self.make_closure(code, flags);
        self.apply_decorators(&def.decorator_list);
        self.set_loc(header);
        self.name_op(name, NameCtx::Store);
        Ok(())
    }

    pub(crate) fn compile_lambda(&mut self, lambda: &'a ast::ExprLambda) -> Result {
        let scope = self.scope_id(lambda, lambda.range)?;
        let mut flags = 0;
        if let Some(params) = &lambda.parameters {
            flags = self.compile_defaults(params)?;
        }
        let qualname = self.qualname_for("<lambda>", false);
        let line = self.line_of(lambda.range);
        self.enter_unit(
            scope,
            "<lambda>",
            qualname,
            line,
            lambda.parameters.as_deref(),
        );
        self.compile_expr(&lambda.body)?;
        self.set_loc(lambda.body.range());
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit();
        self.set_loc(lambda.range);
        self.make_closure(code, flags);
        Ok(())
    }

    /// Pushes the defaults tuple and keyword-only defaults dict; returns
    /// the `MakeFunction` flags for them.
    fn compile_defaults(&mut self, params: &'a Parameters) -> Result<u8> {
        let mut flags = 0;
        let defaults: Vec<&'a Expr> = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            let consts: Option<Vec<Constant>> =
                defaults.iter().map(|d| self.constant_of(d)).collect();
            match consts {
                Some(consts) => self.load_const(Constant::Tuple(consts.into())),
                None => {
                    for d in &defaults {
                        self.compile_expr(d)?;
                    }
                    self.emit(Instr::BuildTuple(defaults.len() as u32));
                }
            }
            flags |= make_function_flags::DEFAULTS;
        }
        let mut n = 0;
        for p in &params.kwonlyargs {
            if let Some(d) = &p.default {
                let key = self.mangle(p.parameter.name.as_str());
                self.load_const(Self::str_const(&key));
                self.compile_expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
            flags |= make_function_flags::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes the annotations dict if there are annotations (in CPython's
    /// order: positional, positional-only, `*args`, keyword-only,
    /// `**kwargs`, return).
    fn compile_annotations(
        &mut self,
        params: &'a Parameters,
        returns: Option<&'a Expr>,
    ) -> Result<bool> {
        let mut n = 0;
        let ordered = params
            .args
            .iter()
            .chain(&params.posonlyargs)
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwonlyargs.iter().map(|p| &p.parameter))
            .chain(params.kwarg.as_deref());
        for p in ordered {
            if let Some(ann) = &p.annotation {
                let key = self.mangle(p.name.as_str());
                self.load_const(Self::str_const(&key));
                self.compile_annotation(ann)?;
                n += 1;
            }
        }
        if let Some(ret) = returns {
            self.load_const(Self::str_const("return"));
            self.compile_annotation(ret)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
        }
        Ok(n > 0)
    }

    /// An annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations`.
    pub(crate) fn compile_annotation(&mut self, ann: &'a Expr) -> Result {
        if self.table.future.annotations {
            let text = match ann {
                // A string annotation becomes its repr, as `ast.unparse` does.
                Expr::StringLiteral(s) => crate::codegen::stmt::str_repr(s.value.to_str()),
                _ => {
                    let source = self.errors.map.source();
                    let text = source.get(ann.range().to_std_range()).unwrap_or("");
                    crate::codegen::stmt::normalize_annotation(text)
                }
            };
            self.load_const(Self::str_const(&text));
            Ok(())
        } else {
            self.compile_expr(ann)
        }
    }

    /// Pushes the closure tuple (if `code` has free variables) and the code
    /// constant, then `MakeFunction`.
    pub(crate) fn make_closure(&mut self, code: CodeObject, mut flags: u8) {
        let frees: Vec<Arc<str>> = code
            .vars
            .iter()
            .filter(|v| v.kind == VarKind::Free)
            .map(|v| v.name.clone())
            .collect();
        if !frees.is_empty() {
            for name in &frees {
                let slot = self.closure_slot(name);
                self.emit(Instr::LoadClosure(slot));
            }
            self.emit(Instr::BuildTuple(frees.len() as u32));
            flags |= make_function_flags::CLOSURE;
        }
        self.load_const(Constant::Code(Arc::new(code)));
        self.emit(Instr::MakeFunction(flags));
    }

    pub(crate) fn compile_class_def(&mut self, class: &'a ast::StmtClassDef) -> Result {
        let scope = self.scope_id(class, class.range)?;
        let first_line = self.line_of(class.range);
        let header = self.header_range(class.range, class.name.range, "class");
        self.compile_decorators(&class.decorator_list)?;
        self.set_loc(header);
        self.emit(Instr::LoadBuildClass);
        self.emit(Instr::PushNull);

        let name = class.name.as_str();
        let qualname = self.qualname_for(name, true);
        self.enter_unit(scope, name, qualname.clone(), first_line, None);
        // The body's bookkeeping is at its first line: the first
        // decorator's when there is one (its `line` event, as in CPython).
        self.set_loc(header);
        let mut loc = self.loc();
        loc.line = first_line;
        self.restore_loc(loc);
        self.name_op("__name__", NameCtx::Load);
        self.name_op("__module__", NameCtx::Store);
        self.load_const(Constant::Str(qualname));
        self.name_op("__qualname__", NameCtx::Store);
        self.load_const(Constant::Int(i64::from(first_line)));
        self.name_op("__firstlineno__", NameCtx::Store);
        let mut body: &'a [Stmt] = &class.body;
        if has_annotations(body) {
            self.emit(Instr::SetupAnnotations);
        }
        if let Some(doc) = docstring_of(body) {
            self.set_loc(body[0].range());
            self.load_const(Self::str_const(&doc));
            self.name_op("__doc__", NameCtx::Store);
            self.code().docstring = Some(Arc::from(doc));
            body = &body[1..];
        }
        self.compile_body(body)?;
        // The class-cell bookkeeping and the return have no line: the
        // `return` event reports the last line that ran.
        self.artificial();
        let attrs: Vec<Constant> = self
            .unit_ref()
            .static_attributes
            .iter()
            .flatten()
            .map(|a| Self::str_const(a))
            .collect();
        self.load_const(Constant::Tuple(attrs.into()));
        self.name_op("__static_attributes__", NameCtx::Store);
        if self.table.scope(scope).needs_class_closure {
            let slot = self.code().cell_slot("__class__", false);
            self.emit(Instr::LoadClosure(slot));
            self.emit(Instr::Copy(1));
            self.name_op("__classcell__", NameCtx::Store);
        } else {
            self.load_none();
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit();

        self.set_loc(header);
        self.make_closure(code, 0);
        self.load_const(Self::str_const(name));
        match &class.arguments {
            Some(args) => self.compile_call_args(args, 2)?,
            None => self.emit(Instr::Call(2)),
        }
        self.apply_decorators(&class.decorator_list);
        self.set_loc(header);
        self.name_op(name, NameCtx::Store);
        Ok(())
    }
}
