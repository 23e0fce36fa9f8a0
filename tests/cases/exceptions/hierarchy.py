pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError),
         (FileNotFoundError, OSError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (StopIteration, Exception), (KeyboardInterrupt, Exception), (SystemExit, BaseException),
         (GeneratorExit, Exception), (Exception, BaseException), (TypeError, ValueError),
         (UnicodeDecodeError, ValueError), (IndentationError, SyntaxError), (AssertionError, Exception),
         (AttributeError, Exception), (bool, int), (EnvironmentError, OSError), (IOError, OSError)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyboardInterrupt.__mro__])
print(issubclass(KeyError, (TypeError, LookupError)), isinstance(KeyError(), Exception))
print(EnvironmentError is OSError, IOError is OSError)
