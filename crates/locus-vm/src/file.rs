//! `open()` and file objects (text and binary), plus the standard streams.

use std::io::{Read, Write};

use crate::function::KwArgsExt;
use crate::object::{Payload, PyCell, PyObject};
use crate::typeobj::{method, MethodDef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Where a file object reads or writes.
pub enum FileTarget {
    /// A file on disk.
    Disk(std::fs::File),
    /// Standard input.
    Stdin,
    /// Standard output.
    Stdout,
    /// Standard error.
    Stderr,
    /// Closed.
    Closed,
}

/// The state of a file object.
pub struct FileData {
    /// The name (`name` attribute).
    pub name: String,
    /// The mode string.
    pub mode: String,
    /// Binary mode (`b` in mode).
    pub binary: bool,
    /// The handle.
    pub target: PyCell<FileTarget>,
    /// Buffered unread input (text read line by line).
    pub pending: PyCell<Vec<u8>>,
}

/// Standard output is block-buffered when it is not a terminal (as
/// CPython's), line-buffered when it is; stderr is flushed through it first
/// so interleaved output keeps its order.
fn stdout_buffer() -> &'static std::sync::Mutex<Vec<u8>> {
    static BUF: std::sync::OnceLock<std::sync::Mutex<Vec<u8>>> = std::sync::OnceLock::new();
    BUF.get_or_init(|| std::sync::Mutex::new(Vec::with_capacity(8192)))
}

fn stdout_is_terminal() -> bool {
    use std::io::IsTerminal;
    static TTY: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *TTY.get_or_init(|| std::io::stdout().is_terminal())
}

fn write_stdout(bytes: &[u8]) -> std::io::Result<()> {
    let mut buf = stdout_buffer().lock().unwrap_or_else(|e| e.into_inner());
    buf.extend_from_slice(bytes);
    if buf.len() >= 8192 || (stdout_is_terminal() && bytes.contains(&b'\n')) {
        let r = std::io::stdout().write_all(&buf);
        buf.clear();
        r?;
        std::io::stdout().flush()?;
    }
    Ok(())
}

/// Writes out buffered standard output.
pub fn flush_stdout() {
    let mut buf = stdout_buffer().lock().unwrap_or_else(|e| e.into_inner());
    if !buf.is_empty() {
        let _ = std::io::stdout().write_all(&buf);
        buf.clear();
    }
    let _ = std::io::stdout().flush();
}

/// A file object over a standard stream.
pub fn std_stream(name: &str, target: FileTarget, mode: &str) -> Value {
    Value::Obj(PyObject::new(Payload::File(Box::new(FileData {
        name: name.to_string(),
        mode: mode.to_string(),
        binary: false,
        target: PyCell::new(target),
        pending: PyCell::new(Vec::new()),
    }))))
}

fn data(v: &Value) -> Option<&FileData> {
    match v.payload() {
        Some(Payload::File(f)) => Some(f),
        _ => None,
    }
}

/// `open(file, mode='r', encoding=None)`.
pub fn builtin_open(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let file = args
        .first()
        .cloned()
        .or_else(|| kw.get_kw("file"))
        .unwrap_or(Value::None);
    let mode_v = args
        .get(1)
        .cloned()
        .or_else(|| kw.get_kw("mode"))
        .unwrap_or_else(|| Value::str("r"));
    let Some(path) = file.as_str().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(&file)
        )));
    };
    let mode = mode_v.as_str().unwrap_or("r").to_string();
    let mut opts = std::fs::OpenOptions::new();
    let kind = mode.chars().find(|c| "rwax".contains(*c)).unwrap_or('r');
    let plus = mode.contains('+');
    match kind {
        'r' => {
            opts.read(true).write(plus);
        }
        'w' => {
            opts.write(true).create(true).truncate(true).read(plus);
        }
        'a' => {
            opts.append(true).create(true).read(plus);
        }
        _ => {
            opts.write(true).create_new(true).read(plus);
        }
    }
    if mode.chars().any(|c| !"rwaxbt+".contains(c)) {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    }
    let opened = opts.open(&path).and_then(|f| {
        // Opening a directory for reading succeeds at the OS level; CPython
        // checks and fails with EISDIR.
        if f.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        Ok(f)
    });
    match opened {
        Ok(f) => Ok(Value::Obj(PyObject::new(Payload::File(Box::new(
            FileData {
                name: path,
                binary: mode.contains('b'),
                mode,
                target: PyCell::new(FileTarget::Disk(f)),
                pending: PyCell::new(Vec::new()),
            },
        ))))),
        Err(e) => Err(crate::types::exception::os_error(vm, &e, Some(file))),
    }
}

