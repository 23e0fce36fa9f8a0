d = {}
d[('tuple', 'key')]
