//! Splitting and joining: `split`/`rsplit` (on whitespace or a separator),
//! `splitlines`, `join` and `partition`/`rpartition`.

use super::*;

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
pub(super) fn split_whitespace(text: &str, max: usize) -> Vec<&str> {
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
pub(super) fn rsplit_whitespace(text: &str, max: usize) -> Vec<&str> {
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

pub(super) fn split_sep<'a>(text: &'a str, sep: &str, max: usize) -> Vec<&'a str> {
    if max == usize::MAX {
        return text.split(sep).collect();
    }
    text.splitn(max.saturating_add(1), sep).collect()
}

pub(super) fn rsplit_sep<'a>(text: &'a str, sep: &str, max: usize) -> Vec<&'a str> {
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

pub(super) fn str_split(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, args, kw, "split")?;
    let parts = match &sep {
        None => split_whitespace(s.as_str(), max),
        Some(sep) => split_sep(s.as_str(), sep, max),
    };
    Ok(strs_to_list(parts))
}

pub(super) fn str_rsplit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
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

pub(super) fn str_splitlines(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
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

pub(super) fn str_join(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
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

pub(super) fn str_partition(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    partition_common(vm, args, kw, "partition", false)
}

pub(super) fn str_rpartition(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    partition_common(vm, args, kw, "rpartition", true)
}
