use ruff_python_parser::{parse_unchecked, Mode, ParseOptions};
fn main() {
    let src = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    for case in src.split("\n#####\n") {
        let p = parse_unchecked(case, ParseOptions::from(Mode::Module));
        let errs: Vec<String> = p
            .errors()
            .iter()
            .map(|e| format!("{:?} @{:?}", e.error, e.location))
            .collect();
        let unsup: Vec<String> = p
            .unsupported_syntax_errors()
            .iter()
            .map(|e| format!("{:?}", e.kind))
            .collect();
        println!("{:?}\n   => {:?} {:?}", case, errs, unsup);
    }
}
