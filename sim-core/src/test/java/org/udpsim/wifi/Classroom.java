package org.udpsim.wifi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.udpsim.kernel.SimTime;
import org.udpsim.kernel.Simulation;
import org.udpsim.net.LinkConfig;
import org.udpsim.net.Network;
import org.udpsim.net.Node;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Packet;
import org.udpsim.trace.PacketRecord;
import org.udpsim.trace.TraceRecord;

/**
 * A small test network: a router "gateway", an access point "classroom" cabled to it (100 Mbit/s, 10 µs), and
 * station hosts that count the UDP datagrams they take. Every trace record is collected.
 */
final class Classroom implements AutoCloseable {
    static final String SSID = "ssid";
    static final String PASSWORD = "password";
    static final int PORT = 6000;

    final Simulation sim;
    final Network net;
    final WifiEnvironment wifi;
    final Node router;
    final AccessPoint ap;
    final List<TraceRecord> records = new ArrayList<>();
    /** UDP datagrams taken, per node name. */
    final Map<String, Integer> udpArrivals = new TreeMap<>();
    final Map<String, Station> stations = new LinkedHashMap<>();

    Classroom(long seed, AccessPointConfig config, String... stationNames) {
        sim = new Simulation(seed);
        net = new Network(sim);
        net.trace().addListener(records::add);
        wifi = new WifiEnvironment(net);
        router = net.addRouter("gateway");
        countUdp(router);
        ap = wifi.addAccessPoint("classroom", config, router, LinkConfig.of(100_000_000L, SimTime.micros(10)));
        for (String name : stationNames) {
            Node host = net.addHost(name);
            countUdp(host);
            stations.put(name, wifi.addStation(host));
        }
    }

    Classroom(long seed, String... stationNames) {
        this(seed, AccessPointConfig.builder(SSID).password(PASSWORD).build(), stationNames);
    }

    private void countUdp(Node n) {
        n.registerProtocol(Packet.PROTOCOL_UDP, (p, in) -> {
            udpArrivals.merge(n.name(), 1, Integer::sum);
            n.delivered(p);
        });
    }

    Station station(String name) {
        return stations.get(name);
    }

    Node node(String name) {
        return net.node(name);
    }

    /** Connects the stations one after the other, each after the one before has its address; returns the results. */
    List<ConnectResult> connectInTurn(String... names) {
        List<ConnectResult> results = new ArrayList<>();
        for (String name : names) {
            int before = results.size();
            station(name).connect(SSID, PASSWORD, results::add);
            sim.runUntil(sim.now() + SimTime.seconds(10));
            assertTrue(results.size() == before + 1, name + " got no connect result within 10 s");
        }
        return results;
    }

    /** Connects every station in turn and checks that each succeeded. */
    Classroom connectAll() {
        for (ConnectResult r : connectInTurn(stations.keySet().toArray(new String[0]))) {
            assertTrue(r.isConnected(), r.message());
        }
        records.clear();
        return this;
    }

    Ipv4Address ip(String node) {
        return node.equals("gateway") ? ap.config().gateway() : station(node).config().ip();
    }

    /** Sends a UDP datagram of {@code payload} bytes from {@code from} to {@code to} now. */
    Packet sendUdp(String from, Ipv4Address to, int payload) {
        Node n = node(from);
        Packet p = Packet.udp(net.packetIds().next(), sim.now(), n.sourceAddressFor(to), 5000, to, PORT,
                new byte[payload], Packet.DEFAULT_TTL, n.nextIdentification());
        n.send(p);
        return p;
    }

    /** Sends {@code count} datagrams, one every {@code gapNanos}, starting now, and runs until all have arrived. */
    void sendMany(String from, Ipv4Address to, int payload, int count, long gapNanos) {
        for (int i = 0; i < count; i++) {
            sim.schedule(i * gapNanos, () -> sendUdp(from, to, payload));
        }
        sim.runUntil(sim.now() + count * gapNanos + SimTime.seconds(1));
    }

    int arrivals(String node) {
        return udpArrivals.getOrDefault(node, 0);
    }

    <T extends TraceRecord> List<T> recordsOf(Class<T> type) {
        return recordsOf(type, r -> true);
    }

    <T extends TraceRecord> List<T> recordsOf(Class<T> type, Predicate<T> filter) {
        List<T> out = new ArrayList<>();
        for (TraceRecord r : records) {
            if (type.isInstance(r) && filter.test(type.cast(r))) {
                out.add(type.cast(r));
            }
        }
        return out;
    }

    <T extends PacketRecord> List<T> at(Class<T> type, String place) {
        return recordsOf(type, r -> r.place().equals(place));
    }

    @Override
    public void close() {
        sim.close();
    }
}
