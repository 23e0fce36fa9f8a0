ROOMS = {
    'hall': {'desc': 'a long hall', 'exits': {'north': 'library', 'east': 'kitchen'}, 'items': ['lamp']},
    'library': {'desc': 'dusty shelves', 'exits': {'south': 'hall'}, 'items': ['book', 'key']},
    'kitchen': {'desc': 'smells of bread', 'exits': {'west': 'hall', 'down': 'cellar'}, 'items': []},
    'cellar': {'desc': 'dark and damp', 'exits': {'up': 'kitchen'}, 'items': ['treasure'], 'locked': True},
}
class Game:
    def __init__(self):
        self.room = 'hall'
        self.inventory = []
        self.log = []
    def do(self, command):
        verb, _, arg = command.partition(' ')
        handler = getattr(self, 'cmd_' + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}"
        return handler(arg)
    def cmd_go(self, direction):
        exits = ROOMS[self.room]['exits']
        if direction not in exits:
            return f'no exit {direction}'
        target = exits[direction]
        if ROOMS[target].get('locked') and 'key' not in self.inventory:
            return f'the {target} is locked'
        self.room = target
        return f'you are in the {target}: {ROOMS[target]["desc"]}'
    def cmd_take(self, item):
        items = ROOMS[self.room]['items']
        if item not in items:
            return f'there is no {item} here'
        items.remove(item)
        self.inventory.append(item)
        return f'taken {item}'
    def cmd_inv(self, _):
        return 'carrying: ' + (', '.join(sorted(self.inventory)) or 'nothing')
g = Game()
for cmd in ['take lamp', 'go east', 'go down', 'go west', 'go north', 'take key', 'take sword',
            'go south', 'go east', 'go down', 'take treasure', 'inv', 'dance', 'go up']:
    print(f'> {cmd}\n  {g.do(cmd)}')
