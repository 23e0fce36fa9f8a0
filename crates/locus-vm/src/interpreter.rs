//! The embedding API: create an interpreter, run a program, get its exit status.

use std::sync::Arc;

use crate::object::{Payload, PyObject};
use crate::types::object::{new_module, ns_set};
use crate::value::Value;
use crate::vm::{Interp, Vm};

/// A Python interpreter with its main thread's VM.
///
/// The thread that makes it holds the interpreter lock (`threads/lock.rs`)
/// until it is dropped, giving it up only in blocking calls and at the
/// loop's switch points, so that threads started from Python run.
pub struct Interpreter {
    vm: Vm,
    /// Declared after `vm`: the lock is released after the VM is dropped.
    _lock: crate::threads::lock::LockHold,
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        // Still under the lock: this thread's caches hold Python values
        // that must not be released by thread-local destructors later.
        crate::threads::clear_thread_caches();
        self.vm.interp.threads.remove(self.vm.thread.ident);
    }
}

impl Interpreter {
    /// A new interpreter: `argv` becomes `sys.argv`, `path` `sys.path`.
    /// `stack_size` is the size of the calling thread's stack (for the
    /// recursion guard).
    pub fn new(argv: Vec<String>, path: Vec<String>, stack_size: usize) -> Interpreter {
        let lock = crate::threads::lock::LockHold::new();
        let builtins = PyObject::new_dict(crate::dict::Dict::new());
        crate::builtins::make_builtins_namespace(&builtins);
        let modules = PyObject::new_dict(crate::dict::Dict::new());
        let sys = crate::modules::sys::make_sys(&argv, &path, &modules);
        ns_set(
            &modules,
            crate::intern::intern("sys"),
            Value::Obj(sys.clone()),
        );
        ns_set(
            &modules,
            crate::intern::intern("builtins"),
            Value::Obj(new_module(builtins.clone())),
        );
        let main_thread = crate::threads::ThreadInfo::for_current_thread();
        let interp = Arc::new(Interp {
            modules,
            builtins,
            sys,
            threads: crate::threads::Registry::default(),
            main_thread_ident: main_thread.ident,
            thread_count: std::sync::atomic::AtomicUsize::new(0),
        });
        Interpreter {
            vm: Vm::with_thread(interp, stack_size, main_thread),
            _lock: lock,
        }
    }

    /// The VM (for embedders that call into Python).
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// Runs `source` as the `__main__` module and returns the process exit
    /// status: 0, 1 after printing an uncaught exception, or the
    /// `SystemExit` code.
    pub fn run_main(&mut self, source: &str, filename: &str) -> i32 {
        let vm = &mut self.vm;
        let ns = vm.new_dict();
        let n = crate::intern::intern;
        ns_set(&ns, n("__name__"), Value::str("__main__"));
        ns_set(&ns, n("__doc__"), Value::None);
        ns_set(&ns, n("__package__"), Value::None);
        // CPython's `__loader__` is an importer object; Locus has none
        // (docs/divergences.md). The names are the same, in the same order.
        ns_set(&ns, n("__loader__"), Value::None);
        ns_set(&ns, n("__spec__"), Value::None);
        ns_set(&ns, n("__annotations__"), Value::Obj(vm.new_dict()));
        ns_set(&ns, n("__builtins__"), Value::Obj(vm.builtins_module()));
        if !filename.starts_with('<') {
            ns_set(&ns, n("__file__"), Value::str(filename));
            ns_set(&ns, n("__cached__"), Value::None);
        }
        let main = Value::Obj(new_module(ns.clone()));
        let modules = vm.interp.modules.clone();
        ns_set(&modules, n("__main__"), main);
        // A program file with a NUL byte is refused before parsing, with
        // CPython's wording for files (no position).
        if source.contains('\0') && !filename.starts_with('<') {
            let e = vm.error("SyntaxError", "source code cannot contain null bytes");
            let status = self.handle_uncaught(Value::Obj(e));
            flush_std(&mut self.vm);
            return status;
        }
        let result = crate::compile_hook::compile(vm, source, filename, "exec")
            .and_then(|code| vm.run_code(&code, ns.clone(), Value::Obj(ns)));
        crate::generator::run_pending_finalizers(vm);
        let status = match result {
            Ok(_) => 0,
            Err(e) => self.handle_uncaught(Value::Obj(e)),
        };
        crate::generator::run_pending_finalizers(&mut self.vm);
        let status = self.wait_for_threads().unwrap_or(status);
        flush_std(&mut self.vm);
        status
    }

    /// At the end of the main program: waits for the threads started with
    /// `threading` that are not daemons (`threading._shutdown()`, when the
    /// module was imported). A KeyboardInterrupt meanwhile gives the exit
    /// status.
    fn wait_for_threads(&mut self) -> Option<i32> {
        let vm = &mut self.vm;
        let threading = crate::types::object::ns_get(&vm.interp.modules.clone(), "threading")?;
        let r = vm.call_method_by_name(&threading, "_shutdown", &[]);
        match r {
            Ok(_) => None,
            Err(e) => Some(self.handle_uncaught(Value::Obj(e))),
        }
    }

