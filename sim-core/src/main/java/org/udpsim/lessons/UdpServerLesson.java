package org.udpsim.lessons;

import org.udpsim.board.Board;
import org.udpsim.board.BoardSocket;
import org.udpsim.board.LessonProgram;
import org.udpsim.board.PythonException;
import org.udpsim.board.SocketAddress;
import org.udpsim.board.Wifi;

/**
 * The UDP server of lesson 10.4, line by line: join the WiFi, bind port 6000 on the board's address, and show
 * every datagram on the console and the OLED.
 *
 * <pre>{@code
 * from mpython import *
 * import socket
 *
 * mywifi=wifi()
 * mywifi.connectWiFi("ssid","password")
 *
 * try:
 *     s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
 *     s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1)
 *     ip=mywifi.sta.ifconfig()[0]
 *     s.bind((ip,6000))
 *     print('waiting...')
 *     oled.DispChar("%s:6000" %ip,0,0)
 *     oled.show()
 *     while True:
 *         data,addr=s.recvfrom(1024)
 *         print('received:',data,'from',addr)
 *         oled.fill(0)
 *         oled.DispChar("%s" %data.decode(),0,15)
 *         oled.DispChar("from%s" %addr[0],0,31)
 *         oled.show()
 *
 * except:
 *     if (s):
 *         s.close()
 *     mywifi.disconnectWiFi()
 * }</pre>
 */
public final class UdpServerLesson implements LessonProgram {
    private final String ssid;
    private final String password;
    private final int port;

    /** The tutorial's program: SSID "ssid", password "password", port 6000. */
    public UdpServerLesson() {
        this("ssid", "password", 6000);
    }

    public UdpServerLesson(String ssid, String password, int port) {
        this.ssid = ssid;
        this.password = password;
        this.port = port;
    }

    @Override
    public void run(Board board) {
        Wifi mywifi = board.wifi();
        mywifi.connectWiFi(ssid, password);

        BoardSocket s = null;
        try {
            s = board.socket(BoardSocket.AF_INET, BoardSocket.SOCK_DGRAM);
            s.setsockopt(BoardSocket.SOL_SOCKET, BoardSocket.SO_REUSEADDR, 1);
            String ip = Lessons.item(mywifi.sta.ifconfig(), 0);
            s.bind(new SocketAddress(ip, port));
            board.print("waiting...");
            board.oled.dispChar(String.format("%s:%d", ip, port), 0, 0);
            board.oled.show();
            while (true) {
                BoardSocket.Received r = s.recvfrom(1024);
                byte[] data = r.data();
                SocketAddress addr = r.address();
                board.print("received:", data, "from", addr);
                board.oled.fill(0);
                board.oled.dispChar(String.format("%s", Lessons.decode(data)), 0, 15);
                board.oled.dispChar(String.format("from%s", addr.host()), 0, 31);
                board.oled.show();
            }

        } catch (PythonException e) {
            Lessons.requireBound(s, "s");
            s.close();
            mywifi.disconnectWiFi();
        }
    }
}
