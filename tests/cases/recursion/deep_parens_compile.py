src = '(' * 100000 + '1' + ')' * 100000
try:
    compile(src, '<deep>', 'eval')
except Exception as e:
    print(type(e).__name__, e)
try:
    eval(src)
except Exception as e:
    print(type(e).__name__, e)
nested = '[' * 200 + ']' * 200
try:
    print(len(eval(nested)))
except Exception as e:
    print(type(e).__name__, e)
ok = '(' * 50 + '7' + ')' * 50
print(eval(ok))
