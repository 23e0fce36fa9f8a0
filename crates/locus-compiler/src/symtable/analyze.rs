//! Second symbol-table pass: resolves every name of every scope.
//!
//! Walks the scope tree top-down passing the set of names bound in
//! enclosing *function* scopes (class scopes are invisible to nested code)
//! and the names known to be global; collects bottom-up the names that are
//! free in nested scopes, turning the matching locals into cells and adding
//! pass-through free variables to intermediate scopes. List/set/dict
//! comprehensions are then merged into their parent (PEP 709).

use std::collections::HashSet;

use super::flags::*;
use super::{Scope, ScopeId, ScopeKind, SymbolScope, SymbolTable};
use crate::error::{CompileError, ErrorBuilder};
use crate::guard::grow;

type Names = HashSet<String>;

/// Resolves all scopes of `table`.
pub(super) fn analyze(
    table: &mut SymbolTable,
    errors: &ErrorBuilder<'_>,
) -> Result<(), CompileError> {
    let mut free = Names::new();
    let mut global = Names::new();
    analyze_block(table, 0, None, &mut free, &mut global, errors)
}

fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    mut bound: Option<&mut Names>,
    free: &mut Names,
    global: &mut Names,
    errors: &ErrorBuilder<'_>,
) -> Result<(), CompileError> {
    let kind = table.scopes[id].kind;
    let is_class = kind == ScopeKind::Class;
    let mut local = Names::new();
    let mut scopes: Vec<(String, SymbolScope)> = Vec::new();
    let mut newglobal = Names::new();
    let mut newbound = Names::new();
    let mut newfree = Names::new();

    // A class namespace is invisible to nested scopes: they see what the
    // class itself sees, computed before the class's own names.
    if is_class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound.as_deref() {
            newbound.extend(b.iter().cloned());
        }
    }

    let symbols: Vec<(String, u32)> = table.scopes[id]
        .symbols
        .iter()
        .map(|s| (s.name.clone(), s.flags))
        .collect();
    for (name, flags) in &symbols {
        let resolved = analyze_name(
            &table.scopes[id],
            name,
            *flags,
            bound.as_deref_mut(),
            &mut local,
            free,
            global,
            errors,
        )?;
        scopes.push((name.clone(), resolved));
    }

    if !is_class {
        if table.scopes[id].is_function_like() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = bound.as_deref() {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        // Methods can refer to the implicit `__class__` cell.
        newbound.insert("__class__".into());
    }

    let mut inlined_cells = Names::new();
    let children = table.scopes[id].children.clone();
    let mut spliced: Vec<ScopeId> = Vec::with_capacity(children.len());
    for child in children {
        let mut child_free = Names::new();
        let mut child_bound = newbound.clone();
        let mut child_global = newglobal.clone();
        grow(|| {
            analyze_block(
                table,
                child,
                Some(&mut child_bound),
                &mut child_free,
                &mut child_global,
                errors,
            )
        })?;
        let inline = matches!(
            table.scopes[child].kind,
            ScopeKind::Comprehension(k) if k != super::CompKind::Generator
        );
        if inline {
            inline_comprehension(
                table,
                id,
                child,
                &mut scopes,
                &mut child_free,
                &mut inlined_cells,
            );
            table.scopes[child].comp_inlined = true;
            spliced.extend(table.scopes[child].children.iter().copied());
        } else {
            spliced.push(child);
        }
        newfree.extend(child_free);
    }
    // An inlined comprehension's children replace it among our children.
    table.scopes[id].children = spliced;

    if table.scopes[id].is_function_like() {
        for (name, scope) in scopes.iter_mut() {
            if *scope == SymbolScope::Local
                && (newfree.contains(name) || inlined_cells.contains(name))
            {
                *scope = SymbolScope::Cell;
                newfree.remove(name);
            }
        }
    } else if is_class && newfree.remove("__class__") {
        table.scopes[id].needs_class_closure = true;
    }

    update_symbols(
        &mut table.scopes[id],
        &scopes,
        bound.as_deref(),
        &newfree,
        &inlined_cells,
        is_class,
    );
    free.extend(newfree);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    scope: &Scope,
    name: &str,
    flags: u32,
    bound: Option<&mut Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
    errors: &ErrorBuilder<'_>,
) -> Result<SymbolScope, CompileError> {
    let directive = || scope.directives.get(name).copied().unwrap_or(scope.range);
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(errors.syntax(format!("name '{name}' is nonlocal and global"), directive()));
        }
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(SymbolScope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err(errors.syntax(
                "nonlocal declaration not allowed at module level",
                directive(),
            ));
        };
        if !b.contains(name) {
            return Err(errors.syntax(
                format!("no binding for nonlocal '{name}' found"),
                directive(),
            ));
        }
        free.insert(name.to_string());
        return Ok(SymbolScope::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(SymbolScope::Local);
    }
    if bound.is_some_and(|b| b.contains(name)) {
        free.insert(name.to_string());
        return Ok(SymbolScope::Free);
    }
    Ok(SymbolScope::GlobalImplicit)
}

