class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print('  created new instance')
        return cls._instance
    def __init__(self, value):
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class Audio(Plugin, name='audio-plugin'):
    pass
class Video(Plugin):
    pass
print(Plugin.plugins, Audio.plugin_name)
class NotInit:
    def __new__(cls):
        return 42
print(NotInit())
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
p = Point(1, 2)
print(p, p[0], type(p).__name__, isinstance(p, tuple))