/// Writes text or bytes to a file object (used by `print` too).
pub fn write_to(vm: &mut Vm, file: &Value, bytes: &[u8]) -> PyResult<()> {
    let Some(f) = data(file) else {
        let s = Value::str(String::from_utf8_lossy(bytes).into_owned());
        vm.call_method_by_name(file, "write", &[s])?;
        return Ok(());
    };
    let mut t = f.target.borrow_mut();
    let r = match &mut *t {
        FileTarget::Disk(d) => d.write_all(bytes),
        FileTarget::Stdout => write_stdout(bytes),
        FileTarget::Stderr => {
            flush_stdout();
            std::io::stderr().write_all(bytes)
        }
        FileTarget::Stdin => return Err(vm.error("OSError", "not writable")),
        FileTarget::Closed => {
            drop(t);
            return Err(vm.value_error("I/O operation on closed file."));
        }
    };
    drop(t);
    r.map_err(|e| vm.error("OSError", e.to_string()))
}

/// Flushes a file object.
pub fn flush(file: &Value) {
    if let Some(f) = data(file) {
        match &mut *f.target.borrow_mut() {
            FileTarget::Disk(d) => {
                let _ = d.flush();
            }
            FileTarget::Stdout => flush_stdout(),
            FileTarget::Stderr => {
                let _ = std::io::stderr().flush();
            }
            _ => {}
        }
    }
}

/// Reads what the console has, with the interpreter lock released (other
/// threads run while this one waits for input). No borrow of the file is
/// held meanwhile.
fn read_stdin(vm: &mut Vm, buf: &mut [u8]) -> std::io::Result<usize> {
    flush_stdout();
    vm.allow_threads(|| std::io::stdin().read(buf))
}

/// Reads one line (with its newline) from a file object; empty at EOF.
pub fn read_line(vm: &mut Vm, file: &Value) -> PyResult<Vec<u8>> {
    let Some(f) = data(file) else {
        return Ok(Vec::new());
    };
    loop {
        {
            let mut p = f.pending.borrow_mut();
            if let Some(pos) = p.iter().position(|b| *b == b'\n') {
                let rest = p.split_off(pos + 1);
                return Ok(std::mem::replace(&mut *p, rest));
            }
        }
        let mut buf = [0u8; 4096];
        let n = if matches!(&*f.target.borrow(), FileTarget::Stdin) {
            read_stdin(vm, &mut buf)
        } else {
            let mut t = f.target.borrow_mut();
            match &mut *t {
                FileTarget::Disk(d) => d.read(&mut buf),
                FileTarget::Closed => {
                    drop(t);
                    return Err(vm.value_error("I/O operation on closed file."));
                }
                _ => return Err(vm.error("OSError", "not readable")),
            }
        }
        .map_err(|e| vm.error("OSError", e.to_string()))?;
        if n == 0 {
            return Ok(std::mem::take(&mut *f.pending.borrow_mut()));
        }
        f.pending.borrow_mut().extend_from_slice(&buf[..n]);
    }
}

fn read_all(vm: &mut Vm, file: &Value) -> PyResult<Vec<u8>> {
    let Some(f) = data(file) else {
        return Ok(Vec::new());
    };
    let mut out = std::mem::take(&mut *f.pending.borrow_mut());
    let mut t = f.target.borrow_mut();
    let r = match &mut *t {
        FileTarget::Disk(d) => d.read_to_end(&mut out),
        FileTarget::Stdin => std::io::stdin().read_to_end(&mut out),
        FileTarget::Closed => {
            drop(t);
            return Err(vm.value_error("I/O operation on closed file."));
        }
        _ => Ok(0),
    };
    drop(t);
    r.map_err(|e| vm.error("OSError", e.to_string()))?;
    Ok(out)
}

fn bytes_value(f: &FileData, b: Vec<u8>) -> Value {
    if f.binary {
        Value::Obj(PyObject::new(Payload::Bytes(b.into_boxed_slice())))
    } else {
        Value::str(String::from_utf8_lossy(&b).into_owned())
    }
}

fn f_read(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let file = args.first().cloned().unwrap_or(Value::None);
    let size = match args.get(1).cloned().or_else(|| kw.get_kw("size")) {
        None | Some(Value::None) => -1,
        Some(v) => vm.index_i64(&v)?,
    };
    let b = if size < 0 {
        read_all(vm, &file)?
    } else {
        read_some(vm, &file, size as usize)?
    };
    Ok(data(&file).map_or(Value::None, |f| bytes_value(f, b)))
}

