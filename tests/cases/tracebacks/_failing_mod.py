def parse_record(text):
    name, value = text.split('=')
    return name, int(value)
def load_all(lines):
    return [parse_record(l) for l in lines]
