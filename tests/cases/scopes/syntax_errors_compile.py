snippets = [
    "x = (1, 2\n",
    "def f(:\n    pass\n",
    "1 = x\n",
    "f() = 3\n",
    "x +\n",
    "if x\n    pass\n",
    "print 'hello'\n",
    "a = 1 +* 2\n",
    "del f()\n",
    "x = [1, 2\ny = 3\n",
    "for x in range(3):\npass\n",
    "def f():\n  return 1\n    return 2\n",
    "'unterminated\n",
    "x = 5 5\n",
    "lambda x: yield\n",
    "(a, b) += 1\n",
    "None = 1\n",
    "def f(x=1, y):\n    pass\n",
    "f(**k, *a)\n",
    "f(a=1, 2)\n",
]
for src in snippets:
    try:
        compile(src, '<snippet>', 'exec')
        print('compiled OK', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno)
