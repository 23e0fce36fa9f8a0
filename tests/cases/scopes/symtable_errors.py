snippets = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "def f(x):\n    global x\n",
    "def f(x):\n    def g():\n        pass\n    nonlocal x\n",
    "return 1\n",
    "x = 1\nyield x\n",
    "class C:\n    return 3\n",
    "break\n",
    "if True:\n    continue\n",
    "def f():\n    break\n",
    "for i in range(3):\n    def g():\n        continue\n",
    "def f():\n    x = 1\n    nonlocal x\n",
    "def f(a, a):\n    pass\n",
    "f(x=1, x=2)\n",
    "def f():\n    yield from\n",
]
for src in snippets:
    try:
        compile(src, '<snippet>', 'exec')
        print('compiled OK')
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno)