/// Records the resolutions and adds pass-through free variables.
fn update_symbols(
    scope: &mut Scope,
    scopes: &[(String, SymbolScope)],
    bound: Option<&Names>,
    newfree: &Names,
    inlined_cells: &Names,
    is_class: bool,
) {
    for (name, resolved) in scopes {
        if let Some(sym) = scope.symbol_mut(name) {
            sym.scope = *resolved;
            if inlined_cells.contains(name) {
                sym.flags |= DEF_COMP_CELL;
            }
        }
    }
    // Sorted so the result does not depend on hash order.
    let mut names: Vec<&String> = newfree.iter().collect();
    names.sort();
    for name in names {
        if let Some(sym) = scope.symbol_mut(name) {
            // A method's free variable that the class also binds or declares.
            if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        // Free in a child but global here: nothing to pass through.
        if bound.is_some_and(|b| !b.contains(name)) {
            continue;
        }
        scope.add_flags(name, 0);
        if let Some(sym) = scope.symbol_mut(name) {
            sym.scope = SymbolScope::Free;
        }
    }
}

/// Merges an analyzed comprehension's symbols into its parent (PEP 709).
fn inline_comprehension(
    table: &mut SymbolTable,
    parent: ScopeId,
    comp: ScopeId,
    parent_scopes: &mut Vec<(String, SymbolScope)>,
    comp_free: &mut Names,
    inlined_cells: &mut Names,
) {
    let parent_is_class = table.scopes[parent].kind == ScopeKind::Class;
    let comp_symbols: Vec<(String, u32, SymbolScope)> = table.scopes[comp]
        .symbols
        .iter()
        .map(|s| (s.name.clone(), s.flags, s.scope))
        .collect();
    for (name, flags, scope) in comp_symbols {
        if scope == SymbolScope::Cell || flags & DEF_COMP_CELL != 0 {
            inlined_cells.insert(name.clone());
        }
        let existing = table.scopes[parent].lookup(&name).map(|s| s.flags);
        match existing {
            None => {
                // The name is new to the parent: copy it with the
                // comprehension's resolution.
                table.scopes[parent].add_flags(&name, flags & !DEF_COMP_CELL);
                parent_scopes.push((name, scope));
            }
            Some(parent_flags) => {
                // A free variable of the comprehension that the parent
                // function binds is simply one of the parent's locals,
                // unless something nested in the comprehension captures it.
                if parent_flags & DEF_BOUND != 0
                    && !parent_is_class
                    && !is_free_in_any_child(table, comp, &name)
                {
                    comp_free.remove(&name);
                }
            }
        }
    }
}

fn is_free_in_any_child(table: &SymbolTable, comp: ScopeId, name: &str) -> bool {
    table.scopes[comp].children.iter().any(|&c| {
        table.scopes[c]
            .lookup(name)
            .is_some_and(|s| s.scope == SymbolScope::Free)
    })
}
