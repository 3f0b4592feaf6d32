package org.udpsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.udpsim.apps.PeriodicUdpSender;
import org.udpsim.apps.UdpSink;
import org.udpsim.kernel.SimTime;
import org.udpsim.kernel.Simulation;
import org.udpsim.net.LinkConfig;
import org.udpsim.net.Network;
import org.udpsim.net.Node;
import org.udpsim.net.PointToPointLink;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.transport.SocketFailure;
import org.udpsim.transport.udp.UdpLayer;
import org.udpsim.transport.udp.UdpSocket;

/**
 * The udp-flood workload: N client hosts, each on its own 100 Mbit/s, 2 ms link to one router; the router on a
 * 1 Gbit/s, 1 ms link to a server; every client link loses 10 % of its packets at random on the way to the router;
 * each client sends a 64-byte UDP payload every 10 ms from t = 0 for D seconds; the server counts what arrives.
 */
public final class UdpFloodBenchmark {
    static final int SERVER_PORT = 9000;
    static final int PAYLOAD_BYTES = 64;
    static final long INTERVAL = SimTime.millis(10);

    /** What one run measured. */
    public record Result(long sent, long delivered, long events, double wallSeconds, double peakHeapMb) {
        public double datagramsPerSecond() {
            return sent / wallSeconds;
        }

        public double eventsPerSecond() {
            return events / wallSeconds;
        }

        /** The one line the CLI prints. */
        public String line() {
            return String.format(Locale.ROOT,
                    "sent=%d delivered=%d events=%d wall_s=%.3f datagrams_per_s=%.0f events_per_s=%.0f peak_heap_mb=%.1f",
                    sent, delivered, events, wallSeconds, datagramsPerSecond(), eventsPerSecond(), peakHeapMb);
        }
    }

    private final int clients;
    private final long durationNanos;
    private final long seed;

    public UdpFloodBenchmark(int clients, double seconds, long seed) {
        if (clients < 1 || clients > 16_000) {
            throw new IllegalArgumentException("--clients must be 1-16000, was " + clients);
        }
        if (!(seconds > 0) || seconds > 86_400) {
            throw new IllegalArgumentException("--seconds must be more than 0 and at most 86400, was " + seconds);
        }
        this.clients = clients;
        this.durationNanos = SimTime.seconds(seconds);
        this.seed = seed;
    }

    /**
     * Builds the network, runs it to the end, and measures the run (not the building). Call it once first as a
     * warm-up, so the measured run is compiled code, as a long run is.
     */
    public Result run() throws SocketFailure {
        try (Simulation sim = new Simulation(seed)) {
            Network net = new Network(sim);
            Node router = net.addRouter("router");
            Node server = net.addHost("server");
            net.connect(router, Ipv4Address.parse("172.16.0.1"), server, Ipv4Address.parse("172.16.0.2"), 30,
                    LinkConfig.of(1_000_000_000L, SimTime.millis(1)));
            server.setDefaultGateway(Ipv4Address.parse("172.16.0.1"));
            Ipv4Address serverAddress = Ipv4Address.parse("172.16.0.2");
            UdpSocket serverSocket = UdpLayer.of(server).open();
            serverSocket.bind(Ipv4Address.ANY, SERVER_PORT);
            UdpSink sink = new UdpSink(serverSocket);

            PeriodicUdpSender[] senders = new PeriodicUdpSender[clients];
            for (int i = 0; i < clients; i++) {
                Node client = net.addHost("client-" + (i + 1));
                Ipv4Address base = Ipv4Address.parse("10.0.0.0").plus(4 * i);
                PointToPointLink link = net.connect(client, base.plus(2), router, base.plus(1), 30,
                        LinkConfig.of(100_000_000L, SimTime.millis(2)));
                link.direction(client).setImpairments("loss random 10%");
                client.setDefaultGateway(base.plus(1));
                senders[i] = new PeriodicUdpSender(sim, UdpLayer.of(client).open(), serverAddress, SERVER_PORT,
                        PAYLOAD_BYTES, INTERVAL, durationNanos);
                senders[i].start(0);
            }

            resetPeakHeap();
            long t0 = System.nanoTime();
            sim.run();
            double wall = (System.nanoTime() - t0) / 1e9;
            long sent = 0;
            for (PeriodicUdpSender s : senders) {
                sent += s.sent();
            }
            return new Result(sent, sink.datagrams(), sim.eventsDispatched(), wall, peakHeapMb());
        }
    }

    static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peak use since the last reset: an upper bound of the heap the run needed. */
    static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }
}
