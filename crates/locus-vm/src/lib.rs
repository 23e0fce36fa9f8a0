//! The Locus virtual machine: objects, frames, the interpreter loop,
//! builtins and built-in modules, and the embedding API ([`Interpreter`]).
//!
//! See `docs/architecture.md` for the design and the invariants.

pub mod attr_cache;
pub mod builtin_types;
pub mod builtins;
pub mod compile_hook;
pub mod convert;
pub mod dealloc;
pub mod dict;
pub mod file;
pub mod frame;
pub mod function;
pub mod generator;
pub mod gil;
pub mod gil_rc;
pub mod global_cache;
pub mod hash;
pub mod intern;
pub mod iter;
pub mod modules;
pub mod names;
pub mod object;
pub mod pystr;
pub mod setobj;
pub mod threads;
pub mod traceback;
pub mod typeobj;
pub mod types;
pub mod value;
pub mod vm;

mod interpreter;

pub use interpreter::Interpreter;
pub use value::{ObjRef, Value};
pub use vm::{PyErr, PyResult, Vm};
