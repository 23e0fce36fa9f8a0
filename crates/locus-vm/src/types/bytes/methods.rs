//! The method receivers of `bytes` and `bytearray` (with CPython's
//! descriptor errors) and the methods that are not searches or ASCII
//! transformations: the special-method wrappers (`__len__`, `__getitem__`,
//! comparisons, ...), `decode`, `hex`/`fromhex`, `join`, `split`/`rsplit`/
//! `splitlines`, `strip`, `replace`, `translate` and `maketrans`.

use super::*;
use crate::iter::{new_iter, IterState};

/// The receiver's contents (bytes or bytearray), with CPython's descriptor errors.
pub(super) fn recv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<Cow<'a, [u8]>> {
    let Some(first) = args.first() else {
        return Err(vm.type_error(format!("unbound method bytes.{name}() needs an argument")));
    };
    bytes_like(first).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            vm.type_name(first)
        ))
    })
}

/// The bytearray receiver's cell.
pub(super) fn recv_array<'a>(
    vm: &Vm,
    args: &'a [Value],
    name: &str,
) -> PyResult<&'a PyCell<Vec<u8>>> {
    match args.first().and_then(Value::payload) {
        Some(Payload::ByteArray(cell)) => Ok(cell),
        _ => {
            let t = args
                .first()
                .map_or_else(|| "nothing".to_string(), |v| vm.type_name(v));
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

fn new_list(items: Vec<Value>) -> Value {
    Value::Obj(PyObject::new_list(items))
}

/// `qualname` of a method for messages (`bytes.replace` / `bytearray.replace`).
pub(super) fn qual(args: &[Value], name: &str) -> String {
    format!("{}.{name}", args.first().map_or("bytes", kind_name))
}

pub(super) fn b_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "__len__")?;
    slot_args(vm, args, kw, "__len__", 0)?;
    Ok(Value::from(d.len()))
}

pub(super) fn b_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__getitem__")?;
    slot_args(vm, args, kw, "__getitem__", 1)?;
    getitem(vm, &args[0], &args[1])
}

pub(super) fn b_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__iter__")?;
    slot_args(vm, args, kw, "__iter__", 0)?;
    match &args[0] {
        Value::Obj(o) => Ok(new_iter(IterState::Bytes(o.clone(), 0))),
        other => vm.iter(other),
    }
}

pub(super) fn b_contains(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__contains__")?;
    slot_args(vm, args, kw, "__contains__", 1)?;
    contains(vm, &args[0], &args[1]).map(Value::Bool)
}

pub(super) fn b_add(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__add__")?;
    slot_args(vm, args, kw, "__add__", 1)?;
    concat_bytes(vm, &args[0], &args[1])
}

pub(super) fn b_mul(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__mul__")?;
    slot_args(vm, args, kw, "__mul__", 1)?;
    repeat_bytes(vm, &args[0], &args[1])
}

pub(super) fn b_mod(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv(vm, args, "__mod__")?;
    slot_args(vm, args, kw, "__mod__", 1)?;
    percent_bytes(vm, &args[0], &args[1])
}

pub(super) fn b_repr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "__repr__")?;
    slot_args(vm, args, kw, "__repr__", 0)?;
    if is_bytearray(&args[0]) {
        let r = repr_bytearray_data(&d);
        return Ok(Value::str(format!("{}({r})", vm.type_name(&args[0]))));
    }
    let r = repr_bytes(&d);
    Ok(Value::str(r))
}

pub(super) fn b_hash(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "__hash__")?;
    slot_args(vm, args, kw, "__hash__", 0)?;
    if is_bytearray(&args[0]) {
        return Err(vm.type_error(format!("unhashable type: '{}'", vm.type_name(&args[0]))));
    }
    Ok(Value::Int(crate::hash::hash_bytes(&d)))
}

fn compare(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<Value> {
    let d = recv(vm, args, name)?;
    slot_args(vm, args, kw, name, 1)?;
    let other_ok = is_bytearray(&args[0]) || matches!(args[1].payload(), Some(Payload::Bytes(_)));
    let Some(o) = bytes_like(&args[1]).filter(|_| other_ok) else {
        return Ok(crate::typeobj::singletons().not_implemented.clone());
    };
    let ord = d.as_ref().cmp(o.as_ref());
    use std::cmp::Ordering::*;
    Ok(Value::Bool(match name {
        "__eq__" => ord == Equal,
        "__ne__" => ord != Equal,
        "__lt__" => ord == Less,
        "__le__" => ord != Greater,
        "__gt__" => ord == Greater,
        _ => ord != Less,
    }))
}

pub(super) fn b_eq(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare(vm, args, kw, "__eq__")
}

pub(super) fn b_ne(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare(vm, args, kw, "__ne__")
}

pub(super) fn b_lt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare(vm, args, kw, "__lt__")
}

pub(super) fn b_le(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare(vm, args, kw, "__le__")
}

pub(super) fn b_gt(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare(vm, args, kw, "__gt__")
}

pub(super) fn b_ge(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    compare(vm, args, kw, "__ge__")
}

