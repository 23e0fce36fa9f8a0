//! Calls: `f(...)` and `obj.method(...)`, with keyword arguments and
//! `*args`/`**kwargs` unpacking.
//!
//! Stack protocol: `[callable, self_or_null, args...]` then `Call(n)`; with
//! keyword names a constant tuple is pushed last and `CallKw(n)` used; with
//! any unpacking, the positional arguments become one tuple (or, for a lone
//! `*x`, the iterable itself) and the keywords one dict, for `CallEx`.

use std::sync::Arc;

use locus_bytecode::{Constant, Instr};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::expr::{SeqKind, STACK_USE_GUIDELINE};
use super::{Compiler, Result};

impl<'a> Compiler<'a, '_> {
    pub(crate) fn compile_call(&mut self, call: &'a ast::ExprCall) -> Result {
        let args = &call.arguments;
        let unpacking = args.args.iter().any(|a| a.is_starred_expr())
            || args.keywords.iter().any(|k| k.arg.is_none());
        let kw = args.keywords.len();
        let small = args.args.len() + kw + usize::from(kw != 0) < STACK_USE_GUIDELINE;
        if let Expr::Attribute(attr) = &*call.func {
            if !unpacking && small && attr.ctx == ast::ExprContext::Load {
                // Method call: LoadMethod pushes the function and `self`
                // (or the attribute and null).
                self.compile_expr(&attr.value)?;
                let saved = self.loc();
                self.set_attr_loc(attr.range, attr);
                let name = self.mangle(attr.attr.as_str());
                let idx = self.name_index(&name);
                self.emit(Instr::LoadMethod(idx));
                // The call itself, too, at the method name's line when
                // the call spans lines (the arguments keep their own).
                self.set_attr_loc(call.range(), attr);
                let r = self.compile_call_args(args, 0);
                self.restore_loc(saved);
                return r;
            }
        }
        self.compile_expr(&call.func)?;
        self.emit(Instr::PushNull);
        self.compile_call_args(args, 0)
    }

    /// Pushes the arguments and emits the call instruction; `pushed`
    /// positional arguments are already on the stack (the class body
    /// function and the class name for `__build_class__`).
    pub(crate) fn compile_call_args(&mut self, args: &'a ast::Arguments, pushed: u32) -> Result {
        let unpacking = args.args.iter().any(|a| a.is_starred_expr())
            || args.keywords.iter().any(|k| k.arg.is_none());
        let total = pushed as usize + args.args.len() + args.keywords.len();
        if !unpacking && args.args.len() + 2 * args.keywords.len() <= STACK_USE_GUIDELINE {
            for a in args.args.iter() {
                match a {
                    // `f(x for x in y)`: the generator expression is
                    // located at the call's parentheses (CPython's AST).
                    Expr::Generator(g) if !g.parenthesized && args.len() == 1 => {
                        let saved = self.loc();
                        self.set_loc(args.range);
                        let r = self.compile_comprehension_at(a, args.range);
                        self.restore_loc(saved);
                        r?;
                    }
                    _ => self.compile_expr(a)?,
                }
            }
            if args.keywords.is_empty() {
                self.emit(Instr::Call(total as u32));
                return Ok(());
            }
            let mut names = Vec::with_capacity(args.keywords.len());
            for kw in &args.keywords {
                self.compile_expr(&kw.value)?;
                if let Some(arg) = &kw.arg {
                    names.push(Constant::Str(Arc::from(arg.as_str())));
                }
            }
            self.load_const(Constant::Tuple(names.into()));
            self.emit(Instr::CallKw(total as u32));
            return Ok(());
        }
        // Positional arguments as one tuple (a lone `*x` is passed as is).
        let lone_star = pushed == 0 && args.args.len() == 1 && args.args[0].is_starred_expr();
        if lone_star {
            if let Expr::Starred(s) = &args.args[0] {
                self.compile_expr(&s.value)?;
            }
        } else {
            self.compile_sequence(&args.args, SeqKind::Tuple, pushed)?;
        }
        // Keyword arguments as one dict.
        let keywords = &args.keywords;
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut start = 0;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_none() {
                    if start < i {
                        self.compile_subkwargs(&keywords[start..i])?;
                        if have_dict {
                            self.emit(Instr::DictMerge(1));
                        }
                        have_dict = true;
                    }
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.compile_expr(&kw.value)?;
                    self.emit(Instr::DictMerge(1));
                    start = i + 1;
                }
            }
            if start < keywords.len() {
                self.compile_subkwargs(&keywords[start..])?;
                if have_dict {
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallEx(!keywords.is_empty()));
        Ok(())
    }

    /// A dict of consecutive named keyword arguments.
    fn compile_subkwargs(&mut self, keywords: &'a [ast::Keyword]) -> Result {
        let big = keywords.len() * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for kw in keywords {
            let name = kw.arg.as_ref().map_or("", |a| a.as_str());
            self.load_const(Self::str_const(name));
            self.compile_expr(&kw.value)?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(keywords.len() as u32));
        }
        Ok(())
    }
}
