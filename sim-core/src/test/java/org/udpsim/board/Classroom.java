package org.udpsim.board;

import java.util.ArrayList;
import java.util.List;
import org.udpsim.kernel.SimTime;
import org.udpsim.kernel.Simulation;
import org.udpsim.net.LinkConfig;
import org.udpsim.net.Network;
import org.udpsim.net.Node;
import org.udpsim.trace.ConsoleLine;
import org.udpsim.trace.OledFrameShown;
import org.udpsim.trace.TraceRecorder;
import org.udpsim.wifi.AccessPoint;
import org.udpsim.wifi.AccessPointConfig;
import org.udpsim.wifi.WifiEnvironment;

/** The tutorial's classroom: a router, an access point "ssid"/"password" on 192.168.0.0/24, and boards. */
public final class Classroom implements AutoCloseable {
    public final Simulation sim;
    public final Network net;
    public final WifiEnvironment wifi;
    public final AccessPoint ap;
    public final TraceRecorder trace = new TraceRecorder();

    public Classroom(long seed, AccessPointConfig.Builder config) {
        sim = new Simulation(seed);
        net = new Network(sim);
        net.trace().addListener(trace);
        wifi = new WifiEnvironment(net);
        Node gateway = net.addRouter("gateway");
        ap = wifi.addAccessPoint("classroom", config.build(), gateway, LinkConfig.of(100_000_000, SimTime.micros(50)));
    }

    /** The tutorial's network, with the server's address reserved at 192.168.0.3. */
    public static AccessPointConfig.Builder tutorialNetwork() {
        return AccessPointConfig.builder("ssid").password("password").subnet("192.168.0.0/24")
                .reserve("server", "192.168.0.3");
    }

    public Board board(String name) {
        return new Board(net, wifi, name, BoardConfig.DEFAULT);
    }

    public List<String> console(String board) {
        List<String> lines = new ArrayList<>();
        for (ConsoleLine l : trace.ofType(ConsoleLine.class)) {
            if (l.board().equals(board)) {
                lines.add(l.text());
            }
        }
        return lines;
    }

    public List<OledFrameShown> frames(String board) {
        List<OledFrameShown> out = new ArrayList<>();
        for (OledFrameShown f : trace.ofType(OledFrameShown.class)) {
            if (f.board().equals(board)) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    public void close() {
        sim.close();
    }
}
