//! `str`: the constructor, operators, methods, `repr`/`ascii`, printf-style
//! `%` formatting, format specs and `str.format`.
//!
//! Text is UTF-8 (see `pystr.rs`); positions seen by Python are code-point
//! indices, converted to byte offsets at the edges. ASCII text (the common
//! case) takes byte-indexed fast paths.

use crate::gil_rc::GilRc;

use locus_bytecode::BinOp;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use crate::iter::{new_iter, IterState};
use crate::names::names;
use crate::object::{Payload, PyObject};
use crate::pystr::PyStr;
use crate::typeobj::{method, staticmethod, types, MethodDef};
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

/// The receiver, the substring and the resolved code-point range of a
/// `find`-like call.
type FindArgs<'a> = (&'a PyStr, &'a str, Option<(usize, usize)>);

/// Parses `name(sub[, start[, end]])`.
fn find_args<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    kw: &[(Value, Value)],
    name: &str,
) -> PyResult<FindArgs<'a>> {
    let s = recv(vm, args, name)?;
    no_kw(vm, kw, &format!("str.{name}"))?;
    check_count(vm, name, args.len() - 1, 1, 3)?;
    let sub = str_arg(vm, &args[1], &format!("{name}() argument 1"))?;
    let start = opt_slice_arg(vm, args.get(2))?;
    let end = opt_slice_arg(vm, args.get(3))?;
    Ok((s, sub, adjust_range(s.char_len(), start, end)))
}

/// Position of `sub` in `s[range]` (from the right when `right`), as a code-point index.
fn find_in(s: &PyStr, sub: &str, range: Option<(usize, usize)>, right: bool) -> Option<usize> {
    let (cs, ce) = range?;
    if ce < cs {
        return None;
    }
    let (bs, be) = byte_range(s, cs, ce);
    let hay = s.as_str().get(bs..be)?;
    let pos = if right { hay.rfind(sub) } else { hay.find(sub) }?;
    Some(char_index(s, bs + pos))
}

fn find_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    right: bool,
    raise: bool,
) -> PyResult<Value> {
    let (s, sub, range) = find_args(vm, args, kw, name)?;
    match find_in(s, sub, range, right) {
        Some(i) => Ok(Value::from(i)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn str_find(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "find", false, false)
}

fn str_rfind(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "rfind", true, false)
}

fn str_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "index", false, true)
}

fn str_rindex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "rindex", true, true)
}

fn str_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, sub, range) = find_args(vm, args, kw, "count")?;
    let Some((cs, ce)) = range else {
        return Ok(Value::Int(0));
    };
    if ce < cs {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::from(ce - cs + 1));
    }
    let (bs, be) = byte_range(s, cs, ce);
    let n = s.as_str().get(bs..be).map_or(0, |h| h.matches(sub).count());
    Ok(Value::from(n))
}

/// `startswith`/`endswith`.
fn tail_match(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    end: bool,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    no_kw(vm, kw, &format!("str.{name}"))?;
    check_count(vm, name, args.len() - 1, 1, 3)?;
    let start = opt_slice_arg(vm, args.get(2))?;
    let stop = opt_slice_arg(vm, args.get(3))?;
    let range = adjust_range(s.char_len(), start, stop);
    let subs: Vec<&str> = match args[1].payload() {
        Some(Payload::Str(p)) => vec![p.as_str()],
        Some(Payload::Tuple(items)) => {
            let mut v = Vec::with_capacity(items.len());
            for it in items.iter() {
                match it.as_str() {
                    Some(x) => v.push(x),
                    None => {
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            vm.type_name(it)
                        )))
                    }
                }
            }
            v
        }
        _ => {
            return Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(&args[1])
            )))
        }
    };
    let Some((cs, ce)) = range else {
        return Ok(Value::Bool(false));
    };
    if ce < cs {
        return Ok(Value::Bool(false));
    }
    let (bs, be) = byte_range(s, cs, ce);
    let hay = s.as_str().get(bs..be).unwrap_or("");
    let hit = subs.iter().any(|p| {
        if end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    });
    Ok(Value::Bool(hit))
}

fn str_startswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    tail_match(vm, args, kw, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    tail_match(vm, args, kw, "endswith", true)
}

// ---------------------------------------------------------------------
// Splitting and joining
// ---------------------------------------------------------------------

