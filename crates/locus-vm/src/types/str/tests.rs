//! Unit tests of `types/str.rs`.

use super::*;

#[test]
fn repr_quotes() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(repr_str("abc"), "'abc'");
    assert_eq!(repr_str("it's"), "\"it's\"");
    assert_eq!(repr_str("say \"hi\""), "'say \"hi\"'");
    assert_eq!(repr_str("both ' and \""), "'both \\' and \"'");
    assert_eq!(repr_str(""), "''");
}

#[test]
fn repr_escapes() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(repr_str("a\nb\tc\rd\\"), "'a\\nb\\tc\\rd\\\\'");
    assert_eq!(repr_str("\x00\x1f\x7f"), "'\\x00\\x1f\\x7f'");
    assert_eq!(repr_str("\u{80}\u{a0}\u{ad}"), "'\\x80\\xa0\\xad'");
    assert_eq!(repr_str("é€😀"), "'é€😀'");
    assert_eq!(
        repr_str("\u{2028}\u{200b}\u{feff}"),
        "'\\u2028\\u200b\\ufeff'"
    );
    assert_eq!(repr_str("\u{e000}\u{378}"), "'\\ue000\\u0378'");
    assert_eq!(repr_str("\u{10ffff}\u{e0001}"), "'\\U0010ffff\\U000e0001'");
    assert_eq!(repr_str("\u{3000}"), "'\\u3000'");
}

#[test]
fn ascii_escapes() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(ascii_escape("'é€😀'"), "'\\xe9\\u20ac\\U0001f600'");
    assert_eq!(ascii_escape("plain"), "plain");
}

#[test]
fn unicode_properties() {
    let _lock = crate::threads::lock::LockHold::new();
    assert!(ucd::is_decimal('٣'));
    assert!(ucd::is_digit('²') && !ucd::is_decimal('²'));
    assert!(ucd::is_numeric('½') && ucd::is_numeric('一'));
    assert!(!ucd::is_alpha('Ⅷ') && ucd::is_alpha('é'));
    assert!(!ucd::is_alpha('\u{93f}'));
    assert!(
        is_identifier("_a1") && is_identifier("été") && !is_identifier("1a") && !is_identifier("")
    );
    assert!(ucd::is_space('\x1c') && !ucd::is_space('\u{200b}'));
}

#[test]
fn case_mappings() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(title_text("hello world"), "Hello World");
    assert_eq!(title_text("they're bill's"), "They'Re Bill'S");
    assert_eq!(title_text("ǆa ßx"), "ǅa Ssx");
    assert_eq!(title_text("ΑΣ"), "Ας");
    assert_eq!(capitalize_text("ﬁx"), "Fix");
    assert_eq!(casefold_text("Straße ẞ"), "strasse ss");
    assert_eq!(swapcase_text("ΑΣ b"), "ας B");
    assert!(is_title_text("Ab Cd") && !is_title_text("AbC"));
    assert!(is_upper_text("A1") && !is_upper_text("1"));
}

#[test]
fn splitting() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(split_whitespace(" a b ", 0), vec!["a b "]);
    assert_eq!(split_whitespace(" a  b c ", 1), vec!["a", "b c "]);
    assert_eq!(rsplit_whitespace(" a b ", 0), vec![" a b"]);
    assert_eq!(rsplit_whitespace("a b  c", 1), vec!["a b", "c"]);
    assert_eq!(split_sep("a,b,c", ",", 1), vec!["a", "b,c"]);
    assert_eq!(rsplit_sep("a,b,c", ",", 1), vec!["a,b", "c"]);
    assert_eq!(split_lines("a\r\nb\rc\n", false), vec!["a", "b", "c"]);
    assert_eq!(split_lines("a\r\nb\u{85}", true), vec!["a\r\n", "b\u{85}"]);
    assert_eq!(split_lines("\n", false), vec![""]);
}

