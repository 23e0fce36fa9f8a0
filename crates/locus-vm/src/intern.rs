//! Interned str objects for identifiers, shared process-wide so that names
//! in code objects, attribute dicts and namespaces are the same objects with
//! hashes computed once.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::value::Value;

fn table() -> &'static Mutex<HashMap<Box<str>, Value>> {
    static TABLE: OnceLock<Mutex<HashMap<Box<str>, Value>>> = OnceLock::new();
    TABLE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The interned str object for `name`.
pub fn intern(name: &str) -> Value {
    let mut t = table().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(v) = t.get(name) {
        return v.clone();
    }
    let v = Value::str(name);
    t.insert(name.into(), v.clone());
    v
}
