//! Compiles each case of a file (cases separated by a line `#####`) and
//! prints `kind|msg|lineno|offset` per case (or `ok`), for comparing
//! error messages with CPython.
fn main() {
    let path = std::env::args().nth(1).expect("usage: errcheck FILE");
    let text = std::fs::read_to_string(path).expect("readable file");
    for case in text.split("\n#####\n") {
        match locus_compiler::compile(case, "<s>", locus_compiler::CompileMode::Exec) {
            Ok(_) => println!("ok"),
            Err(e) => println!(
                "{}|{}|{}|{}",
                e.kind.class_name(),
                e.msg,
                e.lineno,
                e.offset
            ),
        }
    }
}
