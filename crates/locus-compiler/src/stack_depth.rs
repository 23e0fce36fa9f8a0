//! Stack effects of instructions, and a flow analysis over finished code
//! that computes the maximum stack depth and checks that the depth is the
//! same on every path into an instruction and never negative.
//!
//! The code generator tracks the depth while emitting (it needs it for the
//! exception table); this module recomputes it independently from the
//! final instructions, so the two act as a check on each other in tests.

use locus_bytecode::{CodeObject, Instr};

/// Net stack effect of `instr`; `jump` selects the effect on the branch
/// taken by a conditional jump (or on exhaustion for `ForIter`).
pub(crate) fn stack_effect(instr: Instr, jump: bool) -> i32 {
    use Instr::*;
    match instr {
        Nop | Swap(_) | SetupAnnotations | GetIter | GetYieldFromIter | ListToTuple
        | LoadAttr(_) | Unary(_) | CheckExcMatch | Jump(_) | YieldValue | DeleteFast(_)
        | DeleteDeref(_) | DeleteName(_) | DeleteGlobal(_) | MakeCell(_) => 0,
        PopTop | StoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_) | DeleteAttr(_) => -1,
        Copy(_)
        | PushNull
        | LoadConst(_)
        | LoadFast(_)
        | LoadFastAndClear(_)
        | LoadDeref(_)
        | LoadClosure(_)
        | LoadFromDictOrDeref(_)
        | LoadName(_)
        | LoadGlobal(_)
        | LoadLocals
        | LoadMethod(_)
        | LoadBuildClass
        | LoadAssertionError
        | PushExcInfo
        | BeforeWith
        | WithExceptStart
        | ImportFrom(_)
        | MatchSequence
        | MatchMapping
        | GetLen
        | MatchKeys => 1,
        StoreAttr(_) => -2,
        BinarySubscr => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        BinaryOp(_) | InplaceOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) | BuildSlice(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => {
            -1
        }
        MapAdd(_) => -2,
        FormatValue(_, has_spec) => {
            if has_spec {
                -1
            } else {
                0
            }
        }
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx { before, after } => before as i32 + after as i32,
        PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        MakeFunction(flags) => -(flags.count_ones() as i32),
        Call(n) => -(n as i32) - 1,
        CallKw(n) => -(n as i32) - 2,
        CallEx(kw) => -2 - kw as i32,
        ReturnValue => -1,
        YieldFrom => -1,
        Raise(n) => -(n as i32),
        Reraise => -1,
        PopExcept => -1,
        ExitWith => -1,
        ImportName(_) => -1,
        ImportStar => -1,
        PrintExpr => -1,
        MatchClass(_) => -2,
    }
}

/// Whether control never falls through to the next instruction.
pub(crate) fn is_terminator(instr: Instr) -> bool {
    matches!(
        instr,
        Instr::Jump(_) | Instr::ReturnValue | Instr::Raise(_) | Instr::Reraise
    )
}

/// How many items an instruction needs on the stack before it runs.
fn required_depth(instr: Instr) -> u32 {
    use Instr::*;
    match instr {
        Copy(n) => n,
        Swap(n) => n,
        ListAppend(n) | SetAdd(n) | ListExtend(n) | SetUpdate(n) | DictUpdate(n) => n + 1,
        DictMerge(n) => n + 3,
        MapAdd(n) => n + 2,
        _ => match instr {
            BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) | BuildSlice(n) => n,
            BuildMap(n) => 2 * n,
            Call(n) => n + 2,
            CallKw(n) => n + 3,
            CallEx(kw) => 3 + kw as u32,
            MakeFunction(flags) => 1 + flags.count_ones(),
            StoreSubscr | WithExceptStart | MatchClass(_) => 3,
            StoreAttr(_) | BinaryOp(_) | InplaceOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_)
            | BinarySubscr | DeleteSubscr | CheckExcMatch | YieldFrom | ExitWith
            | ImportName(_) | MatchKeys => 2,
            Raise(n) => n,
            LoadConst(_)
            | LoadFast(_)
            | LoadFastAndClear(_)
            | LoadDeref(_)
            | LoadClosure(_)
            | LoadFromDictOrDeref(_)
            | LoadName(_)
            | LoadGlobal(_)
            | LoadLocals
            | PushNull
            | LoadBuildClass
            | LoadAssertionError
            | Nop
            | Jump(_)
            | SetupAnnotations
            | DeleteFast(_)
            | DeleteDeref(_)
            | DeleteName(_)
            | DeleteGlobal(_)
            | MakeCell(_) => 0,
            FormatValue(_, true) => 2,
            _ => 1,
        },
    }
}