#[test]
fn slices() {
    let _lock = crate::threads::lock::LockHold::new();
    let idx: Vec<usize> = resolve_slice(None, None, -1, 3).indices().collect();
    assert_eq!(idx, vec![2, 1, 0]);
    assert_eq!(resolve_slice(Some(i64::MAX), None, 1, 3).len, 0);
    assert_eq!(resolve_slice(None, None, i64::MAX, 3).len, 1);
    assert_eq!(
        resolve_slice(Some(-100), Some(100), 2, 5)
            .indices()
            .collect::<Vec<_>>(),
        vec![0, 2, 4]
    );
    assert_eq!(adjust_range(3, Some(4), None), None);
    assert_eq!(adjust_range(3, Some(-1), Some(-5)), Some((2, 0)));
}

fn pieces(s: &str) -> Result<Vec<Piece<'_>>, String> {
    let mut t = Template::new(s);
    let mut v = Vec::new();
    while let Some(p) = t.next_piece()? {
        v.push(p);
    }
    Ok(v)
}

fn field(name: &str, conversion: Option<char>, spec: &str, nested: bool) -> Piece<'static> {
    let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
    Piece::Field(RawField {
        name: leak(name),
        conversion,
        spec: leak(spec),
        spec_has_fields: nested,
    })
}

#[test]
fn template_pieces() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(
        pieces("a{{b}}{0!r:>{1}}c").unwrap(),
        vec![
            Piece::Text("a"),
            Piece::Text("{"),
            Piece::Text("b"),
            Piece::Text("}"),
            field("0", Some('r'), ">{1}", true),
            Piece::Text("c"),
        ]
    );
    assert_eq!(
        pieces("{}{x.y[0]}").unwrap(),
        vec![field("", None, "", false), field("x.y[0]", None, "", false)]
    );
    assert_eq!(
        pieces("{0[}]:x}").unwrap(),
        vec![field("0[}]", None, "x", false)]
    );
    assert_eq!(pieces("{:}").unwrap(), vec![field("", None, "", false)]);
}

#[test]
fn template_errors() {
    let _lock = crate::threads::lock::LockHold::new();
    let err = |s: &str| pieces(s).unwrap_err();
    assert_eq!(err("}"), "Single '}' encountered in format string");
    assert_eq!(err("a{"), "Single '{' encountered in format string");
    assert_eq!(err("{0"), "expected '}' before end of string");
    assert_eq!(err("{0[}"), "expected '}' before end of string");
    assert_eq!(err("{a{b}"), "unexpected '{' in field name");
    assert_eq!(
        err("{0!"),
        "end of string while looking for conversion specifier"
    );
    assert_eq!(err("{0!r"), "unmatched '{' in format spec");
    assert_eq!(err("{0!rr}"), "expected ':' after conversion specifier");
    assert_eq!(err("{0:{}"), "unmatched '{' in format spec");
    assert_eq!(err("{0}}"), "Single '}' encountered in format string");
}

#[test]
fn field_names() {
    let _lock = crate::threads::lock::LockHold::new();
    assert_eq!(parse_field_name("").unwrap(), (FieldArg::Auto, vec![]));
    assert_eq!(
        parse_field_name("00").unwrap(),
        (FieldArg::Index(0), vec![])
    );
    assert_eq!(
        parse_field_name("a.b[1][k].c").unwrap(),
        (
            FieldArg::Name("a"),
            vec![
                Access::Attr("b"),
                Access::Index(1),
                Access::Key("k"),
                Access::Attr("c")
            ]
        )
    );
    assert_eq!(
        parse_field_name("[0]").unwrap(),
        (FieldArg::Auto, vec![Access::Index(0)])
    );
    assert_eq!(
        parse_field_name("-1").unwrap(),
        (FieldArg::Name("-1"), vec![])
    );
    assert_eq!(
        parse_field_name("0.").unwrap_err(),
        "Empty attribute in format string"
    );
    assert_eq!(
        parse_field_name("0[]").unwrap_err(),
        "Empty attribute in format string"
    );
    assert_eq!(
        parse_field_name("0[a]b").unwrap_err(),
        "Only '.' or '[' may follow ']' in format field specifier"
    );
    assert_eq!(
        parse_field_name("99999999999999999999999").unwrap_err(),
        "Too many decimal digits in format string"
    );
}
