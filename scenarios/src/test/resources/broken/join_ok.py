from mpython import *
mywifi=wifi()
mywifi.connectWiFi('mpython-ap','12345678')
print('ok')
