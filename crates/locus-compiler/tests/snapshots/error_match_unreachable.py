match x:
    case [a, b]:
        pass
    case y:
        pass
    case 1:
        pass
