# linecache: getline/getlines read files (missing file: '' / []), the cache
# and checkcache, updatecache, clearcache, lazycache with a loader.
import linecache
import sys

print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 0)), repr(linecache.getline(__file__, 10000)))
print(linecache.getlines('/nonexistent/dir/nothing.py'), repr(linecache.getline('no_such_file.py', 1)))
print(repr(linecache.getline('<stdin>', 1)), repr(linecache.getline('', 1)))
print(__file__ in linecache.cache, len(linecache.cache[__file__]))
entry = linecache.cache[__file__]
print(entry[3] == __file__, entry[2][0])

path = '/tmp/locus_case_linecache.txt'
with open(path, 'w') as f:
    f.write('one\ntwo\nthree')
print([linecache.getline(path, i) for i in range(5)])
print(linecache.getlines(path))
with open(path, 'w') as f:
    f.write('changed\n')
print(repr(linecache.getline(path, 1)))
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)))
linecache.clearcache()
print(path in linecache.cache, linecache.cache)
print(linecache.updatecache(path))
with open(path, 'w') as f:
    f.write('again\n')
linecache.checkcache()
print(path in linecache.cache, linecache.getlines(path))


class Loader:
    def get_source(self, name):
        if name == 'fake':
            return 'alpha\nbeta'
        return None


g = {'__name__': 'fake', '__loader__': Loader()}
print(linecache.lazycache('fake_module.py', g), linecache.lazycache('fake_module.py', g))
print(len(linecache.cache['fake_module.py']))
print(repr(linecache.getline('fake_module.py', 2)))
print(linecache.cache['fake_module.py'][1])
print(linecache.lazycache('<string>', g), linecache.lazycache('x.py', None),
      linecache.lazycache('y.py', {}))
print(repr(linecache.getline('other_fake.py', 1, g)))
print(repr(linecache.getline('other_fake.py', 1, {'__name__': 'nothing', '__loader__': Loader()})))

linecache.cache['<my-code>'] = (6, None, ['a = 1\n'], '<my-code>')
linecache.checkcache()
print(repr(linecache.getline('<my-code>', 1)))

sys.path.insert(0, '_lib')
print(repr(linecache.getline('_linecache_helper.py', 2)))
print(linecache.cache['_linecache_helper.py'][3])
