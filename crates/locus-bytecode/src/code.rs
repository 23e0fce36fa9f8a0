//! Code objects: everything the VM needs to run one scope (module, class
//! body, function, lambda, generator expression), produced by the compiler.

use std::sync::Arc;

use num_bigint::BigInt;

use crate::Instr;

/// `co_flags` bits, with CPython's values (they are visible to Python code).
pub mod code_flags {
    /// Function-like scope with fast locals (function, lambda, genexpr).
    pub const OPTIMIZED: u32 = 0x0001;
    /// A new locals namespace is created for each run.
    pub const NEWLOCALS: u32 = 0x0002;
    /// Has a `*args` parameter.
    pub const VARARGS: u32 = 0x0004;
    /// Has a `**kwargs` parameter.
    pub const VARKEYWORDS: u32 = 0x0008;
    /// Defined inside another function.
    pub const NESTED: u32 = 0x0010;
    /// A generator function (contains `yield`).
    pub const GENERATOR: u32 = 0x0020;
    /// A coroutine (`async def`).
    pub const COROUTINE: u32 = 0x0080;
    /// An async generator.
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// What kind of storage a slot of the variable table is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    /// A plain fast local: the value lives in the frame's slot.
    Local,
    /// A variable of this scope captured by an inner scope: the slot holds a
    /// cell, created empty when the frame starts (or holding the argument,
    /// for a parameter).
    Cell,
    /// A variable of an enclosing scope: the slot holds the enclosing cell,
    /// copied from the function's closure when the frame starts.
    Free,
}

/// One entry of the ordered variable table (`co_varnames` + `co_cellvars` + `co_freevars`).
#[derive(Clone, Debug, PartialEq)]
pub struct VarInfo {
    /// The variable's name.
    pub name: Arc<str>,
    /// Its storage kind.
    pub kind: VarKind,
    /// A comprehension variable inlined (PEP 709) into a module or class
    /// scope: it lives in a fast slot but is not part of the scope's
    /// namespace (`locals()` and `f_locals` show it only while bound).
    pub hidden: bool,
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// A larger int.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// An imaginary literal: `real + imag j`.
    Complex {
        /// Real part.
        real: f64,
        /// Imaginary part.
        imag: f64,
    },
    /// A str.
    Str(Arc<str>),
    /// A bytes literal.
    Bytes(Arc<[u8]>),
    /// A tuple of constants (also the kwnames of `CallKw`).
    Tuple(Arc<[Constant]>),
    /// `...`
    Ellipsis,
    /// A nested code object (function or class body).
    Code(Arc<CodeObject>),
}

/// Source position of one instruction (1-based lines, 0-based UTF-8 columns, as `co_positions()`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// First line.
    pub line: u32,
    /// Last line.
    pub end_line: u32,
    /// First column.
    pub col: u32,
    /// Column after the end.
    pub end_col: u32,
}

/// A protected range: an exception raised by an instruction in
/// `start..end` pops the value stack down to `depth` items, pushes the
/// exception and continues at `target`. The innermost range is listed first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    /// First protected instruction.
    pub start: u32,
    /// One past the last protected instruction.
    pub end: u32,
    /// Handler's first instruction.
    pub target: u32,
    /// Stack depth to unwind to before pushing the exception.
    pub depth: u32,
}

/// A compiled scope.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`: function name, `<module>`, `<lambda>`, `<genexpr>`, class name.
    pub name: Arc<str>,
    /// `co_qualname`, e.g. `Outer.method.<locals>.inner`.
    pub qualname: Arc<str>,
    /// `co_filename`.
    pub filename: Arc<str>,
    /// `co_firstlineno`.
    pub first_line: u32,
    /// `co_flags` ([`code_flags`]).
    pub flags: u32,
    /// `co_argcount`: positional parameters, positional-only included.
    pub argcount: u32,
    /// `co_posonlyargcount`.
    pub posonlyargcount: u32,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: u32,
    /// The ordered variable table: parameters first (positional, keyword-only,
    /// `*args`, `**kwargs`), then other locals in first-seen order, then cells
    /// that are not parameters sorted by name, then free variables sorted by name.
    pub vars: Vec<VarInfo>,
    /// `co_names`: global, attribute and import names.
    pub names: Vec<Arc<str>>,
    /// `co_consts`.
    pub constants: Vec<Constant>,
    /// The docstring, if the body starts with one.
    pub docstring: Option<Arc<str>>,
    /// The instructions.
    pub instructions: Vec<Instr>,
    /// One location per instruction (same length as `instructions`).
    pub locations: Vec<Location>,
    /// Protected ranges, innermost first.
    pub exception_table: Vec<ExceptionTableEntry>,
    /// Maximum depth of the value stack.
    pub stack_size: u32,
}

impl CodeObject {
    /// Whether this code has the given [`code_flags`] bit.
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// Total number of parameters (`co_argcount + co_kwonlyargcount` plus
    /// one each for `*args` and `**kwargs`).
    pub fn total_params(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.has_flag(code_flags::VARARGS) {
            n += 1;
        }
        if self.has_flag(code_flags::VARKEYWORDS) {
            n += 1;
        }
        n
    }

    /// The source line of instruction `pc` (0 if unknown).
    pub fn line_of(&self, pc: usize) -> u32 {
        self.locations.get(pc).map_or(0, |l| l.line)
    }

    /// Whether `pc` is a re-raise that CPython makes as if from the
    /// instruction that raised into its handler, so that the frame's line
    /// goes back there (its `RERAISE` with a nonzero argument): the re-raise
    /// of a `with` exit whose `__exit__` returned false (`WithExceptStart;
    /// PopJumpIfTrue; Reraise`), of the cleanup handlers around `except`
    /// and `finally` bodies and `__exit__` calls (`Swap(2); PopExcept;
    /// Reraise`), and of the handler that clears an `except ... as name`
    /// (`store name; delete name; Reraise`). These shapes are the
    /// compiler's (`codegen/exceptions.rs`); no handler is entered between
    /// each one's entry and its re-raise.
    pub fn reraises_kept_pc(&self, pc: usize) -> bool {
        use Instr::*;
        pc >= 2
            && match self.instructions.get(pc - 2..=pc) {
                Some([WithExceptStart, PopJumpIfTrue(_), Reraise])
                | Some([Swap(2), PopExcept, Reraise]) => true,
                Some([store, delete, Reraise]) => matches!(
                    (store, delete),
                    (StoreFast(a), DeleteFast(b))
                        | (StoreName(a), DeleteName(b))
                        | (StoreDeref(a), DeleteDeref(b))
                        | (StoreGlobal(a), DeleteGlobal(b)) if a == b
                ),
                _ => false,
            }
    }

    /// The innermost exception-table entry protecting instruction `pc`.
    pub fn handler_for(&self, pc: usize) -> Option<&ExceptionTableEntry> {
        let pc = pc as u32;
        self.exception_table
            .iter()
            .find(|e| e.start <= pc && pc < e.end)
    }
}
