//! The methods only `bytearray` has: in-place mutation (`append`, `extend`,
//! `pop`, `insert`, `remove`, `clear`, `reverse`, `__setitem__`,
//! `__delitem__`, `__iadd__`) and `copy`.

use super::*;

pub(super) fn ba_append(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "append")?;
    let item = one_arg(vm, args, kw, "bytearray.append")?;
    let b = byte_value(vm, &item)?;
    cell.borrow_mut().push(b);
    Ok(Value::None)
}

pub(super) fn ba_extend(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "extend")?;
    let src = one_arg(vm, args, kw, "bytearray.extend")?;
    let data = if let Some(b) = bytes_like(&src) {
        b.into_owned()
    } else if src.as_str().is_some() {
        return Err(vm.type_error(format!(
            "expected iterable of integers; got: '{}'",
            vm.type_name(&src)
        )));
    } else {
        let it = match vm.iter(&src) {
            Ok(it) => it,
            Err(e) if vm.err_is(&e, "TypeError") => {
                return Err(vm.type_error(format!(
                    "can't extend bytearray with {}",
                    vm.type_name(&src)
                )))
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::new();
        while let Some(x) = vm.next(&it)? {
            out.push(byte_value(vm, &x)?);
        }
        out
    };
    cell.borrow_mut().extend_from_slice(&data);
    Ok(Value::None)
}

pub(super) fn ba_pop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "pop")?;
    no_kw(vm, kw, "bytearray.pop")?;
    check_count(vm, "pop", args.len() - 1, 0, 1)?;
    let idx = match args.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let mut data = cell.borrow_mut();
    if data.is_empty() {
        drop(data);
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let len = data.len() as i64;
    let i = if idx < 0 { idx + len } else { idx };
    if i < 0 || i >= len {
        drop(data);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(Value::Int(i64::from(data.remove(i as usize))))
}

pub(super) fn ba_insert(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "insert")?;
    no_kw(vm, kw, "bytearray.insert")?;
    check_count(vm, "insert", args.len() - 1, 2, 2)?;
    let idx = int_arg(vm, &args[1])?;
    let b = byte_value(vm, &args[2])?;
    let mut data = cell.borrow_mut();
    let len = data.len() as i64;
    let i = if idx < 0 {
        (idx + len).max(0)
    } else {
        idx.min(len)
    };
    data.insert(i as usize, b);
    Ok(Value::None)
}

pub(super) fn ba_remove(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "remove")?;
    let item = one_arg(vm, args, kw, "bytearray.remove")?;
    let b = byte_value(vm, &item)?;
    let mut data = cell.borrow_mut();
    match data.iter().position(|x| *x == b) {
        Some(p) => {
            data.remove(p);
            Ok(Value::None)
        }
        None => {
            drop(data);
            Err(vm.value_error("value not found in bytearray"))
        }
    }
}

pub(super) fn ba_clear(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "clear")?;
    no_args(vm, args, kw, "bytearray.clear")?;
    cell.borrow_mut().clear();
    Ok(Value::None)
}

pub(super) fn ba_copy(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "copy")?;
    no_args(vm, args, kw, "bytearray.copy")?;
    let data = cell.borrow().clone();
    Ok(new_bytearray(data))
}

pub(super) fn ba_reverse(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let cell = recv_array(vm, args, "reverse")?;
    no_args(vm, args, kw, "bytearray.reverse")?;
    cell.borrow_mut().reverse();
    Ok(Value::None)
}

pub(super) fn ba_setitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_array(vm, args, "__setitem__")?;
    slot_args(vm, args, kw, "__setitem__", 2)?;
    setitem(vm, &args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}

pub(super) fn ba_delitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_array(vm, args, "__delitem__")?;
    slot_args(vm, args, kw, "__delitem__", 1)?;
    delitem(vm, &args[0], &args[1])?;
    Ok(Value::None)
}

pub(super) fn ba_iadd(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    recv_array(vm, args, "__iadd__")?;
    slot_args(vm, args, kw, "__iadd__", 1)?;
    match inplace(vm, BinOp::Add, &args[0], &args[1])? {
        Some(v) => Ok(v),
        None => Ok(crate::typeobj::singletons().not_implemented.clone()),
    }
}
