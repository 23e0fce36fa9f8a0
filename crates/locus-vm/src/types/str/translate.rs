//! Character-to-character conversions: `encode` (through the bytes codecs),
//! `translate` and the `maketrans` tables it reads.

use super::*;

pub(super) fn str_encode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
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

pub(super) fn str_translate(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
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

pub(super) fn single_char(s: &str) -> Option<char> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// `str.maketrans(x[, y[, z]])` (a static method).
pub(super) fn str_maketrans(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
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
