//! Functions: Python functions with their runtime code, and Rust builtins.

use std::sync::Arc;

use crate::gil_rc::GilRc;

use locus_bytecode::{CodeObject, VarKind};

use crate::object::PyCell;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A code object prepared for the VM: constants and names turned into
/// values once (names interned as str objects with cached hashes), so the
/// loop never converts or hashes them again.
pub struct CodeRt {
    /// The compiled code.
    pub code: Arc<CodeObject>,
    /// `co_consts` as values (nested code objects as `Payload::Code`).
    pub consts: Vec<Value>,
    /// `co_names` as str values.
    pub names: Vec<Value>,
    /// Variable names as str values (same order as `code.vars`).
    pub var_names: Vec<Value>,
    /// Slots of kind `Cell`.
    pub cell_slots: Vec<u32>,
    /// First slot of the free variables (they are last in the table).
    pub free_start: usize,
    /// Whether every slot is a plain local (no cells, no free variables):
    /// a new run's slots are then just its arguments and unbound locals.
    pub plain_slots: bool,
    /// Whether the code is a generator.
    pub is_generator: bool,
    /// The number of parameters when they are all plain positional ones
    /// (no `*args`, `**kwargs` or keyword-only parameters) and the code is
    /// not a generator; `u32::MAX` otherwise (see
    /// [`Function::takes_exactly`]).
    pub plain_argcount: u32,
    /// For each instruction, whether it starts a line: it has a line and
    /// the instruction before it has another (or none). The traced loop
    /// looks no further at an instruction reached from the one before it
    /// that starts no line.
    pub line_starts: Box<[bool]>,
    /// Whether the code is function-like (fast locals, no locals mapping).
    pub optimized: bool,
    /// Lookup cache for `LoadGlobal`/`LoadName` of each name.
    pub global_cache: crate::global_cache::GlobalCache,
    /// Caches for attribute loads, stores and method loads of each name.
    pub attr_cache: crate::attr_cache::AttrCache,
    /// The Python code object, while one exists (for identity).
    pub object: crate::gil_rc::GilRefCell<Option<crate::gil_rc::GilWeak<crate::object::PyObject>>>,
}

impl CodeRt {
    /// Prepares `code` (and, recursively, its nested code objects).
    pub fn new(code: Arc<CodeObject>) -> GilRc<CodeRt> {
        use locus_bytecode::code_flags;
        let consts = code
            .constants
            .iter()
            .map(crate::convert::constant_to_value)
            .collect();
        let names = code
            .names
            .iter()
            .map(|n| crate::intern::intern(n))
            .collect();
        let var_names = code
            .vars
            .iter()
            .map(|v| crate::intern::intern(&v.name))
            .collect();
        let cell_slots: Vec<u32> = code
            .vars
            .iter()
            .enumerate()
            .filter(|(_, v)| v.kind == VarKind::Cell)
            .map(|(i, _)| i as u32)
            .collect();
        let free_start = code
            .vars
            .iter()
            .position(|v| v.kind == VarKind::Free)
            .unwrap_or(code.vars.len());
        debug_assert!(
            code.vars[free_start..]
                .iter()
                .all(|v| v.kind == VarKind::Free),
            "free variables must come last in the variable table"
        );
        let plain_slots = cell_slots.is_empty() && free_start == code.vars.len();
        let line_starts = (0..code.instructions.len())
            .map(|pc| {
                let line = code.line_of(pc);
                line != 0 && (pc == 0 || code.line_of(pc - 1) != line)
            })
            .collect();
        let is_generator = code.has_flag(code_flags::GENERATOR);
        let plain_argcount = if code.kwonlyargcount == 0
            && code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
            && !is_generator
        {
            code.argcount
        } else {
            u32::MAX
        };
        GilRc::new(CodeRt {
            line_starts,
            global_cache: crate::global_cache::GlobalCache::new(code.names.len()),
            attr_cache: crate::attr_cache::AttrCache::new(code.names.len()),
            object: crate::gil_rc::GilRefCell::new(None),
            is_generator,
            plain_argcount,
            optimized: code.has_flag(code_flags::OPTIMIZED),
            code,
            consts,
            names,
            var_names,
            plain_slots,
            cell_slots,
            free_start,
        })
    }
}

/// A function defined in Python.
pub struct Function {
    /// Its code.
    pub code: GilRc<CodeRt>,
    /// The module namespace it was defined in (a dict object).
    pub globals: ObjRef,
    /// The builtins namespace (a dict object).
    pub builtins: ObjRef,
    /// `__name__`.
    pub name: PyCell<Value>,
    /// `__qualname__`.
    pub qualname: PyCell<Value>,
    /// `__defaults__` (a tuple or None).
    pub defaults: PyCell<Value>,
    /// `__kwdefaults__` (a dict or None).
    pub kwdefaults: PyCell<Value>,
    /// `__annotations__` (a dict or None until asked for).
    pub annotations: PyCell<Value>,
    /// `__doc__`.
    pub doc: PyCell<Value>,
    /// `__module__`.
    pub module: PyCell<Value>,
    /// The closure: one cell object per free variable, in slot order.
    pub closure: Box<[ObjRef]>,
}

impl Function {
    /// Whether a call with `n` positional arguments and no keywords binds
    /// them to the first `n` slots as they are (no defaults, `*args`,
    /// `**kwargs` or keyword-only parameters) and runs the body at once
    /// (not a generator function).
    #[inline]
    pub fn takes_exactly(&self, n: usize) -> bool {
        self.code.plain_argcount as usize == n
    }
}

/// The signature of a builtin implemented in Rust: positional arguments
/// (for methods, the receiver first) and keyword arguments as name/value pairs.
pub type NativeFn = fn(&mut Vm, &[Value], &[(Value, Value)]) -> PyResult<Value>;

/// How a builtin in a type's namespace binds when looked up.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    /// A module-level function: never binds.
    Function,
    /// An instance method descriptor: binds to the instance.
    Method,
    /// A class method: binds to the class.
    ClassMethod,
    /// A static method: never binds.
    StaticMethod,
}

/// A function implemented in Rust.
pub struct BuiltinFunction {
    /// `__name__`.
    pub name: &'static str,
    /// The owning type's name for methods (repr and messages), or "".
    pub owner: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// How it binds.
    pub kind: BuiltinKind,
}

/// Lookup of keyword arguments by name.
pub trait KwArgsExt {
    /// The value passed for keyword `name`, if any.
    fn get_kw(&self, name: &str) -> Option<Value>;
}

impl KwArgsExt for [(Value, Value)] {
    fn get_kw(&self, name: &str) -> Option<Value> {
        self.iter()
            .find(|(k, _)| k.as_str() == Some(name))
            .map(|(_, v)| v.clone())
    }
}
