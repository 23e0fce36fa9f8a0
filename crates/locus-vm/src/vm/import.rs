//! The import system: `sys.modules`, then built-in modules (Rust ones,
//! then the embedded Python library of `modules/pylib.rs`), then `.py`
//! modules and packages found on `sys.path`.

use std::path::{Path, PathBuf};

use crate::frame::Frame;
use crate::object::Payload;
use crate::types::object::{new_module, ns_get, ns_set};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `IMPORT_NAME`: imports `name` (absolute or relative to the frame's
    /// package) and returns the top-level package, or the module itself when
    /// `fromlist` is given.
    pub(crate) fn import_name(
        &mut self,
        f: &Frame,
        name: &Value,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let name = name.as_str().unwrap_or("").to_string();
        let level = match level {
            Value::Int(i) => *i as usize,
            _ => 0,
        };
        let globals = Value::Obj(f.vars.globals.clone());
        self.import_module_level(&name, &globals, fromlist, level)
    }

    /// `__import__(name, globals, locals, fromlist, level)`.
    pub fn import_module_level(
        &mut self,
        name: &str,
        globals: &Value,
        fromlist: &Value,
        level: usize,
    ) -> PyResult<Value> {
        let full = if level > 0 {
            let package = self.package_of(globals);
            let Some(package) = package else {
                return Err(self.error(
                    "ImportError",
                    "attempted relative import with no known parent package",
                ));
            };
            let parts: Vec<&str> = package.split('.').collect();
            if level > parts.len() || package.is_empty() {
                return Err(self.error(
                    "ImportError",
                    "attempted relative import beyond top-level package",
                ));
            }
            let base = parts[..parts.len() - (level - 1)].join(".");
            if name.is_empty() {
                base
            } else {
                format!("{base}.{name}")
            }
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.to_string()
        };
        let module = self.import_dotted(&full)?;
        let has_fromlist = match fromlist.payload() {
            Some(Payload::Tuple(t)) => !t.is_empty(),
            Some(Payload::List(l)) => !l.borrow().is_empty(),
            _ => false,
        };
        if has_fromlist {
            // Import submodules named in the fromlist when the module is a package.
            let names = self.collect(fromlist)?;
            for n in names {
                let Some(n) = n.as_str() else { continue };
                if n == "*" {
                    continue;
                }
                if self
                    .get_attr_opt(&module, &crate::intern::intern(n))?
                    .is_none()
                    && self.is_package(&module)
                {
                    let sub = format!("{full}.{n}");
                    match self.import_dotted(&sub) {
                        Ok(_) => {}
                        Err(e) if self.err_is(&e, "ModuleNotFoundError") => {}
                        Err(e) => return Err(e),
                    }
                }
            }
            return Ok(module);
        }
        if level > 0 && name.is_empty() {
            return Ok(module);
        }
        // Without a fromlist, `import a.b.c` binds the top-level package.
        let top = if level > 0 {
            let first = name.split('.').next().unwrap_or(name);
            let prefix_len = full.len() - name.len();
            format!("{}{}", &full[..prefix_len], first)
        } else {
            full.split('.').next().unwrap_or(&full).to_string()
        };
        self.lookup_module(&top).map_or(Ok(module), Ok)
    }

    fn package_of(&mut self, globals: &Value) -> Option<String> {
        let g = globals.as_obj()?;
        if let Some(p) = ns_get(g, "__package__").and_then(|p| p.as_str().map(str::to_string)) {
            return Some(p);
        }
        let name = ns_get(g, "__name__")?.as_str()?.to_string();
        if ns_get(g, "__path__").is_some() {
            Some(name)
        } else {
            Some(
                name.rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default(),
            )
        }
    }

    fn is_package(&self, module: &Value) -> bool {
        match module.payload() {
            Some(Payload::Module(m)) => ns_get(&m.namespace, "__path__").is_some(),
            _ => false,
        }
    }

    /// The module in `sys.modules` named `name`, if any.
    pub fn lookup_module(&mut self, name: &str) -> Option<Value> {
        let modules = self.interp.modules.clone();
        ns_get(&modules, name).filter(|m| !m.is_none())
    }

    /// Imports `a.b.c`, importing each parent first.
    pub fn import_dotted(&mut self, full: &str) -> PyResult<Value> {
        if let Some(m) = self.lookup_module(full) {
            return Ok(m);
        }
        let (parent, last) = match full.rsplit_once('.') {
            Some((p, l)) => (Some(p.to_string()), l.to_string()),
            None => (None, full.to_string()),
        };
        let search: Vec<PathBuf> = match &parent {
            Some(p) => {
                let pm = self.import_dotted(p)?;
                if let Some(m) = self.lookup_module(full) {
                    return Ok(m);
                }
                if crate::modules::pylib::is_package(p) {
                    if let Some(source) = crate::modules::pylib::source(full) {
                        return self.exec_lib_module(full, source);
                    }
                }
                let path = self.get_attr_opt(&pm, &crate::intern::intern("__path__"))?;
                match path {
                    Some(path) => self
                        .collect(&path)?
                        .iter()
                        .filter_map(|p| p.as_str().map(PathBuf::from))
                        .collect(),
                    None => {
                        return Err(self.module_not_found(
                            full,
                            &format!("No module named '{full}'; '{p}' is not a package"),
                        ))
                    }
                }
            }
            None => {
                if let Some(m) = crate::modules::builtin_module(self, full)? {
                    let modules = self.interp.modules.clone();
                    ns_set(&modules, crate::intern::intern(full), m.clone());
                    return Ok(m);
                }
                if let Some(source) = crate::modules::pylib::source(full) {
                    return self.exec_lib_module(full, source);
                }
                let sys_path = ns_get(&self.module_namespace(&self.interp.sys.clone()), "path")
                    .unwrap_or(Value::None);
                self.collect(&sys_path)?
                    .iter()
                    .filter_map(|p| p.as_str().map(PathBuf::from))
                    .collect()
            }
        };
        for dir in search {
            let pkg_init = dir.join(&last).join("__init__.py");
            if pkg_init.is_file() {
                let pkg_dir = dir.join(&last);
                return self.load_source_module(full, &pkg_init, Some(&pkg_dir));
            }
            let file = dir.join(format!("{last}.py"));
            if file.is_file() {
                return self.load_source_module(full, &file, None);
            }
        }
        Err(self.module_not_found(full, &format!("No module named '{full}'")))
    }

    /// Runs the embedded library module `name` (a package gets the
    /// `__path__` of `pylib::package_dir`).
    fn exec_lib_module(&mut self, name: &str, source: &str) -> PyResult<Value> {
        let file = crate::modules::pylib::file_name(name);
        let dir = crate::modules::pylib::is_package(name)
            .then(|| PathBuf::from(crate::modules::pylib::package_dir(name)));
        self.exec_source_module(name, source, &file, dir.as_deref())
    }

    fn module_not_found(&self, name: &str, msg: &str) -> crate::vm::PyErr {
        let e = self.error("ModuleNotFoundError", msg);
        let _ = crate::types::object::set_instance_attr(&e, "name", Value::str(name));
        e
    }

    /// The namespace dict of a module object.
    pub fn module_namespace(&self, m: &ObjRef) -> ObjRef {
        match &m.payload {
            Payload::Module(d) => d.namespace.clone(),
            _ => m.clone(),
        }
    }

    /// Compiles and runs a `.py` file as module `name`.
    pub fn load_source_module(
        &mut self,
        name: &str,
        path: &Path,
        package_dir: Option<&Path>,
    ) -> PyResult<Value> {
        let source = std::fs::read(path).map_err(|e| {
            self.error(
                "ImportError",
                format!("cannot read {}: {e}", path.display()),
            )
        })?;
        let source = String::from_utf8_lossy(&source).into_owned();
        let file = path.display().to_string();
        self.exec_source_module(name, &source, &file, package_dir)
    }

    /// Runs `source` as module `name` whose `__file__` is `file` (a path on
    /// disk, or `<locus-lib>/name.py` for an embedded library module).
    fn exec_source_module(
        &mut self,
        name: &str,
        source: &str,
        file: &str,
        package_dir: Option<&Path>,
    ) -> PyResult<Value> {
        let ns = self.new_dict();
        let n = |s: &str| crate::intern::intern(s);
        ns_set(&ns, n("__name__"), Value::str(name));
        ns_set(&ns, n("__file__"), Value::str(file));
        ns_set(&ns, n("__doc__"), Value::None);
        ns_set(&ns, n("__builtins__"), Value::Obj(self.builtins_module()));
        let search = package_dir.map(|dir| {
            Value::Obj(crate::object::PyObject::new_list(vec![Value::str(
                dir.display().to_string(),
            )]))
        });
        ns_set(
            &ns,
            n("__spec__"),
            crate::builtins::new_module_spec(name, Some(file), search.clone()),
        );
        ns_set(&ns, n("__loader__"), Value::None);
        match search {
            Some(path_list) => {
                ns_set(&ns, n("__package__"), Value::str(name));
                ns_set(&ns, n("__path__"), path_list);
            }
            None => {
                let pkg = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
                ns_set(&ns, n("__package__"), Value::str(pkg));
            }
        }
        let module = Value::Obj(new_module(ns.clone()));
        let modules = self.interp.modules.clone();
        ns_set(&modules, n(name), module.clone());
        let code = match crate::compile_hook::compile(self, source, file, "exec") {
            Ok(c) => c,
            Err(e) => {
                crate::types::object::ns_del(&modules, &n(name));
                return Err(e);
            }
        };
        if let Err(e) = self.run_code(&code, ns.clone(), Value::Obj(ns)) {
            crate::types::object::ns_del(&modules, &n(name));
            return Err(e);
        }
        // Bind the submodule on its parent package.
        if let Some((parent, last)) = name.rsplit_once('.') {
            if let Some(p) = self.lookup_module(parent) {
                self.set_attr(&p, &n(last), module.clone())?;
            }
        }
        Ok(self.lookup_module(name).unwrap_or(module))
    }

    /// The `builtins` module object.
    pub fn builtins_module(&mut self) -> ObjRef {
        match self.lookup_module("builtins") {
            Some(Value::Obj(m)) => m,
            _ => new_module(self.interp.builtins.clone()),
        }
    }

    /// `IMPORT_FROM`: `from m import name`.
    pub(crate) fn import_from(&mut self, m: &Value, name: &Value) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(m, name)? {
            return Ok(v);
        }
        let n = name.as_str().unwrap_or("?");
        let mname = match m.payload() {
            Some(Payload::Module(md)) => {
                ns_get(&md.namespace, "__name__").and_then(|v| v.as_str().map(str::to_string))
            }
            _ => None,
        };
        if let Some(mname) = &mname {
            let sub = format!("{mname}.{n}");
            if let Some(v) = self.lookup_module(&sub) {
                return Ok(v);
            }
        }
        let mname = mname.unwrap_or_else(|| "<unknown module name>".into());
        let file = match m.payload() {
            Some(Payload::Module(md)) => {
                ns_get(&md.namespace, "__file__").and_then(|v| v.as_str().map(str::to_string))
            }
            _ => None,
        };
        let initializing = self.module_initializing(m);
        let shadowing = file
            .as_deref()
            .is_some_and(|f| self.is_possibly_shadowing(f));
        let msg = if shadowing && crate::modules::sys::STDLIB_MODULE_NAMES.contains(&mname.as_str())
        {
            format!(
                "cannot import name '{n}' from '{mname}' (consider renaming '{}' since it has the same name as the standard library module named '{mname}' and prevents importing that standard library module)",
                file.clone().unwrap_or_default()
            )
        } else if initializing && shadowing {
            format!(
                "cannot import name '{n}' from '{mname}' (consider renaming '{}' if it has the same name as a library you intended to import)",
                file.clone().unwrap_or_default()
            )
        } else if initializing {
            format!(
                "cannot import name '{n}' from partially initialized module '{mname}' (most likely due to a circular import) ({})",
                file.clone().unwrap_or_else(|| "unknown location".into())
            )
        } else {
            match file {
                Some(f) => format!("cannot import name '{n}' from '{mname}' ({f})"),
                None => format!("cannot import name '{n}' from '{mname}' (unknown location)"),
            }
        };
        let e = self.error("ImportError", msg);
        let _ = crate::types::object::set_instance_attr(&e, "name", Value::str(mname));
        Err(e)
    }

    /// Whether a module file lies directly in the script's directory
    /// (`sys.path[0]`, or the current directory when that is empty), where
    /// it may hide a library module of the same name (CPython's
    /// `_PyModule_IsPossiblyShadowing`).
    fn is_possibly_shadowing(&mut self, origin: &str) -> bool {
        let origin = origin
            .strip_suffix(&format!("{}__init__.py", std::path::MAIN_SEPARATOR))
            .unwrap_or(origin);
        let Some(root) = std::path::Path::new(origin).parent() else {
            return false;
        };
        let sys = Value::Obj(self.interp.sys.clone());
        let first = match self.get_attr_str(&sys, "path") {
            Ok(p) => match p.payload() {
                Some(Payload::List(l)) => l.borrow().first().cloned(),
                _ => None,
            },
            Err(_) => None,
        };
        let Some(first) = first.and_then(|f| f.as_str().map(str::to_string)) else {
            return false;
        };
        let base = if first.is_empty() {
            match std::env::current_dir() {
                Ok(d) => d,
                Err(_) => return false,
            }
        } else {
            std::path::PathBuf::from(first)
        };
        base.as_path() == root
    }

    fn module_initializing(&self, m: &Value) -> bool {
        // A module is initializing while its frame is on the call stack.
        match m.payload() {
            Some(Payload::Module(md)) => self.call_stack.iter().any(|f| {
                crate::gil_rc::GilRc::ptr_eq(&f.globals, &md.namespace) && !f.code.optimized
            }),
            _ => false,
        }
    }

    /// `from m import *`.
    pub(crate) fn import_star(&mut self, m: &Value, locals: &Value) -> PyResult<()> {
        let ns = match m.payload() {
            Some(Payload::Module(md)) => md.namespace.clone(),
            _ => return Ok(()),
        };
        let names: Vec<Value> = match ns_get(&ns, "__all__") {
            Some(all) => self.collect(&all)?,
            None => match &ns.payload {
                Payload::Dict(d) => d
                    .borrow()
                    .keys()
                    .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
                    .cloned()
                    .collect(),
                _ => Vec::new(),
            },
        };
        for name in names {
            let v = self.get_attr(m, &name)?;
            self.mapping_set(locals, name, v)?;
        }
        Ok(())
    }

    /// Runs module-level code with the given globals and locals mapping.
    pub fn run_code(
        &mut self,
        code: &crate::gil_rc::GilRc<crate::function::CodeRt>,
        globals: ObjRef,
        locals: Value,
    ) -> PyResult<Value> {
        self.run_code_with_closure(code, globals, locals, &[])
    }

    /// Runs a code object whose free variables are the given cells.
    pub fn run_code_with_closure(
        &mut self,
        code: &crate::gil_rc::GilRc<crate::function::CodeRt>,
        globals: ObjRef,
        locals: Value,
        closure: &[ObjRef],
    ) -> PyResult<Value> {
        let builtins = match crate::types::object::ns_get(&globals, "__builtins__") {
            Some(Value::Obj(b)) => match &b.payload {
                Payload::Module(m) => m.namespace.clone(),
                Payload::Dict(_) => b,
                _ => self.interp.builtins.clone(),
            },
            _ => self.interp.builtins.clone(),
        };
        let frame = Box::new(Frame::new(code.clone(), globals, builtins, locals, closure));
        self.run_to_return(frame)
    }
}
