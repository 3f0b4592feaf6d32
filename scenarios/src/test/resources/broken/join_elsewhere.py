from mpython import *
mywifi=wifi()
mywifi.connectWiFi('mpython-ap2','12345678')
print('ok')
