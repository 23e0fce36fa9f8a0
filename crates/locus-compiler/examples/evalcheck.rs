//! Like `errcheck`, in eval mode.
fn main() {
    let path = std::env::args().nth(1).expect("usage: evalcheck FILE");
    let text = std::fs::read_to_string(path).expect("readable file");
    for case in text.split("\n#####\n") {
        match locus_compiler::compile(case, "<s>", locus_compiler::CompileMode::Eval) {
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