/// The `sep` and `maxsplit` arguments of `split`/`rsplit`.
fn split_args<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    kw: &[(Value, Value)],
    name: &'static str,
) -> PyResult<(&'a PyStr, Option<String>, usize)> {
    let s = recv(vm, args, name)?;
    let sig = Sig {
        name,
        params: &["sep", "maxsplit"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let sep = match &b[0] {
        None | Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some("") => return Err(vm.value_error("empty separator")),
            Some(x) => Some(x.to_string()),
            None => {
                return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(v))))
            }
        },
    };
    let max = match &b[1] {
        None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    Ok((s, sep, max))
}

/// Splits on runs of whitespace, at most `max` times, from the left.
fn split_whitespace(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut left = max;
    loop {
        rest = rest.trim_start_matches(ucd::is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        let end = rest.find(ucd::is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        left -= 1;
    }
    out
}

/// Splits on runs of whitespace, at most `max` times, from the right.
fn rsplit_whitespace(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut left = max;
    loop {
        rest = rest.trim_end_matches(ucd::is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        let start = rest.rfind(ucd::is_space).map_or(0, |p| {
            p + rest[p..].chars().next().map_or(1, char::len_utf8)
        });
        out.push(&rest[start..]);
        rest = &rest[..start];
        left -= 1;
    }
    out.reverse();
    out
}

fn split_sep<'a>(text: &'a str, sep: &str, max: usize) -> Vec<&'a str> {
    if max == usize::MAX {
        return text.split(sep).collect();
    }
    text.splitn(max.saturating_add(1), sep).collect()
}

fn rsplit_sep<'a>(text: &'a str, sep: &str, max: usize) -> Vec<&'a str> {
    let mut v: Vec<&str> = if max == usize::MAX {
        text.rsplit(sep).collect()
    } else {
        text.rsplitn(max.saturating_add(1), sep).collect()
    };
    v.reverse();
    v
}

fn strs_to_list(parts: Vec<&str>) -> Value {
    new_list(parts.into_iter().map(Value::str).collect())
}

fn str_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, args, kw, "split")?;
    let parts = match &sep {
        None => split_whitespace(s.as_str(), max),
        Some(sep) => split_sep(s.as_str(), sep, max),
    };
    Ok(strs_to_list(parts))
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, args, kw, "rsplit")?;
    let parts = match &sep {
        None => rsplit_whitespace(s.as_str(), max),
        Some(sep) => rsplit_sep(s.as_str(), sep, max),
    };
    Ok(strs_to_list(parts))
}

/// Splits at line boundaries (`\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`..`\x1e`, `\x85`, U+2028, U+2029).
pub fn split_lines(text: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((pos, c)) = iter.next() {
        if !ucd::is_linebreak(c) {
            continue;
        }
        let mut eol = pos + c.len_utf8();
        if c == '\r' && matches!(iter.peek(), Some((_, '\n'))) {
            iter.next();
            eol += 1;
        }
        out.push(&text[start..if keepends { eol } else { pos }]);
        start = eol;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "splitlines")?;
    let sig = Sig {
        name: "splitlines",
        params: &["keepends"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let keep = match &b[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(strs_to_list(split_lines(s.as_str(), keep)))
}

fn str_join(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let sep = recv(vm, args, "join")?.as_str().to_string();
    let iterable = one_arg(vm, args, kw, "str.join")?;
    let items = match iterable.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => {
            let it = match vm.iter(&iterable) {
                Ok(it) => it,
                Err(e) if vm.err_is(&e, "TypeError") => {
                    return Err(vm.type_error("can only join an iterable"))
                }
                Err(e) => return Err(e),
            };
            let mut v = Vec::new();
            while let Some(x) = vm.next(&it)? {
                v.push(x);
            }
            v
        }
    };
    if items.len() == 1 && is_exact_str(&items[0]) {
        return Ok(items[0].clone());
    }
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, x) in items.iter().enumerate() {
        match x.as_str() {
            Some(t) => total = total.saturating_add(t.len()),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(x)
                )))
            }
        }
    }
    check_alloc(vm, total)?;
    let mut out = String::with_capacity(total);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(x.as_str().unwrap_or(""));
    }
    Ok(Value::str(out))
}

