package org.udpsim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.udpsim.apps.PeriodicUdpSender;
import org.udpsim.apps.UdpEcho;
import org.udpsim.kernel.SimTime;
import org.udpsim.kernel.Simulation;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.trace.DropReason;
import org.udpsim.trace.FlowStatistics;
import org.udpsim.trace.FlowStats;
import org.udpsim.trace.JsonLinesTraceWriter;
import org.udpsim.transport.udp.UdpLayer;
import org.udpsim.transport.udp.UdpSocket;

/**
 * Three clients send through a router to an echo server over hops with every netem impairment at once: the
 * trace is the same byte for byte for the same seed, and every flow conserves its packets.
 */
class ImpairedNetworkTest {
    private static final Ipv4Address SERVER = Ipv4Address.parse("10.0.9.2");

    /** Runs the network to its end and returns the trace as JSON Lines, with the flows' statistics. */
    private static String run(long seed, FlowStatistics flows) throws Exception {
        StringWriter text = new StringWriter();
        try (Simulation sim = new Simulation(seed); JsonLinesTraceWriter writer = new JsonLinesTraceWriter(text)) {
            Network net = new Network(sim);
            net.trace().addListener(writer);
            net.trace().addListener(flows);
            Node router = net.addRouter("router");
            Node server = net.addHost("server");
            net.connect(router, Ipv4Address.parse("10.0.9.1"), server, SERVER, 24,
                    new LinkConfig(10_000_000, SimTime.millis(1), 20))
                    .direction(router).setImpairments("delay 5ms 4ms distribution normal corrupt 2% limit 30");
            server.setDefaultGateway(Ipv4Address.parse("10.0.9.1"));
            UdpSocket echo = UdpLayer.of(server).open();
            echo.bind(Ipv4Address.ANY, 7);
            new UdpEcho(echo);
            for (int i = 1; i <= 3; i++) {
                Node c = net.addHost("c" + i);
                Ipv4Address a = Ipv4Address.parse("10.0." + i + ".2");
                PointToPointLink l = net.connect(c, a, router, Ipv4Address.parse("10.0." + i + ".1"), 24,
                        LinkConfig.of(2_000_000, SimTime.millis(2)));
                l.direction(c).setImpairments("duplicate 5% loss 10% delay 10ms 5ms reorder 20% gap 3");
                l.direction(router).setImpairments("loss gemodel 2% 30%");
                c.setDefaultGateway(Ipv4Address.parse("10.0." + i + ".1"));
                new PeriodicUdpSender(sim, UdpLayer.of(c).open(), SERVER, 7, 200, SimTime.millis(3),
                        SimTime.seconds(3)).start(SimTime.millis(i));
            }
            sim.run();
        }
        return text.toString();
    }

    @Test
    void sameSeed_givesTheSameTrace_byteForByte() throws Exception {
        String a = run(42, new FlowStatistics());
        String b = run(42, new FlowStatistics());
        assertTrue(a.length() > 100_000, "a substantial trace: " + a.length() + " chars");
        assertEquals(a, b);
        assertNotEquals(a, run(43, new FlowStatistics()), "another seed, another run");
    }

    @Test
    void everyFlow_conservesItsPackets_andSeesEveryImpairment() throws Exception {
        FlowStatistics flows = new FlowStatistics();
        run(7, flows);
        long duplicated = 0;
        long reordered = 0;
        long udpFlows = 0;
        for (FlowStats f : flows.flows()) {
            assertEquals(0, f.inFlight(), f.key() + ": nothing is left on the way after the run");
            assertEquals(f.sent() + f.duplicated() + f.broadcastCopies(), f.delivered() + f.dropped(), f.key().toString());
            duplicated += f.duplicated();
            reordered += f.reordered();
            if (f.key().protocol() == 17) {
                udpFlows++;
            }
        }
        assertEquals(6, udpFlows, "three requests and three echo flows");
        assertTrue(duplicated > 0 && reordered > 0, "dup " + duplicated + ", reordered " + reordered);
        String drops = flows.dropsByPlaceAndReason().toString();
        for (String expected : new String[] {"c1->router loss", "router->c2 loss", "server checksum"}) {
            assertTrue(drops.contains(expected), expected + " in " + drops);
        }
        long checksumDrops = flows.flows().stream().mapToLong(f -> f.dropped(DropReason.CHECKSUM)).sum();
        assertTrue(checksumDrops > 0);
    }
}
