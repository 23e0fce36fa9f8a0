//! Argument helpers of the number types' methods, shared with `float.rs`:
//! binding named parameters with CPython's messages (and "Did you mean"
//! suggestions), receiver checks for methods and slot wrappers, and the
//! arguments of `__format__` and `__round__`.

use super::*;

/// Binds the arguments of a builtin with named parameters, with the
/// messages CPython's Argument Clinic produces. `max_pos` parameters may be
/// given positionally, the first `required` must be given.
pub(crate) fn bind_args(
    vm: &Vm,
    fname: &str,
    pos: &[Value],
    kw: &KwArgs,
    params: &[&str],
    max_pos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    if pos.len() > max_pos {
        let what = if max_pos == 1 {
            "argument"
        } else {
            "arguments"
        };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max_pos} positional {what} ({} given)",
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in kw {
        let name = k.as_str().unwrap_or("");
        match params.iter().position(|p| *p == name) {
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(unexpected_keyword(vm, fname, name, params)),
        }
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// `f() got an unexpected keyword argument 'x'`, with CPython 3.13's
/// "Did you mean" suggestion for near misses.
pub(crate) fn unexpected_keyword(vm: &Vm, fname: &str, name: &str, params: &[&str]) -> PyErr {
    let mut msg = format!("{fname}() got an unexpected keyword argument '{name}'");
    if let Some(s) = suggest(name, params) {
        msg.push_str(&format!(". Did you mean '{s}'?"));
    }
    vm.type_error(msg)
}

/// The closest candidate to `name` by CPython's weighted edit distance
/// (2 per edit, 1 for a case-only substitution), if close enough.
pub(super) fn suggest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let mut best: Option<(&str, usize)> = None;
    for c in candidates {
        if *c == name {
            continue;
        }
        let max = (name.len() + c.len() + 3) * 2 / 6;
        let d = edit_cost(name.as_bytes(), c.as_bytes());
        if d <= max && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c)
}

/// Weighted Levenshtein distance between two ASCII-ish names.
fn edit_cost(a: &[u8], b: &[u8]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * 2).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut cur = vec![(i + 1) * 2; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let sub = if ca == cb {
                0
            } else if ca.eq_ignore_ascii_case(&cb) {
                1
            } else {
                2
            };
            cur[j + 1] = (prev[j] + sub).min(prev[j + 1] + 2).min(cur[j] + 2);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Checks a no-argument method call (`int.bit_length()` style messages)
/// and returns the receiver.
pub(crate) fn noargs<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &KwArgs,
    owner: &str,
    name: &str,
    ok: fn(&Value) -> bool,
) -> PyResult<&'a Value> {
    let recv = method_receiver(vm, args, owner, name, ok)?;
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{owner}.{name}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(recv)
}

/// The receiver of a named method, checked against its owner type.
pub(crate) fn method_receiver<'a>(
    vm: &Vm,
    args: &'a [Value],
    owner: &str,
    name: &str,
    ok: fn(&Value) -> bool,
) -> PyResult<&'a Value> {
    let Some(recv) = args.first() else {
        return Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument")));
    };
    if !ok(recv) {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(recv)
        )));
    }
    Ok(recv)
}

/// Checks a slot-wrapper call (`__add__`, `__neg__`, ...): a receiver of the
/// owner type, exactly `n` more positional arguments, no keywords.
pub(crate) fn wrapper_args<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &KwArgs,
    owner: &str,
    name: &str,
    n: usize,
    ok: fn(&Value) -> bool,
) -> PyResult<&'a [Value]> {
    wrapper_receiver(vm, args, owner, name, ok)?;
    if !kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    if args.len() != n + 1 {
        let what = if n == 1 { "argument" } else { "arguments" };
        return Err(vm.type_error(format!("expected {n} {what}, got {}", args.len() - 1)));
    }
    Ok(args)
}

/// The receiver of a slot wrapper, checked against its owner type.
pub(crate) fn wrapper_receiver<'a>(
    vm: &Vm,
    args: &'a [Value],
    owner: &str,
    name: &str,
    ok: fn(&Value) -> bool,
) -> PyResult<&'a Value> {
    let Some(recv) = args.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        )));
    };
    if !ok(recv) {
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            vm.type_name(recv)
        )));
    }
    Ok(recv)
}

/// Checks the arguments of a ternary slot wrapper (`__pow__`): one or two.
pub(crate) fn ternary_args<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &KwArgs,
    owner: &str,
    name: &str,
    ok: fn(&Value) -> bool,
) -> PyResult<&'a [Value]> {
    wrapper_receiver(vm, args, owner, name, ok)?;
    if !kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    match args.len() {
        1 => Err(vm.type_error(" expected at least 1 argument, got 0")),
        2 | 3 => Ok(args),
        n => Err(vm.type_error(format!(" expected at most 2 arguments, got {}", n - 1))),
    }
}

/// The single str argument of a `__format__` method.
pub(crate) fn format_spec_arg(
    vm: &Vm,
    args: &[Value],
    kw: &KwArgs,
    owner: &str,
) -> PyResult<String> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{owner}.__format__() takes no keyword arguments")));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{owner}.__format__() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    match args[1].as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args[1])
        ))),
    }
}

/// The optional `ndigits` argument of `__round__` (`None` when absent or None).
pub(crate) fn round_ndigits<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &KwArgs,
    owner: &str,
) -> PyResult<Option<&'a Value>> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{owner}.__round__() takes no keyword arguments")));
    }
    match args.len() {
        1 => Ok(None),
        2 if args[1].is_none() => Ok(None),
        2 => Ok(Some(&args[1])),
        n => Err(vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            n - 1
        ))),
    }
}
