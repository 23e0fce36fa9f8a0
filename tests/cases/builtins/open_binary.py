path = '/tmp/locus_case_open_binary.bin'
with open(path, 'wb') as f:
    print(f.write(bytes(range(10))), f.write(b'\xff\xfe'))
with open(path, 'rb') as f:
    data = f.read()
print(data, type(data).__name__, len(data))
with open(path, 'rb') as f:
    print(f.read(3), f.read(2), f.read())
with open(path, 'wb') as f:
    f.write('é'.encode('utf-8'))
with open(path, 'rb') as f:
    raw = f.read()
print(raw, raw.decode('utf-8'))
try:
    with open(path, 'wb') as f:
        f.write('text')
except TypeError as e:
    print(type(e).__name__, e)
try:
    with open(path, 'w') as f:
        f.write(b'bytes')
except TypeError as e:
    print(type(e).__name__, e)
