//! `str`: `repr`/`ascii`, the constructor, indexing and operators, and the
//! helpers the method modules share. The methods are split by job:
//!
//! - `search`: `find`/`index`/`count`/`startswith`/`endswith`;
//! - `split`: `split`/`splitlines`/`join`/`partition`;
//! - `edit`: `strip`, `replace`, padding, `expandtabs`, `removeprefix`;
//! - `case`: case mapping and the `is...` predicates;
//! - `translate`: `encode`, `translate`, `maketrans`;
//! - `special`: the special-method wrappers and `format`/`format_map`;
//! - `tables`: the method table;
//! - `args` (argument and index helpers shared with bytes), `percent`
//!   (printf-style `%`), `template` (`str.format`), `ucd` (Unicode
//!   properties).
//!
//! Text is UTF-8 (see `pystr.rs`); positions seen by Python are code-point
//! indices, converted to byte offsets at the edges. ASCII text (the common
//! case) takes byte-indexed fast paths.

use crate::gil_rc::GilRc;

use locus_bytecode::BinOp;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use crate::names::names;
use crate::object::{Payload, PyObject};
use crate::pystr::PyStr;
use crate::typeobj::types;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

mod args;
pub(crate) use args::*;

// ---------------------------------------------------------------------
// Character properties
// ---------------------------------------------------------------------

/// Character properties of the Unicode 15.1 database that CPython 3.13
/// uses and Rust's `char` does not expose (`str.isprintable`, `isalpha`,
/// `isdecimal`, `isdigit`, `isnumeric`, identifiers), plus case mappings
/// that differ from Rust's (`title`, `casefold`).
pub mod ucd;

// ---------------------------------------------------------------------
// repr and ascii
// ---------------------------------------------------------------------

/// Appends the `\x..`/`\u....`/`\U........` escape of `c`.
pub(crate) fn push_code_escape(out: &mut String, c: char) {
    use std::fmt::Write;
    let cp = c as u32;
    let _ = if cp < 0x100 {
        write!(out, "\\x{cp:02x}")
    } else if cp < 0x10000 {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

/// `repr(str)`: CPython's choice of quotes and escapes (printable
/// non-ASCII characters are kept as they are).
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ if c.is_ascii() => push_code_escape(&mut out, c),
            _ if ucd::is_printable(c) => out.push(c),
            _ => push_code_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// Escapes non-ASCII characters as `ascii()` does to a repr.
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_code_escape(&mut out, c);
        }
    }
    out
}

// ---------------------------------------------------------------------
// Constructor
// ---------------------------------------------------------------------

/// Constructor: `str()`, `str(object)`, `str(bytes, encoding, errors)`;
/// `args[0]` is the class (`str` or a subclass).
pub fn str_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(vm.type_error("str.__new__(): not enough arguments"));
    };
    let cls = str_subclass(vm, cls)?;
    let rest = &args[1..];
    check_count(vm, "str", rest.len(), 0, 3)?;
    let sig = Sig {
        name: "str",
        params: &["object", "encoding", "errors"],
        posonly: 0,
    };
    let bound = bind(vm, &sig, rest, kw)?;
    let encoding = opt_str_param(vm, bound[1].as_ref(), "str", "encoding")?;
    let errors = opt_str_param(vm, bound[2].as_ref(), "str", "errors")?;
    let text = match (&bound[0], encoding.is_some() || errors.is_some()) {
        (None, _) => String::new(),
        (Some(obj), false) => {
            if GilRc::ptr_eq(&cls, &types().str_) {
                return vm.to_str_value(obj);
            }
            vm.to_str(obj)?
        }
        (Some(obj), true) => decode_object(vm, obj, encoding.as_deref(), errors.as_deref())?,
    };
    Ok(new_str_of_class(&cls, text))
}

