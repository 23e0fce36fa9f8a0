//! Methods that return an edited copy of the text: `strip`/`lstrip`/
//! `rstrip`, `replace`, padding (`center`, `ljust`, `rjust`, `zfill`),
//! `expandtabs` and `removeprefix`/`removesuffix`.

use super::*;

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

pub(super) fn str_strip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "strip", true, true)
}

pub(super) fn str_lstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "lstrip", true, false)
}

pub(super) fn str_rstrip(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "rstrip", false, true)
}

pub(super) fn str_replace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
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

pub(super) fn str_center(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "center", '^')
}

pub(super) fn str_ljust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "ljust", '<')
}

pub(super) fn str_rjust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "rjust", '>')
}

pub(super) fn str_zfill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
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

pub(super) fn str_expandtabs(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
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

pub(super) fn str_removeprefix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let s = recv(vm, args, "removeprefix")?;
    let p = one_arg(vm, args, kw, "str.removeprefix")?;
    let prefix = affix_arg(vm, &p, "removeprefix")?;
    match s.as_str().strip_prefix(prefix) {
        Some(rest) if !prefix.is_empty() => Ok(Value::str(rest)),
        _ => Ok(same_or_new(&args[0], s.as_str())),
    }
}

pub(super) fn str_removesuffix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let s = recv(vm, args, "removesuffix")?;
    let p = one_arg(vm, args, kw, "str.removesuffix")?;
    let suffix = affix_arg(vm, &p, "removesuffix")?;
    match s.as_str().strip_suffix(suffix) {
        Some(rest) if !suffix.is_empty() => Ok(Value::str(rest)),
        _ => Ok(same_or_new(&args[0], s.as_str())),
    }
}
