for s in ["hello world", "HELLO World", "hello-world_foo bar", "they're bill's friends", "ǅungla", "ß straße", "", "123abc ABC"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle(), "Hello world".istitle())
print("ABC1".isupper(), "123".isupper(), "aBc".islower())
