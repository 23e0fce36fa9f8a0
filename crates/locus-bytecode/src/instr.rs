//! The instruction set of the Locus VM.
//!
//! A stack machine in the style of CPython 3.12: every instruction is one
//! 8-byte value (an opcode and at most 32 bits of argument), so the dispatch
//! loop reads `code.instructions[pc]` and matches on it without decoding.
//! Jump targets are absolute instruction indices. Exception handling is
//! zero-cost: protected ranges live in the code object's exception table,
//! not in instructions (see [`crate::ExceptionTableEntry`]).
//!
//! Stack-effect notation in the docs below: `[a, b] -> [c]` means the
//! instruction pops `b` (top of stack) then `a`, and pushes `c`.

/// Operators of `BinaryOp` and `InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `@`
    MatMul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
}

impl BinOp {
    /// The operator as written in Python source (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
}

/// Operators of `CompareOp` (identity and membership have their own instructions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    /// The operator as written in Python source.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `-x`
    Negative,
    /// `+x`
    Positive,
    /// `~x`
    Invert,
    /// `not x` (always yields a bool)
    Not,
}

/// Conversion applied by `FormatValue` before formatting (f-string `!s`, `!r`, `!a`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Conversion {
    /// No conversion.
    None,
    /// `!s`
    Str,
    /// `!r`
    Repr,
    /// `!a`
    Ascii,
}

/// Flags of `MakeFunction`: which optional parts were pushed before the code object.
pub mod make_function_flags {
    /// A tuple of positional defaults is on the stack.
    pub const DEFAULTS: u8 = 0x01;
    /// A dict of keyword-only defaults is on the stack.
    pub const KWDEFAULTS: u8 = 0x02;
    /// A dict of annotations is on the stack.
    pub const ANNOTATIONS: u8 = 0x04;
    /// A tuple of cells (the closure) is on the stack.
    pub const CLOSURE: u8 = 0x08;
}

