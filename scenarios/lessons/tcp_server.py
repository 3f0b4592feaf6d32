# 10.3 Socket - TCP: the server, written from the lesson's description (BOARD-FACTS.md, "The lessons")
from mpython import *
import socket

mywifi=wifi()
mywifi.connectWiFi("ssid","password")

try:
    ip=mywifi.sta.ifconfig()[0]
    s=socket.socket(socket.AF_INET,socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1)
    s.bind((ip,5001))
    s.listen(3)
    print('tcp waiting...')
    oled.DispChar("%s:5001" %ip,0,0)
    oled.DispChar('accepting.....',0,16)
    oled.show()
    while True:
        print("accepting.....")
        conn,addr =s.accept()
        print(addr,"connected")
        while True:
            data = conn.recv(1024)
            if(len(data) == 0):
                print("close socket")
                conn.close()
                break
            data_utf=data.decode()
            print(data_utf)
            oled.DispChar(data_utf,0,48)
            oled.show()
            oled.fill_rect(0,48,128,16,0)
            conn.send(data)

except:
    if (s):
        s.close()
    mywifi.disconnectWiFi()
