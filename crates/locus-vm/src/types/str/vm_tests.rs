//! Unit tests of `types/str.rs`.

//! Behaviour through the VM, checked against CPython 3.13's results.
use super::*;
use crate::types::bytes::{new_bytearray, new_bytes};

fn s(x: &str) -> Value {
    Value::str(x)
}

fn i(n: i64) -> Value {
    Value::Int(n)
}

fn b(x: &[u8]) -> Value {
    new_bytes(x.to_vec())
}

/// `repr` of the result, or `!Type: message` for an exception.
fn shown(vm: &mut Vm, r: PyResult<Value>) -> String {
    match r {
        Ok(v) => vm.repr(&v).unwrap_or_else(|_| "<repr failed>".into()),
        Err(e) => {
            let ev = Value::Obj(e);
            let name = vm.type_name(&ev);
            let msg = vm.to_str(&ev).unwrap_or_default();
            format!("!{name}: {msg}")
        }
    }
}

fn call(vm: &mut Vm, recv: Value, name: &str, args: &[Value], kw: &[(&str, Value)]) -> String {
    let kw: Vec<(Value, Value)> = kw
        .iter()
        .map(|(k, v)| (Value::str(*k), v.clone()))
        .collect();
    let r = vm
        .get_attr_str(&recv, name)
        .and_then(|m| vm.call(&m, args, &kw));
    shown(vm, r)
}

fn binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> String {
    let r = vm.binary_op(op, &a, &b);
    shown(vm, r)
}

fn ctor(vm: &mut Vm, ty: &ObjRef, args: &[Value]) -> String {
    let r = vm.call(&Value::Obj(ty.clone()), args, &[]);
    shown(vm, r)
}

