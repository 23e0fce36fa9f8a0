//! Library modules written in Python (`crates/locus-vm/lib/*.py`),
//! embedded in the binary at build time.
//!
//! `import name` looks here after the Rust built-in modules and before
//! `sys.path` (`vm/import.rs`). An embedded module's `__file__` and its
//! code objects' `co_filename` are `<locus-lib>/name.py`; tracebacks and
//! `linecache` read their lines from this table ([`source_of_file`]).
//!
//! To add a module, put the file in `lib/` and add a row to [`LIB`] (a
//! unit test checks that the folder and the table agree).

use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The prefix of the file names of embedded modules.
pub const FILE_PREFIX: &str = "<locus-lib>/";

/// `(module name, source)` of every embedded module, sorted by name.
pub static LIB: &[(&str, &str)] = &[
    ("inspect", include_str!("../../lib/inspect.py")),
    ("linecache", include_str!("../../lib/linecache.py")),
    ("warnings", include_str!("../../lib/warnings.py")),
];

/// The source of the embedded module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    LIB.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// The file name given to the embedded module `name`.
pub fn file_name(name: &str) -> String {
    format!("{FILE_PREFIX}{name}.py")
}

/// The source behind a file name of the form `<locus-lib>/name.py`.
pub fn source_of_file(filename: &str) -> Option<&'static str> {
    let name = filename.strip_prefix(FILE_PREFIX)?.strip_suffix(".py")?;
    source(name)
}

/// Fills the `_locus` built-in module: what Locus's own library needs from
/// the interpreter that no standard module offers.
pub fn fill(_vm: &mut Vm, ns: &ObjRef) {
    super::add_functions(ns, &[("lib_source", lib_source)]);
    // For a `collections.abc` written in Python (registering a sequence
    // or mapping class); see `vm/pattern.rs`.
    super::add_functions(
        ns,
        &[(
            "set_collection_flag",
            crate::vm::set_collection_flag as crate::function::NativeFn,
        )],
    );
}

/// `_locus.lib_source(name)`: the source of the embedded module `name`, or
/// None (for `linecache`, so that `inspect.getsource` and debuggers can show
/// the library's lines).
fn lib_source(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some(name) = args.first().and_then(Value::as_str) else {
        return Err(vm.type_error("lib_source() argument must be str"));
    };
    Ok(source(name).map_or(Value::None, Value::str))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_lib_folder() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .expect("lib folder")
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.strip_suffix(".py").map(str::to_string)
            })
            .collect();
        on_disk.sort();
        let table: Vec<String> = LIB.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(
            on_disk, table,
            "crates/locus-vm/lib and modules::pylib::LIB differ"
        );
    }

    #[test]
    fn file_names_round_trip() {
        assert_eq!(file_name("inspect"), "<locus-lib>/inspect.py");
        assert!(source_of_file("<locus-lib>/inspect.py").is_some());
        assert!(source_of_file("<locus-lib>/nope.py").is_none());
        assert!(source_of_file("inspect.py").is_none());
    }
}
