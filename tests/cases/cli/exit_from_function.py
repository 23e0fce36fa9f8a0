import sys
def main(args):
    print("main called with", args)
    if len(args) == 1:
        return 42
    return 0
if __name__ == '__main__':
    sys.exit(main(sys.argv))
