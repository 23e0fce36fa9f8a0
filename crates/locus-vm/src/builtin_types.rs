//! The table of builtin classes, created once per process.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::typeobj::{new_builtin_type, Layout, MethodDef};
use crate::types;
use crate::value::ObjRef;

/// Every builtin class Locus defines.
pub struct BuiltinTypes {
    /// `object`
    pub object: ObjRef,
    /// `type`
    pub type_: ObjRef,
    /// `NoneType`
    pub none: ObjRef,
    /// `bool`
    pub bool_: ObjRef,
    /// `int`
    pub int: ObjRef,
    /// `float`
    pub float: ObjRef,
    /// `complex`
    pub complex: ObjRef,
    /// `str`
    pub str_: ObjRef,
    /// `bytes`
    pub bytes: ObjRef,
    /// `bytearray`
    pub bytearray: ObjRef,
    /// `tuple`
    pub tuple: ObjRef,
    /// `list`
    pub list: ObjRef,
    /// `dict`
    pub dict: ObjRef,
    /// `set`
    pub set: ObjRef,
    /// `frozenset`
    pub frozenset: ObjRef,
    /// `range`
    pub range: ObjRef,
    /// `slice`
    pub slice: ObjRef,
    /// `function`
    pub function: ObjRef,
    /// `builtin_function_or_method`
    pub builtin_function: ObjRef,
    /// `method`
    pub method: ObjRef,
    /// `cell`
    pub cell: ObjRef,
    /// `module`
    pub module: ObjRef,
    /// `generator`
    pub generator: ObjRef,
    /// `code`
    pub code: ObjRef,
    /// `traceback`
    pub traceback: ObjRef,
    /// Iterator types, one per builtin iterator kind, keyed by name.
    pub iterators: HashMap<&'static str, ObjRef>,
    /// `property`
    pub property: ObjRef,
    /// `staticmethod`
    pub staticmethod: ObjRef,
    /// `classmethod`
    pub classmethod: ObjRef,
    /// `super`
    pub super_: ObjRef,
    /// `member_descriptor` (slots)
    pub member_descriptor: ObjRef,
    /// `dict_keys`, `dict_values`, `dict_items`
    pub dict_keys: ObjRef,
    /// `dict_values`
    pub dict_values: ObjRef,
    /// `dict_items`
    pub dict_items: ObjRef,
    /// `NotImplementedType`
    pub not_implemented: ObjRef,
    /// `ellipsis`
    pub ellipsis: ObjRef,
    /// `_io.TextIOWrapper`-like file type.
    pub file: ObjRef,
    /// `memoryview`
    pub memoryview: ObjRef,
    /// `frame`
    pub frame: ObjRef,
    /// `_thread.lock`
    pub lock: ObjRef,
    /// `FrameLocalsProxy`
    pub frame_locals_proxy: ObjRef,
    /// `_sitebuiltins.Quitter` (the class of `exit` and `quit`).
    pub quitter: ObjRef,
    /// `ModuleSpec` (the `__spec__` of imported modules).
    pub module_spec: ObjRef,
    /// Exception classes by name.
    pub exceptions: ExceptionTable,
    /// `Exception` (the class of exception payloads created without one).
    pub exception: ObjRef,
}

/// Exception classes by name. Looked up each time Rust code raises or
/// tests for a builtin exception, so keyed with FNV-1a rather than the
/// default SipHash (the keys are fixed, not attacker-chosen).
pub type ExceptionTable = HashMap<&'static str, ObjRef, BuildHasherDefault<Fnv1a>>;

/// The FNV-1a hash of the bytes written.
pub struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Fnv1a {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The builtin classes.
pub fn types() -> &'static BuiltinTypes {
    static T: OnceLock<BuiltinTypes> = OnceLock::new();
    T.get_or_init(build)
}

/// The builtin exception class called `name` (which must exist).
pub fn exc(name: &str) -> &'static ObjRef {
    let t = types();
    t.exceptions.get(name).unwrap_or(&t.exception)
}

/// Builtin exceptions and their bases, bases first.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("PythonFinalizationError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

const NO_METHODS: &[MethodDef] = &[];

