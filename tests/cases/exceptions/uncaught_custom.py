class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}")
def load(cfg, key):
    if key not in cfg:
        raise ConfigError(key)
    return cfg[key]
print(load({'a': 1}, 'a'))
load({'a': 1}, 'b')
