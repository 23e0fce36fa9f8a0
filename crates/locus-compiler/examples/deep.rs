fn main() {
    let n: usize = std::env::args().nth(1).unwrap().parse().unwrap();
    let kind = std::env::args().nth(2).unwrap();
    let stack: usize = std::env::args().nth(3).unwrap().parse().unwrap();
    let src = match kind.as_str() {
        "neg" => format!("{}1", "-".repeat(n)),
        "not" => format!("{}1", "not ".repeat(n)),
        "add" => format!("{}1", "1+".repeat(n)),
        "attr" => format!("a{}", ".a".repeat(n)),
        "call" => format!("a{}", "()".repeat(n)),
        "lambda" => format!("{}1", "lambda:".repeat(n)),
        "ifexp" => format!("{}1", "1 if 1 else ".repeat(n)),
        _ => panic!(),
    };
    let p = ruff_python_parser::parse_module(&src);
    println!("parsed ok={}", p.is_ok());
    let t = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let p = std::hint::black_box(p);
            drop(p);
            println!("dropped");
        })
        .unwrap();
    let _ = t.join();
}
