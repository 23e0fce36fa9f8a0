class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty LinkedList')
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return 'LinkedList([' + ', '.join(map(repr, self)) + '])'
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), list(ll), 2 in ll)
ll.reverse()
print(ll, ll.pop(), ll)
def balanced(text):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = LinkedList()
    for ch in text:
        if ch in '([{':
            stack.push(ch)
        elif ch in pairs:
            if not len(stack) or stack.pop() != pairs[ch]:
                return False
    return len(stack) == 0
for s in ['([]{})', '([)]', '((', '', 'a(b[c]d)e']:
    print(repr(s), balanced(s))
try:
    LinkedList().pop()
except IndexError as e:
    print(type(e).__name__, e)
