//! Assigning `frame.f_lineno` from a trace function: the jump of a
//! debugger's "jump to line" command (spec R103–R108).
//!
//! The setter checks everything at once and raises CPython's `ValueError`s:
//! the value's type, that a trace function is running for this very frame
//! during an event that allows a jump (a `line` event, the `return` event of
//! a yield, the `call` event of a generator's resumption), that the line is
//! inside the code block, and that the value stack at the target fits the
//! stack the frame has now. A jump may leave blocks (surplus items are
//! popped: `for` iterators, `with` exit functions, the saved exception of
//! an `except` body, whose exception state is then restored) but never
//! enter one, because the target would find items on the stack that are not
//! there. Which items the stack holds at each instruction is worked out
//! from the bytecode by [`entry_stacks`], only when a jump is asked for.
//!
//! The setter only records the jump ([`PendingJump`]); `vm/trace.rs`
//! applies it to the running frame when the trace function returns,
//! because only the dispatch loop holds the frame's value stack and
//! instruction pointer.

use locus_bytecode::{CodeObject, Instr};

use crate::frame::FrameVars;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The event a trace or profile function is running for; set by
/// `vm/trace.rs` around each hook call.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum HookEvent {
    /// The `call` event of a frame that starts.
    FirstCall,
    /// The `call` event of a generator that resumes.
    Resume,
    /// A `line` event.
    Line,
    /// The `return` event of a yield (the frame is suspended).
    Yield,
    /// The `return` event of a frame that ends.
    Return,
    /// An `exception` event.
    Exception,
    /// An `opcode` event.
    Opcode,
    /// A profile function's event.
    Profile,
}

/// A jump decided by the setter, applied when the trace function returns.
#[derive(Debug)]
pub struct PendingJump {
    /// The instruction to continue at.
    pub target: usize,
    /// The stack depth the target expects; items above it are dropped.
    pub depth: usize,
    /// The lowest dropped stack index holding the exception state saved by
    /// an `except` body (restored when the body is left), if any.
    pub saved_exc_at: Option<usize>,
}

/// What an item of the value stack is, as far as a jump cares.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// An ordinary value.
    Object,
    /// The iterator of a running `for` loop.
    Iterator,
    /// The null marker of a call.
    Null,
    /// The exception state an `except` or `finally` body saved on entry.
    SavedExc,
    /// The exception a handler receives on entry.
    Raised,
}

/// The stack kinds on entry to each instruction (`None`: never reached),
/// following every path, exception handlers included.
fn entry_stacks(code: &CodeObject) -> Vec<Option<Vec<Kind>>> {
    let instrs = &code.instructions;
    let mut at: Vec<Option<Vec<Kind>>> = vec![None; instrs.len()];
    let mut work: Vec<(usize, Vec<Kind>)> = vec![(0, Vec::new())];
    while let Some((pc, stack)) = work.pop() {
        if pc >= instrs.len() || at[pc].is_some() {
            continue;
        }
        let instr = instrs[pc];
        if let Some(h) = code.handler_for(pc) {
            let mut handler = stack[..(h.depth as usize).min(stack.len())].to_vec();
            handler.push(Kind::Raised);
            work.push((h.target as usize, handler));
        }
        if let Some(target) = instr.jump_target() {
            work.push((target as usize, after(instr, &stack, true)));
        }
        if !instr.is_terminator() && !matches!(instr, Instr::ReturnValue) {
            work.push((pc + 1, after(instr, &stack, false)));
        }
        at[pc] = Some(stack);
    }
    at
}

/// The stack kinds after `instr` runs on `stack` (`jump`: the branch taken).
fn after(instr: Instr, stack: &[Kind], jump: bool) -> Vec<Kind> {
    let mut s = stack.to_vec();
    let top = |s: &Vec<Kind>, n: u32| s.len().checked_sub(n as usize);
    match instr {
        Instr::GetIter => {
            s.pop();
            s.push(Kind::Iterator);
        }
        Instr::ForIter(_) if jump => {
            s.pop();
        }
        Instr::PushNull => s.push(Kind::Null),
        Instr::PushExcInfo => {
            s.pop();
            s.push(Kind::SavedExc);
            s.push(Kind::Object);
        }
        Instr::Copy(n) => {
            let k = top(&s, n).map_or(Kind::Object, |i| s[i]);
            s.push(k);
        }
        Instr::Swap(n) => {
            if let Some(i) = top(&s, n) {
                let last = s.len() - 1;
                s.swap(i, last);
            }
        }
        Instr::ForIter(_) => s.push(Kind::Object),
        Instr::ListAppend(_)
        | Instr::SetAdd(_)
        | Instr::MapAdd(_)
        | Instr::ListExtend(_)
        | Instr::SetUpdate(_)
        | Instr::DictUpdate(_)
        | Instr::DictMerge(_) => {
            // They add to a collection deeper in the stack: the items
            // between it and the top stay what they are.
            let effect = instr.stack_effect(jump).unsigned_abs() as usize;
            s.truncate(s.len().saturating_sub(effect));
        }
        _ => {
            // Everything else consumes plain values from the top and
            // produces plain values: only the depth change matters, and
            // whether the top item is a new value.
            let effect = instr.stack_effect(jump);
            let consumed = instr.required_depth() as usize;
            let popped = if effect < 0 {
                effect.unsigned_abs() as usize
            } else {
                0
            };
            s.truncate(s.len().saturating_sub(popped));
            if consumed > popped {
                if let Some(top) = s.last_mut() {
                    *top = Kind::Object;
                }
            }
            if effect > 0 {
                s.extend(std::iter::repeat_n(Kind::Object, effect as usize));
            }
        }
    }
    s
}

