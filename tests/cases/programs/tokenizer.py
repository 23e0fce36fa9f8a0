KEYWORDS = {'if', 'else', 'while', 'def', 'return', 'print'}
OPERATORS = ['==', '!=', '<=', '>=', '+', '-', '*', '/', '=', '<', '>', '(', ')', '{', '}', ',', ';']
def tokenize(src):
    tokens = []
    i = 0
    line = 1
    while i < len(src):
        ch = src[i]
        if ch == '\n':
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif ch == '#':
            while i < len(src) and src[i] != '\n':
                i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            tokens.append(('NUMBER', float(text) if '.' in text else int(text), line))
            i = j
        elif ch.isalpha() or ch == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            word = src[i:j]
            tokens.append(('KEYWORD' if word in KEYWORDS else 'NAME', word, line))
            i = j
        elif ch == '"':
            j = src.index('"', i + 1)
            tokens.append(('STRING', src[i + 1:j], line))
            i = j + 1
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    tokens.append(('OP', op, line))
                    i += len(op)
                    break
            else:
                raise SyntaxError(f'unexpected character {ch!r} on line {line}')
    return tokens
program = '''def add(a, b) { return a + b; }  # comment
x = 3.5 * (y - 2);
if x >= 10 { print("big"); } else { print("small"); }
while n != 0 { n = n - 1; }'''
for tok in tokenize(program):
    print(tok)
try:
    tokenize('a = 1 @ 2')
except SyntaxError as e:
    print(type(e).__name__, e)
