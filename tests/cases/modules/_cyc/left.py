from _cyc.right import RIGHT_NAME
LEFT_NAME = 'left'
