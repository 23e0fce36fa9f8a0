# mode: eval
a + b * 2 if c else [x for x in y]