/// Sets `cls.__hash__ = None`: instances are unhashable, and `hash()`,
/// `collections.abc.Hashable` and subclasses see it as in CPython.
fn unhashable(cls: ObjRef) -> ObjRef {
    crate::types::object::ns_set(
        &crate::typeobj::type_data(&cls).dict,
        crate::intern::intern("__hash__"),
        crate::value::Value::None,
    );
    cls
}

fn build() -> BuiltinTypes {
    let object = new_builtin_type(
        "object",
        None,
        Layout::Object,
        Some(types::object::object_new),
        types::object::METHODS,
    );
    let o = Some(&object);
    let mk = |name: &str, layout: Layout, methods: &[MethodDef]| {
        new_builtin_type(name, o, layout, None, methods)
    };
    let int = new_builtin_type(
        "int",
        o,
        Layout::Int,
        Some(types::int::int_new),
        types::int::METHODS,
    );
    let bool_ = new_builtin_type(
        "bool",
        Some(&int),
        Layout::Other,
        Some(types::int::bool_new),
        NO_METHODS,
    );
    let exceptions = build_exceptions(&object);
    let mut iterators = HashMap::new();
    for name in crate::iter::ITERATOR_TYPE_NAMES {
        iterators.insert(*name, mk(name, Layout::Other, types::iter::METHODS));
    }
    let t = BuiltinTypes {
        type_: new_builtin_type(
            "type",
            o,
            Layout::Type,
            Some(types::typeobj::type_new),
            types::typeobj::METHODS,
        ),
        none: new_builtin_type(
            "NoneType",
            o,
            Layout::Other,
            Some(types::object::none_new),
            NO_METHODS,
        ),
        float: new_builtin_type(
            "float",
            o,
            Layout::Float,
            Some(types::float::float_new),
            types::float::METHODS,
        ),
        complex: new_builtin_type(
            "complex",
            o,
            Layout::Other,
            Some(types::float::complex_new),
            types::float::COMPLEX_METHODS,
        ),
        str_: new_builtin_type(
            "str",
            o,
            Layout::Str,
            Some(types::str::str_new),
            types::str::METHODS,
        ),
        bytes: new_builtin_type(
            "bytes",
            o,
            Layout::Other,
            Some(types::bytes::bytes_new),
            types::bytes::METHODS,
        ),
        bytearray: unhashable(new_builtin_type(
            "bytearray",
            o,
            Layout::Other,
            Some(types::bytes::bytearray_new),
            types::bytes::BYTEARRAY_METHODS,
        )),
        tuple: new_builtin_type(
            "tuple",
            o,
            Layout::Tuple,
            Some(types::tuple::tuple_new),
            types::tuple::METHODS,
        ),
        list: unhashable(new_builtin_type(
            "list",
            o,
            Layout::List,
            Some(types::list::list_new),
            types::list::METHODS,
        )),
        dict: unhashable(new_builtin_type(
            "dict",
            o,
            Layout::Dict,
            Some(types::dict::dict_new),
            types::dict::METHODS,
        )),
        set: unhashable(new_builtin_type(
            "set",
            o,
            Layout::Set,
            Some(types::set::set_new),
            types::set::METHODS,
        )),
        frozenset: new_builtin_type(
            "frozenset",
            o,
            Layout::Other,
            Some(types::set::frozenset_new),
            types::set::FROZENSET_METHODS,
        ),
        range: new_builtin_type(
            "range",
            o,
            Layout::Other,
            Some(types::range::range_new),
            types::range::METHODS,
        ),
        slice: new_builtin_type(
            "slice",
            o,
            Layout::Other,
            Some(types::range::slice_new),
            types::range::SLICE_METHODS,
        ),
        function: mk("function", Layout::Other, types::descr::FUNCTION_METHODS),
        builtin_function: mk(
            "builtin_function_or_method",
            Layout::Other,
            types::descr::FUNCTION_METHODS,
        ),
        method: new_builtin_type(
            "method",
            o,
            Layout::Other,
            Some(types::descr::method_new),
            types::descr::METHOD_METHODS,
        ),
        cell: mk("cell", Layout::Other, NO_METHODS),
        module: new_builtin_type(
            "module",
            o,
            Layout::Other,
            Some(types::object::module_new),
            NO_METHODS,
        ),
        generator: mk("generator", Layout::Other, types::generator::METHODS),
        code: mk("code", Layout::Other, types::code::METHODS),
        traceback: mk("traceback", Layout::Other, NO_METHODS),
        property: new_builtin_type(
            "property",
            o,
            Layout::Other,
            Some(types::descr::property_new),
            types::descr::PROPERTY_METHODS,
        ),
        staticmethod: new_builtin_type(
            "staticmethod",
            o,
            Layout::Other,
            Some(types::descr::staticmethod_new),
            NO_METHODS,
        ),
        classmethod: new_builtin_type(
            "classmethod",
            o,
            Layout::Other,
            Some(types::descr::classmethod_new),
            NO_METHODS,
        ),
        super_: new_builtin_type(
            "super",
            o,
            Layout::Other,
            Some(types::descr::super_new),
            NO_METHODS,
        ),
        member_descriptor: mk("member_descriptor", Layout::Other, NO_METHODS),
        dict_keys: unhashable(mk("dict_keys", Layout::Other, types::dict::VIEW_METHODS)),
        dict_values: mk("dict_values", Layout::Other, types::dict::VIEW_METHODS),
        dict_items: unhashable(mk("dict_items", Layout::Other, types::dict::VIEW_METHODS)),
        not_implemented: mk(
            "NotImplementedType",
            Layout::Other,
            types::reduce::SINGLETON_METHODS,
        ),
        ellipsis: mk("ellipsis", Layout::Other, types::reduce::SINGLETON_METHODS),
        file: mk("TextIOWrapper", Layout::Other, crate::file::METHODS),
        memoryview: {
            let t = new_builtin_type(
                "memoryview",
                o,
                Layout::Other,
                Some(crate::builtins::memoryview_new),
                crate::builtins::MEMORYVIEW_METHODS,
            );
            crate::builtins::add_properties(&t, crate::builtins::MEMORYVIEW_PROPERTIES);
            t
        },
        frame: mk("frame", Layout::Other, types::frame::METHODS),
        lock: new_builtin_type(
            "lock",
            o,
            Layout::Other,
            Some(crate::modules::thread::lock_new),
            crate::modules::thread::LOCK_METHODS,
        ),
        frame_locals_proxy: {
            let t = new_builtin_type(
                "FrameLocalsProxy",
                o,
                Layout::Other,
                Some(types::frame_locals::proxy_new),
                types::frame_locals::METHODS,
            );
            // Unhashable (R36), as dict.
            unhashable(t)
        },
        quitter: mk("Quitter", Layout::Other, crate::builtins::QUITTER_METHODS),
        module_spec: mk(
            "ModuleSpec",
            Layout::Other,
            crate::builtins::MODULE_SPEC_METHODS,
        ),
        iterators,
        exception: exceptions["Exception"].clone(),
        exceptions,
        int,
        bool_,
        object,
    };
    set_pattern_flags(&t);
    t
}

/// The builtin types' [`crate::typeobj::type_flags`] for pattern matching (CPython 3.13's).
fn set_pattern_flags(t: &BuiltinTypes) {
    use crate::typeobj::{type_data, type_flags};
    for seq in [&t.list, &t.tuple, &t.range, &t.memoryview] {
        type_data(seq).add_flags(type_flags::SEQUENCE);
    }
    for map in [&t.dict, &t.frame_locals_proxy] {
        type_data(map).add_flags(type_flags::MAPPING);
    }
    let match_self = [
        &t.bool_,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str_,
        &t.tuple,
    ];
    for cls in match_self {
        type_data(cls).add_flags(type_flags::MATCH_SELF);
    }
}

fn build_exceptions(object: &ObjRef) -> ExceptionTable {
    let mut map = ExceptionTable::default();
    for (name, base) in EXCEPTIONS {
        let base_ref = if base.is_empty() {
            object.clone()
        } else {
            map[base].clone()
        };
        let methods = if base.is_empty() {
            types::exception::METHODS
        } else {
            NO_METHODS
        };
        let t = new_builtin_type(
            name,
            Some(&base_ref),
            Layout::Exception,
            Some(types::exception::exception_new),
            methods,
        );
        map.insert(name, t);
    }
    map
}