#[test]
fn str_behaviour() {
    let _lock = crate::threads::lock::LockHold::new();
    let mut interp = crate::Interpreter::new(vec![], vec![], 1 << 26);
    let vm = interp.vm();
    let t = types();
    let cases: Vec<(String, &str)> = vec![
        (call(vm, s(" a  b "), "split", &[], &[]), "['a', 'b']"),
        (call(vm, s("a,b,c"), "rsplit", &[s(","), i(1)], &[]), "['a,b', 'c']"),
        (call(vm, s("a"), "split", &[i(1)], &[]), "!TypeError: must be str or None, not int"),
        (call(vm, s("a"), "split", &[], &[("x", i(1))]), "!TypeError: split() got an unexpected keyword argument 'x'"),
        (call(vm, s("-"), "join", &[s("abc")], &[]), "'a-b-c'"),
        (call(vm, s("-"), "join", &[i(1)], &[]), "!TypeError: can only join an iterable"),
        (call(vm, s("héllo"), "find", &[s("l"), i(3)], &[]), "3"),
        (call(vm, s("abc"), "index", &[s("z")], &[]), "!ValueError: substring not found"),
        (call(vm, s("abc"), "find", &[i(1)], &[]), "!TypeError: find() argument 1 must be str, not int"),
        (call(vm, s("abc"), "find", &[], &[]), "!TypeError: find expected at least 1 argument, got 0"),
        (call(vm, s("abc"), "count", &[s("")], &[]), "4"),
        (call(vm, s("hello"), "startswith", &[new_tuple(vec![s("x"), s("he")])], &[]), "True"),
        (call(vm, s("abc"), "center", &[i(6), s("*")], &[]), "'*abc**'"),
        (call(vm, s("abc"), "center", &[i(5), s("xy")], &[]), "!TypeError: The fill character must be exactly one character long"),
        (call(vm, s("-12"), "zfill", &[i(5)], &[]), "'-0012'"),
        (call(vm, s("aaa"), "replace", &[s("a"), s("b")], &[("count", i(2))]), "'bba'"),
        (call(vm, s("they're bill's"), "title", &[], &[]), "\"They'Re Bill'S\""),
        (call(vm, s("ΑΣ"), "lower", &[], &[]), "'ας'"),
        (call(vm, s("Straße"), "casefold", &[], &[]), "'strasse'"),
        (call(vm, s("a\tb"), "expandtabs", &[i(4)], &[]), "'a   b'"),
        (call(vm, s("é"), "encode", &[s("ascii")], &[]), "!UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"),
        (call(vm, s("abc"), "upper", &[i(1)], &[]), "!TypeError: str.upper() takes no arguments (1 given)"),
        (call(vm, s("{0}{1!r:>5}{x}"), "format", &[i(1), s("b")], &[("x", s("!"))]), "\"1  'b'!\""),
        (call(vm, s("{}{0}"), "format", &[i(1), i(2)], &[]), "!ValueError: cannot switch from automatic field numbering to manual field specification"),
        (call(vm, s("{1}"), "format", &[i(1)], &[]), "!IndexError: Replacement index 1 out of range for positional args tuple"),
        (call(vm, s("{x}"), "format", &[], &[]), "!KeyError: 'x'"),
        (call(vm, s("}"), "format", &[], &[]), "!ValueError: Single '}' encountered in format string"),
        (call(vm, s("{:*^7.2}"), "format", &[s("abcd")], &[]), "'**ab***'"),
        (binop(vm, BinOp::Add, s("a"), i(1)), "!TypeError: can only concatenate str (not \"int\") to str"),
        (binop(vm, BinOp::Mul, i(3), s("ab")), "'ababab'"),
        (binop(vm, BinOp::Mul, s("ab"), Value::Float(1.5)), "!TypeError: can't multiply sequence by non-int of type 'float'"),
        (binop(vm, BinOp::Mod, s("%s|%5d|%-4x|%.2f"), new_tuple(vec![s("a"), i(42), i(255), Value::Float(2.5)])), "'a|   42|ff  |2.50'"),
        (binop(vm, BinOp::Mod, s("%s %s"), new_tuple(vec![s("a")])), "!TypeError: not enough arguments for format string"),
        (binop(vm, BinOp::Mod, s("%s"), new_tuple(vec![s("a"), s("b")])), "!TypeError: not all arguments converted during string formatting"),
        (binop(vm, BinOp::Mod, s("%d"), s("x")), "!TypeError: %d format: a real number is required, not str"),
        (binop(vm, BinOp::Mod, s("%r %a"), new_tuple(vec![s("é"), s("é")])), "\"'é' '\\\\xe9'\""),
        (ctor(vm, &t.str_, &[]), "''"),
        (ctor(vm, &t.str_, &[i(12)]), "'12'"),
        (ctor(vm, &t.str_, &[b(b"\xc3\xa9"), s("utf-8")]), "'é'"),
        (ctor(vm, &t.str_, &[b(b"\xff"), s("utf-8")]), "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        (ctor(vm, &t.str_, &[i(1), s("utf-8")]), "!TypeError: decoding to str: need a bytes-like object, int found"),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
    let r = vm.getitem(&s("héllo"), &Value::Int(-4));
    assert_eq!(shown(vm, r), "'é'");
    let r = vm.getitem(&s("abc"), &Value::Float(1.0));
    assert_eq!(
        shown(vm, r),
        "!TypeError: string indices must be integers, not 'float'"
    );
    let r = vm.getitem(&s("abc"), &Value::Int(3));
    assert_eq!(shown(vm, r), "!IndexError: string index out of range");
    let sl = Value::Obj(PyObject::new(Payload::Slice {
        start: Value::None,
        stop: Value::None,
        step: Value::Int(-2),
    }));
    let r = vm.getitem(&s("héllo"), &sl);
    assert_eq!(shown(vm, r), "'olh'");
}

#[test]
fn bytes_behaviour() {
    let _lock = crate::threads::lock::LockHold::new();
    let mut interp = crate::Interpreter::new(vec![], vec![], 1 << 26);
    let vm = interp.vm();
    let t = types();
    let cases: Vec<(String, &str)> = vec![
        (ctor(vm, &t.bytes, &[i(3)]), "b'\\x00\\x00\\x00'"),
        (ctor(vm, &t.bytes, &[new_list(vec![i(1), i(256)])]), "!ValueError: bytes must be in range(0, 256)"),
        (ctor(vm, &t.bytes, &[s("abc")]), "!TypeError: string argument without an encoding"),
        (ctor(vm, &t.bytes, &[s("é"), s("utf-8")]), "b'\\xc3\\xa9'"),
        (ctor(vm, &t.bytearray, &[b(b"ab")]), "bytearray(b'ab')"),
        (ctor(vm, &t.bytes, &[Value::Float(1.5)]), "!TypeError: cannot convert 'float' object to bytes"),
        (call(vm, b(b"h\xc3\xa9"), "decode", &[], &[]), "'hé'"),
        (call(vm, b(b"a\xe2\x82"), "decode", &[], &[]), "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"),
        (call(vm, b(b"\xff"), "decode", &[s("ascii"), s("replace")], &[]), "'\u{fffd}'"),
        (call(vm, b(b"\x01\x02\x03"), "hex", &[s(":"), i(2)], &[]), "'01:0203'"),
        (call(vm, Value::Obj(t.bytes.clone()), "fromhex", &[s("0a 0b")], &[]), "b'\\n\\x0b'"),
        (call(vm, b(b"a,b"), "split", &[b(b",")], &[]), "[b'a', b'b']"),
        (call(vm, b(b"a,b"), "split", &[s(",")], &[]), "!TypeError: a bytes-like object is required, not 'str'"),
        (call(vm, b(b"abc"), "find", &[i(99)], &[]), "2"),
        (call(vm, b(b"abc"), "index", &[b(b"x")], &[]), "!ValueError: subsection not found"),
        (call(vm, new_bytearray(b"ab".to_vec()), "pop", &[], &[]), "98"),
        (call(vm, new_bytearray(Vec::new()), "pop", &[], &[]), "!IndexError: pop from empty bytearray"),
        (binop(vm, BinOp::Add, b(b"a"), s("b")), "!TypeError: can't concat str to bytes"),
        (binop(vm, BinOp::Add, new_bytearray(b"a".to_vec()), b(b"b")), "bytearray(b'ab')"),
        (binop(vm, BinOp::Mod, b(b"%s-%d-%b"), new_tuple(vec![b(b"x"), i(5), new_bytearray(b"y".to_vec())])), "b'x-5-y'"),
        (binop(vm, BinOp::Mod, b(b"%s"), s("x")), "!TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'"),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
    let r = vm.getitem(&b(b"abc"), &Value::Int(5));
    assert_eq!(shown(vm, r), "!IndexError: index out of range");
    let r = vm.contains(&b(b"abc"), &s("a")).map(Value::Bool);
    assert_eq!(
        shown(vm, r),
        "!TypeError: a bytes-like object is required, not 'str'"
    );
    let ba = new_bytearray(b"abc".to_vec());
    let r = vm
        .setitem(&ba, &Value::Int(0), Value::Int(300))
        .map(|_| Value::None);
    assert_eq!(shown(vm, r), "!ValueError: byte must be in range(0, 256)");
    let sl = Value::Obj(PyObject::new(Payload::Slice {
        start: Value::Int(1),
        stop: Value::Int(2),
        step: Value::None,
    }));
    let r = vm.setitem(&ba, &sl, b(b"XYZ")).map(|_| ba.clone());
    assert_eq!(shown(vm, r), "bytearray(b'aXYZc')");
}
