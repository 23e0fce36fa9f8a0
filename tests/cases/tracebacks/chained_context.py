def read_config(cfg):
    try:
        return cfg['port']
    except KeyError:
        raise RuntimeError('configuration incomplete')
print('reading config')
read_config({})
