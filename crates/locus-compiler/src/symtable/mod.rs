//! The symbol table: which scopes exist and how every name in each scope is
//! resolved (local, global, free, cell), following CPython 3.13's rules.
//!
//! Built in two passes: [`builder`] walks the AST and records, per scope,
//! how each name is used (flags such as "assigned", "parameter",
//! "declared global"); [`analyze`] then resolves every name against the
//! enclosing scopes, decides which locals must become cells, passes free
//! variables through intermediate scopes and inlines list/set/dict
//! comprehensions (PEP 709) into their parent scope.

mod analyze;
mod builder;

use std::collections::HashMap;

use ruff_python_ast::ModModule;
use ruff_text_size::TextRange;

use crate::error::{CompileError, ErrorBuilder};

pub(crate) use builder::Future;

/// Index of a scope in [`SymbolTable::scopes`].
pub(crate) type ScopeId = usize;

/// What kind of block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    /// The module (or the expression of `eval` mode).
    Module,
    /// A class body.
    Class,
    /// A `def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A comprehension or generator expression.
    Comprehension(CompKind),
}

/// The four comprehension flavours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    /// `[x for ...]`
    List,
    /// `{x for ...}`
    Set,
    /// `{k: v for ...}`
    Dict,
    /// `(x for ...)`
    Generator,
}

impl CompKind {
    /// The description used in "'yield' inside ..." errors.
    pub(crate) fn description(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        }
    }
}

/// Flags recording how a name is used in a scope (CPython's `DEF_*`).
pub(crate) mod flags {
    /// Declared `global`.
    pub(crate) const DEF_GLOBAL: u32 = 1;
    /// Assigned (or deleted, or the target of `for`/`with`/`except as`...).
    pub(crate) const DEF_LOCAL: u32 = 1 << 1;
    /// A parameter.
    pub(crate) const DEF_PARAM: u32 = 1 << 2;
    /// Declared `nonlocal`.
    pub(crate) const DEF_NONLOCAL: u32 = 1 << 3;
    /// Read.
    pub(crate) const USE: u32 = 1 << 4;
    /// A class scope passes a free variable of this name to a method, and
    /// also binds or declares the name itself.
    pub(crate) const DEF_FREE_CLASS: u32 = 1 << 5;
    /// Bound by an import.
    pub(crate) const DEF_IMPORT: u32 = 1 << 6;
    /// Annotated (`x: int`).
    pub(crate) const DEF_ANNOT: u32 = 1 << 7;
    /// A comprehension iteration variable.
    pub(crate) const DEF_COMP_ITER: u32 = 1 << 8;
    /// Any binding of the name in this scope.
    pub(crate) const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    /// Set by the analysis: a cell of a comprehension inlined into this scope.
    pub(crate) const DEF_COMP_CELL: u32 = 1 << 12;
}

/// Where a name lives, once resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SymbolScope {
    /// Bound in this scope, not captured.
    Local,
    /// Declared `global` here (or by a walrus in a module-level comprehension).
    GlobalExplicit,
    /// Not bound in any enclosing function: module globals, then builtins.
    GlobalImplicit,
    /// Bound in an enclosing function scope.
    Free,
    /// Bound here and captured by an inner scope.
    Cell,
}

/// One name of a scope.
#[derive(Clone, Debug)]
pub(crate) struct Symbol {
    /// The (mangled) name.
    pub(crate) name: String,
    /// How the scope uses it ([`flags`]).
    pub(crate) flags: u32,
    /// The resolution (set by the analysis).
    pub(crate) scope: SymbolScope,
}

