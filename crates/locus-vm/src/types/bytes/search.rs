//! Searching inside bytes: the subsequence primitives shared by `in`,
//! `split` and `replace`, and the `find`/`rfind`/`index`/`rindex`/`count`,
//! `startswith`/`endswith`, `partition`/`rpartition` and
//! `removeprefix`/`removesuffix` methods.

use super::*;
use crate::types::str::{adjust_range, opt_slice_arg};

/// Position of `needle` in `hay` (an empty needle matches at 0).
pub(super) fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() == 1 {
        return hay.iter().position(|b| *b == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Last position of `needle` in `hay` (an empty needle matches at the end).
pub(super) fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Number of non-overlapping occurrences of a non-empty `needle`.
pub(super) fn count_sub(hay: &[u8], needle: &[u8]) -> usize {
    let mut n = 0;
    let mut rest = hay;
    while let Some(p) = find_sub(rest, needle) {
        n += 1;
        rest = &rest[p + needle.len()..];
    }
    n
}

/// The `sub` argument of `find`-like methods: an int in range(256) or bytes-like.
fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.into_owned());
    }
    if has_index(vm, v) {
        return Ok(vec![byte_value(vm, v)?]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    )))
}

/// Receiver contents, needle and resolved range of a `find`-like call.
type FindArgs = (Vec<u8>, Vec<u8>, Option<(usize, usize)>);

/// Parses `name(sub[, start[, end]])`.
fn find_args(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)], name: &str) -> PyResult<FindArgs> {
    let d = recv(vm, args, name)?.into_owned();
    no_kw(vm, kw, &qual(args, name))?;
    check_count(vm, name, args.len() - 1, 1, 3)?;
    let sub = sub_arg(vm, &args[1])?;
    let start = opt_slice_arg(vm, args.get(2))?;
    let end = opt_slice_arg(vm, args.get(3))?;
    let range = adjust_range(d.len(), start, end);
    Ok((d, sub, range))
}

fn find_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    right: bool,
    raise: bool,
) -> PyResult<Value> {
    let (d, sub, range) = find_args(vm, args, kw, name)?;
    let found = range.filter(|(s, e)| s <= e).and_then(|(s, e)| {
        let hay = &d[s..e];
        let p = if right {
            rfind_sub(hay, &sub)
        } else {
            find_sub(hay, &sub)
        };
        p.map(|p| p + s)
    });
    match found {
        Some(p) => Ok(Value::from(p)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

pub(super) fn b_find(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "find", false, false)
}

pub(super) fn b_rfind(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "rfind", true, false)
}

pub(super) fn b_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "index", false, true)
}

pub(super) fn b_rindex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "rindex", true, true)
}

pub(super) fn b_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, sub, range) = find_args(vm, args, kw, "count")?;
    let n = match range {
        Some((s, e)) if s <= e => {
            if sub.is_empty() {
                e - s + 1
            } else {
                count_sub(&d[s..e], &sub)
            }
        }
        _ => 0,
    };
    Ok(Value::from(n))
}

fn tail_match(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    end: bool,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?.into_owned();
    no_kw(vm, kw, &qual(args, name))?;
    check_count(vm, name, args.len() - 1, 1, 3)?;
    let start = opt_slice_arg(vm, args.get(2))?;
    let stop = opt_slice_arg(vm, args.get(3))?;
    let subs: Vec<Vec<u8>> = match (bytes_like(&args[1]), args[1].payload()) {
        (Some(b), _) => vec![b.into_owned()],
        (None, Some(Payload::Tuple(items))) => {
            let mut v = Vec::with_capacity(items.len());
            for it in items.iter() {
                v.push(bytes_arg(vm, it)?.into_owned());
            }
            v
        }
        _ => {
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(&args[1])
            )))
        }
    };
    let hit = match adjust_range(d.len(), start, stop) {
        Some((s, e)) if s <= e => {
            let hay = &d[s..e];
            subs.iter().any(|p| {
                if end {
                    hay.ends_with(p)
                } else {
                    hay.starts_with(p)
                }
            })
        }
        _ => false,
    };
    Ok(Value::Bool(hit))
}

pub(super) fn b_startswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    tail_match(vm, args, kw, "startswith", false)
}

pub(super) fn b_endswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    tail_match(vm, args, kw, "endswith", true)
}

fn partition_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    right: bool,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?.into_owned();
    let sep_v = one_arg(vm, args, kw, &qual(args, name))?;
    let sep = bytes_arg(vm, &sep_v)?.into_owned();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let like = &args[0];
    let found = if right {
        rfind_sub(&d, &sep)
    } else {
        find_sub(&d, &sep)
    };
    let parts = match found {
        Some(p) => vec![
            same_kind(like, d[..p].to_vec()),
            same_kind(like, sep.clone()),
            same_kind(like, d[p + sep.len()..].to_vec()),
        ],
        None if right => vec![
            same_kind(like, Vec::new()),
            same_kind(like, Vec::new()),
            same_kind(like, d),
        ],
        None => vec![
            same_kind(like, d),
            same_kind(like, Vec::new()),
            same_kind(like, Vec::new()),
        ],
    };
    Ok(Value::Obj(PyObject::new_tuple(parts)))
}

pub(super) fn b_partition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_common(vm, args, kw, "partition", false)
}

pub(super) fn b_rpartition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_common(vm, args, kw, "rpartition", true)
}

fn affix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    suffix: bool,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?.into_owned();
    let a = one_arg(vm, args, kw, &qual(args, name))?;
    let p = bytes_arg(vm, &a)?;
    let out = if suffix {
        d.strip_suffix(p.as_ref()).unwrap_or(&d).to_vec()
    } else {
        d.strip_prefix(p.as_ref()).unwrap_or(&d).to_vec()
    };
    Ok(same_kind(&args[0], out))
}

pub(super) fn b_removeprefix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    affix(vm, args, kw, "removeprefix", false)
}

pub(super) fn b_removesuffix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    affix(vm, args, kw, "removesuffix", true)
}
