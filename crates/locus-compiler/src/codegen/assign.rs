//! Assignment targets: plain, chained, unpacking (`a, *b = ...`),
//! attribute and subscript stores, augmented and annotated assignment,
//! and `del`.

use locus_bytecode::Instr;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::expr::{bin_op, expr_description};
use super::{Compiler, NameCtx, Result};
use crate::guard::grow;
use crate::symtable::ScopeKind;

impl<'a> Compiler<'a, '_> {
    pub(crate) fn compile_assign(&mut self, assign: &'a ast::StmtAssign) -> Result {
        for target in &assign.targets {
            self.check_store_target(target, true)?;
        }
        self.compile_expr(&assign.value)?;
        let n = assign.targets.len();
        for (i, target) in assign.targets.iter().enumerate() {
            if i + 1 < n {
                self.emit(Instr::Copy(1));
            }
            self.compile_store(target)?;
        }
        Ok(())
    }

    /// CPython's compile-time checks of an assignment target that ruff
    /// accepts: a bare starred target, several starred names, too many
    /// names before a star.
    fn check_store_target(&self, target: &Expr, top: bool) -> Result {
        match target {
            Expr::Starred(s) if top => Err(self.syntax_error(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            Expr::Tuple(ast::ExprTuple { elts, range, .. })
            | Expr::List(ast::ExprList { elts, range, .. }) => {
                let stars = elts.iter().filter(|e| e.is_starred_expr()).count();
                if stars > 1 {
                    return Err(
                        self.syntax_error("multiple starred expressions in assignment", *range)
                    );
                }
                if let Some(pos) = elts.iter().position(|e| e.is_starred_expr()) {
                    if pos >= 256 || elts.len() - pos > (i32::MAX as usize >> 8) {
                        return Err(self.syntax_error(
                            "too many expressions in star-unpacking assignment",
                            *range,
                        ));
                    }
                }
                for e in elts {
                    let inner = match e {
                        Expr::Starred(s) => &*s.value,
                        other => other,
                    };
                    grow(|| self.check_store_target(inner, false))?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Stores the value on top of the stack into `target`.
    pub(crate) fn compile_store(&mut self, target: &'a Expr) -> Result {
        grow(|| {
            let saved = self.loc();
            self.set_loc(target.range());
            let r = self.compile_store_inner(target);
            self.restore_loc(saved);
            r
        })
    }

    fn compile_store_inner(&mut self, target: &'a Expr) -> Result {
        match target {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), NameCtx::Store);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                if matches!(&*a.value, Expr::Name(n) if n.id.as_str() == "self") {
                    self.note_static_attribute(a.attr.as_str());
                }
                let attr = self.mangle(a.attr.as_str());
                let idx = self.name_index(&attr);
                self.emit(Instr::StoreAttr(idx));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.check_store_target(target, false)?;
                match elts.iter().position(|e| e.is_starred_expr()) {
                    Some(pos) => {
                        let after = elts.len() - pos - 1;
                        self.emit(Instr::UnpackEx {
                            before: pos as u16,
                            after: after.min(u16::MAX as usize) as u16,
                        });
                    }
                    None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.compile_store(&s.value)?,
                        other => self.compile_store(other)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(s) => Err(self.syntax_error(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => Err(self.syntax_error(
                format!("cannot assign to {}", expr_description(other)),
                other.range(),
            )),
        }
    }

    pub(crate) fn compile_aug_assign(&mut self, aug: &'a ast::StmtAugAssign) -> Result {
        let op = Instr::InplaceOp(bin_op(aug.op));
        match &*aug.target {
            Expr::Name(n) => {
                self.set_loc(n.range);
                self.name_op(n.id.as_str(), NameCtx::Load);
                self.compile_expr(&aug.value)?;
                self.set_loc(aug.range);
                self.emit(op);
                self.set_loc(n.range);
                self.name_op(n.id.as_str(), NameCtx::Store);
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                if matches!(&*a.value, Expr::Name(n) if n.id.as_str() == "self") {
                    self.note_static_attribute(a.attr.as_str());
                }
                let attr = self.mangle(a.attr.as_str());
                let idx = self.name_index(&attr);
                self.set_loc(a.range);
                self.emit(Instr::Copy(1));
                self.emit(Instr::LoadAttr(idx));
                self.compile_expr(&aug.value)?;
                self.set_loc(aug.range);
                self.emit(op);
                self.set_loc(a.range);
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(idx));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.compile_expr(&aug.value)?;
                self.set_loc(aug.range);
                self.emit(op);
                self.set_loc(s.range);
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            other => {
                return Err(self.syntax_error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_description(other)
                    ),
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    pub(crate) fn compile_ann_assign(&mut self, ann: &'a ast::StmtAnnAssign) -> Result {
        let module_or_class = matches!(self.unit_ref().kind, ScopeKind::Module | ScopeKind::Class);
        match &*ann.target {
            Expr::Name(n) => {
                if let Some(value) = &ann.value {
                    self.compile_expr(value)?;
                    self.compile_store(&ann.target)?;
                }
                if module_or_class {
                    if ann.simple {
                        self.compile_annotation(&ann.annotation)?;
                        self.set_loc(ann.range);
                        self.name_op("__annotations__", NameCtx::Load);
                        let key = self.mangle(n.id.as_str());
                        self.load_const(Self::str_const(&key));
                        self.emit(Instr::StoreSubscr);
                    } else if !self.table.future.annotations {
                        self.compile_expr(&ann.annotation)?;
                        self.emit(Instr::PopTop);
                    }
                }
                // `x: T` alone in a function runs nothing: no instruction,
                // no `line` event (as in CPython).
            }
            Expr::Attribute(_) | Expr::Subscript(_) => {
                match &ann.value {
                    Some(value) => {
                        self.compile_expr(value)?;
                        self.compile_store(&ann.target)?;
                    }
                    None => self.check_ann_target(&ann.target)?,
                }
                if module_or_class && !self.table.future.annotations {
                    self.compile_expr(&ann.annotation)?;
                    self.emit(Instr::PopTop);
                }
            }
            other => {
                return Err(self.syntax_error(
                    format!("illegal target for annotation: {}", expr_description(other)),
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    /// `a.b: T` / `a[i]: T` without a value still evaluates `a` (and `i`).
    fn check_ann_target(&mut self, target: &'a Expr) -> Result {
        match target {
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.emit(Instr::PopTop);
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.emit(Instr::PopTop);
                let parts: Vec<&'a Expr> = match &*s.slice {
                    Expr::Tuple(t) => t.elts.iter().collect(),
                    other => vec![other],
                };
                for part in parts {
                    match part {
                        Expr::Slice(sl) => {
                            for e in [&sl.lower, &sl.upper, &sl.step].into_iter().flatten() {
                                self.compile_expr(e)?;
                                self.emit(Instr::PopTop);
                            }
                        }
                        other => {
                            self.compile_expr(other)?;
                            self.emit(Instr::PopTop);
                        }
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// `del target`.
    pub(crate) fn compile_delete(&mut self, target: &'a Expr) -> Result {
        grow(|| {
            let saved = self.loc();
            self.set_loc(target.range());
            let r = self.compile_delete_inner(target);
            self.restore_loc(saved);
            r
        })
    }

    fn compile_delete_inner(&mut self, target: &'a Expr) -> Result {
        match target {
            Expr::Name(n) => self.name_op(n.id.as_str(), NameCtx::Del),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let attr = self.mangle(a.attr.as_str());
                let idx = self.name_index(&attr);
                self.emit(Instr::DeleteAttr(idx));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                if elts.is_empty() {
                    self.emit(Instr::Nop);
                }
                for e in elts {
                    self.compile_delete(e)?;
                }
            }
            other => {
                return Err(self.syntax_error(
                    format!("cannot delete {}", expr_description(other)),
                    other.range(),
                ))
            }
        }
        Ok(())
    }
}