pub(super) fn b_decode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "decode")?;
    let sig = Sig {
        name: "decode",
        params: &["encoding", "errors"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let encoding = opt_str_param(vm, b[0].as_ref(), "decode", "encoding")?;
    let errors = opt_str_param(vm, b[1].as_ref(), "decode", "errors")?;
    let text = decode(
        vm,
        &d,
        encoding.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?;
    Ok(Value::str(text))
}

/// The separator of `hex()`: one ASCII character given as str or bytes.
fn hex_sep(vm: &Vm, v: &Value) -> PyResult<Option<char>> {
    let chars: Vec<char> = match (v.as_str(), bytes_like(v)) {
        _ if v.is_none() => return Ok(None),
        (Some(s), _) => s.chars().collect(),
        (None, Some(b)) => b.iter().map(|x| *x as char).collect(),
        _ => {
            return Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v))))
        }
    };
    if chars.len() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    if !chars[0].is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    Ok(Some(chars[0]))
}

/// Hex digits of `data`, with `sep` every `group` bytes (from the right
/// when `group > 0`, from the left when negative).
pub fn to_hex(data: &[u8], sep: Option<char>, group: i64) -> String {
    let mut out = String::with_capacity(data.len() * 3);
    let n = group.unsigned_abs() as usize;
    let len = data.len();
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && n > 0 {
                let boundary = if group > 0 {
                    (len - i).is_multiple_of(n)
                } else {
                    i.is_multiple_of(n)
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    out
}

pub(super) fn b_hex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "hex")?;
    let sig = Sig {
        name: "hex",
        params: &["sep", "bytes_per_sep"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let sep = match &b[0] {
        Some(v) => hex_sep(vm, v)?,
        None => None,
    };
    let group = match &b[1] {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    Ok(Value::str(to_hex(&d, sep, group)))
}

/// Parses the argument of `fromhex`; `Err(position)` at the first bad character.
pub fn parse_hex(s: &str) -> Result<Vec<u8>, usize> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let hi = chars[i]
            .to_digit(16)
            .filter(|_| chars[i].is_ascii())
            .ok_or(i)?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()))
            .ok_or(i + 1)?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

pub(super) fn b_fromhex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let arg = one_arg(vm, args, kw, "fromhex")?;
    let Some(s) = arg.as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&arg)
        )));
    };
    let data = parse_hex(s).map_err(|pos| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    })?;
    let cls = match args.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().bytes.clone(),
    };
    if GilRc::ptr_eq(&cls, &types().bytes) {
        return Ok(new_bytes(data));
    }
    if GilRc::ptr_eq(&cls, &types().bytearray) {
        return Ok(new_bytearray(data));
    }
    let base = if crate::typeobj::is_subtype(&cls, &types().bytearray) {
        new_bytearray(data)
    } else {
        new_bytes(data)
    };
    vm.call(&Value::Obj(cls), &[base], &[])
}

pub(super) fn b_join(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let sep = recv(vm, args, "join")?.into_owned();
    let iterable = one_arg(vm, args, kw, &qual(args, "join"))?;
    let it = match vm.iter(&iterable) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => {
            return Err(vm.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(x) = vm.next(&it)? {
        let Some(part) = bytes_like(&x) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(&x)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&part);
        check_alloc(vm, out.len())?;
        i += 1;
    }
    Ok(same_kind(&args[0], out))
}

pub(super) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Splits on runs of ASCII whitespace, at most `max` times, from the left.
pub(super) fn split_ws(data: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    let mut left = max;
    loop {
        let start = rest
            .iter()
            .position(|b| !is_ascii_space(*b))
            .unwrap_or(rest.len());
        rest = &rest[start..];
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        let end = rest
            .iter()
            .position(|b| is_ascii_space(*b))
            .unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        left -= 1;
    }
    out
}

/// Splits on runs of ASCII whitespace, at most `max` times, from the right.
pub(super) fn rsplit_ws(data: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    let mut left = max;
    loop {
        let end = rest
            .iter()
            .rposition(|b| !is_ascii_space(*b))
            .map_or(0, |p| p + 1);
        rest = &rest[..end];
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        let start = rest
            .iter()
            .rposition(|b| is_ascii_space(*b))
            .map_or(0, |p| p + 1);
        out.push(&rest[start..]);
        rest = &rest[..start];
        left -= 1;
    }
    out.reverse();
    out
}

pub(super) fn split_on<'a>(data: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    let mut left = max;
    while left > 0 {
        match find_sub(rest, sep) {
            Some(p) => {
                out.push(&rest[..p]);
                rest = &rest[p + sep.len()..];
                left -= 1;
            }
            None => break,
        }
    }
    out.push(rest);
    out
}

pub(super) fn rsplit_on<'a>(data: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    let mut left = max;
    while left > 0 {
        match rfind_sub(rest, sep) {
            Some(p) => {
                out.push(&rest[p + sep.len()..]);
                rest = &rest[..p];
                left -= 1;
            }
            None => break,
        }
    }
    out.push(rest);
    out.reverse();
    out
}

