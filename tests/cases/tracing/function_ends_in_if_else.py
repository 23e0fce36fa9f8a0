# A function whose last statement is if/else (no explicit return): the
# implicit 'return None' is reported at the line CPython gives it.
from _tracelib import run

log = []


def ends_if_else(x):
    if x:
        log.append("yes")
    else:
        log.append("no")


def ends_if(x):
    if x:
        log.append("if")


def ends_if_elif(x):
    if x == 1:
        log.append(1)
    elif x == 2:
        log.append(2)


def ends_for(xs):
    for x in xs:
        log.append(x)


def main():
    ends_if_else(1)
    ends_if_else(0)
    ends_if(0)
    ends_if(1)
    ends_if_elif(2)
    ends_if_elif(3)
    ends_for([7])
    return log


run(main)