fn partition_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    right: bool,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    let sep_v = one_arg(vm, args, kw, &format!("str.{name}"))?;
    let sep = str_arg(vm, &sep_v, "must be")
        .map_err(|_| vm.type_error(format!("must be str, not {}", vm.type_name(&sep_v))))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if right {
        text.rfind(sep)
    } else {
        text.find(sep)
    };
    let parts = match found {
        Some(p) => vec![
            Value::str(&text[..p]),
            sep_v.clone(),
            Value::str(&text[p + sep.len()..]),
        ],
        None if right => vec![Value::str(""), Value::str(""), same_or_new(&args[0], text)],
        None => vec![same_or_new(&args[0], text), Value::str(""), Value::str("")],
    };
    let parts = parts
        .into_iter()
        .map(|v| {
            if is_exact_str(&v) {
                v
            } else {
                Value::str(v.as_str().unwrap_or(""))
            }
        })
        .collect();
    Ok(new_tuple(parts))
}

fn str_partition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_common(vm, args, kw, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_common(vm, args, kw, "rpartition", true)
}

// ---------------------------------------------------------------------
// Stripping, replacing, padding
// ---------------------------------------------------------------------

fn strip_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    no_kw(vm, kw, &format!("str.{name}"))?;
    check_count(vm, name, args.len() - 1, 0, 1)?;
    let text = s.as_str();
    let out = match args.get(1) {
        None | Some(Value::None) => {
            let t = if left {
                text.trim_start_matches(ucd::is_space)
            } else {
                text
            };
            if right {
                t.trim_end_matches(ucd::is_space)
            } else {
                t
            }
        }
        Some(v) => match v.as_str() {
            Some(chars) => {
                let set: Vec<char> = chars.chars().collect();
                let t = if left {
                    text.trim_start_matches(set.as_slice())
                } else {
                    text
                };
                if right {
                    t.trim_end_matches(set.as_slice())
                } else {
                    t
                }
            }
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    if out.len() == text.len() {
        return Ok(same_or_new(&args[0], text));
    }
    Ok(Value::str(out))
}

fn str_strip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "rstrip", false, true)
}

fn str_replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "replace")?;
    let sig = Sig {
        name: "replace",
        params: &["old", "new", "count"],
        posonly: 2,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let (Some(old_v), Some(new_v)) = (&b[0], &b[1]) else {
        return Err(vm.type_error("replace() takes at least 2 positional arguments (0 given)"));
    };
    let old = str_arg(vm, old_v, "replace() argument 1")?;
    let new = str_arg(vm, new_v, "replace() argument 2")?;
    let count = match &b[2] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let text = s.as_str();
    let occurrences = if old.is_empty() {
        s.char_len() + 1
    } else {
        text.matches(old).count()
    };
    let n = if count < 0 {
        occurrences
    } else {
        occurrences.min(count as usize)
    };
    if n == 0 {
        return Ok(same_or_new(&args[0], text));
    }
    let size = text.len() as u128 + (n as u128) * (new.len() as u128);
    check_alloc(vm, size.min(u128::from(u64::MAX)) as usize)?;
    Ok(Value::str(text.replacen(old, new, n)))
}

/// The `fillchar` argument of `center`/`ljust`/`rjust`.
fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(s) = v.as_str() else {
        return Err(vm.type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(v)
        )));
    };
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error("The fill character must be exactly one character long")),
    }
}

/// Pads `text` with `left` and `right` copies of `fill`.
fn pad(vm: &Vm, text: &str, left: usize, right: usize, fill: char) -> PyResult<String> {
    let size = text.len() as u128 + (left as u128 + right as u128) * fill.len_utf8() as u128;
    check_alloc(vm, size.min(u128::from(u64::MAX)) as usize)?;
    let mut out = String::with_capacity(size as usize);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// `center`, `ljust` and `rjust` (`which` is `^`, `<` or `>`).
fn justify(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    which: char,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    no_kw(vm, kw, &format!("str.{name}"))?;
    check_count(vm, name, args.len() - 1, 1, 2)?;
    let width = int_arg(vm, &args[1])?;
    let fill = fill_char(vm, args.get(2))?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(same_or_new(&args[0], s.as_str()));
    }
    let marg = (width - len) as usize;
    let (l, r) = match which {
        '<' => (0, marg),
        '>' => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & (width as usize) & 1);
            (l, marg - l)
        }
    };
    Ok(Value::str(pad(vm, s.as_str(), l, r, fill)?))
}

fn str_center(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "center", '^')
}

fn str_ljust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "ljust", '<')
}

