//! The `locus` command: runs Python programs like `python` does.
//!
//! Usage: `locus file.py args…`, `locus -c CODE`, `locus -m module`,
//! `locus -` (program on stdin), `locus -V`. With no arguments and a
//! terminal on stdin, an interactive prompt.

use std::io::{IsTerminal, Read};
use std::path::Path;

use locus_vm::Interpreter;

/// Stack for the interpreter thread: deep native recursion is guarded
/// (RecursionError), but nested activations need room.
const STACK_SIZE: usize = 1 << 30;

const USAGE: &str = "usage: locus [option] ... [-c cmd | -m mod | file | -] [arg] ...";

/// What to run.
enum Program {
    File(String),
    Command(String),
    Module(String),
    Stdin,
    Interactive,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let code = match std::thread::Builder::new()
        .name("locus-main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || run(args))
    {
        Ok(handle) => handle.join().unwrap_or(1),
        Err(e) => {
            eprintln!("locus: cannot start the interpreter thread: {e}");
            1
        }
    };
    std::process::exit(code);
}

fn run(args: Vec<String>) -> i32 {
    locus_vm::threads::install_interrupt_handler();
    let mut i = 1;
    let program = loop {
        let Some(a) = args.get(i) else {
            break if std::io::stdin().is_terminal() {
                Program::Interactive
            } else {
                Program::Stdin
            };
        };
        match a.as_str() {
            "-V" | "--version" => {
                println!("Python 3.13.0 (Locus {})", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return 0;
            }
            "-c" => match args.get(i + 1) {
                Some(c) => {
                    i += 1;
                    break Program::Command(c.clone());
                }
                None => return usage_error("Argument expected for the -c option"),
            },
            "-m" => match args.get(i + 1) {
                Some(m) => {
                    i += 1;
                    break Program::Module(m.clone());
                }
                None => return usage_error("Argument expected for the -m option"),
            },
            "-" => break Program::Stdin,
            "-u" | "-B" | "-E" | "-s" | "-S" | "-I" => i += 1,
            s if s.starts_with('-') && s.len() > 1 => {
                return usage_error(&format!("Unknown option: {s}"))
            }
            _ => break Program::File(a.clone()),
        }
    };
    // sys.argv: the program (or "-c"/"-m"/"-") then the rest.
    let rest: Vec<String> = args.get(i + 1..).map(|r| r.to_vec()).unwrap_or_default();
    let mut path = Vec::new();
    let argv0 = match &program {
        Program::File(f) => {
            let dir = Path::new(f)
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
            path.push(dir.display().to_string());
            f.clone()
        }
        Program::Command(_) => {
            path.push(cwd());
            "-c".into()
        }
        Program::Module(_) => {
            path.push(cwd());
            "-m".into()
        }
        Program::Stdin | Program::Interactive => {
            path.push(cwd());
            if matches!(program, Program::Stdin) && args.get(i).is_some_and(|a| a == "-") {
                "-".into()
            } else {
                String::new()
            }
        }
    };
    if let Ok(extra) = std::env::var("LOCUSPATH") {
        path.extend(
            extra
                .split(':')
                .filter(|s| !s.is_empty())
                .map(str::to_string),
        );
    }
    let mut argv = vec![argv0];
    argv.extend(rest);
    let mut interp = Interpreter::new(argv, path, STACK_SIZE);
    let status = match program {
        Program::File(f) => match std::fs::read(&f) {
            Ok(bytes) => interp.run_main(&String::from_utf8_lossy(&bytes), &f),
            Err(e) => {
                let name = args.first().map_or("locus", String::as_str);
                eprintln!(
                    "{name}: can't open file '{f}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(2),
                    os_error_text(&e)
                );
                2
            }
        },
        Program::Command(c) => interp.run_main(&c, "<string>"),
        Program::Module(m) => interp.run_module_as_main(&m),
        Program::Stdin => {
            let mut src = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut src);
            interp.run_main(&String::from_utf8_lossy(&src), "<stdin>")
        }
        Program::Interactive => interp.run_interactive(),
    };
    // The process ends now: daemon threads still running stop where they
    // are (they never get the interpreter lock again), as in CPython.
    locus_vm::threads::lock::begin_finalizing();
    status
}

fn cwd() -> String {
    std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| ".".into())
}

fn os_error_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

fn usage_error(msg: &str) -> i32 {
    eprintln!("{msg}");
    eprintln!("{USAGE}");
    2
}
