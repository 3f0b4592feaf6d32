# 10.3 Socket - TCP: the client, written from the lesson's description (BOARD-FACTS.md, "The lessons")
from mpython import *
import socket

mywifi=wifi()
mywifi.connectWiFi("ssid","password")

try:
    s=socket.socket()
    s.connect(("192.168.0.3",5001))
    s.send("hello mPython,I am TCP Client")
    while True:
        data=s.recv(1024)
        if(len(data) == 0):
            print("close socket")
            s.close()
            break
        print(data)
        data_utf=data.decode()
        oled.fill(0)
        oled.DispChar(data_utf,0,0)
        oled.show()
        s.send(data)

except:
    if (s):
        s.close()
    mywifi.disconnectWiFi()
