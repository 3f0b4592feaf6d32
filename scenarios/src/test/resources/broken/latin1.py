from mpython import *
print('café')
