//! Code generation: AST + symbol table → code objects.
//!
//! The [`Compiler`] keeps a stack of units (one per code object being
//! built: module, class body, function, lambda, generator expression).
//! Statement and expression compilation live in the sibling modules; this
//! one holds the shared machinery: units, name resolution, frame blocks
//! (what `break`/`continue`/`return` must unwind) and source locations.

mod assign;
mod call;
mod comprehension;
mod constants;
mod exceptions;
mod expr;
mod fstring;
mod function;
mod pattern;
mod stmt;
mod unit;

use std::collections::BTreeSet;
use std::sync::Arc;

use locus_bytecode::{code_flags, CodeObject, Constant, Instr, Location};
use ruff_python_ast::{Expr, ModModule, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::error::{CompileError, ErrorBuilder};
use crate::symtable::{mangle, ScopeId, ScopeKind, SymbolScope, SymbolTable};
pub(crate) use expr::expr_description;
pub(crate) use unit::{CodeBuilder, Label, UnitHeader};

type Result<T = ()> = std::result::Result<T, CompileError>;

/// How a name is accessed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

/// What an enclosing block holds and how to leave it early.
#[derive(Clone, Debug)]
pub(crate) enum FBlockKind<'a> {
    /// `while`: `continue` jumps to `start`, `break` to `exit`.
    While { start: Label, exit: Label },
    /// `for`: the iterator is on the stack.
    For { start: Label, exit: Label },
    /// The body of a `try` with `except` handlers.
    TryExcept,
    /// The body of a `try` with a `finally`: leaving runs the finally body.
    FinallyTry { body: &'a [Stmt] },
    /// The exceptional copy of a finally body: `[prev_exc, exc]` on the stack.
    FinallyEnd,
    /// The body of a `with`: the exit function is on the stack.
    With { loc: Location },
    /// An `except` clause body: the previous exception is on the stack;
    /// `name` is the `as` target to clear.
    HandlerCleanup { name: Option<String> },
    /// A value saved on the stack (the return value while a finally body runs).
    PopValue,
}

/// A frame block: a construct that must be unwound by `break`, `continue`
/// and `return`.
#[derive(Clone, Debug)]
pub(crate) struct FBlock<'a> {
    pub(crate) kind: FBlockKind<'a>,
    /// Active protected regions when the block started (before its own).
    pub(crate) handlers_below: usize,
}

/// One code object being compiled, with its compile-time context.
pub(crate) struct Unit<'a> {
    pub(crate) code: CodeBuilder,
    /// Its symbol-table scope.
    pub(crate) scope: ScopeId,
    pub(crate) kind: ScopeKind,
    pub(crate) fblocks: Vec<FBlock<'a>>,
    /// Scopes of the inlined comprehensions being compiled, innermost last.
    pub(crate) inlined: Vec<ScopeId>,
    /// Class name for private-name mangling.
    pub(crate) private: Option<String>,
    /// Class bodies: attributes assigned as `self.x` in methods.
    pub(crate) static_attributes: Option<BTreeSet<String>>,
}

/// The code generator.
pub(crate) struct Compiler<'a, 'src> {
    pub(crate) table: &'a SymbolTable,
    pub(crate) errors: &'a ErrorBuilder<'src>,
    pub(crate) filename: Arc<str>,
    units: Vec<Unit<'a>>,
    /// Interactive mode: module-level expression statements are displayed.
    pub(crate) interactive: bool,
}

/// Compiles a module (exec or single mode).
pub(crate) fn compile_module(
    module: &ModModule,
    table: &SymbolTable,
    errors: &ErrorBuilder<'_>,
    interactive: bool,
) -> Result<CodeObject> {
    let mut c = Compiler::new(table, errors, interactive);
    c.enter_unit(0, "<module>", "<module>".into(), 1, None);
    c.compile_module_body(&module.body)?;
    Ok(c.exit_unit())
}

/// Compiles an `eval` expression.
pub(crate) fn compile_expression(
    expr: &Expr,
    table: &SymbolTable,
    errors: &ErrorBuilder<'_>,
) -> Result<CodeObject> {
    let mut c = Compiler::new(table, errors, false);
    c.enter_unit(0, "<module>", "<module>".into(), 1, None);
    c.set_loc(expr.range());
    c.compile_expr(expr)?;
    c.emit(Instr::ReturnValue);
    Ok(c.exit_unit())
}

