HELPER = 'defined before the failure'
def compute():
    return 1 / 0
RESULT = compute()
