package org.udpsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.udpsim.kernel.SimTime;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.topology.AccessPointNode;
import org.udpsim.topology.Topology;

/**
 * How large a run's {@code trace.jsonl} will be, estimated from the scenario before anything runs: the packets each
 * board and PC sends in the duration, times {@link #BYTES_PER_PACKET}, once per protocol of a comparison. It is an
 * order of magnitude, for refusing a runaway run ({@link Bounds#maxTraceBytes()}), not a forecast.
 *
 * <p>What each program sends, in packets a simulated second:
 * <ul>
 *   <li>{@code java:udp-client}, {@code udp-sender}: one every {@code every} ({@code udp-sender} at most
 *       {@code count}); to a broadcast address, once for each host, as every one of them receives a copy;</li>
 *   <li>{@code message-sender}: its {@code count} messages, at most one every {@code every}, twice over TCP (its
 *       ACKs);</li>
 *   <li>{@code java:tcp-client} and {@code java:tcp-server}: {@link #TCP_ECHO_PACKETS_PER_SECOND} each, the echo
 *       of the 10.3 lesson, which never pauses;</li>
 *   <li>a {@code .py} program: one packet every shortest {@code sleep(S)} / {@code sleep_ms(MS)} written in its
 *       source (the tutorial's client sleeps 2 s); a program without one (a server) sends nothing;</li>
 *   <li>servers, sinks and receivers nothing; an echo's replies are not counted.</li>
 * </ul>
 */
public final class TraceEstimate {
    /**
     * Bytes of trace a packet sent costs: measured 958 B for a datagram from one board to another on one access
     * point (sent, two enqueues, two radio tries, forward, deliver), 1.4 KB for a segment of the 10.3 TCP echo.
     */
    static final long BYTES_PER_PACKET = 1000;
    /** Packets a second each end of the 10.3 TCP echo sends: the lesson's pair sends 28 a second. */
    static final double TCP_ECHO_PACKETS_PER_SECOND = 15;
    private static final Pattern SLEEP = Pattern.compile("\\bsleep(_ms)?\\(\\s*([0-9]+(?:\\.[0-9]*)?)\\s*\\)");

    /**
     * The estimate.
     *
     * @param bytes the estimated size of the trace
     * @param host the board, group of boards or PC that sends the most (empty if none sends)
     * @param hostPackets how many packets it sends, each copy of a broadcast counted
     */
    public record Size(long bytes, String host, long hostPackets) {
        /** "3.6 GB", "1 GB", "120 MB", "900 KB". */
        public static String format(long bytes) {
            if (bytes >= 1L << 30) {
                return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30)).replace(".0 GB", " GB");
            }
            if (bytes >= 1L << 20) {
                return (bytes >> 20) + " MB";
            }
            return (bytes >> 10) + " KB";
        }
    }

    private TraceEstimate() {
    }

    /** The estimated trace of a run of {@code boards} and {@code pcs} on {@code network} for {@code durationNanos}. */
    static Size of(List<Board> boards, List<Pc> pcs, Topology network, long durationNanos, int runs) {
        int hosts = boards.size() + pcs.size();
        Map<String, Double> bySender = new LinkedHashMap<>(); // a group counted as one
        for (Board b : boards) {
            double p = b.python().isPresent() ? python(b.python().get().text(), b.startNanos(), durationNanos)
                    : packets(b.program(), b.args(), b.startNanos(), durationNanos, network, hosts);
            bySender.merge(b.group().orElse(b.name()), p, Double::sum);
        }
        for (Pc pc : pcs) {
            bySender.merge(pc.name(), packets(pc.program(), pc.args(), pc.startNanos(), durationNanos, network,
                    hosts), Double::sum);
        }
        double total = 0;
        String top = "";
        double topPackets = 0;
        for (Map.Entry<String, Double> e : bySender.entrySet()) {
            total += e.getValue();
            if (e.getValue() > topPackets) {
                top = e.getKey();
                topPackets = e.getValue();
            }
        }
        double bytes = total * BYTES_PER_PACKET * Math.max(1, runs);
        return new Size(bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes, top,
                topPackets >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) topPackets);
    }

    /** The packets a named program sends from {@code startNanos} to the end, copies of a broadcast counted. */
    static double packets(Program program, ProgramArgs args, long startNanos, long endNanos, Topology network,
            int hosts) {
        double seconds = Math.max(0, endNanos - startNanos) / (double) SimTime.SECOND;
        return switch (program) {
            case UDP_CLIENT -> every(args, seconds) * copies(args.get(Arg.SERVER), network, hosts);
            case UDP_SENDER -> Math.min(every(args, seconds), args.optional(Arg.COUNT).orElse(Long.MAX_VALUE))
                    * copies(args.get(Arg.TO).address(), network, hosts);
            case MESSAGE_SENDER -> Math.min(every(args, seconds), args.get(Arg.COUNT))
                    * (args.get(Arg.PROTOCOL) == org.udpsim.packet.Protocol.TCP ? 2 : 1);
            case TCP_CLIENT, TCP_SERVER -> seconds * TCP_ECHO_PACKETS_PER_SECOND;
            default -> 0;
        };
    }

    /** Packets a {@code .py} program sends: one per shortest literal sleep in its source, or none. */
    static double python(String source, long startNanos, long endNanos) {
        double shortest = Double.POSITIVE_INFINITY;
        Matcher m = SLEEP.matcher(source);
        while (m.find()) {
            double s = Double.parseDouble(m.group(2)) / (m.group(1) == null ? 1 : 1000);
            shortest = Math.min(shortest, Math.max(s, 1e-6));
        }
        double seconds = Math.max(0, endNanos - startNanos) / (double) SimTime.SECOND;
        return Double.isInfinite(shortest) ? 0 : seconds / shortest;
    }

    private static double every(ProgramArgs args, double seconds) {
        return seconds / Math.max(1, args.get(Arg.EVERY)) * SimTime.SECOND;
    }

    /** How many hosts receive each datagram to {@code to}: all of them for a broadcast, else one. */
    private static int copies(Ipv4Address a, Topology network, int hosts) {
        if (a.equals(Ipv4Address.BROADCAST)) {
            return Math.max(1, hosts);
        }
        for (AccessPointNode ap : network.accessPoints()) {
            if (ap.config().subnet().broadcast().equals(a)) {
                return Math.max(1, hosts);
            }
        }
        return 1;
    }
}
