//! Byte-wise ASCII methods of `bytes` and `bytearray`: case mapping
//! (`upper`, `title`, ...), character-class predicates (`isdigit`, ...) and
//! padding (`center`, `ljust`, `rjust`, `zfill`).

use super::*;

/// Applies a byte-wise transformation (no arguments).
fn map_method(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?;
    no_args(vm, args, kw, &qual(args, name))?;
    let out = f(&d);
    Ok(same_kind(&args[0], out))
}

fn title_bytes(d: &[u8]) -> Vec<u8> {
    let mut prev = false;
    d.iter()
        .map(|b| {
            let r = if prev {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize_bytes(d: &[u8]) -> Vec<u8> {
    d.iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swapcase_bytes(d: &[u8]) -> Vec<u8> {
    d.iter()
        .map(|b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        })
        .collect()
}

pub(super) fn b_upper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_method(vm, args, kw, "upper", <[u8]>::to_ascii_uppercase)
}

pub(super) fn b_lower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_method(vm, args, kw, "lower", <[u8]>::to_ascii_lowercase)
}

pub(super) fn b_title(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_method(vm, args, kw, "title", title_bytes)
}

pub(super) fn b_capitalize(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_method(vm, args, kw, "capitalize", capitalize_bytes)
}

pub(super) fn b_swapcase(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    map_method(vm, args, kw, "swapcase", swapcase_bytes)
}

/// Applies a whole-value predicate (no arguments).
fn predicate(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    f: fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?;
    no_args(vm, args, kw, &qual(args, name))?;
    Ok(Value::Bool(f(&d)))
}

fn all_nonempty(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

pub(super) fn b_isdigit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isdigit", |d| {
        all_nonempty(d, u8::is_ascii_digit)
    })
}

pub(super) fn b_isalpha(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isalpha", |d| {
        all_nonempty(d, u8::is_ascii_alphabetic)
    })
}

pub(super) fn b_isalnum(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isalnum", |d| {
        all_nonempty(d, u8::is_ascii_alphanumeric)
    })
}

pub(super) fn b_isspace(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isspace", |d| {
        all_nonempty(d, |b| is_ascii_space(*b))
    })
}

pub(super) fn b_isupper(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

pub(super) fn b_islower(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

pub(super) fn b_isascii(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    predicate(vm, args, kw, "isascii", <[u8]>::is_ascii)
}

/// `center`, `ljust`, `rjust` (`which` is `^`, `<` or `>`).
fn justify(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    name: &str,
    which: char,
) -> PyResult<Value> {
    let d = recv(vm, args, name)?.into_owned();
    no_kw(vm, kw, &qual(args, name))?;
    check_count(vm, name, args.len() - 1, 1, 2)?;
    let width = int_arg(vm, &args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match bytes_like(v) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let len = d.len() as i64;
    if width <= len {
        return Ok(same_kind(&args[0], d));
    }
    let marg = (width - len) as usize;
    check_alloc(vm, marg + d.len())?;
    let (l, r) = match which {
        '<' => (0, marg),
        '>' => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & (width as usize) & 1);
            (l, marg - l)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&d);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(same_kind(&args[0], out))
}

pub(super) fn b_center(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "center", '^')
}

pub(super) fn b_ljust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "ljust", '<')
}

pub(super) fn b_rjust(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    justify(vm, args, kw, "rjust", '>')
}

pub(super) fn b_zfill(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let d = recv(vm, args, "zfill")?.into_owned();
    let w = one_arg(vm, args, kw, &qual(args, "zfill"))?;
    let width = int_arg(vm, &w)?;
    if width <= d.len() as i64 {
        return Ok(same_kind(&args[0], d));
    }
    let fill = width as usize - d.len();
    check_alloc(vm, width as usize)?;
    let (sign, rest) = match d.first() {
        Some(b'+' | b'-') => d.split_at(1),
        _ => (&d[..0], &d[..]),
    };
    let mut out = sign.to_vec();
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(rest);
    Ok(same_kind(&args[0], out))
}