/// A stack-depth inconsistency found by [`analyze`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepthError {
    /// Instruction index.
    pub pc: usize,
    /// What is wrong.
    pub message: String,
}

/// Walks all paths through `code` (including exception handlers) and
/// returns the maximum stack depth, or the first inconsistency.
pub fn analyze(code: &CodeObject) -> Result<u32, DepthError> {
    analyze_parts(&code.instructions, &code.exception_table, true)
}

/// [`analyze`] on raw parts; with `strict` false, inconsistencies are
/// ignored and the maximum is still returned.
pub(crate) fn analyze_parts(
    instrs: &[Instr],
    table: &[locus_bytecode::ExceptionTableEntry],
    strict: bool,
) -> Result<u32, DepthError> {
    let n = instrs.len();
    let mut depth_at: Vec<Option<i64>> = vec![None; n];
    let mut work: Vec<(usize, i64)> = Vec::new();
    let mut max: i64 = 0;
    if n > 0 {
        work.push((0, 0));
    }
    let err = |pc: usize, message: String| DepthError { pc, message };
    while let Some((pc, depth)) = work.pop() {
        if pc >= n {
            if strict {
                return Err(err(pc, "control flows past the end of the code".into()));
            }
            continue;
        }
        if let Some(seen) = depth_at[pc] {
            if seen != depth && strict {
                return Err(err(
                    pc,
                    format!("depth {depth} here, but {seen} on another path"),
                ));
            }
            continue;
        }
        depth_at[pc] = Some(depth);
        let instr = instrs[pc];
        if strict && (depth as u32) < required_depth(instr) {
            return Err(err(
                pc,
                format!(
                    "{instr:?} needs {} items, stack has {depth}",
                    required_depth(instr)
                ),
            ));
        }
        if let Some(entry) = table
            .iter()
            .find(|e| e.start as usize <= pc && pc < e.end as usize)
        {
            if strict && i64::from(entry.depth) > depth {
                return Err(err(
                    pc,
                    format!("handler depth {} above stack depth {depth}", entry.depth),
                ));
            }
            let handler_depth = i64::from(entry.depth) + 1;
            max = max.max(handler_depth);
            work.push((entry.target as usize, handler_depth));
        }
        let after = depth + i64::from(stack_effect(instr, false));
        if strict && after < 0 {
            return Err(err(pc, format!("stack underflow after {instr:?}")));
        }
        max = max.max(after).max(depth);
        if let Some(target) = instr.jump_target() {
            let jumped = depth + i64::from(stack_effect(instr, true));
            max = max.max(jumped);
            work.push((target as usize, jumped));
        }
        if !is_terminator(instr) && !matches!(instr, Instr::ReturnValue) {
            work.push((pc + 1, after));
        }
    }
    Ok(max.max(0) as u32)
}

/// Runs [`analyze`] on `code` and every nested code object; returns the
/// first inconsistency with the qualname of the code it was found in.
pub fn verify_all(code: &CodeObject) -> Result<(), String> {
    match analyze(code) {
        Ok(depth) if depth != code.stack_size => {
            return Err(format!(
                "{}: stack_size {} but analysis says {depth}",
                code.qualname, code.stack_size
            ))
        }
        Ok(_) => {}
        Err(e) => return Err(format!("{}: pc {}: {}", code.qualname, e.pc, e.message)),
    }
    for c in &code.constants {
        if let locus_bytecode::Constant::Code(inner) = c {
            verify_all(inner)?;
        }
    }
    Ok(())
}
