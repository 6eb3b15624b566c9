class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def size(self):
        return 1 + sum(child.size() for child in self.children)

    def __lt__(self, other):
        return self.value < other.value


class Tree(Node):
    count = 0

    def add(self, value):
        node = Node(value)
        self.children.append(node)
        Tree.count += 1
        return node


def build(values):
    root = Tree(values[0])
    stack = [root]
    for v in values[1:]:
        try:
            child = stack[-1].add(v)
        except (IndexError, ValueError) as err:
            print('failed', err)
            break
        else:
            if v % 2 == 0:
                stack.append(child)
            elif v % 3 == 0:
                stack.pop()
            else:
                pass
    with open('/dev/null', 'w') as sink:
        sink.write(str(root.size()))
    squares = {k: k * k for k in range(3)}
    a, *rest = sorted(values, reverse=True)
    data = [
        1, 2,  # a comment inside brackets
        3,
    ]
    return root, squares, a, rest, data, not a is None, -a ** 2, ~a >> 1