/// Why the stack at a target does not fit the current one: CPython's
/// message for the first item the target has and the frame has not.
fn incompatible(current: &[Kind], target: &[Kind]) -> &'static str {
    let common = current
        .iter()
        .zip(target)
        .take_while(|(a, b)| a == b)
        .count();
    let extra = &target[common..];
    if extra.contains(&Kind::Raised) {
        "can't jump into an exception handler, or code may be unreachable"
    } else if extra.contains(&Kind::SavedExc) {
        "can't jump into an 'except' block as there's no exception"
    } else if extra.contains(&Kind::Iterator) {
        "can't jump into the body of a for loop"
    } else {
        "incompatible stacks"
    }
}

/// `frame.f_lineno = value`.
pub fn set_lineno(vm: &mut Vm, vars: &FrameVars, value: &Value) -> PyResult<()> {
    let line = match value {
        Value::Int(n) => *n,
        Value::Obj(o)
            if matches!(o.payload, crate::object::Payload::BigInt(_)) && o.class.is_none() =>
        {
            return Err(vm.value_error("lineno out of range"))
        }
        _ => return Err(vm.value_error("lineno must be an integer")),
    };
    if i32::try_from(line).is_err() {
        return Err(vm.value_error("lineno out of range"));
    }
    let Some((frame, event)) = vm.trace.hook_event else {
        return Err(vm.value_error("f_lineno can only be set in a trace function"));
    };
    match event {
        HookEvent::Line | HookEvent::Yield | HookEvent::Resume => {}
        HookEvent::FirstCall => {
            return Err(vm.value_error("can't jump from the 'call' trace event of a new frame"))
        }
        HookEvent::Profile => return Err(vm.value_error("can't jump during a call")),
        HookEvent::Return | HookEvent::Exception | HookEvent::Opcode => {
            return Err(vm.value_error("can only jump from a 'line' trace event"))
        }
    }
    if frame != vars as *const FrameVars as usize {
        // CPython lets a trace function jump other frames (and crashes on
        // some); here only the frame of the event can jump.
        return Err(vm.value_error("can only jump in the frame of the current trace event"));
    }
    let code = &vars.code.code;
    if line < i64::from(code.first_line) {
        return Err(vm.value_error(format!("line {line} comes before the current code block")));
    }
    let lines = || (0..code.instructions.len()).map(|pc| code.line_of(pc));
    let Some(target_line) = lines().filter(|&l| l != 0 && i64::from(l) >= line).min() else {
        return Err(vm.value_error(format!("line {line} comes after the current code block")));
    };
    let stacks = entry_stacks(code);
    let lasti = vars.lasti();
    let (resume_pc, drop_sent) = match event {
        HookEvent::Yield => match code.instructions.get(lasti) {
            Some(Instr::YieldFrom) => (lasti, true),
            _ => (lasti + 1, true),
        },
        HookEvent::Resume => match code.instructions.get(lasti) {
            Some(Instr::YieldFrom) => (lasti, false),
            _ => (lasti + 1, false),
        },
        _ => (lasti, false),
    };
    let mut current = stacks.get(resume_pc).cloned().flatten().unwrap_or_default();
    if drop_sent {
        current.pop();
    }
    // The instructions that start the target line, in code order: the
    // first whose stack fits is the target.
    let starts: Vec<usize> = (0..code.instructions.len())
        .filter(|&pc| {
            code.line_of(pc) == target_line && (pc == 0 || code.line_of(pc - 1) != target_line)
        })
        .collect();
    let mut first_problem = None;
    let mut chosen = None;
    for &pc in &starts {
        match &stacks[pc] {
            None => {
                first_problem.get_or_insert(
                    "can't jump into an exception handler, or code may be unreachable",
                );
            }
            Some(t) if t.len() <= current.len() && current[..t.len()] == t[..] => {
                chosen = Some((pc, t.len()));
                break;
            }
            Some(t) => {
                first_problem.get_or_insert(incompatible(&current, t));
            }
        }
    }
    let Some((target, depth)) = chosen else {
        let msg = first_problem.unwrap_or("incompatible stacks");
        return Err(vm.value_error(msg));
    };
    bind_unbound_to_none(vm, vars)?;
    let saved_exc_at = (depth..current.len()).find(|&i| current[i] == Kind::SavedExc);
    vm.trace.jump = Some(PendingJump {
        target,
        depth,
        saved_exc_at,
    });
    Ok(())
}

/// R107: a jump binds every empty variable slot to None, after a
/// `RuntimeWarning` (which, turned into an error, abandons the jump).
/// Cells stay as they are: an empty cell is not an empty slot.
fn bind_unbound_to_none(vm: &mut Vm, vars: &FrameVars) -> PyResult<()> {
    let empty: Vec<usize> = (0..vars.slots.len())
        .filter(|&i| vars.slots[i].get().is_null())
        .collect();
    if empty.is_empty() {
        return Ok(());
    }
    let n = empty.len();
    let plural = if n == 1 { "" } else { "s" };
    vm.warn(
        "RuntimeWarning",
        &format!("assigning None to {n} unbound local{plural}"),
    )?;
    for i in empty {
        vars.slots[i].set(Value::None);
    }
    Ok(())
}