/// Whether `buf` holds at least `n` units: bytes in binary mode, complete
/// UTF-8 characters in text mode.
fn has_units(buf: &[u8], n: usize, binary: bool) -> Option<usize> {
    if binary {
        return (buf.len() >= n).then_some(n);
    }
    let mut chars = 0;
    for (i, b) in buf.iter().enumerate() {
        if (*b & 0xC0) != 0x80 {
            if chars == n {
                return Some(i);
            }
            chars += 1;
        }
    }
    // The last character counts once it is complete.
    if chars == n {
        let last_start = buf.iter().rposition(|b| (*b & 0xC0) != 0x80).unwrap_or(0);
        let need = match buf.get(last_start) {
            Some(b) if *b >= 0xF0 => 4,
            Some(b) if *b >= 0xE0 => 3,
            Some(b) if *b >= 0xC0 => 2,
            _ => 1,
        };
        if buf.len() - last_start >= need {
            return Some(buf.len());
        }
    }
    None
}

/// Reads up to `n` bytes (binary) or characters (text).
fn read_some(vm: &mut Vm, file: &Value, n: usize) -> PyResult<Vec<u8>> {
    let Some(f) = data(file) else {
        return Ok(Vec::new());
    };
    loop {
        {
            let mut p = f.pending.borrow_mut();
            if let Some(cut) = has_units(&p, n, f.binary) {
                let rest = p.split_off(cut);
                return Ok(std::mem::replace(&mut *p, rest));
            }
        }
        let mut buf = [0u8; 4096];
        let got = if matches!(&*f.target.borrow(), FileTarget::Stdin) {
            read_stdin(vm, &mut buf)
        } else {
            let mut t = f.target.borrow_mut();
            match &mut *t {
                FileTarget::Disk(d) => d.read(&mut buf),
                FileTarget::Closed => {
                    drop(t);
                    return Err(vm.value_error("I/O operation on closed file."));
                }
                _ => return Err(vm.error("OSError", "not readable")),
            }
        }
        .map_err(|e| crate::types::exception::os_error(vm, &e, None))?;
        if got == 0 {
            return Ok(std::mem::take(&mut *f.pending.borrow_mut()));
        }
        f.pending.borrow_mut().extend_from_slice(&buf[..got]);
    }
}

/// File attributes: `closed`, `name`, `mode`.
pub fn getattr(file: &Value, name: &str) -> Option<Value> {
    let f = data(file)?;
    Some(match name {
        "closed" => Value::Bool(matches!(*f.target.borrow(), FileTarget::Closed)),
        "name" => Value::str(f.name.clone()),
        "mode" => Value::str(f.mode.clone()),
        _ => return None,
    })
}

fn f_readline(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let file = args.first().cloned().unwrap_or(Value::None);
    let b = read_line(vm, &file)?;
    Ok(data(&file).map_or(Value::None, |f| bytes_value(f, b)))
}

fn f_readlines(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let file = args.first().cloned().unwrap_or(Value::None);
    let mut lines = Vec::new();
    loop {
        let b = read_line(vm, &file)?;
        if b.is_empty() {
            break;
        }
        if let Some(f) = data(&file) {
            lines.push(bytes_value(f, b));
        }
    }
    Ok(Value::Obj(PyObject::new_list(lines)))
}

fn f_write(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let file = args.first().cloned().unwrap_or(Value::None);
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let binary = data(&file).is_some_and(|f| f.binary);
    let (bytes, n) = match (v.payload(), binary) {
        (Some(Payload::Str(s)), false) => (s.as_str().as_bytes().to_vec(), s.char_len()),
        (Some(Payload::Bytes(b)), true) => (b.to_vec(), b.len()),
        (Some(Payload::ByteArray(b)), true) => {
            let b = b.borrow().clone();
            let n = b.len();
            (b, n)
        }
        (_, false) => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(&v)
            )))
        }
        (_, true) => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&v)
            )))
        }
    };
    write_to(vm, &file, &bytes)?;
    Ok(Value::Int(n as i64))
}

fn f_close(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if let Some(f) = args.first().and_then(data) {
        if matches!(*f.target.borrow(), FileTarget::Disk(_)) {
            *f.target.borrow_mut() = FileTarget::Closed;
        }
    }
    Ok(Value::None)
}

fn f_flush(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    if let Some(f) = args.first() {
        flush(f);
    }
    Ok(Value::None)
}

fn f_enter(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn f_exit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    f_close(vm, &args[..args.len().min(1)], kw)?;
    Ok(Value::Bool(false))
}

fn f_iter(_vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn f_next(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let line = f_readline(vm, args, kw)?;
    if vm.len(&line)? == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

/// File methods.
pub const METHODS: &[MethodDef] = &[
    method("read", f_read),
    method("readline", f_readline),
    method("readlines", f_readlines),
    method("write", f_write),
    method("close", f_close),
    method("flush", f_flush),
    method("__enter__", f_enter),
    method("__exit__", f_exit),
    method("__iter__", f_iter),
    method("__next__", f_next),
];
