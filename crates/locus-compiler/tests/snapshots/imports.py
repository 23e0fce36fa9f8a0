import os
import os.path
import os.path as osp
import a.b.c as abc
from . import sibling
from .. pkg import thing as other
from .mod import (one, two)
from sys import *
import json, re as regex

def local_imports():
    import collections
    from functools import reduce as red
    return collections, red
