//! Heap objects: a header (class and instance dict) and a payload per kind.
//!
//! Objects are shared through `GilRc` (reference counting; see
//! `docs/architecture.md` for the plan for cycles). Mutable payloads sit in
//! a [`PyCell`], a borrow-checked cell; both are non-atomic and sound under
//! the interpreter lock (`gil_rc.rs`). An overlapping borrow — a bug —
//! panics instead of corrupting memory. Code must never hold a borrow
//! across a call that can run Python code.

use crate::gil_rc::{GilOnceCell, GilRc, GilRefCell};

use num_bigint::BigInt;

use crate::dict::Dict;
use crate::function::{BuiltinFunction, CodeRt, Function};
use crate::generator::GeneratorData;
use crate::gil::SlotCell;
use crate::iter::IterState;
use crate::pystr::PyStr;
use crate::setobj::SetTable;
use crate::typeobj::TypeData;
use crate::value::{ObjRef, Value};

/// Interior mutability for object payloads.
pub type PyCell<T> = GilRefCell<T>;

/// A heap object.
pub struct PyObject {
    /// The object's class when it is not the builtin type of its payload
    /// (instances of classes defined in Python, including subclasses of builtins).
    pub class: Option<ObjRef>,
    /// The instance `__dict__`, created on first use, for objects that have one.
    pub dict: GilOnceCell<ObjRef>,
    /// What the object is.
    pub payload: Payload,
}

/// The kinds of heap objects.
pub enum Payload {
    /// An instance with no builtin state (plain `object` or a Python class);
    /// holds the values of `__slots__` members.
    Object(PyCell<Vec<Value>>),
    /// An int too large for an immediate.
    BigInt(BigInt),
    /// An instance of a subclass of `float` (exact floats are always
    /// `Value::Float` immediates, never this payload).
    Float(f64),
    /// A complex number (of `complex` or a subclass).
    Complex(f64, f64),
    /// A str.
    Str(PyStr),
    /// A bytes object.
    Bytes(Box<[u8]>),
    /// A bytearray.
    ByteArray(PyCell<Vec<u8>>),
    /// A tuple.
    Tuple(Box<[Value]>),
    /// A list.
    List(PyCell<Vec<Value>>),
    /// A dict.
    Dict(PyCell<Dict>),
    /// A set.
    Set(PyCell<SetTable>),
    /// A frozenset.
    FrozenSet(SetTable),
    /// A range.
    Range(crate::types::range::RangeData),
    /// A slice object.
    Slice {
        /// Start (None when omitted).
        start: Value,
        /// Stop.
        stop: Value,
        /// Step.
        step: Value,
    },
    /// A function defined in Python.
    Function(Box<Function>),
    /// A function implemented in Rust (possibly a method descriptor).
    Builtin(BuiltinFunction),
    /// A method bound to an object.
    BoundMethod {
        /// The function.
        func: Value,
        /// The receiver.
        receiver: Value,
    },
    /// A closure cell (`Value::Null` inside when empty).
    Cell(SlotCell),
    /// A class.
    Type(Box<TypeData>),
    /// A module.
    Module(ModuleData),
    /// An exception instance (of `BaseException` or a subclass).
    Exception(Box<ExceptionData>),
    /// A traceback entry.
    Traceback(TracebackData),
    /// A generator.
    Generator(Box<GeneratorData>),
    /// A code object.
    Code(GilRc<CodeRt>),
    /// Any builtin iterator.
    Iter(PyCell<IterState>),
    /// `property`.
    Property(Box<PropertyData>),
    /// `staticmethod(f)`.
    StaticMethod(Value),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// `super(cls, obj)`.
    Super {
        /// The class after which the MRO search starts.
        this_class: ObjRef,
        /// The instance (or class) the lookup binds to.
        receiver: Value,
    },
    /// A member descriptor for one name of `__slots__`.
    SlotMember {
        /// The slot's name.
        name: Value,
        /// Its index in the instance's slot vector.
        index: usize,
    },
    /// A dict view: `keys()`, `values()` or `items()`.
    DictView {
        /// Which view.
        kind: DictViewKind,
        /// The dict.
        dict: ObjRef,
    },
    /// An open file.
    File(Box<crate::file::FileData>),
    /// A frame object (`sys._getframe()`, `tb_frame`, `gi_frame`).
    Frame(GilRc<crate::frame::FrameVars>),
    /// A `FrameLocalsProxy`: a write-through view of a frame's variables.
    FrameLocalsProxy(GilRc<crate::frame::FrameVars>),
    /// A `_thread.lock`.
    Lock(std::sync::Arc<crate::modules::thread::RawLock>),
    /// `NotImplemented`.
    NotImplemented,
    /// `Ellipsis`.
    Ellipsis,
}

