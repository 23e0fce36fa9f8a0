# R19, R20: generator expressions show .0; lambdas show their parameters.
d = next(locals() for w in 'a')
print(sorted(d), d['w'], type(d['.0']).__name__)
print((lambda q: locals())(5))
