package org.udpsim.lessons;

import org.udpsim.board.Board;
import org.udpsim.board.BoardSocket;
import org.udpsim.board.LessonProgram;
import org.udpsim.board.PythonException;
import org.udpsim.board.SocketAddress;
import org.udpsim.board.Wifi;

/**
 * The TCP server of lesson 10.3, line by line: listen on port 5001, and for each connection print and show what
 * arrives, then echo it back, until the client closes.
 *
 * <pre>{@code
 * from mpython import *
 * import socket
 *
 * mywifi=wifi()
 * mywifi.connectWiFi("ssid","password")
 *
 * try:
 *     ip=mywifi.sta.ifconfig()[0]
 *     s=socket.socket(socket.AF_INET,socket.SOCK_STREAM)
 *     s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1)
 *     s.bind((ip,5001))
 *     s.listen(3)
 *     print('tcp waiting...')
 *     oled.DispChar("%s:5001" %ip,0,0)
 *     oled.DispChar('accepting.....',0,16)
 *     oled.show()
 *     while True:
 *         print("accepting.....")
 *         conn,addr =s.accept()
 *         print(addr,"connected")
 *         while True:
 *             data = conn.recv(1024)
 *             if(len(data) == 0):
 *                 print("close socket")
 *                 conn.close()
 *                 break
 *             data_utf=data.decode()
 *             print(data_utf)
 *             oled.DispChar(data_utf,0,48)
 *             oled.show()
 *             oled.fill_rect(0,48,128,16,0)
 *             conn.send(data)
 *
 * except:
 *     if (s):
 *         s.close()
 *     mywifi.disconnectWiFi()
 * }</pre>
 */
public final class TcpServerLesson implements LessonProgram {
    private final String ssid;
    private final String password;
    private final int port;

    /** The tutorial's program: SSID "ssid", password "password", port 5001. */
    public TcpServerLesson() {
        this("ssid", "password", 5001);
    }

    public TcpServerLesson(String ssid, String password, int port) {
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
            String ip = Lessons.item(mywifi.sta.ifconfig(), 0);
            s = board.socket(BoardSocket.AF_INET, BoardSocket.SOCK_STREAM);
            s.setsockopt(BoardSocket.SOL_SOCKET, BoardSocket.SO_REUSEADDR, 1);
            s.bind(new SocketAddress(ip, port));
            s.listen(3);
            board.print("tcp waiting...");
            board.oled.dispChar(String.format("%s:%d", ip, port), 0, 0);
            board.oled.dispChar("accepting.....", 0, 16);
            board.oled.show();
            while (true) {
                board.print("accepting.....");
                BoardSocket.Accepted accepted = s.accept();
                BoardSocket conn = accepted.socket();
                SocketAddress addr = accepted.address();
                board.print(addr, "connected");
                while (true) {
                    byte[] data = conn.recv(1024);
                    if (data.length == 0) {
                        board.print("close socket");
                        conn.close();
                        break;
                    }
                    String dataUtf = Lessons.decode(data);
                    board.print(dataUtf);
                    board.oled.dispChar(dataUtf, 0, 48);
                    board.oled.show();
                    board.oled.fillRect(0, 48, 128, 16, 0);
                    conn.send(data);
                }
            }

        } catch (PythonException e) {
            Lessons.requireBound(s, "s");
            s.close();
            mywifi.disconnectWiFi();
        }
    }
}
