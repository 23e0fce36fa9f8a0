from _cyc.left import LEFT_NAME
RIGHT_NAME = 'right'