fn split_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &'static str,
    right: bool,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?;
    let sig = Sig {
        name,
        params: &["sep", "maxsplit"],
        posonly: 0,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let sep = match &b[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?.into_owned()),
    };
    if sep.as_ref().is_some_and(Vec::is_empty) {
        return Err(vm.value_error("empty separator"));
    }
    let max = match &b[1] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let parts = match (&sep, right) {
        (None, false) => split_ws(&d, max),
        (None, true) => rsplit_ws(&d, max),
        (Some(s), false) => split_on(&d, s, max),
        (Some(s), true) => rsplit_on(&d, s, max),
    };
    Ok(new_list(
        parts
            .into_iter()
            .map(|p| same_kind(&args[0], p.to_vec()))
            .collect(),
    ))
}

pub(super) fn b_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    split_common(vm, args, kw, "split", false)
}

pub(super) fn b_rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    split_common(vm, args, kw, "rsplit", true)
}

pub(super) fn b_splitlines(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "splitlines")?;
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
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        let c = d[i];
        if c == b'\n' || c == b'\r' {
            let mut eol = i + 1;
            if c == b'\r' && d.get(i + 1) == Some(&b'\n') {
                eol += 1;
            }
            let end = if keep { eol } else { i };
            out.push(same_kind(&args[0], d[start..end].to_vec()));
            start = eol;
            i = eol;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(same_kind(&args[0], d[start..].to_vec()));
    }
    Ok(new_list(out))
}

fn strip_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?;
    no_kw(vm, kw, &qual(args, name))?;
    check_count(vm, name, args.len() - 1, 0, 1)?;
    let set: Option<Vec<u8>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?.into_owned()),
    };
    let strip = |b: &u8| match &set {
        Some(s) => s.contains(b),
        None => is_ascii_space(*b),
    };
    let start = if left {
        d.iter().position(|b| !strip(b)).unwrap_or(d.len())
    } else {
        0
    };
    let end = if right {
        d.iter().rposition(|b| !strip(b)).map_or(start, |p| p + 1)
    } else {
        d.len()
    };
    let end = end.max(start);
    Ok(same_kind(&args[0], d[start..end].to_vec()))
}

pub(super) fn b_strip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "strip", true, true)
}

pub(super) fn b_lstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "lstrip", true, false)
}

pub(super) fn b_rstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "rstrip", false, true)
}

/// Replaces up to `count` occurrences of `old` (an empty `old` inserts between bytes).
pub(super) fn replace_bytes(data: &[u8], old: &[u8], new: &[u8], count: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut left = count;
    if old.is_empty() {
        for (i, b) in data.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(*b);
            let _ = i;
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut rest = data;
    while left > 0 {
        match find_sub(rest, old) {
            Some(p) => {
                out.extend_from_slice(&rest[..p]);
                out.extend_from_slice(new);
                rest = &rest[p + old.len()..];
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    out
}

/// `bytes.translate(table, /, delete=b'')`: maps every byte through the
/// 256-byte `table` (identity when None) after dropping the bytes in `delete`.
pub(super) fn b_translate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "translate")?;
    let sig = Sig {
        name: "translate",
        params: &["table", "delete"],
        posonly: 1,
    };
    let b = bind(vm, &sig, &args[1..], kw)?;
    let table = match &b[0] {
        Some(t) if !t.is_none() => {
            let t = bytes_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t.into_owned())
        }
        _ => None,
    };
    let mut deleted = [false; 256];
    if let Some(del) = &b[1] {
        for &c in bytes_arg(vm, del)?.iter() {
            deleted[c as usize] = true;
        }
    }
    let out: Vec<u8> = d
        .iter()
        .filter(|&&c| !deleted[c as usize])
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(same_kind(&args[0], out))
}

/// `bytes.maketrans(frm, to)` (a static method): a 256-byte table mapping
/// each byte of `frm` to the byte at the same position in `to`.
pub(super) fn b_maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    maketrans(vm, args, kw, "bytes")
}

/// `bytearray.maketrans(frm, to)`: the same table, as bytes.
pub(super) fn ba_maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    maketrans(vm, args, kw, "bytearray")
}

fn maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], owner: &str) -> PyResult<Value> {
    no_kw(vm, kw, &format!("{owner}.maketrans"))?;
    check_count(vm, "maketrans", args.len(), 2, 2)?;
    let frm = bytes_arg(vm, &args[0])?;
    let to = bytes_arg(vm, &args[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(new_bytes(table))
}

pub(super) fn b_replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "replace")?;
    no_kw(vm, kw, &qual(args, "replace"))?;
    check_count(vm, "replace", args.len() - 1, 2, 3)?;
    let old = bytes_arg(vm, &args[1])?;
    let new = bytes_arg(vm, &args[2])?;
    let count = match args.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let n = if old.is_empty() {
        d.len() + 1
    } else {
        count_sub(&d, &old)
    };
    let n = if count < 0 { n } else { n.min(count as usize) };
    let size = d.len() as u128 + n as u128 * new.len() as u128;
    check_alloc(vm, size.min(u128::from(u64::MAX)) as usize)?;
    Ok(same_kind(&args[0], replace_bytes(&d, &old, &new, n)))
}
