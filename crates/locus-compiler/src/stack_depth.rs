//! A flow analysis over finished code (with the stack effects of
//! `locus_bytecode::Instr`) that computes the maximum stack depth and checks that the depth is the
//! same on every path into an instruction and never negative.
//!
//! The code generator tracks the depth while emitting (it needs it for the
//! exception table); this module recomputes it independently from the
//! final instructions, so the two act as a check on each other in tests.

use locus_bytecode::{CodeObject, Instr};

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
        if strict && (depth as u32) < instr.required_depth() {
            return Err(err(
                pc,
                format!(
                    "{instr:?} needs {} items, stack has {depth}",
                    instr.required_depth()
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
        let after = depth + i64::from(instr.stack_effect(false));
        if strict && after < 0 {
            return Err(err(pc, format!("stack underflow after {instr:?}")));
        }
        max = max.max(after).max(depth);
        if let Some(target) = instr.jump_target() {
            let jumped = depth + i64::from(instr.stack_effect(true));
            max = max.max(jumped);
            work.push((target as usize, jumped));
        }
        if !instr.is_terminator() && !matches!(instr, Instr::ReturnValue) {
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