/// One scope.
#[derive(Debug)]
pub(crate) struct Scope {
    /// Its kind.
    pub(crate) kind: ScopeKind,
    /// `co_name`: the function/class name, `<lambda>`, `<genexpr>`, ...
    pub(crate) name: String,
    /// The enclosing scope.
    pub(crate) parent: Option<ScopeId>,
    /// Nested scopes, in source order.
    pub(crate) children: Vec<ScopeId>,
    /// Symbols in first-seen order.
    pub(crate) symbols: Vec<Symbol>,
    /// Name → index in `symbols`.
    index: HashMap<String, usize>,
    /// Parameter names in `co_varnames` order.
    pub(crate) params: Vec<String>,
    /// Contains `yield` (a generator function or a generator expression).
    pub(crate) is_generator: bool,
    /// A function-like scope defined inside another function-like scope.
    pub(crate) is_nested: bool,
    /// A class whose methods use `super()` or `__class__`: the class body
    /// gets a `__class__` cell.
    pub(crate) needs_class_closure: bool,
    /// A comprehension compiled inline into its parent (PEP 709).
    pub(crate) comp_inlined: bool,
    /// Where each `global`/`nonlocal` name was first declared (for errors).
    pub(crate) directives: HashMap<String, TextRange>,
    /// The range of the defining node (for errors).
    pub(crate) range: TextRange,
}

impl Scope {
    fn new(kind: ScopeKind, name: String, parent: Option<ScopeId>, range: TextRange) -> Self {
        Scope {
            kind,
            name,
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_nested: false,
            needs_class_closure: false,
            comp_inlined: false,
            directives: HashMap::new(),
            range,
        }
    }

    /// Whether names here are fast locals (function, lambda, comprehension).
    pub(crate) fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_)
        )
    }

    /// The symbol for `name`, if the scope mentions it.
    pub(crate) fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// The flags of `name` (0 if unknown).
    pub(crate) fn flags_of(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    /// The resolution of `name`; a name the scope never mentions is global.
    pub(crate) fn scope_of(&self, name: &str) -> SymbolScope {
        self.lookup(name)
            .map_or(SymbolScope::GlobalImplicit, |s| s.scope)
    }

    /// Adds `flag` to `name`'s flags, creating the symbol if needed.
    fn add_flags(&mut self, name: &str, flag: u32) -> u32 {
        if let Some(&i) = self.index.get(name) {
            self.symbols[i].flags |= flag;
            self.symbols[i].flags
        } else {
            self.index.insert(name.to_string(), self.symbols.len());
            self.symbols.push(Symbol {
                name: name.to_string(),
                flags: flag,
                scope: SymbolScope::GlobalImplicit,
            });
            flag
        }
    }

    fn symbol_mut(&mut self, name: &str) -> Option<&mut Symbol> {
        self.index.get(name).map(|&i| &mut self.symbols[i])
    }
}

/// All scopes of one compilation.
#[derive(Debug)]
pub(crate) struct SymbolTable {
    /// Scopes; index 0 is the module.
    pub(crate) scopes: Vec<Scope>,
    /// AST node address → the scope it opens.
    by_node: HashMap<usize, ScopeId>,
    /// `from __future__` features in effect.
    pub(crate) future: Future,
}

impl SymbolTable {
    /// The scope opened by an AST node (function, class, lambda, comprehension).
    pub(crate) fn scope_for<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&node_key(node)).copied()
    }

    /// The scope with id `id`.
    pub(crate) fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }
}

/// The identity of an AST node: its address (the AST is not moved while compiling).
pub(crate) fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// CPython's private-name mangling: `__x` inside class `C` becomes `_C__x`.
pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Builds and analyzes the symbol table of a module.
pub(crate) fn build_module(
    module: &ModModule,
    errors: &ErrorBuilder<'_>,
) -> Result<SymbolTable, CompileError> {
    let mut table = builder::build_module(module, errors)?;
    analyze::analyze(&mut table, errors)?;
    Ok(table)
}

/// Builds and analyzes the symbol table of an `eval` expression.
pub(crate) fn build_expression(
    expr: &ruff_python_ast::Expr,
    errors: &ErrorBuilder<'_>,
) -> Result<SymbolTable, CompileError> {
    let mut table = builder::build_expression(expr, errors)?;
    analyze::analyze(&mut table, errors)?;
    Ok(table)
}

#[cfg(test)]
mod tests;