    /// `locus -m name`: finds module `name` on `sys.path` and runs it as `__main__`.
    pub fn run_module_as_main(&mut self, name: &str) -> i32 {
        let sys_path = crate::types::object::ns_get(
            &self.vm.module_namespace(&self.vm.interp.sys.clone()),
            "path",
        );
        let dirs: Vec<String> = match sys_path.map(|p| self.vm.collect(&p)) {
            Some(Ok(items)) => items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        };
        let rel = name.replace('.', "/");
        for dir in dirs {
            for candidate in [
                format!("{dir}/{rel}.py"),
                format!("{dir}/{rel}/__main__.py"),
            ] {
                if let Ok(src) = std::fs::read(&candidate) {
                    self.set_argv0(&candidate);
                    return self.run_main(&String::from_utf8_lossy(&src), &candidate);
                }
            }
        }
        let prog = std::env::args().next().unwrap_or_else(|| "locus".into());
        eprintln!("{prog}: No module named {name}");
        1
    }

    fn set_argv0(&mut self, path: &str) {
        let sys_ns = self.vm.module_namespace(&self.vm.interp.sys.clone());
        if let Some(argv) = crate::types::object::ns_get(&sys_ns, "argv") {
            if let Some(Payload::List(l)) = argv.payload() {
                if let Some(first) = l.borrow_mut().first_mut() {
                    *first = Value::str(path);
                }
            }
        }
    }

    /// A basic interactive prompt: reads statements (continuing blocks with
    /// `...`), runs them in `__main__`, prints expression values.
    pub fn run_interactive(&mut self) -> i32 {
        use std::io::{BufRead, Write};
        let vm = &mut self.vm;
        let ns = vm.new_dict();
        let n = crate::intern::intern;
        ns_set(&ns, n("__name__"), Value::str("__main__"));
        ns_set(&ns, n("__builtins__"), Value::Obj(vm.builtins_module()));
        println!(
            "Python 3.13.0 (Locus {}) interactive prompt",
            env!("CARGO_PKG_VERSION")
        );
        let stdin = std::io::stdin();
        let mut buffer = String::new();
        loop {
            eprint!("{}", if buffer.is_empty() { ">>> " } else { "... " });
            let _ = std::io::stderr().flush();
            let mut line = String::new();
            let read = self.vm.allow_threads(|| stdin.lock().read_line(&mut line));
            match read {
                Ok(0) | Err(_) => {
                    eprintln!();
                    return 0;
                }
                Ok(_) => {}
            }
            let blank = line.trim().is_empty();
            buffer.push_str(&line);
            let opens_block =
                buffer.trim_end().ends_with(':') || (buffer.lines().count() > 1 && !blank);
            if opens_block {
                continue;
            }
            let source = std::mem::take(&mut buffer);
            if source.trim().is_empty() {
                continue;
            }
            let vm = &mut self.vm;
            let r = crate::compile_hook::compile(vm, &source, "<stdin>", "single")
                .and_then(|code| vm.run_code(&code, ns.clone(), Value::Obj(ns.clone())));
            flush_std(&mut self.vm);
            if let Err(e) = r {
                let exc = Value::Obj(e);
                if self
                    .vm
                    .is_instance(&exc, crate::builtin_types::exc("SystemExit"))
                {
                    return self.handle_uncaught(exc);
                }
                self.handle_uncaught(exc);
            }
        }
    }

    /// Prints an uncaught exception (or honours `SystemExit`); returns the exit status.
    pub fn handle_uncaught(&mut self, exc: Value) -> i32 {
        let vm = &mut self.vm;
        flush_std(vm);
        if vm.is_instance(&exc, crate::builtin_types::exc("SystemExit")) {
            let code = vm.get_attr_str(&exc, "code").unwrap_or(Value::None);
            return match code {
                Value::None => 0,
                Value::Int(i) => (i & 0xff) as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let s = vm.to_str(&other).unwrap_or_default();
                    crate::file::flush_stdout();
                    eprintln!("{s}");
                    1
                }
            };
        }
        let text = crate::traceback::format_exception(vm, &exc);
        crate::file::flush_stdout();
        eprint!("{text}");
        if vm.is_instance(&exc, crate::builtin_types::exc("KeyboardInterrupt")) {
            // What a shell reports for a process ended by SIGINT, as
            // CPython's exit after an uncaught KeyboardInterrupt.
            return 130;
        }
        1
    }
}

/// Flushes `sys.stdout`, `sys.stderr` and the process's stdout buffer.
pub(crate) fn flush_std(vm: &mut Vm) {
    for name in ["stdout", "stderr"] {
        let s = crate::modules::sys_stream(vm, name);
        crate::file::flush(&s);
    }
    crate::file::flush_stdout();
}
