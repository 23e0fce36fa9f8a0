//! The contract between the Locus compiler and the VM.
//!
//! This crate knows neither the parser nor the object model: it defines the
//! instruction set ([`Instr`]), code objects ([`CodeObject`]) with their
//! variable table, constants, line table and exception table, and a stable
//! text form for snapshot tests ([`disassemble`]).

mod code;
mod disasm;
mod effect;
mod instr;

pub use code::{code_flags, CodeObject, Constant, ExceptionTableEntry, Location, VarInfo, VarKind};
pub use disasm::disassemble;
pub use instr::{make_function_flags, BinOp, CmpOp, Conversion, Instr, UnaryOp};
