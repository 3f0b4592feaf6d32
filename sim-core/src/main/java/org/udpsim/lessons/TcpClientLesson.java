package org.udpsim.lessons;

import org.udpsim.board.Board;
import org.udpsim.board.BoardSocket;
import org.udpsim.board.LessonProgram;
import org.udpsim.board.PythonException;
import org.udpsim.board.SocketAddress;
import org.udpsim.board.Wifi;

/**
 * The TCP client of lesson 10.3, line by line: connect to the server, greet it, then show and echo back whatever
 * comes, so client and server echo the greeting for ever, until one side closes.
 *
 * <pre>{@code
 * from mpython import *
 * import socket
 *
 * mywifi=wifi()
 * mywifi.connectWiFi("ssid","password")
 *
 * try:
 *     s=socket.socket()
 *     s.connect(("192.168.0.3",5001))
 *     s.send("hello mPython,I am TCP Client")
 *     while True:
 *         data=s.recv(1024)
 *         if(len(data) == 0):
 *             print("close socket")
 *             s.close()
 *             break
 *         print(data)
 *         data_utf=data.decode()
 *         oled.fill(0)
 *         oled.DispChar(data_utf,0,0)
 *         oled.show()
 *         s.send(data)
 *
 * except:
 *     if (s):
 *         s.close()
 *     mywifi.disconnectWiFi()
 * }</pre>
 */
public final class TcpClientLesson implements LessonProgram {
    public static final String GREETING = "hello mPython,I am TCP Client";

    private final String ssid;
    private final String password;
    private final SocketAddress server;

    /** The tutorial's program: SSID "ssid", password "password", server 192.168.0.3:5001. */
    public TcpClientLesson() {
        this("ssid", "password", new SocketAddress("192.168.0.3", 5001));
    }

    public TcpClientLesson(String ssid, String password, SocketAddress server) {
        this.ssid = ssid;
        this.password = password;
        this.server = server;
    }

    @Override
    public void run(Board board) {
        Wifi mywifi = board.wifi();
        mywifi.connectWiFi(ssid, password);

        BoardSocket s = null;
        try {
            s = board.socket();
            s.connect(server);
            s.send(GREETING);
            while (true) {
                byte[] data = s.recv(1024);
                if (data.length == 0) {
                    board.print("close socket");
                    s.close();
                    break;
                }
                board.print(data);
                String dataUtf = Lessons.decode(data);
                board.oled.fill(0);
                board.oled.dispChar(dataUtf, 0, 0);
                board.oled.show();
                s.send(data);
            }

        } catch (PythonException e) {
            Lessons.requireBound(s, "s");
            s.close();
            mywifi.disconnectWiFi();
        }
    }
}
