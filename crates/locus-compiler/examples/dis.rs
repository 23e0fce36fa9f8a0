//! Prints the disassembly of a Python file: `cargo run --example dis -- file.py [exec|eval|single]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: dis FILE [MODE]");
    let mode = match args.next().as_deref() {
        Some("eval") => locus_compiler::CompileMode::Eval,
        Some("single") => locus_compiler::CompileMode::Single,
        _ => locus_compiler::CompileMode::Exec,
    };
    let source = std::fs::read_to_string(&path).expect("readable file");
    match locus_compiler::compile(&source, &path, mode) {
        Ok(code) => {
            print!("{}", locus_bytecode::disassemble(&code));
            if let Err(e) = locus_compiler::stack_depth::verify_all(&code) {
                println!("STACK DEPTH ERROR: {e}");
            }
        }
        Err(e) => println!(
            "{}: {} (line {}, offset {}, end {}:{})\n  text: {:?}",
            e.kind.class_name(),
            e.msg,
            e.lineno,
            e.offset,
            e.end_lineno,
            e.end_offset,
            e.text
        ),
    }
}