/// Checks the class argument of `str.__new__`.
fn str_subclass(vm: &Vm, cls: &Value) -> PyResult<ObjRef> {
    let Some(Payload::Type(_)) = cls.payload() else {
        return Err(vm.type_error(format!(
            "str.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    };
    let Value::Obj(c) = cls else {
        return Err(vm.type_error("str.__new__(): not enough arguments"));
    };
    if !crate::typeobj::is_subtype(c, &types().str_) {
        let name = crate::typeobj::type_data(c).name();
        return Err(vm.type_error(format!(
            "str.__new__({name}): {name} is not a subtype of str"
        )));
    }
    Ok(c.clone())
}

/// A new str instance of `cls` (the builtin `str` or a subclass).
fn new_str_of_class(cls: &ObjRef, text: String) -> Value {
    if GilRc::ptr_eq(cls, &types().str_) {
        Value::str(text)
    } else {
        Value::Obj(PyObject::with_class(
            cls.clone(),
            Payload::Str(PyStr::new(text)),
        ))
    }
}

/// An optional str parameter (`str() argument 'encoding' must be str, not int`).
pub(crate) fn opt_str_param(
    vm: &Vm,
    v: Option<&Value>,
    func: &str,
    name: &str,
) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.type_error(format!(
                "{func}() argument '{name}' must be str, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

/// `str(obj, encoding, errors)`: decodes a bytes-like object.
fn decode_object(
    vm: &mut Vm,
    obj: &Value,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<String> {
    let data: Vec<u8> = match obj.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        Some(Payload::Str(_)) => return Err(vm.type_error("decoding str is not supported")),
        _ => {
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(obj)
            )))
        }
    };
    crate::types::bytes::decode(
        vm,
        &data,
        encoding.unwrap_or("utf-8"),
        errors.unwrap_or("strict"),
    )
}

// ---------------------------------------------------------------------
// Indexing and operators
// ---------------------------------------------------------------------

/// The characters of `s` selected by a resolved slice.
fn slice_text(s: &PyStr, sl: SliceIdx) -> String {
    let text = s.as_str();
    if sl.len == 0 {
        return String::new();
    }
    if s.is_ascii() {
        let b = text.as_bytes();
        return sl
            .indices()
            .filter_map(|i| b.get(i).map(|x| *x as char))
            .collect();
    }
    if sl.step == 1 {
        let start = s.byte_offset(sl.start as usize);
        let end = s.byte_offset(sl.start as usize + sl.len);
        return text.get(start..end).unwrap_or("").to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    sl.indices().filter_map(|i| chars.get(i).copied()).collect()
}

/// `s[k]` for a str (`k` an int, an object with `__index__`, or a slice).
pub fn getitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    let Some(s) = as_pystr(c) else {
        return Err(vm.type_error("descriptor '__getitem__' requires a 'str' object"));
    };
    let len = s.char_len();
    match seq_key(vm, k, len)? {
        Key::Index(i) => Ok(Value::str(s.char_at(i).to_string())),
        Key::OutOfRange => Err(vm.index_error("string index out of range")),
        Key::Slice(sl) => {
            if sl.step == 1 && sl.start == 0 && sl.len == len && is_exact_str(c) {
                return Ok(c.clone());
            }
            Ok(Value::str(slice_text(s, sl)))
        }
        Key::Other => Err(vm.type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name(k)
        ))),
    }
}

/// `s * n` (a negative count gives the empty string).
fn repeat(vm: &Vm, s: &str, n: i64) -> PyResult<Value> {
    let total = repeat_len(vm, s.len(), n, "string")?;
    if total == 0 {
        return Ok(Value::str(""));
    }
    let mut out = String::with_capacity(total);
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(Value::str(out))
}

/// `a + b` with str `a`: the concatenation, or CPython's TypeError.
fn concat(vm: &Vm, a: &str, b: &Value) -> PyResult<Value> {
    match b.as_str() {
        Some(bs) => {
            check_alloc(vm, a.len() + bs.len())?;
            let mut out = String::with_capacity(a.len() + bs.len());
            out.push_str(a);
            out.push_str(bs);
            Ok(Value::str(out))
        }
        None => Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(b)
        ))),
    }
}

/// Binary operators with a str on the left (`+`, `*`, `%`); both operands
/// are builtins. `int * str` arrives swapped as `str * int`.
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(s) = a.as_str() else { return Ok(None) };
    match op {
        BinOp::Add => {
            if b.as_str() == Some("") && is_exact_str(a) {
                return Ok(Some(a.clone()));
            }
            if s.is_empty() && is_exact_str(b) {
                return Ok(Some(b.clone()));
            }
            concat(vm, s, b).map(Some)
        }
        BinOp::Mul => match repeat_count(vm, b)? {
            Some(n) => {
                if n == 1 && is_exact_str(a) {
                    return Ok(Some(a.clone()));
                }
                repeat(vm, s, n).map(Some)
            }
            None => Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(b)
            ))),
        },
        BinOp::Mod => percent_format(vm, a, b).map(Some),
        _ => Ok(None),
    }
}

// ---------------------------------------------------------------------
// Helpers for methods
// ---------------------------------------------------------------------

fn not_implemented() -> Value {
    crate::typeobj::singletons().not_implemented.clone()
}

fn new_list(items: Vec<Value>) -> Value {
    Value::Obj(PyObject::new_list(items))
}

fn new_tuple(items: Vec<Value>) -> Value {
    Value::Obj(PyObject::new_tuple(items))
}

/// Byte offsets of the code-point range `[cs, ce)` of `s` (`cs <= ce <= len`).
fn byte_range(s: &PyStr, cs: usize, ce: usize) -> (usize, usize) {
    if s.is_ascii() {
        return (cs, ce.max(cs));
    }
    let text = s.as_str();
    let mut offsets = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()));
    let bs = offsets.nth(cs).unwrap_or(text.len());
    let be = if ce > cs {
        offsets.nth(ce - cs - 1).unwrap_or(text.len())
    } else {
        bs
    };
    (bs, be)
}

/// The code-point index of byte offset `b` (a char boundary) of `s`.
fn char_index(s: &PyStr, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s.as_str().get(..b).map_or(0, |t| t.chars().count())
    }
}

// ---------------------------------------------------------------------
// Format specs (`format(s, spec)`)
// ---------------------------------------------------------------------

/// Turns a `locus_format` error into the Python exception it names.
pub(crate) fn format_error(vm: &Vm, e: locus_format::FormatError) -> crate::vm::PyErr {
    vm.error(e.kind.name(), e.message)
}

/// `format(s, spec)` for a str `v` (fill, alignment, width and precision).
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    let Some(s) = v.as_str() else {
        return vm.to_str(v);
    };
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let type_name = vm.type_name(v);
    let parsed =
        locus_format::parse_format_spec(spec, &type_name).map_err(|e| format_error(vm, e))?;
    locus_format::format_str(s, &parsed, &type_name).map_err(|e| format_error(vm, e))
}

mod case;
mod edit;
mod percent;
mod search;
mod special;
mod split;
mod tables;
mod template;
mod translate;

pub use case::*;
use edit::*;
pub use percent::*;
use search::*;
use special::*;
pub use split::*;
pub use tables::*;
pub use template::*;
use translate::*;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod vm_tests;