fn str_rjust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "rjust", '>')
}

fn str_zfill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "zfill")?;
    let w = one_arg(vm, args, kw, "str.zfill")?;
    let width = int_arg(vm, &w)?;
    let len = s.char_len() as i64;
    let text = s.as_str();
    if width <= len {
        return Ok(same_or_new(&args[0], text));
    }
    let fill = (width - len) as usize;
    check_alloc(vm, fill + text.len())?;
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'+') | Some(b'-') => text.split_at(1),
        _ => ("", text),
    };
    let mut out = String::with_capacity(fill + text.len());
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(Value::str(out))
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "expandtabs")?;
    let sig = Sig {
        name: "expandtabs",
        params: &["tabsize"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let tab = match &b[0] {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    let text = s.as_str();
    if !text.contains('\t') {
        return Ok(same_or_new(&args[0], text));
    }
    let mut out = String::with_capacity(text.len());
    let mut col: u64 = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab as u64 - col % tab as u64;
                    check_alloc(vm, out.len().saturating_add(n as usize))?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::str(out))
}

fn affix_arg<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "{name}() argument must be str, not {}",
            vm.type_name(v)
        ))
    })
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "removeprefix")?;
    let p = one_arg(vm, args, kw, "str.removeprefix")?;
    let prefix = affix_arg(vm, &p, "removeprefix")?;
    match s.as_str().strip_prefix(prefix) {
        Some(rest) if !prefix.is_empty() => Ok(Value::str(rest)),
        _ => Ok(same_or_new(&args[0], s.as_str())),
    }
}

fn str_removesuffix(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "removesuffix")?;
    let p = one_arg(vm, args, kw, "str.removesuffix")?;
    let suffix = affix_arg(vm, &p, "removesuffix")?;
    match s.as_str().strip_suffix(suffix) {
        Some(rest) if !suffix.is_empty() => Ok(Value::str(rest)),
        _ => Ok(same_or_new(&args[0], s.as_str())),
    }
}

// ---------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------

/// Applies a whole-string case transformation (no arguments).
fn case_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    f: fn(&str) -> String,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    no_args(vm, args, kw, &format!("str.{name}"))?;
    Ok(Value::str(f(s.as_str())))
}

fn upper_text(t: &str) -> String {
    if t.is_ascii() {
        return t.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        ucd::push_upper(&mut out, c);
    }
    out
}

fn lower_text(t: &str) -> String {
    if t.is_ascii() {
        return t.to_ascii_lowercase();
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for i in 0..chars.len() {
        ucd::push_lower(&mut out, &chars, i);
    }
    out
}

fn casefold_text(t: &str) -> String {
    if t.is_ascii() {
        return t.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        ucd::push_casefold(&mut out, c);
    }
    out
}

fn title_text(t: &str) -> String {
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    let mut prev_cased = false;
    for (i, c) in chars.iter().enumerate() {
        if prev_cased {
            ucd::push_lower(&mut out, &chars, i);
        } else {
            ucd::push_title(&mut out, *c);
        }
        prev_cased = ucd::is_cased(*c);
    }
    out
}

fn capitalize_text(t: &str) -> String {
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for (i, c) in chars.iter().enumerate() {
        if i == 0 {
            ucd::push_title(&mut out, *c);
        } else {
            ucd::push_lower(&mut out, &chars, i);
        }
    }
    out
}

fn swapcase_text(t: &str) -> String {
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for (i, c) in chars.iter().enumerate() {
        if ucd::is_upper(*c) {
            ucd::push_lower(&mut out, &chars, i);
        } else if ucd::is_lower(*c) {
            ucd::push_upper(&mut out, *c);
        } else {
            out.push(*c);
        }
    }
    out
}

fn str_upper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "upper", upper_text)
}

fn str_lower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "lower", lower_text)
}

fn str_casefold(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "casefold", casefold_text)
}

fn str_title(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "title", title_text)
}

fn str_capitalize(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "capitalize", capitalize_text)
}

fn str_swapcase(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "swapcase", swapcase_text)
}

// ---------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------

/// Applies a whole-string predicate (no arguments).
fn predicate(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    f: fn(&str) -> bool,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    no_args(vm, args, kw, &format!("str.{name}"))?;
    Ok(Value::Bool(f(s.as_str())))
}

