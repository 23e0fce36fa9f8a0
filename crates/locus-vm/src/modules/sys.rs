//! The `sys` module.

use crate::object::PyObject;
use crate::types::object::{new_module, ns_set};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

type A<'a> = &'a [Value];
type K<'a> = &'a [(Value, Value)];

fn s_exit(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    Err(vm.new_exception(crate::builtin_types::exc("SystemExit"), a.to_vec()))
}

fn s_getrecursionlimit(vm: &mut Vm, _a: A, _k: K) -> PyResult<Value> {
    Ok(Value::from(vm.recursion_limit))
}

fn s_setrecursionlimit(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let Some(v) = a.first() else {
        return Err(vm.type_error("setrecursionlimit() takes exactly one argument (0 given)"));
    };
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.index_i64(v)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        return Err(vm.error(
            "RecursionError",
            format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth),
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn s_exception(vm: &mut Vm, _a: A, _k: K) -> PyResult<Value> {
    Ok(vm.current_exception())
}

fn s_exc_info(vm: &mut Vm, _a: A, _k: K) -> PyResult<Value> {
    let e = vm.current_exception();
    if e.is_none() {
        return Ok(Value::Obj(PyObject::new_tuple(vec![
            Value::None,
            Value::None,
            Value::None,
        ])));
    }
    let t = Value::Obj(vm.class_of(&e));
    let tb = crate::types::exception::traceback_of(&e);
    Ok(Value::Obj(PyObject::new_tuple(vec![t, e, tb])))
}

/// `sys.excepthook(type, value, traceback)`: prints the exception and its
/// traceback to `sys.stderr`, as for an uncaught exception.
fn s_excepthook(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(vm.type_error(format!("excepthook expected 3 arguments, got {}", a.len())));
    }
    let text = crate::traceback::format_exception(vm, &a[1]);
    vm.write_stderr(&text);
    Ok(Value::None)
}

/// `sys._current_frames()`.
fn s_current_frames(vm: &mut Vm, _a: A, _k: K) -> PyResult<Value> {
    vm.current_frames()
}

/// `sys._settraceallthreads(f)`.
fn s_settraceallthreads(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    vm.set_hook_all_threads(a.first().cloned().unwrap_or(Value::None), false);
    Ok(Value::None)
}

/// `sys._setprofileallthreads(f)`.
fn s_setprofileallthreads(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    vm.set_hook_all_threads(a.first().cloned().unwrap_or(Value::None), true);
    Ok(Value::None)
}

/// `sys.getswitchinterval()`.
fn s_getswitchinterval(_vm: &mut Vm, _a: A, _k: K) -> PyResult<Value> {
    Ok(Value::Float(crate::threads::lock::switch_interval()))
}

/// `sys.setswitchinterval(seconds)`.
fn s_setswitchinterval(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let Some(v) = a.first() else {
        return Err(vm.type_error("setswitchinterval() takes exactly one argument (0 given)"));
    };
    let secs = crate::modules::math::to_f64(vm, v)?;
    if secs <= 0.0 || secs.is_nan() {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    crate::threads::lock::set_switch_interval(secs);
    Ok(Value::None)
}

fn s_intern(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    match a.first().and_then(|v| v.as_str()) {
        Some(s) => Ok(crate::intern::intern(s)),
        None => Err(vm.type_error("intern() argument must be str")),
    }
}

fn s_get_int_max_str_digits(_vm: &mut Vm, _a: A, _k: K) -> PyResult<Value> {
    Ok(Value::Int(4300))
}

fn s_getsizeof(vm: &mut Vm, a: A, _k: K) -> PyResult<Value> {
    let v = a.first().cloned().unwrap_or(Value::None);
    let n = match &v {
        Value::Obj(_) => 56 + 8 * vm.len(&v).unwrap_or(0),
        _ => 28,
    };
    Ok(Value::from(n))
}

/// Creates the `sys` module.
pub fn make_sys(argv: &[String], path: &[String], modules: &ObjRef) -> ObjRef {
    let ns = PyObject::new_dict(crate::dict::Dict::new());
    let set = |n: &str, v: Value| ns_set(&ns, crate::intern::intern(n), v);
    let strs = |v: &[String]| {
        Value::Obj(PyObject::new_list(
            v.iter().map(|s| Value::str(s.clone())).collect(),
        ))
    };
    set("__name__", Value::str("sys"));
    set("__doc__", Value::None);
    set(
        "__spec__",
        crate::builtins::new_module_spec("sys", Some("built-in"), None),
    );
    set("argv", strs(argv));
    set("orig_argv", strs(argv));
    set("path", strs(path));
    set("modules", Value::Obj(modules.clone()));
    set("maxsize", Value::Int(i64::MAX));
    set("maxunicode", Value::Int(0x10ffff));
    set(
        "byteorder",
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set(
        "platform",
        Value::str(if cfg!(target_os = "linux") {
            "linux"
        } else {
            std::env::consts::OS
        }),
    );
    set(
        "version",
        Value::str(format!("3.13.0 (Locus {})", env!("CARGO_PKG_VERSION"))),
    );
    set(
        "version_info",
        crate::builtins::new_struct_seq(
            &crate::builtins::struct_seq_type(
                "version_info",
                "sys.version_info",
                &["major", "minor", "micro", "releaselevel", "serial"],
            ),
            vec![
                Value::Int(3),
                Value::Int(13),
                Value::Int(0),
                Value::str("final"),
                Value::Int(0),
            ],
        ),
    );
    set("hexversion", Value::Int(0x030d00f0));
    set("implementation_name", Value::str("locus"));
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    set("executable", Value::str(exe));
    set(
        "stdin",
        crate::file::std_stream("<stdin>", crate::file::FileTarget::Stdin, "r"),
    );
    set(
        "stdout",
        crate::file::std_stream("<stdout>", crate::file::FileTarget::Stdout, "w"),
    );
    set(
        "stderr",
        crate::file::std_stream("<stderr>", crate::file::FileTarget::Stderr, "w"),
    );
    for n in ["stdin", "stdout", "stderr"] {
        if let Some(v) = crate::types::object::ns_get(&ns, n) {
            set(&format!("__{n}__"), v);
        }
    }
    super::add_functions(
        &ns,
        &[
            ("exit", s_exit),
            ("getrecursionlimit", s_getrecursionlimit),
            ("setrecursionlimit", s_setrecursionlimit),
            ("exception", s_exception),
            ("exc_info", s_exc_info),
            ("intern", s_intern),
            ("get_int_max_str_digits", s_get_int_max_str_digits),
            ("getsizeof", s_getsizeof),
            ("_getframe", crate::types::frame::sys_getframe),
            ("settrace", crate::vm::trace::sys_settrace),
            ("gettrace", crate::vm::trace::sys_gettrace),
            ("setprofile", crate::vm::trace::sys_setprofile),
            ("getprofile", crate::vm::trace::sys_getprofile),
            ("excepthook", s_excepthook),
            ("__excepthook__", s_excepthook),
            ("_current_frames", s_current_frames),
            ("_settraceallthreads", s_settraceallthreads),
            ("_setprofileallthreads", s_setprofileallthreads),
            ("getswitchinterval", s_getswitchinterval),
            ("setswitchinterval", s_setswitchinterval),
        ],
    );
    new_module(ns)
}
/// The names of the standard library's modules (`sys.stdlib_module_names`).
pub const STDLIB_MODULE_NAMES: &[&str] = &[
    "__future__",
    "_abc",
    "_aix_support",
    "_android_support",
    "_apple_support",
    "_ast",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_colorize",
    "_compat_pickle",
    "_compression",
    "_contextvars",
    "_csv",
    "_ctypes",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_imp",
    "_interpchannels",
    "_interpqueues",
    "_interpreters",
    "_io",
    "_ios_support",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_opcode_metadata",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_pydatetime",
    "_pydecimal",
    "_pyio",
    "_pylong",
    "_pyrepl",
    "_queue",
    "_random",
    "_scproxy",
    "_sha1",
    "_sha2",
    "_sha3",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_suggestions",
    "_symtable",
    "_sysconfig",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_wmi",
    "_zoneinfo",
    "abc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtplib",
    "socket",
    "socketserver",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];
