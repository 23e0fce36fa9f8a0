"""Module docstring.

    Indented second paragraph.
"""

def f():
    """Function docstring.

        More detail, indented.
    Less.
    """
    return 1

class C:
    """Class docstring."""
    def g(self):
        "single line"

def not_doc():
    x = 1
    "not a docstring"
