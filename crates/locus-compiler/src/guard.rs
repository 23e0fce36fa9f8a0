//! Stack safety for the recursive AST walks.
//!
//! Every recursive walk (depth measurement, symbol table, code generation)
//! calls [`grow`] once per nesting level: when less than [`RED_ZONE`] bytes
//! of stack remain, the rest of the walk continues on a freshly allocated
//! segment, so deeply nested input can never overflow the thread's stack
//! (ruff's parser does the same). The depth limits that CPython imposes are
//! checked separately, before compiling (see `depth.rs`).

/// Remaining stack below which a new segment is allocated.
const RED_ZONE: usize = 128 * 1024;
/// Size of each new stack segment.
const SEGMENT: usize = 2 * 1024 * 1024;

/// Runs `f`, on a new stack segment if the current one is nearly exhausted.
#[inline]
pub(crate) fn grow<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(RED_ZONE, SEGMENT, f)
}