/// One VM instruction.
///
/// Argument meanings: `name` indexes `CodeObject::names`, `slot` indexes the
/// frame's fast-locals array (= `CodeObject::vars`), `konst` indexes
/// `CodeObject::constants`, `target` is an absolute instruction index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Instr {
    /// Does nothing (kept so a statement with no code still has a line event).
    Nop,

    // ---- stack manipulation ----
    /// `[a] -> []`
    PopTop,
    /// Push a copy of the n-th item (1 = top): `[.., x, ..] -> [.., x, .., x]`.
    Copy(u32),
    /// Swap the top item with the n-th item (n >= 2).
    Swap(u32),
    /// Push the internal null marker (the "no self" slot of a call).
    PushNull,

    // ---- constants and variables ----
    /// Push `constants[konst]`.
    LoadConst(u32),
    /// Push the value in fast-local `slot`; `UnboundLocalError` if empty.
    LoadFast(u32),
    /// Pop into fast-local `slot`.
    StoreFast(u32),
    /// Empty fast-local `slot`; `UnboundLocalError` if already empty.
    DeleteFast(u32),
    /// Push the raw content of `slot` (a value, a cell, or null when the
    /// slot is empty) and leave the slot empty. Used around inlined
    /// comprehensions (PEP 709) to save a variable of the enclosing scope
    /// that the comprehension shadows; `StoreFast` later puts the saved
    /// content back (storing null empties the slot again). Never raises.
    /// Note: `LoadFast`/`StoreFast`/`LoadFastAndClear` access the slot's raw
    /// content even when the slot's kind is `Cell` (an inlined comprehension
    /// may use a cell slot of its parent as a plain local for a while).
    LoadFastAndClear(u32),
    /// Put a new empty cell into `slot` (the slot was emptied by
    /// `LoadFastAndClear`): an inlined comprehension's own cell variable.
    MakeCell(u32),
    /// Push the contents of the cell in `slot` (a cell or free variable);
    /// `NameError` ("cannot access free variable ...") or `UnboundLocalError` if empty.
    LoadDeref(u32),
    /// Pop into the cell in `slot`.
    StoreDeref(u32),
    /// Empty the cell in `slot`.
    DeleteDeref(u32),
    /// Push the cell object itself in `slot` (to build a closure tuple).
    LoadClosure(u32),
    /// Class bodies only: look `vars[slot].name` up in the locals mapping first, then in the cell.
    LoadFromDictOrDeref(u32),
    /// Push `names[name]` looked up in locals mapping, then globals, then builtins (`NameError` if absent).
    LoadName(u32),
    /// Pop into the locals mapping under `names[name]`.
    StoreName(u32),
    /// Delete `names[name]` from the locals mapping (`NameError` if absent).
    DeleteName(u32),
    /// Push `names[name]` looked up in globals, then builtins.
    LoadGlobal(u32),
    /// Pop into globals under `names[name]`.
    StoreGlobal(u32),
    /// Delete `names[name]` from globals.
    DeleteGlobal(u32),
    /// Push the locals mapping of a non-optimized frame (class bodies: `locals()`-free access).
    LoadLocals,

    // ---- attributes and items ----
    /// `[obj] -> [obj.name]`
    LoadAttr(u32),
    /// `[value, obj] -> []` performs `obj.name = value`.
    StoreAttr(u32),
    /// `[obj] -> []` performs `del obj.name`.
    DeleteAttr(u32),
    /// `[obj] -> [callable, self_or_null]`: when `obj.name` resolves to a plain
    /// function found on the type, pushes the function and `obj` (no bound
    /// method is allocated); otherwise pushes the attribute and null.
    LoadMethod(u32),
    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[value, container, key] -> []`
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,

    // ---- operators ----
    /// `[a, b] -> [a op b]`
    BinaryOp(BinOp),
    /// `[a, b] -> [a op= b]` (tries `__iop__` first)
    InplaceOp(BinOp),
    /// `[a] -> [op a]`
    Unary(UnaryOp),
    /// `[a, b] -> [a op b]`
    CompareOp(CmpOp),
    /// `[a, b] -> [a is b]`, or `is not` when the flag is true.
    IsOp(bool),
    /// `[a, b] -> [a in b]`, or `not in` when the flag is true.
    ContainsOp(bool),

    // ---- building ----
    /// `[x1..xn] -> [(x1, .., xn)]`
    BuildTuple(u32),
    /// `[x1..xn] -> [[x1, .., xn]]`
    BuildList(u32),
    /// `[x1..xn] -> [{x1, .., xn}]`
    BuildSet(u32),
    /// `[k1, v1, .., kn, vn] -> [{k1: v1, ..}]`
    BuildMap(u32),
    /// `[s1..sn] -> [s1 + .. + sn]` (all strs)
    BuildString(u32),
    /// `[start, stop] -> [slice]` with 2, `[start, stop, step] -> [slice]` with 3.
    BuildSlice(u32),
    /// `[list, .(n-1 items)., x] -> [list, ..]`: appends x to the list n deep (after popping x).
    ListAppend(u32),
    /// Like `ListAppend` for a set.
    SetAdd(u32),
    /// `[dict, .., k, v] -> [dict, ..]`: `dict[k] = v`, dict n deep after popping k and v.
    MapAdd(u32),
    /// `[list, .., iterable] -> [list, ..]`: `list.extend(iterable)`.
    ListExtend(u32),
    /// `[set, .., iterable] -> [set, ..]`: `set.update(iterable)`.
    SetUpdate(u32),
    /// `[dict, .., mapping] -> [dict, ..]`: `dict.update(mapping)` (`{**m}`).
    DictUpdate(u32),
    /// Like `DictUpdate` for `f(**m)`: raises on a repeated keyword and on a non-mapping.
    /// The callable (for the message) sits below the dict being built, as
    /// in `[callable, self_or_null, args, dict, .., mapping]`: at depth n + 3
    /// after popping the mapping (1 = top; self_or_null is at n + 2).
    DictMerge(u32),
    /// `[list] -> [tuple(list)]`
    ListToTuple,
    /// `[value] -> [str]` or `[value, spec] -> [str]` when the flag is true:
    /// applies the conversion then `format(value, spec)`.
    FormatValue(Conversion, bool),

    // ---- unpacking ----
    /// `[seq] -> [xn, .., x1]` (x1 on top); `ValueError` unless exactly n items.
    UnpackSequence(u32),
    /// `a, *b, c` form: `before` items, a list, `after` items; x1 on top.
    UnpackEx {
        /// Names before the starred target.
        before: u16,
        /// Names after the starred target.
        after: u16,
    },

    // ---- control flow ----
    /// Unconditional jump.
    Jump(u32),
    /// `[x] -> []`, jump if x is false.
    PopJumpIfFalse(u32),
    /// `[x] -> []`, jump if x is true.
    PopJumpIfTrue(u32),
    /// `[x] -> []`, jump if x is None.
    PopJumpIfNone(u32),
    /// `[x] -> []`, jump if x is not None.
    PopJumpIfNotNone(u32),
    /// Short-circuit `and`: if x is false jump keeping x, else pop x.
    JumpIfFalseOrPop(u32),
    /// Short-circuit `or`: if x is true jump keeping x, else pop x.
    JumpIfTrueOrPop(u32),
    /// `[obj] -> [iter(obj)]`
    GetIter,
    /// `[it] -> [it, next(it)]`, or when exhausted `[it] -> []` and jump to target.
    ForIter(u32),

    // ---- functions and calls ----
    /// Build a function: `[defaults?, kwdefaults?, annotations?, closure?, code] -> [function]`,
    /// optional parts present per [`make_function_flags`], pushed in that order.
    MakeFunction(u8),
    /// `[callable, self_or_null, a1..an] -> [result]`
    Call(u32),
    /// `[callable, self_or_null, a1..an, kwnames] -> [result]`; `n` counts all
    /// arguments; the last `len(kwnames)` of them are keyword arguments.
    CallKw(u32),
    /// `[callable, self_or_null, args_tuple] -> [result]`, or with a kwargs
    /// dict on top when the flag is true. For `f(*x)` (a lone starred
    /// argument) the compiler passes `x` itself, which may be any iterable:
    /// convert it with `tuple()` (TypeError "f() argument after * must be an
    /// iterable, not T").
    CallEx(bool),
    /// `[x] -> return x` from the frame.
    ReturnValue,
    /// Push `builtins.__build_class__`.
    LoadBuildClass,
    /// Create `__annotations__` in the locals mapping if absent.
    SetupAnnotations,
    /// `[x] -> []`: interactive-mode expression statement: calls
    /// `sys.displayhook(x)` (which prints `repr(x)` unless x is None and
    /// stores it in `builtins._`).
    PrintExpr,

    // ---- generators ----
    /// `[x] -> suspend yielding x`; on resume pushes the sent value.
    YieldValue,
    /// `[iter, value] -> ...` one step of `yield from`: sends value into iter;
    /// if it yields, the frame suspends at this same instruction (on resume
    /// the sent value replaces `value` and this instruction runs again); if it
    /// returns, `[iter, value] -> [return value]` and execution continues.
    YieldFrom,
    /// `[x] -> [iter(x)]` unless x is a generator (then unchanged).
    GetYieldFromIter,

    // ---- exceptions ----
    /// `raise` (0), `raise x` (1), `raise x from y` (2).
    Raise(u32),
    /// `[exc] -> re-raise exc` without adding a traceback entry.
    Reraise,
    /// `[exc] -> [previous handled exception or None, exc]`; sets the handled exception to exc.
    PushExcInfo,
    /// `[prev] -> []`: restores the handled exception to prev.
    PopExcept,
    /// `[exc, type] -> [exc, bool]`: does exc match the type (or tuple)? `TypeError` for non-classes.
    CheckExcMatch,
    /// Push `AssertionError`.
    LoadAssertionError,
    /// `[mgr] -> [bound __exit__, mgr.__enter__()]`
    BeforeWith,
    /// `[exit, x] -> [exit(None, None, None)]` on leaving a `with` normally; x is dropped
    /// (the compiler pushes None as x: `LoadConst None; ExitWith; PopTop`).
    ExitWith,
    /// `[exit, prev, exc] -> [exit, prev, exc, exit(type(exc), exc, tb)]`
    WithExceptStart,

    // ---- pattern matching (`match` statements) ----
    /// `[subject] -> [subject, bool]`: is the subject's class a sequence for
    /// pattern matching (its type flags say so: list, tuple, range,
    /// memoryview and their subclasses; never str, bytes or bytearray)?
    MatchSequence,
    /// `[subject] -> [subject, bool]`: is the subject's class a mapping for
    /// pattern matching (dict, `FrameLocalsProxy` and their subclasses)?
    MatchMapping,
    /// `[obj] -> [obj, len(obj)]`.
    GetLen,
    /// `[subject, keys] -> [subject, keys, values]`: `keys` is a tuple; looks
    /// each key up with `subject.get(key, <sentinel>)` and pushes the tuple
    /// of values, or None as soon as a key is missing. `ValueError` on a key
    /// repeated at run time.
    MatchKeys,
    /// `[subject, cls, names] -> [attrs]`: a class pattern with `n`
    /// positional sub-patterns and the keyword attribute `names` (a tuple of
    /// strs): pushes the tuple of the `n` positional attributes (through
    /// `cls.__match_args__`, or the subject itself for the builtins that
    /// match themselves) followed by the keyword ones, or None when the
    /// subject is not an instance of `cls` or lacks an attribute.
    MatchClass(u32),

    // ---- imports ----
    /// `[level, fromlist] -> [module]` imports `names[name]`.
    ImportName(u32),
    /// `[module] -> [module, module.name]` (or the submodule), `ImportError` if absent.
    ImportFrom(u32),
    /// `[module] -> []` binds the module's public names in the locals mapping.
    ImportStar,
}

impl Instr {
    /// The jump target of a jumping instruction, if any.
    pub fn jump_target(self) -> Option<u32> {
        match self {
            Instr::Jump(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::PopJumpIfNone(t)
            | Instr::PopJumpIfNotNone(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t) => Some(t),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_stay_eight_bytes() {
        // The dispatch loop's cache behaviour depends on this.
        assert_eq!(std::mem::size_of::<Instr>(), 8);
    }
}