/// The three kinds of dict views.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    /// `dict.keys()`
    Keys,
    /// `dict.values()`
    Values,
    /// `dict.items()`
    Items,
}

/// The state of a `property`.
pub struct PropertyData {
    /// Getter (None when absent).
    pub fget: Value,
    /// Setter.
    pub fset: Value,
    /// Deleter.
    pub fdel: Value,
    /// Docstring argument.
    pub doc: Value,
    /// `__name__`: set by `__set_name__`, else the getter's `__name__`;
    /// `Null` when neither is known.
    pub name: PyCell<Value>,
}

impl PropertyData {
    /// `property 'x' of 'T' object has no setter` (CPython leaves out the
    /// quoted name when the property has none).
    pub fn missing_accessor_message(&self, type_name: &str, what: &str) -> String {
        match self.name.borrow().as_str() {
            Some(n) => format!("property '{n}' of '{type_name}' object has no {what}"),
            None => format!("property of '{type_name}' object has no {what}"),
        }
    }
}

/// A module's state.
pub struct ModuleData {
    /// The module namespace (a dict object); also the module's `__dict__`.
    pub namespace: ObjRef,
}

/// The state of an exception instance.
pub struct ExceptionData {
    /// `args` (a tuple).
    pub args: PyCell<Value>,
    /// `__traceback__` (a traceback or None).
    pub traceback: PyCell<Value>,
    /// `__context__`.
    pub context: PyCell<Value>,
    /// `__cause__`.
    pub cause: PyCell<Value>,
    /// `__suppress_context__`.
    pub suppress_context: PyCell<bool>,
}

/// One traceback entry (`tb_next` points toward where the exception was raised).
pub struct TracebackData {
    /// The frame's variables and code (`tb_frame` makes its frame object).
    pub frame: GilRc<crate::frame::FrameVars>,
    /// The frame that was running `frame`'s caller when the exception
    /// passed through: `f_back` of a frame object first made after the
    /// frame finished (R78).
    pub caller: Option<GilRc<crate::frame::FrameVars>>,
    /// The line being run when the exception passed through.
    pub lineno: u32,
    /// The instruction index.
    pub lasti: u32,
    /// The next entry, or None.
    pub next: Value,
}

impl PyObject {
    /// A new object of its payload's builtin type.
    #[inline]
    pub fn new(payload: Payload) -> ObjRef {
        GilRc::new(PyObject {
            class: None,
            dict: GilOnceCell::new(),
            payload,
        })
    }

    /// A new object of a Python-defined class.
    pub fn with_class(class: ObjRef, payload: Payload) -> ObjRef {
        GilRc::new(PyObject {
            class: Some(class),
            dict: GilOnceCell::new(),
            payload,
        })
    }

    /// A new str object.
    pub fn new_str(s: String) -> ObjRef {
        PyObject::new(Payload::Str(PyStr::new(s)))
    }

    /// A new tuple object.
    pub fn new_tuple(items: Vec<Value>) -> ObjRef {
        PyObject::new(Payload::Tuple(items.into_boxed_slice()))
    }

    /// A new list object.
    pub fn new_list(items: Vec<Value>) -> ObjRef {
        PyObject::new(Payload::List(PyCell::new(items)))
    }

    /// A new dict object.
    pub fn new_dict(dict: Dict) -> ObjRef {
        PyObject::new(Payload::Dict(PyCell::new(dict)))
    }

    /// The str contents, if a str.
    pub fn as_str(&self) -> Option<&str> {
        match &self.payload {
            Payload::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl Drop for PyObject {
    /// Containers are dropped without recursion: their items are moved to a
    /// thread-local queue that the outermost drop empties, so a 100,000-deep
    /// nested list does not overflow the Rust stack. A suspended generator
    /// is queued to be closed by the VM (see `generator::on_drop`).
    fn drop(&mut self) {
        if let Payload::Generator(g) = &mut self.payload {
            crate::generator::on_drop(g);
            return;
        }
        crate::dealloc::release_children(&mut self.payload);
    }
}

#[cfg(test)]
mod tests {
    /// Every object pays for the largest payload: big, rare states are
    /// boxed so that ints, strs, lists and tuples stay small.
    #[test]
    fn payload_stays_small() {
        let _lock = crate::threads::lock::LockHold::new();
        assert!(std::mem::size_of::<super::Payload>() <= 80);
        assert!(std::mem::size_of::<super::PyObject>() <= 104);
    }

    /// A value is two words, and `Option<Value>` uses a spare tag.
    #[test]
    fn value_is_two_words() {
        let _lock = crate::threads::lock::LockHold::new();
        use crate::value::Value;
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }
}
