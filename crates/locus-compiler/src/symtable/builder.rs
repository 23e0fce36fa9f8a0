//! First symbol-table pass: walks the AST, creates a scope for every
//! function, class, lambda and comprehension, and records how each name is
//! used in each scope. Reports the errors CPython's symtable reports
//! (`global`/`nonlocal` misuse, duplicate parameters, `import *` outside the
//! module, walrus-in-comprehension conflicts, `yield` in comprehensions),
//! plus `from __future__` checks and the features Locus does not support yet.

use std::collections::HashMap;

use ruff_python_ast::{
    self as ast, Comprehension, Expr, ExprContext, InterpolatedStringElement, ModModule,
    Parameters, Stmt,
};
use ruff_text_size::{Ranged, TextRange};

use super::flags::*;
use super::{mangle, node_key, CompKind, Scope, ScopeId, ScopeKind, SymbolTable};
use crate::error::{CompileError, ErrorBuilder};
use crate::guard::grow;

/// `from __future__` features that change compilation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Future {
    /// `annotations` (PEP 563): annotations are compiled to strings.
    pub(crate) annotations: bool,
}

type Result<T = ()> = std::result::Result<T, CompileError>;

/// Per-scope walking state that nested scopes must not inherit.
#[derive(Clone, Copy, Default)]
struct WalkState {
    /// Visiting the target of a comprehension `for`.
    comp_iter_target: bool,
    /// Visiting a comprehension iterable (walrus is forbidden there).
    comp_iter_expr: usize,
}

struct Builder<'e, 'src> {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    cur: ScopeId,
    state: WalkState,
    /// Class name for private-name mangling, innermost class first.
    private: Option<String>,
    errors: &'e ErrorBuilder<'src>,
}

/// Builds the raw symbol table of a module.
pub(super) fn build_module(module: &ModModule, errors: &ErrorBuilder<'_>) -> Result<SymbolTable> {
    let future = check_future(&module.body, errors)?;
    let mut b = Builder::new(errors, module.range);
    b.visit_body(&module.body)?;
    Ok(b.finish(future))
}

/// Builds the raw symbol table of an `eval` expression.
pub(super) fn build_expression(expr: &Expr, errors: &ErrorBuilder<'_>) -> Result<SymbolTable> {
    let mut b = Builder::new(errors, expr.range());
    b.visit_expr(expr)?;
    Ok(b.finish(Future::default()))
}

/// Validates the `from __future__` imports at the top of a module and
/// returns the features they enable.
fn check_future(body: &[Stmt], errors: &ErrorBuilder<'_>) -> Result<Future> {
    let mut future = Future::default();
    let mut allowed = true;
    for (i, stmt) in body.iter().enumerate() {
        let is_docstring =
            i == 0 && matches!(stmt, Stmt::Expr(e) if matches!(*e.value, Expr::StringLiteral(_)));
        if is_docstring {
            continue;
        }
        match stmt {
            Stmt::ImportFrom(imp)
                if imp.level == 0
                    && imp
                        .module
                        .as_ref()
                        .is_some_and(|m| m.as_str() == "__future__") =>
            {
                if !allowed {
                    return Err(errors.syntax(
                        "from __future__ imports must occur at the beginning of the file",
                        imp.range,
                    ));
                }
                for alias in &imp.names {
                    match alias.name.as_str() {
                        "nested_scopes" | "generators" | "division" | "absolute_import"
                        | "with_statement" | "print_function" | "unicode_literals"
                        | "generator_stop" | "barry_as_FLUFL" => {}
                        "annotations" => future.annotations = true,
                        "braces" => return Err(errors.syntax("not a chance", imp.range)),
                        other => {
                            return Err(errors.syntax(
                                format!("future feature {other} is not defined"),
                                imp.range,
                            ))
                        }
                    }
                }
            }
            _ => allowed = false,
        }
    }
    Ok(future)
}

