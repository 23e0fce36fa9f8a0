tests = ["123", "12.5", "", "abc", "abc123", "ABC", " ", "\t\n", "½", "²", "٣", "Ⅻ", "hello_world", "_x1", "1x", "class", "Ünïcode", "aBc"]
for s in tests:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isascii(), s.isprintable(), s.islower(), s.isupper())
print("\x07".isprintable(), "a\tb".isprintable())
