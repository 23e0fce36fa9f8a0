//! Searching in a str: `find`/`rfind`/`index`/`rindex`, `count` and
//! `startswith`/`endswith`, with code-point positions and ranges.

use super::*;

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

pub(super) fn str_find(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "find", false, false)
}

pub(super) fn str_rfind(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "rfind", true, false)
}

pub(super) fn str_index(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "index", false, true)
}

pub(super) fn str_rindex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    find_common(vm, args, kw, "rindex", true, true)
}

pub(super) fn str_count(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
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

pub(super) fn str_startswith(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    tail_match(vm, args, kw, "startswith", false)
}

pub(super) fn str_endswith(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    tail_match(vm, args, kw, "endswith", true)
}
