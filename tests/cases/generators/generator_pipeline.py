def read_lines(text):
    for line in text.split('\n'):
        yield line
def strip_comments(lines):
    for line in lines:
        code = line.split('#')[0].rstrip()
        if code:
            yield code
def number(lines):
    for i, line in enumerate(lines, 1):
        yield f'{i:3}: {line}'
src = """x = 1  # set x
# full comment

y = x + 2
print(y)  # show"""
for out in number(strip_comments(read_lines(src))):
    print(out)
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
