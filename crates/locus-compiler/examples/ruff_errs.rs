//! Prints ruff's raw parse errors for each case (debugging aid).
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
        println!("{:?}\n   => {:?}", case, errs);
    }
}
