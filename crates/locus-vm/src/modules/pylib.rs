//! Library modules written in Python (`crates/locus-vm/lib/*.py`),
//! embedded in the binary at build time.
//!
//! `import name` looks here after the Rust built-in modules and before
//! `sys.path` (`vm/import.rs`). An embedded module's `__file__` and its
//! code objects' `co_filename` are `<locus-lib>/name.py`; tracebacks and
//! `linecache` read their lines from this table ([`source_of_file`]).
//!
//! A package is a folder with an `__init__.py` (`lib/collections/`); its
//! submodules are the other files of the folder (`collections.abc` is
//! `lib/collections/abc.py`). The file name of a package is
//! `<locus-lib>/pkg/__init__.py`, of a submodule `<locus-lib>/pkg/mod.py`,
//! and a package's `__path__` is `['<locus-lib>/pkg']`, a folder that does
//! not exist on disk, so only embedded submodules are found in it.
//!
//! To add a module, put the file in `lib/` and add a row to [`LIB`] (a
//! unit test checks that the folder and the table agree).

use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The prefix of the file names of embedded modules.
pub const FILE_PREFIX: &str = "<locus-lib>/";

/// `(module name, is a package, source)` of every embedded module, sorted
/// by name.
pub static LIB: &[(&str, bool, &str)] = &[
    (
        "_collections_abc",
        false,
        include_str!("../../lib/_collections_abc.py"),
    ),
    (
        "_threading_local",
        false,
        include_str!("../../lib/_threading_local.py"),
    ),
    ("abc", false, include_str!("../../lib/abc.py")),
    (
        "collections",
        true,
        include_str!("../../lib/collections/__init__.py"),
    ),
    (
        "collections.abc",
        false,
        include_str!("../../lib/collections/abc.py"),
    ),
    ("copy", false, include_str!("../../lib/copy.py")),
    ("copyreg", false, include_str!("../../lib/copyreg.py")),
    ("heapq", false, include_str!("../../lib/heapq.py")),
    ("inspect", false, include_str!("../../lib/inspect.py")),
    ("json", true, include_str!("../../lib/json/__init__.py")),
    (
        "json.decoder",
        false,
        include_str!("../../lib/json/decoder.py"),
    ),
    (
        "json.encoder",
        false,
        include_str!("../../lib/json/encoder.py"),
    ),
    ("keyword", false, include_str!("../../lib/keyword.py")),
    ("linecache", false, include_str!("../../lib/linecache.py")),
    ("pickle", false, include_str!("../../lib/pickle.py")),
    ("queue", false, include_str!("../../lib/queue.py")),
    ("threading", false, include_str!("../../lib/threading.py")),
    ("warnings", false, include_str!("../../lib/warnings.py")),
];

fn entry(name: &str) -> Option<&'static (&'static str, bool, &'static str)> {
    LIB.iter().find(|(n, _, _)| *n == name)
}

/// The source of the embedded module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    entry(name).map(|(_, _, s)| *s)
}

/// Whether the embedded module `name` is a package.
pub fn is_package(name: &str) -> bool {
    entry(name).is_some_and(|(_, p, _)| *p)
}

/// The file name given to the embedded module `name`.
pub fn file_name(name: &str) -> String {
    let path = name.replace('.', "/");
    if is_package(name) {
        format!("{FILE_PREFIX}{path}/__init__.py")
    } else {
        format!("{FILE_PREFIX}{path}.py")
    }
}

/// The `__path__` entry of the embedded package `name`.
pub fn package_dir(name: &str) -> String {
    format!("{FILE_PREFIX}{}", name.replace('.', "/"))
}

/// The name of the embedded module whose file name is `filename`
/// (`<locus-lib>/a/b.py` or `<locus-lib>/a/__init__.py`).
fn module_of_file(filename: &str) -> Option<String> {
    let path = filename.strip_prefix(FILE_PREFIX)?.strip_suffix(".py")?;
    let path = path.strip_suffix("/__init__").unwrap_or(path);
    Some(path.replace('/', "."))
}

/// The source behind a file name of the form `<locus-lib>/name.py`.
pub fn source_of_file(filename: &str) -> Option<&'static str> {
    let name = module_of_file(filename)?;
    (file_name(&name) == filename).then(|| source(&name))?
}

/// Fills the `_locus` built-in module: what Locus's own library needs from
/// the interpreter that no standard module offers.
pub fn fill(_vm: &mut Vm, ns: &ObjRef) {
    super::add_functions(
        ns,
        &[
            ("lib_source", lib_source),
            ("is_builtin_class", crate::types::reduce::is_builtin_class),
            ("is_abstract_class", crate::types::reduce::is_abstract_class),
        ],
    );
    // For a `collections.abc` written in Python (registering a sequence
    // or mapping class); see `vm/pattern.rs`.
    super::add_functions(
        ns,
        &[
            (
                "set_collection_flag",
                crate::vm::set_collection_flag as crate::function::NativeFn,
            ),
            ("collection_flag", crate::vm::collection_flag),
        ],
    );
}

/// `_locus.lib_source(name)`: the source of the embedded module `name`, or
/// None (for `linecache`, so that `inspect.getsource` and debuggers can show
/// the library's lines). `name` may also be the file name without the
/// `<locus-lib>/` prefix and the `.py` suffix (`collections/__init__`).
fn lib_source(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(name) = args.first().and_then(Value::as_str) else {
        return Err(vm.type_error("lib_source() argument must be str"));
    };
    let found = source(name).or_else(|| source_of_file(&format!("{FILE_PREFIX}{name}.py")));
    Ok(found.map_or(Value::None, Value::str))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_lib_folder() {
        let _lock = crate::threads::lock::LockHold::new();
        fn walk(dir: &std::path::Path, prefix: &str, out: &mut Vec<(String, bool)>) {
            for e in std::fs::read_dir(dir).expect("lib folder").flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if e.path().is_dir() {
                    if name != "__pycache__" {
                        walk(&e.path(), &format!("{prefix}{name}."), out);
                    }
                } else if name == "__init__.py" {
                    out.push((prefix.trim_end_matches('.').to_string(), true));
                } else if let Some(stem) = name.strip_suffix(".py") {
                    out.push((format!("{prefix}{stem}"), false));
                }
            }
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
        let mut on_disk = Vec::new();
        walk(&dir, "", &mut on_disk);
        on_disk.sort();
        let table: Vec<(String, bool)> = LIB.iter().map(|(n, p, _)| (n.to_string(), *p)).collect();
        assert_eq!(
            on_disk, table,
            "crates/locus-vm/lib and modules::pylib::LIB differ"
        );
    }

    #[test]
    fn file_names_round_trip() {
        let _lock = crate::threads::lock::LockHold::new();
        assert_eq!(file_name("inspect"), "<locus-lib>/inspect.py");
        assert!(source_of_file("<locus-lib>/inspect.py").is_some());
        assert!(source_of_file("<locus-lib>/nope.py").is_none());
        assert!(source_of_file("inspect.py").is_none());
        assert_eq!(
            file_name("collections"),
            "<locus-lib>/collections/__init__.py"
        );
        assert_eq!(
            file_name("collections.abc"),
            "<locus-lib>/collections/abc.py"
        );
        assert!(source_of_file("<locus-lib>/collections/__init__.py").is_some());
        assert!(source_of_file("<locus-lib>/collections/abc.py").is_some());
        assert!(source_of_file("<locus-lib>/collections.py").is_none());
        assert!(source_of_file("<locus-lib>/inspect/__init__.py").is_none());
    }
}
