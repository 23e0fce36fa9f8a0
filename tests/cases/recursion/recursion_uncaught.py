def walk(node):
    return walk(node)
print('starting deep walk')
walk(0)
