//! Non-recursive destruction of nested containers.
//!
//! Dropping a list that holds the only reference to another list recurses in
//! Rust, once per nesting level: a 100,000-deep nested list would overflow
//! the stack. Instead, a dying container hands its items to a thread-local
//! queue, and only the outermost drop on the thread empties it, in a loop.

use std::cell::{Cell, RefCell};

use crate::object::Payload;
use crate::value::Value;

thread_local! {
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

/// Whether dropping `v` here could recurse: a heap object whose last
/// reference this is.
fn is_last_reference(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if crate::gil_rc::GilRc::strong_count(o) == 1)
}

/// Moves the items of a dying container payload that hold the last
/// reference to a heap object to the drop queue (the others are released
/// in place, which cannot recurse), and drains the queue unless an outer
/// drop on this thread already does.
pub fn release_children(payload: &mut Payload) {
    let mut heavy: Vec<Value> = Vec::new();
    let mut keep = |v: Value| {
        if is_last_reference(&v) {
            heavy.push(v);
        }
    };
    match payload {
        Payload::List(cell) => std::mem::take(cell.get_mut())
            .into_iter()
            .for_each(&mut keep),
        Payload::Object(cell) => std::mem::take(cell.get_mut())
            .into_iter()
            .for_each(&mut keep),
        Payload::Tuple(items) => std::mem::take(items)
            .into_vec()
            .into_iter()
            .for_each(&mut keep),
        Payload::Dict(cell) => {
            for e in cell.get_mut().take_entries() {
                keep(e.key);
                keep(e.value);
            }
        }
        Payload::Set(cell) => cell.get_mut().take_all().into_iter().for_each(&mut keep),
        Payload::FrozenSet(table) => table.take_all().into_iter().for_each(&mut keep),
        _ => return,
    }
    if heavy.is_empty() {
        return;
    }
    let queued = PENDING.try_with(|p| p.borrow_mut().append(&mut heavy));
    if queued.is_err() {
        // Thread teardown: the queue is gone; drop directly.
        drop(heavy);
        return;
    }
    let already = DRAINING.try_with(|d| d.replace(true)).unwrap_or(true);
    if already {
        return;
    }
    loop {
        let next = PENDING.try_with(|p| p.borrow_mut().pop()).ok().flatten();
        match next {
            Some(v) => drop(v),
            None => break,
        }
    }
    let _ = DRAINING.try_with(|d| d.set(false));
}
