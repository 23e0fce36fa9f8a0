//! Case mapping (`upper`, `lower`, `casefold`, `title`, `capitalize`,
//! `swapcase`) and the character-class predicates (`isdigit`, `isalpha`,
//! `istitle`, `isidentifier`, `isprintable`, ...).

use super::*;

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

pub(super) fn casefold_text(t: &str) -> String {
    if t.is_ascii() {
        return t.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        ucd::push_casefold(&mut out, c);
    }
    out
}

pub(super) fn title_text(t: &str) -> String {
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

pub(super) fn capitalize_text(t: &str) -> String {
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

pub(super) fn swapcase_text(t: &str) -> String {
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

pub(super) fn str_upper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "upper", upper_text)
}

pub(super) fn str_lower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "lower", lower_text)
}

pub(super) fn str_casefold(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "casefold", casefold_text)
}

pub(super) fn str_title(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    case_method(vm, args, kw, "title", title_text)
}

pub(super) fn str_capitalize(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    case_method(vm, args, kw, "capitalize", capitalize_text)
}

pub(super) fn str_swapcase(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
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

pub(super) fn is_upper_text(t: &str) -> bool {
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

pub(super) fn is_title_text(t: &str) -> bool {
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

pub(super) fn str_isdigit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isdigit", |t| all_nonempty(t, ucd::is_digit))
}

pub(super) fn str_isdecimal(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isdecimal", |t| {
        all_nonempty(t, ucd::is_decimal)
    })
}

pub(super) fn str_isnumeric(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isnumeric", |t| {
        all_nonempty(t, ucd::is_numeric)
    })
}

pub(super) fn str_isalpha(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isalpha", |t| all_nonempty(t, ucd::is_alpha))
}

pub(super) fn str_isalnum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isalnum", |t| all_nonempty(t, ucd::is_alnum))
}

pub(super) fn str_isspace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isspace", |t| all_nonempty(t, ucd::is_space))
}

pub(super) fn str_isupper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isupper", is_upper_text)
}

pub(super) fn str_islower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "islower", is_lower_text)
}

pub(super) fn str_istitle(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "istitle", is_title_text)
}

pub(super) fn str_isidentifier(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    predicate(vm, args, kw, "isidentifier", is_identifier)
}

pub(super) fn str_isprintable(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    predicate(vm, args, kw, "isprintable", |t| {
        t.chars().all(ucd::is_printable)
    })
}

pub(super) fn str_isascii(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isascii", str::is_ascii)
}