fn all_nonempty(t: &str, f: fn(char) -> bool) -> bool {
    !t.is_empty() && t.chars().all(f)
}

fn is_upper_text(t: &str) -> bool {
    let mut cased = false;
    for c in t.chars() {
        if ucd::is_lower(c) || ucd::is_title(c) {
            return false;
        }
        cased |= ucd::is_upper(c);
    }
    cased
}

fn is_lower_text(t: &str) -> bool {
    let mut cased = false;
    for c in t.chars() {
        if ucd::is_upper(c) || ucd::is_title(c) {
            return false;
        }
        cased |= ucd::is_lower(c);
    }
    cased
}

fn is_title_text(t: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in t.chars() {
        if ucd::is_upper(c) || ucd::is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if ucd::is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.isidentifier`.
pub fn is_identifier(t: &str) -> bool {
    let mut it = t.chars();
    match it.next() {
        Some(c) if ucd::is_id_start(c) => it.all(ucd::is_id_continue),
        _ => false,
    }
}

fn str_isdigit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isdigit", |t| all_nonempty(t, ucd::is_digit))
}

fn str_isdecimal(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isdecimal", |t| {
        all_nonempty(t, ucd::is_decimal)
    })
}

fn str_isnumeric(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isnumeric", |t| {
        all_nonempty(t, ucd::is_numeric)
    })
}

fn str_isalpha(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isalpha", |t| all_nonempty(t, ucd::is_alpha))
}

fn str_isalnum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isalnum", |t| all_nonempty(t, ucd::is_alnum))
}

fn str_isspace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isspace", |t| all_nonempty(t, ucd::is_space))
}

fn str_isupper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isupper", is_upper_text)
}

fn str_islower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "islower", is_lower_text)
}

fn str_istitle(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "istitle", is_title_text)
}

fn str_isidentifier(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isidentifier", is_identifier)
}

fn str_isprintable(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isprintable", |t| {
        t.chars().all(ucd::is_printable)
    })
}

fn str_isascii(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isascii", str::is_ascii)
}

// ---------------------------------------------------------------------
// encode, translate, maketrans
// ---------------------------------------------------------------------

fn str_encode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "encode")?;
    let sig = Sig {
        name: "encode",
        params: &["encoding", "errors"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let encoding = opt_str_param(vm, b[0].as_ref(), "encode", "encoding")?;
    let errors = opt_str_param(vm, b[1].as_ref(), "encode", "errors")?;
    let data = crate::types::bytes::encode(
        vm,
        s.as_str(),
        encoding.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?;
    Ok(crate::types::bytes::new_bytes(data))
}

/// What `str.translate` does with one character.
enum Mapped {
    Keep,
    Delete,
    Text(String),
}

fn translate_char(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let r = match vm.getitem(table, &Value::Int(c as i64)) {
        Ok(r) => r,
        Err(e) if vm.err_is(&e, "LookupError") => return Ok(Mapped::Keep),
        Err(e) => return Err(e),
    };
    match &r {
        Value::None => Ok(Mapped::Delete),
        Value::Int(_) | Value::Bool(_) => {
            let i = clamp_int(&r);
            match u32::try_from(i).ok().filter(|u| *u < 0x110000) {
                Some(u) => Ok(Mapped::Text(
                    char::from_u32(u).unwrap_or('\u{fffd}').to_string(),
                )),
                None => Err(vm.value_error("character mapping must be in range(0x110000)")),
            }
        }
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
            Err(vm.value_error("character mapping must be in range(0x110000)"))
        }
        _ => match r.as_str() {
            Some(t) => Ok(Mapped::Text(t.to_string())),
            None => Err(vm.type_error("character mapping must return integer, None or str")),
        },
    }
}

fn str_translate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "translate")?;
    let table = one_arg(vm, args, kw, "str.translate")?;
    let text = s.as_str().to_string();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match translate_char(vm, &table, c)? {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Text(t) => out.push_str(&t),
        }
    }
    Ok(Value::str(out))
}

fn single_char(s: &str) -> Option<char> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// `str.maketrans(x[, y[, z]])` (a static method).
fn str_maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kw(vm, kw, "str.maketrans")?;
    check_count(vm, "maketrans", args.len(), 1, 3)?;
    let out = PyObject::new_dict(crate::dict::Dict::new());
    let Payload::Dict(cell) = &out.payload else {
        return Err(vm.error("SystemError", "bad dict"));
    };
    if args.len() == 1 {
        let Some(Payload::Dict(src)) = args[0].payload() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let entries: Vec<(Value, Value)> = src
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            let key = match (&k, k.as_str()) {
                (_, Some(t)) => match single_char(t) {
                    Some(c) => Value::Int(c as i64),
                    None => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                },
                (Value::Int(_) | Value::Bool(_), None) => Value::Int(clamp_int(&k)),
                (Value::Obj(o), None) if matches!(o.payload, Payload::BigInt(_)) => k.clone(),
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            crate::dict::set_item(vm, cell, key, v)?;
        }
        return Ok(Value::Obj(out));
    }
    let Some(x) = args[0].as_str() else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let y = str_arg(vm, &args[1], "maketrans() argument 2")?;
    let z = match args.get(2) {
        Some(v) => Some(str_arg(vm, v, "maketrans() argument 3")?),
        None => None,
    };
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        crate::dict::set_item(vm, cell, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    for c in z.unwrap_or("").chars() {
        crate::dict::set_item(vm, cell, Value::Int(c as i64), Value::None)?;
    }
    Ok(Value::Obj(out))
}

// ---------------------------------------------------------------------
// Special methods
// ---------------------------------------------------------------------

fn str_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__len__")?;
    slot_args(vm, args, kw, "__len__", 0)?;
    Ok(Value::from(s.char_len()))
}

fn str_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__getitem__")?;
    slot_args(vm, args, kw, "__getitem__", 1)?;
    getitem(vm, &args[0], &args[1])
}

fn str_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__contains__")?;
    slot_args(vm, args, kw, "__contains__", 1)?;
    match args[1].as_str() {
        Some(needle) => Ok(Value::Bool(s.as_str().contains(needle))),
        None => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&args[1])
        ))),
    }
}

/// Whether the class of `v` (a user class instance) defines the special method `name`.
fn user_defines(vm: &Vm, v: &Value, name: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class.is_some()) && vm.lookup_special(v, name).is_some()
}

fn str_add(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__add__")?;
    slot_args(vm, args, kw, "__add__", 1)?;
    if args[1].as_str().is_none() && user_defines(vm, &args[1], &names().__radd__) {
        return Ok(not_implemented());
    }
    concat(vm, s.as_str(), &args[1])
}

fn mul_common(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    slot_args(vm, args, kw, name, 1)?;
    let other = &args[1];
    if !has_index(vm, other) {
        if name == "__mul__" && user_defines(vm, other, &names().__rmul__) {
            return Ok(not_implemented());
        }
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(other)
        )));
    }
    match repeat_count(vm, other)? {
        Some(n) => repeat(vm, s.as_str(), n),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

fn str_mul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    mul_common(vm, args, kw, "__mul__")
}

fn str_rmul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    mul_common(vm, args, kw, "__rmul__")
}

fn str_mod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__mod__")?;
    slot_args(vm, args, kw, "__mod__", 1)?;
    percent_format(vm, &args[0], &args[1])
}

fn str_rmod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__rmod__")?;
    slot_args(vm, args, kw, "__rmod__", 1)?;
    if args[1].as_str().is_some() {
        return percent_format(vm, &args[1], &args[0]);
    }
    Ok(not_implemented())
}

/// Rich comparison of two strs (code-point order equals UTF-8 byte order).
fn compare_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    slot_args(vm, args, kw, name, 1)?;
    let Some(o) = args[1].as_str() else {
        return Ok(not_implemented());
    };
    let ord = s.as_str().cmp(o);
    use std::cmp::Ordering::*;
    let r = match name {
        "__eq__" => ord == Equal,
        "__ne__" => ord != Equal,
        "__lt__" => ord == Less,
        "__le__" => ord != Greater,
        "__gt__" => ord == Greater,
        _ => ord != Less,
    };
    Ok(Value::Bool(r))
}

fn str_eq(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__eq__")
}

fn str_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__ne__")
}

fn str_lt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__lt__")
}

fn str_le(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__le__")
}

fn str_gt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__gt__")
}

fn str_ge(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare_method(vm, args, kw, "__ge__")
}

fn str_hash(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__hash__")?;
    slot_args(vm, args, kw, "__hash__", 0)?;
    Ok(Value::Int(s.hash()))
}

fn str_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__repr__")?;
    slot_args(vm, args, kw, "__repr__", 0)?;
    Ok(Value::str(repr_str(s.as_str())))
}

fn str_str(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__str__")?;
    slot_args(vm, args, kw, "__str__", 0)?;
    Ok(same_or_new(&args[0], s.as_str()))
}

fn str_format_spec(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__format__")?;
    let spec = one_arg(vm, args, kw, "str.__format__")?;
    let Some(spec) = spec.as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&spec)
        )));
    };
    if spec.is_empty() {
        return vm.to_str_value(&args[0]);
    }
    format(vm, &args[0], spec).map(Value::str)
}

fn str_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__iter__")?;
    slot_args(vm, args, kw, "__iter__", 0)?;
    match &args[0] {
        Value::Obj(o) => Ok(new_iter(IterState::Str(o.clone(), 0))),
        other => vm.iter(other),
    }
}

fn str_getnewargs(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__getnewargs__")?;
    no_args(vm, args, kw, "str.__getnewargs__")?;
    Ok(new_tuple(vec![Value::str(s.as_str())]))
}

fn str_sizeof(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "__sizeof__")?;
    no_args(vm, args, kw, "str.__sizeof__")?;
    let per = if s.is_ascii() { 1 } else { 4 };
    Ok(Value::from(40 + 1 + s.char_len() * per))
}

fn str_format_method(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "format")?;
    let text = s.as_str().to_string();
    let src = FieldSource::Args {
        args: &args[1..],
        kw,
    };
    format_template(vm, &text, &src).map(Value::str)
}

fn str_format_map(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "format_map")?;
    let mapping = one_arg(vm, args, kw, "str.format_map")?;
    let text = s.as_str().to_string();
    let src = FieldSource::Mapping(&mapping);
    format_template(vm, &text, &src).map(Value::str)
}

/// Methods of `str`.
pub const METHODS: &[MethodDef] = &[
    method("__len__", str_len),
    method("__getitem__", str_getitem),
    method("__contains__", str_contains),
    method("__add__", str_add),
    method("__mul__", str_mul),
    method("__rmul__", str_rmul),
    method("__mod__", str_mod),
    method("__rmod__", str_rmod),
    method("__eq__", str_eq),
    method("__ne__", str_ne),
    method("__lt__", str_lt),
    method("__le__", str_le),
    method("__gt__", str_gt),
    method("__ge__", str_ge),
    method("__hash__", str_hash),
    method("__repr__", str_repr),
    method("__str__", str_str),
    method("__format__", str_format_spec),
    method("__iter__", str_iter),
    method("__getnewargs__", str_getnewargs),
    method("__sizeof__", str_sizeof),
    method("join", str_join),
    method("split", str_split),
    method("rsplit", str_rsplit),
    method("splitlines", str_splitlines),
    method("strip", str_strip),
    method("lstrip", str_lstrip),
    method("rstrip", str_rstrip),
    method("replace", str_replace),
    method("find", str_find),
    method("rfind", str_rfind),
    method("index", str_index),
    method("rindex", str_rindex),
    method("count", str_count),
    method("startswith", str_startswith),
    method("endswith", str_endswith),
    method("upper", str_upper),
    method("lower", str_lower),
    method("casefold", str_casefold),
    method("title", str_title),
    method("capitalize", str_capitalize),
    method("swapcase", str_swapcase),
    method("center", str_center),
    method("ljust", str_ljust),
    method("rjust", str_rjust),
    method("zfill", str_zfill),
    method("partition", str_partition),
    method("rpartition", str_rpartition),
    method("isdigit", str_isdigit),
    method("isdecimal", str_isdecimal),
    method("isnumeric", str_isnumeric),
    method("isalpha", str_isalpha),
    method("isalnum", str_isalnum),
    method("isspace", str_isspace),
    method("isupper", str_isupper),
    method("islower", str_islower),
    method("istitle", str_istitle),
    method("isidentifier", str_isidentifier),
    method("isprintable", str_isprintable),
    method("isascii", str_isascii),
    method("expandtabs", str_expandtabs),
    method("encode", str_encode),
    method("format", str_format_method),
    method("format_map", str_format_map),
    method("removeprefix", str_removeprefix),
    method("removesuffix", str_removesuffix),
    method("translate", str_translate),
    staticmethod("maketrans", str_maketrans),
];

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

mod percent;
pub use percent::*;

mod template;
pub use template::*;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod vm_tests;