impl<'a, 'src> Compiler<'a, 'src> {
    fn new(table: &'a SymbolTable, errors: &'a ErrorBuilder<'src>, interactive: bool) -> Self {
        Compiler {
            table,
            errors,
            filename: Arc::from(errors.filename.as_str()),
            units: Vec::new(),
            interactive,
        }
    }

    // ---- units ----

    pub(crate) fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    pub(crate) fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always open")
    }

    pub(crate) fn code(&mut self) -> &mut CodeBuilder {
        &mut self.unit().code
    }

    /// Number of units being compiled (1 = module).
    pub(crate) fn unit_depth(&self) -> usize {
        self.units.len()
    }

    /// Opens a unit for `scope` and declares its parameters, cells and free
    /// variables.
    pub(crate) fn enter_unit(
        &mut self,
        scope_id: ScopeId,
        name: &str,
        qualname: Arc<str>,
        first_line: u32,
        params: Option<&ruff_python_ast::Parameters>,
    ) {
        let scope = self.table.scope(scope_id);
        let function_like = scope.is_function_like();
        let mut flags = 0;
        if function_like {
            flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
            if scope.is_nested {
                flags |= code_flags::NESTED;
            }
            if scope.is_generator {
                flags |= code_flags::GENERATOR;
            }
        }
        let (mut argcount, mut posonly, mut kwonly) = (0, 0, 0);
        if let Some(p) = params {
            posonly = p.posonlyargs.len() as u32;
            argcount = posonly + p.args.len() as u32;
            kwonly = p.kwonlyargs.len() as u32;
            if p.vararg.is_some() {
                flags |= code_flags::VARARGS;
            }
            if p.kwarg.is_some() {
                flags |= code_flags::VARKEYWORDS;
            }
        }
        if matches!(scope.kind, ScopeKind::Comprehension(_)) {
            argcount = 1;
        }
        let header = UnitHeader {
            name: Arc::from(name),
            qualname,
            filename: self.filename.clone(),
            first_line,
            flags,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
        };
        let mut code = CodeBuilder::new(header, function_like);
        for (i, p) in scope.params.iter().enumerate() {
            code.declare_param(p, i, scope.scope_of(p) == SymbolScope::Cell);
        }
        for sym in &scope.symbols {
            let is_param = scope.params.contains(&sym.name);
            let comp_cell = sym.flags & crate::symtable::flags::DEF_COMP_CELL != 0;
            if (sym.scope == SymbolScope::Cell && !is_param) || (!function_like && comp_cell) {
                code.declare_cell(&sym.name, !function_like);
            }
        }
        if scope.kind == ScopeKind::Class && scope.needs_class_closure {
            code.declare_cell("__class__", false);
        }
        for sym in &scope.symbols {
            let free_class = scope.kind == ScopeKind::Class
                && sym.flags & crate::symtable::flags::DEF_FREE_CLASS != 0;
            if sym.scope == SymbolScope::Free || free_class {
                code.declare_free(&sym.name);
            }
        }
        let private = if scope.kind == ScopeKind::Class {
            Some(scope.name.clone())
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        let static_attributes = (scope.kind == ScopeKind::Class).then(BTreeSet::new);
        self.units.push(Unit {
            code,
            scope: scope_id,
            kind: scope.kind,
            fblocks: Vec::new(),
            inlined: Vec::new(),
            private,
            static_attributes,
        });
    }

    /// Closes the current unit and returns its code object.
    pub(crate) fn exit_unit(&mut self) -> CodeObject {
        let unit = self.units.pop().expect("a unit is always open");
        unit.code.finish()
    }

    // ---- emission helpers ----

    pub(crate) fn emit(&mut self, instr: Instr) {
        self.code().emit(instr);
    }

    /// Emits a jump-like instruction to `label`.
    pub(crate) fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        self.emit(make(CodeBuilder::target(label)));
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.code().new_label()
    }

    pub(crate) fn bind(&mut self, label: Label) {
        self.code().bind(label);
    }

    pub(crate) fn load_const(&mut self, c: Constant) {
        let i = self.code().add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    pub(crate) fn load_none(&mut self) {
        self.load_const(Constant::None);
    }

    pub(crate) fn str_const(s: &str) -> Constant {
        Constant::Str(Arc::from(s))
    }

    /// Index of `name` in `co_names`.
    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        self.code().add_name(name)
    }

    /// Sets the location of the following instructions.
    pub(crate) fn set_loc(&mut self, range: TextRange) {
        let loc = self.errors.map.location(range);
        self.code().loc = loc;
    }

    /// Gives the following instructions no source line: the jumps and
    /// bookkeeping the compiler adds (around handlers, at the end of loop
    /// bodies) are not lines of the program, so they give no `line` event
    /// and a jump to them does not report the line they happen to follow.
    pub(crate) fn artificial(&mut self) {
        self.restore_loc(locus_bytecode::Location::default());
    }

    /// Sets the location for the instructions of an attribute access (or
    /// a method call) `range` whose attribute is `attr`: when it spans
    /// lines, it starts at the attribute's name, so that each call of a
    /// chain written across lines has its own line (its `line` event and
    /// traceback line), as in CPython.
    pub(crate) fn set_attr_loc(&mut self, range: TextRange, attr: &ruff_python_ast::ExprAttribute) {
        let map = &self.errors.map;
        if map.line_of(range.start()) != map.line_of(attr.range.end()) {
            self.set_loc(TextRange::new(attr.attr.range.start(), range.end()));
        } else {
            self.set_loc(range);
        }
    }

    /// The current location.
    pub(crate) fn loc(&self) -> Location {
        self.unit_ref().code.loc
    }

    /// Restores a location saved with [`Self::loc`].
    pub(crate) fn restore_loc(&mut self, loc: Location) {
        self.code().loc = loc;
    }

    /// The 1-based line of a source range's start.
    pub(crate) fn line_of(&self, range: TextRange) -> u32 {
        self.errors.map.line_of(range.start())
    }

    pub(crate) fn syntax_error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.errors.syntax(msg, range)
    }

    /// The name mangled for the current class context.
    pub(crate) fn mangle(&self, name: &str) -> String {
        mangle(self.unit_ref().private.as_deref(), name)
    }

    // ---- frame blocks ----

    pub(crate) fn push_fblock(&mut self, kind: FBlockKind<'a>) {
        let handlers_below = self.unit_ref().code.handler_depth();
        self.unit().fblocks.push(FBlock {
            kind,
            handlers_below,
        });
    }

    /// Like [`Self::push_fblock`], when the block's handler was already pushed.
    pub(crate) fn push_fblock_below(&mut self, kind: FBlockKind<'a>, handlers_below: usize) {
        self.unit().fblocks.push(FBlock {
            kind,
            handlers_below,
        });
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    // ---- names ----

    /// Emits the load, store or delete of a (raw) name.
    pub(crate) fn name_op(&mut self, raw: &str, ctx: NameCtx) {
        let name = self.mangle(raw);
        self.mangled_name_op(&name, ctx);
    }

    /// Like [`Self::name_op`] for an already mangled name.
    pub(crate) fn mangled_name_op(&mut self, name: &str, ctx: NameCtx) {
        let access = self.resolve(name);
        let instr = match access {
            Access::Fast => {
                let s = self.code().fast_slot(name);
                match ctx {
                    NameCtx::Load => Instr::LoadFast(s),
                    NameCtx::Store => Instr::StoreFast(s),
                    NameCtx::Del => Instr::DeleteFast(s),
                }
            }
            Access::Deref { free } => {
                let s = self.code().cell_slot(name, free);
                match ctx {
                    NameCtx::Load => Instr::LoadDeref(s),
                    NameCtx::Store => Instr::StoreDeref(s),
                    NameCtx::Del => Instr::DeleteDeref(s),
                }
            }
            Access::ClassDeref => {
                let s = self.code().cell_slot(name, true);
                match ctx {
                    NameCtx::Load => Instr::LoadFromDictOrDeref(s),
                    NameCtx::Store => Instr::StoreDeref(s),
                    NameCtx::Del => Instr::DeleteDeref(s),
                }
            }
            Access::Name => {
                let i = self.name_index(name);
                match ctx {
                    NameCtx::Load => Instr::LoadName(i),
                    NameCtx::Store => Instr::StoreName(i),
                    NameCtx::Del => Instr::DeleteName(i),
                }
            }
            Access::Global => {
                let i = self.name_index(name);
                match ctx {
                    NameCtx::Load => Instr::LoadGlobal(i),
                    NameCtx::Store => Instr::StoreGlobal(i),
                    NameCtx::Del => Instr::DeleteGlobal(i),
                }
            }
        };
        self.emit(instr);
    }

    /// The slot whose cell goes into the closure of an inner scope that
    /// has `name` as a free variable.
    pub(crate) fn closure_slot(&mut self, name: &str) -> u32 {
        let unit = self.unit_ref();
        // Methods close over the class's own `__class__` cell.
        let own_class_cell =
            unit.kind == ScopeKind::Class && name == "__class__" && unit.inlined.is_empty();
        let prefer_free = match self.resolve(name) {
            _ if own_class_cell => false,
            Access::Deref { free } => free,
            Access::ClassDeref => true,
            _ => false,
        };
        self.code().cell_slot(name, prefer_free)
    }

    /// How `name` (mangled) is accessed from the current unit, taking the
    /// inlined comprehensions being compiled into account.
    pub(crate) fn resolve(&self, name: &str) -> Access {
        let unit = self.unit_ref();
        let unit_scope = self.table.scope(unit.scope);
        let in_class = unit.kind == ScopeKind::Class;
        let function_like = unit_scope.is_function_like();
        for &comp in unit.inlined.iter().rev() {
            let Some(sym) = self.table.scope(comp).lookup(name) else {
                continue;
            };
            let s = sym.scope;
            // A comprehension's free variable is whatever it is outside,
            // except in a class body, whose names a comprehension cannot see.
            if in_class || s != SymbolScope::Free {
                return match s {
                    SymbolScope::Local => Access::Fast,
                    SymbolScope::Cell => Access::Deref { free: false },
                    SymbolScope::Free => Access::Deref { free: true },
                    SymbolScope::GlobalExplicit => Access::Global,
                    SymbolScope::GlobalImplicit => {
                        if function_like || in_class {
                            Access::Global
                        } else {
                            Access::Name
                        }
                    }
                };
            }
        }
        match unit_scope.scope_of(name) {
            SymbolScope::Local => {
                if function_like {
                    Access::Fast
                } else {
                    Access::Name
                }
            }
            SymbolScope::Cell => Access::Deref { free: false },
            SymbolScope::Free => {
                if in_class {
                    Access::ClassDeref
                } else {
                    Access::Deref { free: true }
                }
            }
            SymbolScope::GlobalExplicit => Access::Global,
            SymbolScope::GlobalImplicit => {
                if function_like {
                    Access::Global
                } else {
                    Access::Name
                }
            }
        }
    }

    /// Records `self.<attr> = ...` for the nearest enclosing class's
    /// `__static_attributes__`.
    pub(crate) fn note_static_attribute(&mut self, attr: &str) {
        let enclosing = self.units.len().saturating_sub(1);
        for unit in self.units[..enclosing].iter_mut().rev() {
            if let Some(set) = &mut unit.static_attributes {
                set.insert(attr.to_string());
                break;
            }
        }
    }

    /// The qualified name of a new scope named `name` defined in the
    /// current unit (`is_def`: a `def` or `class`, which a `global`
    /// declaration makes top-level).
    pub(crate) fn qualname_for(&self, name: &str, is_def: bool) -> Arc<str> {
        let unit = self.unit_ref();
        if unit.kind == ScopeKind::Module {
            return Arc::from(name);
        }
        if is_def {
            let mangled = mangle(unit.private.as_deref(), name);
            if self.table.scope(unit.scope).scope_of(&mangled) == SymbolScope::GlobalExplicit {
                return Arc::from(name);
            }
        }
        let base = unit.code.header.qualname.clone();
        match unit.kind {
            ScopeKind::Function | ScopeKind::Lambda => Arc::from(format!("{base}.<locals>.{name}")),
            _ => Arc::from(format!("{base}.{name}")),
        }
    }
}

/// The kind of access a name gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Access {
    /// `LoadFast`/`StoreFast`.
    Fast,
    /// `LoadDeref`/`StoreDeref` on the cell (or, `free`, the free variable).
    Deref {
        /// Prefer the free variable over a cell of the same name.
        free: bool,
    },
    /// A class body's free variable: `LoadFromDictOrDeref`.
    ClassDeref,
    /// `LoadName`/`StoreName`.
    Name,
    /// `LoadGlobal`/`StoreGlobal`.
    Global,
}