fn unsupported(errors: &ErrorBuilder<'_>, feature: &str, range: TextRange) -> CompileError {
    errors.syntax(format!("Locus does not support {feature} yet"), range)
}

impl<'e, 'src> Builder<'e, 'src> {
    fn new(errors: &'e ErrorBuilder<'src>, range: TextRange) -> Self {
        Builder {
            scopes: vec![Scope::new(
                ScopeKind::Module,
                "<module>".into(),
                None,
                range,
            )],
            by_node: HashMap::new(),
            cur: 0,
            state: WalkState::default(),
            private: None,
            errors,
        }
    }

    fn finish(self, future: Future) -> SymbolTable {
        SymbolTable {
            scopes: self.scopes,
            by_node: self.by_node,
            future,
        }
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.private.as_deref(), name)
    }

    /// Opens a new scope for `node` and makes it current; returns the
    /// previous walking state to restore with [`Self::leave`].
    fn enter<T>(
        &mut self,
        node: &T,
        kind: ScopeKind,
        name: &str,
        range: TextRange,
    ) -> (ScopeId, WalkState) {
        let parent = self.cur;
        let mut scope = Scope::new(kind, name.to_string(), Some(parent), range);
        let parent_scope = &self.scopes[parent];
        scope.is_nested = parent_scope.is_function_like() || parent_scope.is_nested;
        let id = self.scopes.len();
        self.scopes.push(scope);
        self.scopes[parent].children.push(id);
        self.by_node.insert(node_key(node), id);
        self.cur = id;
        (parent, std::mem::take(&mut self.state))
    }

    fn leave(&mut self, saved: (ScopeId, WalkState)) {
        self.cur = saved.0;
        self.state = saved.1;
    }

    /// Records a use of `name` (already mangled) in the current scope.
    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> Result {
        self.add_def_in(self.cur, name, flag, range)
    }

    fn add_def_in(&mut self, scope: ScopeId, name: &str, flag: u32, range: TextRange) -> Result {
        let old = self.scopes[scope].flags_of(name);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(self.errors.syntax(
                format!("duplicate argument '{name}' in function definition"),
                range,
            ));
        }
        let mut flag = flag;
        if self.state.comp_iter_target && scope == self.cur {
            if old & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.errors.syntax(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    range,
                ));
            }
            flag |= DEF_COMP_ITER;
        }
        self.scopes[scope].add_flags(name, flag);
        Ok(())
    }

    fn check_debug_store(&self, name: &str, range: TextRange) -> Result {
        if name == "__debug__" {
            return Err(self.errors.syntax("cannot assign to __debug__", range));
        }
        Ok(())
    }

    // ---- statements ----

    fn visit_body(&mut self, body: &[Stmt]) -> Result {
        for stmt in body {
            self.visit_stmt(stmt)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> Result {
        grow(|| self.visit_stmt_inner(stmt))
    }

    fn visit_stmt_inner(&mut self, stmt: &Stmt) -> Result {
        match stmt {
            Stmt::FunctionDef(def) => self.visit_function_def(def),
            Stmt::ClassDef(class) => self.visit_class_def(class),
            Stmt::Return(ret) => self.visit_opt(ret.value.as_deref()),
            Stmt::Delete(del) => self.visit_exprs(&del.targets),
            Stmt::TypeAlias(alias) => Err(unsupported(self.errors, "type aliases", alias.range)),
            Stmt::Assign(assign) => {
                self.visit_exprs(&assign.targets)?;
                self.visit_expr(&assign.value)
            }
            Stmt::AugAssign(aug) => {
                self.visit_expr(&aug.target)?;
                self.visit_expr(&aug.value)
            }
            Stmt::AnnAssign(ann) => self.visit_ann_assign(ann),
            Stmt::For(f) => {
                if f.is_async {
                    return Err(unsupported(self.errors, "async for", f.range));
                }
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    self.visit_opt(clause.test.as_ref())?;
                    self.visit_body(&clause.body)?;
                }
                Ok(())
            }
            Stmt::With(w) => {
                if w.is_async {
                    return Err(unsupported(self.errors, "async with", w.range));
                }
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    self.visit_opt(item.optional_vars.as_deref())?;
                }
                self.visit_body(&w.body)
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    self.visit_opt(case.guard.as_deref())?;
                    self.visit_body(&case.body)?;
                }
                Ok(())
            }
            Stmt::Raise(r) => {
                self.visit_opt(r.exc.as_deref())?;
                self.visit_opt(r.cause.as_deref())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(unsupported(self.errors, "except*", t.range));
                }
                self.visit_body(&t.body)?;
                for handler in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    self.visit_opt(h.type_.as_deref())?;
                    if let Some(name) = &h.name {
                        self.check_debug_store(name.as_str(), h.range)?;
                        let name = self.mangle(name.as_str());
                        self.add_def(&name, DEF_LOCAL, h.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                self.visit_opt(a.msg.as_deref())
            }
            Stmt::Import(imp) => {
                if imp.is_lazy {
                    return Err(self.errors.syntax("invalid syntax", imp.range));
                }
                for alias in &imp.names {
                    let bound = match &alias.asname {
                        Some(asname) => asname.as_str(),
                        None => alias.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.check_debug_store(bound, imp.range)?;
                    let bound = self.mangle(bound);
                    self.add_def(&bound, DEF_IMPORT, alias.range)?;
                }
                Ok(())
            }
            Stmt::ImportFrom(imp) => {
                if imp.is_lazy {
                    return Err(self.errors.syntax("invalid syntax", imp.range));
                }
                for alias in &imp.names {
                    if alias.name.as_str() == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            return Err(self
                                .errors
                                .syntax("import * only allowed at module level", alias.range));
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
                    self.check_debug_store(bound, imp.range)?;
                    let bound = self.mangle(bound);
                    self.add_def(&bound, DEF_IMPORT, alias.range)?;
                }
                Ok(())
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    self.declare(name.as_str(), DEF_GLOBAL, "global", g.range)?;
                }
                Ok(())
            }
            Stmt::Nonlocal(n) => {
                if self.scopes[self.cur].kind == ScopeKind::Module {
                    return Err(self
                        .errors
                        .syntax("nonlocal declaration not allowed at module level", n.range));
                }
                for name in &n.names {
                    self.declare(name.as_str(), DEF_NONLOCAL, "nonlocal", n.range)?;
                }
                Ok(())
            }
            Stmt::Expr(e) => self.visit_expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => Ok(()),
            Stmt::IpyEscapeCommand(c) => Err(self.errors.syntax("invalid syntax", c.range)),
        }
    }

    /// A `match` pattern: value patterns, class names and mapping keys are
    /// loads; captures (`x`, `*x`, `**x`, `as x`) bind local names. The
    /// binding errors (`__debug__`, repeated names) are the code
    /// generator's, which reports them in CPython's order.
    fn visit_pattern(&mut self, pattern: &ast::Pattern) -> Result {
        grow(|| self.visit_pattern_inner(pattern))
    }

    fn visit_pattern_inner(&mut self, pattern: &ast::Pattern) -> Result {
        use ast::Pattern as P;
        match pattern {
            P::MatchValue(p) => self.visit_expr(&p.value),
            P::MatchSingleton(_) => Ok(()),
            P::MatchSequence(p) => {
                for sub in &p.patterns {
                    self.visit_pattern(sub)?;
                }
                Ok(())
            }
            P::MatchMapping(p) => {
                self.visit_exprs(&p.keys)?;
                for sub in &p.patterns {
                    self.visit_pattern(sub)?;
                }
                self.bind_capture(p.rest.as_ref())
            }
            P::MatchClass(p) => {
                self.visit_expr(&p.cls)?;
                for sub in &p.arguments.patterns {
                    self.visit_pattern(sub)?;
                }
                for kw in &p.arguments.keywords {
                    self.visit_pattern(&kw.pattern)?;
                }
                Ok(())
            }
            P::MatchStar(p) => self.bind_capture(p.name.as_ref()),
            P::MatchAs(p) => {
                if let Some(sub) = &p.pattern {
                    self.visit_pattern(sub)?;
                }
                self.bind_capture(p.name.as_ref())
            }
            P::MatchOr(p) => {
                for sub in &p.patterns {
                    self.visit_pattern(sub)?;
                }
                Ok(())
            }
        }
    }

    /// A name a pattern binds.
    fn bind_capture(&mut self, name: Option<&ast::Identifier>) -> Result {
        match name {
            // `__debug__` is refused by the code generator (with the
            // pattern's location, as CPython's compiler does).
            Some(id) if id.as_str() != "__debug__" => {
                let name = self.mangle(id.as_str());
                self.add_def(&name, DEF_LOCAL, id.range)
            }
            _ => Ok(()),
        }
    }

    /// `global` / `nonlocal` declaration of one name.
    fn declare(&mut self, name: &str, flag: u32, what: &str, range: TextRange) -> Result {
        let name = self.mangle(name);
        let cur = self.scopes[self.cur].flags_of(&name);
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
            let msg = if cur & DEF_PARAM != 0 {
                format!("name '{name}' is parameter and {what}")
            } else if cur & USE != 0 {
                format!("name '{name}' is used prior to {what} declaration")
            } else if cur & DEF_ANNOT != 0 {
                format!("annotated name '{name}' can't be {what}")
            } else {
                format!("name '{name}' is assigned to before {what} declaration")
            };
            return Err(self.errors.syntax(msg, range));
        }
        self.add_def(&name, flag, range)?;
        self.scope().directives.entry(name).or_insert(range);
        Ok(())
    }

    fn visit_ann_assign(&mut self, ann: &ast::StmtAnnAssign) -> Result {
        if let Expr::Name(target) = &*ann.target {
            self.check_debug_store(target.id.as_str(), target.range)?;
            let name = self.mangle(target.id.as_str());
            let cur = self.scopes[self.cur].flags_of(&name);
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur != 0 && ann.simple {
                let what = if cur & DEF_GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                return Err(self.errors.syntax(
                    format!("annotated name '{name}' can't be {what}"),
                    ann.range,
                ));
            }
            if ann.simple {
                self.add_def(&name, DEF_ANNOT | DEF_LOCAL, target.range)?;
            } else if ann.value.is_some() {
                self.add_def(&name, DEF_LOCAL, target.range)?;
            }
        } else {
            self.visit_expr(&ann.target)?;
        }
        self.visit_expr(&ann.annotation)?;
        self.visit_opt(ann.value.as_deref())
    }

    fn visit_function_def(&mut self, def: &ast::StmtFunctionDef) -> Result {
        if def.is_async {
            return Err(unsupported(self.errors, "async def", def.range));
        }
        if let Some(tp) = &def.type_params {
            return Err(unsupported(self.errors, "type parameters", tp.range));
        }
        self.check_debug_store(def.name.as_str(), def.range)?;
        let name = self.mangle(def.name.as_str());
        self.add_def(&name, DEF_LOCAL, def.name.range)?;
        self.visit_defaults(&def.parameters)?;
        for decorator in &def.decorator_list {
            self.visit_expr(&decorator.expression)?;
        }
        self.visit_annotations(&def.parameters, def.returns.as_deref())?;
        let saved = self.enter(def, ScopeKind::Function, def.name.as_str(), def.range);
        self.visit_params(&def.parameters)?;
        self.visit_body(&def.body)?;
        self.leave(saved);
        Ok(())
    }

    fn visit_class_def(&mut self, class: &ast::StmtClassDef) -> Result {
        if let Some(tp) = &class.type_params {
            return Err(unsupported(self.errors, "type parameters", tp.range));
        }
        self.check_debug_store(class.name.as_str(), class.range)?;
        let name = self.mangle(class.name.as_str());
        self.add_def(&name, DEF_LOCAL, class.name.range)?;
        if let Some(args) = &class.arguments {
            self.visit_arguments(args)?;
        }
        for decorator in &class.decorator_list {
            self.visit_expr(&decorator.expression)?;
        }
        let saved = self.enter(class, ScopeKind::Class, class.name.as_str(), class.range);
        let saved_private = self.private.replace(class.name.as_str().to_string());
        let result = self.visit_body(&class.body);
        self.private = saved_private;
        self.leave(saved);
        result
    }

    /// Defaults are evaluated in the enclosing scope.
    fn visit_defaults(&mut self, params: &Parameters) -> Result {
        for p in params.posonlyargs.iter().chain(&params.args) {
            self.visit_opt(p.default.as_deref())?;
        }
        for p in &params.kwonlyargs {
            self.visit_opt(p.default.as_deref())?;
        }
        Ok(())
    }

    /// Annotations are evaluated in the enclosing scope (3.13 without PEP 563).
    fn visit_annotations(&mut self, params: &Parameters, returns: Option<&Expr>) -> Result {
        for p in params.posonlyargs.iter().chain(&params.args) {
            self.visit_opt(p.parameter.annotation.as_deref())?;
        }
        if let Some(v) = &params.vararg {
            self.visit_opt(v.annotation.as_deref())?;
        }
        for p in &params.kwonlyargs {
            self.visit_opt(p.parameter.annotation.as_deref())?;
        }
        if let Some(k) = &params.kwarg {
            self.visit_opt(k.annotation.as_deref())?;
        }
        self.visit_opt(returns)
    }

    /// Binds the parameters in the (new) current scope, in `co_varnames` order.
    fn visit_params(&mut self, params: &Parameters) -> Result {
        let ordered = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwarg.as_deref());
        for p in ordered {
            // CPython locates a parameter at its name (after any `*`/`**`).
            let range = TextRange::new(
                p.name.range.start(),
                p.range.end().max(p.name.range.start()),
            );
            self.check_debug_store(p.name.as_str(), range)?;
            let name = self.mangle(p.name.as_str());
            self.add_def(&name, DEF_PARAM, range)?;
            self.scope().params.push(name);
        }
        Ok(())
    }

    fn visit_arguments(&mut self, args: &ast::Arguments) -> Result {
        self.visit_exprs(&args.args)?;
        let mut seen: Vec<&str> = Vec::new();
        for kw in &args.keywords {
            if let Some(arg) = &kw.arg {
                self.check_debug_store(arg.as_str(), kw.range)?;
                if seen.contains(&arg.as_str()) {
                    return Err(self.errors.syntax(
                        format!("keyword argument repeated: {}", arg.as_str()),
                        kw.range,
                    ));
                }
                seen.push(arg.as_str());
            }
            self.visit_expr(&kw.value)?;
        }
        Ok(())
    }

    // ---- expressions ----

    fn visit_opt(&mut self, expr: Option<&Expr>) -> Result {
        match expr {
            Some(e) => self.visit_expr(e),
            None => Ok(()),
        }
    }

    fn visit_exprs(&mut self, exprs: &[Expr]) -> Result {
        for e in exprs {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_expr(&mut self, expr: &Expr) -> Result {
        grow(|| self.visit_expr_inner(expr))
    }

    fn visit_expr_inner(&mut self, expr: &Expr) -> Result {
        match expr {
            Expr::BoolOp(b) => self.visit_exprs(&b.values),
            Expr::Named(named) => self.visit_named(named),
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand),
            Expr::Lambda(lambda) => {
                if let Some(params) = &lambda.parameters {
                    self.visit_defaults(params)?;
                }
                let saved = self.enter(lambda, ScopeKind::Lambda, "<lambda>", lambda.range);
                if let Some(params) = &lambda.parameters {
                    self.visit_params(params)?;
                }
                self.visit_expr(&lambda.body)?;
                self.leave(saved);
                Ok(())
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    self.visit_opt(item.key.as_ref())?;
                    self.visit_expr(&item.value)?;
                }
                Ok(())
            }
            Expr::Set(s) => self.visit_exprs(&s.elts),
            Expr::ListComp(c) => {
                self.visit_comprehension(expr, CompKind::List, &c.generators, &c.elt, None)
            }
            Expr::SetComp(c) => {
                self.visit_comprehension(expr, CompKind::Set, &c.generators, &c.elt, None)
            }
            Expr::DictComp(c) => {
                let Some(key) = c.key.as_deref() else {
                    return Err(self.errors.syntax(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    ));
                };
                self.visit_comprehension(expr, CompKind::Dict, &c.generators, key, Some(&c.value))
            }
            Expr::Generator(g) => {
                self.visit_comprehension(expr, CompKind::Generator, &g.generators, &g.elt, None)
            }
            Expr::Await(a) => {
                self.check_yield_in_comprehension("await", a.range)?;
                self.visit_expr(&a.value)
            }
            Expr::Yield(y) => {
                self.check_yield_in_comprehension("yield", y.range)?;
                self.scope().is_generator = true;
                self.visit_opt(y.value.as_deref())
            }
            Expr::YieldFrom(y) => {
                self.check_yield_in_comprehension("yield", y.range)?;
                self.scope().is_generator = true;
                self.visit_expr(&y.value)
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(&c.comparators)
            }
            Expr::Call(call) => {
                self.visit_expr(&call.func)?;
                self.visit_arguments(&call.arguments)
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.visit_interpolated(&fs.elements)?;
                    }
                }
                Ok(())
            }
            Expr::TString(t) => Err(self.errors.syntax("invalid syntax", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => Ok(()),
            Expr::Attribute(a) => {
                if a.ctx == ExprContext::Store && a.attr.as_str() == "__debug__" {
                    return Err(self.errors.syntax("cannot assign to __debug__", a.range));
                }
                self.visit_expr(&a.value)
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)
            }
            Expr::Starred(s) => self.visit_expr(&s.value),
            Expr::Name(n) => self.visit_name(n),
            Expr::List(l) => self.visit_exprs(&l.elts),
            Expr::Tuple(t) => self.visit_exprs(&t.elts),
            Expr::Slice(s) => {
                self.visit_opt(s.lower.as_deref())?;
                self.visit_opt(s.upper.as_deref())?;
                self.visit_opt(s.step.as_deref())
            }
            Expr::IpyEscapeCommand(c) => Err(self.errors.syntax("invalid syntax", c.range)),
        }
    }

    fn visit_interpolated(&mut self, elements: &[InterpolatedStringElement]) -> Result {
        for element in elements {
            if let InterpolatedStringElement::Interpolation(i) = element {
                self.visit_expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.visit_interpolated(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    fn visit_name(&mut self, n: &ast::ExprName) -> Result {
        let raw = n.id.as_str();
        match n.ctx {
            ExprContext::Store => self.check_debug_store(raw, n.range)?,
            ExprContext::Del if raw == "__debug__" => {
                return Err(self.errors.syntax("cannot delete __debug__", n.range));
            }
            _ => {}
        }
        let name = self.mangle(raw);
        let flag = if n.ctx == ExprContext::Load {
            USE
        } else {
            DEF_LOCAL
        };
        self.add_def(&name, flag, n.range)?;
        // `super()` needs the implicit `__class__` cell.
        if n.ctx == ExprContext::Load && raw == "super" && self.scopes[self.cur].is_function_like()
        {
            self.add_def("__class__", USE, n.range)?;
        }
        Ok(())
    }

    fn check_yield_in_comprehension(&self, what: &str, range: TextRange) -> Result {
        if let ScopeKind::Comprehension(kind) = self.scopes[self.cur].kind {
            return Err(self
                .errors
                .syntax(format!("'{what}' inside {}", kind.description()), range));
        }
        Ok(())
    }

    /// `target := value`: inside a comprehension the target binds in the
    /// nearest enclosing function (or module) scope.
    fn visit_named(&mut self, named: &ast::ExprNamed) -> Result {
        if self.state.comp_iter_expr > 0 {
            return Err(self.errors.syntax(
                "assignment expression cannot be used in a comprehension iterable expression",
                named.range,
            ));
        }
        let Expr::Name(target) = &*named.target else {
            return Err(self.errors.syntax("invalid syntax", named.target.range()));
        };
        self.check_debug_store(target.id.as_str(), target.range)?;
        if matches!(self.scopes[self.cur].kind, ScopeKind::Comprehension(_)) {
            let name = self.mangle(target.id.as_str());
            self.extend_named_scope(&name, target.range)?;
        }
        self.visit_expr(&named.value)?;
        self.visit_expr(&named.target)
    }

    fn extend_named_scope(&mut self, name: &str, range: TextRange) -> Result {
        let mut id = self.cur;
        loop {
            let scope = &self.scopes[id];
            match scope.kind {
                ScopeKind::Comprehension(_) => {
                    let f = scope.flags_of(name);
                    if f & DEF_COMP_ITER != 0 && f & DEF_LOCAL != 0 {
                        return Err(self.errors.syntax(
                            format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                            range,
                        ));
                    }
                    match scope.parent {
                        Some(p) => id = p,
                        None => return Ok(()),
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let declared_global = scope.flags_of(name) & DEF_GLOBAL != 0;
                    let flag = if declared_global {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, range)?;
                    self.scope()
                        .directives
                        .entry(name.to_string())
                        .or_insert(range);
                    return self.add_def_in(id, name, DEF_LOCAL, range);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, range)?;
                    self.scope()
                        .directives
                        .entry(name.to_string())
                        .or_insert(range);
                    return self.add_def_in(id, name, DEF_GLOBAL, range);
                }
                ScopeKind::Class => {
                    return Err(self.errors.syntax(
                        "assignment expression within a comprehension cannot be used in a class body",
                        range,
                    ));
                }
            }
        }
    }

    fn visit_comprehension(
        &mut self,
        node: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result {
        let Some((first, rest)) = generators.split_first() else {
            return Err(self.errors.syntax("invalid syntax", node.range()));
        };
        if first.is_async || rest.iter().any(|g| g.is_async) {
            return Err(unsupported(
                self.errors,
                "async comprehensions",
                node.range(),
            ));
        }
        // The outermost iterable is evaluated in the enclosing scope.
        self.state.comp_iter_expr += 1;
        let r = self.visit_expr(&first.iter);
        self.state.comp_iter_expr -= 1;
        r?;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let saved = self.enter(node, ScopeKind::Comprehension(kind), name, node.range());
        if kind == CompKind::Generator {
            self.scope().is_generator = true;
        }
        // The outermost iterator is received as the implicit argument `.0`.
        self.add_def(".0", DEF_PARAM, first.range)?;
        self.scope().params.push(".0".into());
        self.visit_comp_target(&first.target)?;
        self.visit_exprs(&first.ifs)?;
        for g in rest {
            self.visit_comp_target(&g.target)?;
            self.state.comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.state.comp_iter_expr -= 1;
            r?;
            self.visit_exprs(&g.ifs)?;
        }
        if let Some(value) = value {
            self.visit_expr(value)?;
        }
        self.visit_expr(elt)?;
        self.leave(saved);
        Ok(())
    }

    fn visit_comp_target(&mut self, target: &Expr) -> Result {
        self.state.comp_iter_target = true;
        let r = self.visit_expr(target);
        self.state.comp_iter_target = false;
        r
    }
}
