from _failing_mod import load_all
print(load_all(['a=1', 'b=2']))
print(load_all(['c=3', 'broken']))
