package org.udpsim.reports.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The messages of one flow as its receiving program got them, read from the packets' trips. For UDP a message is a
 * datagram, numbered in sending order (a netem copy is the same message again). For TCP the program reads a byte
 * stream: a message is a piece of new data as the sender first sent it (a retransmission sends old bytes again,
 * perhaps cut differently), numbered in stream order, and it is handed over when the receiver holds every byte of
 * the stream up to its end, since TCP gives the program its data only in order.
 */
public final class Arrivals {
    /**
     * A message's arrival.
     *
     * @param number the message's number in sending order (UDP) or stream order (TCP), from 1
     * @param sentAt when it was first sent, ns
     * @param arrivedAt when the receiver's transport got it (UDP) or handed it to the program (TCP), ns
     * @param overtaken true if a message sent later had already arrived
     */
    public record Arrival(long number, long sentAt, long arrivedAt, boolean overtaken) {
    }

    /** A piece of TCP data as first sent: bytes {@code [start, end)} of the stream, counted from the SYN. */
    private record Piece(long start, long end, long sentAt) {
    }

    private Arrivals() {
    }

    /**
     * The messages of {@code flow} in the order the receiving program got them: for UDP every datagram delivered,
     * duplicates included, as it reached the socket; for TCP {@link #handedOver}, which is always in order.
     */
    public static List<Arrival> inArrivalOrder(RunData run, String flow) {
        if (isTcp(flow)) {
            return handedOver(run, flow);
        }
        List<PacketTrip> trips = run.tripsOf(flow);
        Map<Long, Long> number = datagramNumbers(trips);
        List<PacketTrip> delivered = new ArrayList<>(trips.stream()
                .filter(t -> t.end() == PacketTrip.End.DELIVERED && number.containsKey(t.origin())).toList());
        delivered.sort(Comparator.comparingLong(PacketTrip::endTime).thenComparingLong(PacketTrip::id));
        List<Arrival> out = new ArrayList<>();
        long newest = 0;
        for (PacketTrip t : delivered) {
            long n = number.get(t.origin());
            out.add(new Arrival(n, t.sentAt(), t.endTime(), n < newest));
            newest = Math.max(newest, n);
        }
        return out;
    }

    /**
     * When each message of {@code flow} was handed over, in that order: for UDP each datagram's first delivery; for
     * TCP the moment the stream held every byte up to the message's end.
     */
    public static List<Arrival> handedOver(RunData run, String flow) {
        if (!isTcp(flow)) {
            TreeSet<Long> seen = new TreeSet<>();
            List<Arrival> out = new ArrayList<>();
            for (Arrival a : inArrivalOrder(run, flow)) {
                if (seen.add(a.number())) {
                    out.add(a);
                }
            }
            return out;
        }
        List<PacketTrip> trips = run.tripsOf(flow);
        long base = streamBase(trips);
        List<Piece> pieces = pieces(trips, base);
        List<PacketTrip> delivered = new ArrayList<>(trips.stream().filter(t -> t.end() == PacketTrip.End.DELIVERED
                && t.tcp() != null && t.tcp().payloadLength() > 0).toList());
        delivered.sort(Comparator.comparingLong(PacketTrip::endTime).thenComparingLong(PacketTrip::id));
        TreeMap<Long, Long> held = new TreeMap<>();
        long frontier = pieces.isEmpty() ? 0 : pieces.get(0).start();
        int next = 0;
        List<Arrival> out = new ArrayList<>();
        for (PacketTrip t : delivered) {
            long start = offset(t.tcp().seq(), base);
            held.merge(start, start + t.tcp().payloadLength(), Math::max);
            frontier = advance(held, frontier);
            while (next < pieces.size() && pieces.get(next).end() <= frontier) {
                out.add(new Arrival(next + 1, pieces.get(next).sentAt(), t.endTime(), false));
                next++;
            }
        }
        return out;
    }

    /**
     * The end of the bytes held in order from {@code frontier} on; the pieces it passes are removed from
     * {@code held} (start to end, by start).
     */
    private static long advance(TreeMap<Long, Long> held, long frontier) {
        boolean moved = true;
        while (moved) {
            moved = false;
            var it = held.headMap(frontier, true).entrySet().iterator();
            while (it.hasNext()) {
                long end = it.next().getValue();
                it.remove();
                if (end > frontier) {
                    frontier = end;
                    moved = true;
                }
            }
        }
        return frontier;
    }

    /** How many messages {@code flow} sent (UDP datagrams, pieces of new TCP data; no copy or retransmission). */
    public static long messagesSent(RunData run, String flow) {
        return sendTimes(run, flow).size();
    }

    /** When each message was first sent, in order. */
    public static List<Long> sendTimes(RunData run, String flow) {
        List<PacketTrip> trips = run.tripsOf(flow);
        List<Long> times = new ArrayList<>();
        if (isTcp(flow)) {
            pieces(trips, streamBase(trips)).forEach(p -> times.add(p.sentAt()));
        } else {
            trips.stream().filter(t -> !t.isCopy()).forEach(t -> times.add(t.sentAt()));
        }
        times.sort(null);
        return times;
    }

    private static boolean isTcp(String flow) {
        return FlowChoice.protocol(flow).equals("tcp");
    }

    /** Each original datagram's number in sending order (trip ids are in sending order), by id. */
    private static Map<Long, Long> datagramNumbers(List<PacketTrip> trips) {
        Map<Long, Long> out = new HashMap<>();
        long n = 1;
        for (PacketTrip t : trips) {
            if (!t.isCopy()) {
                out.put(t.id(), n++);
            }
        }
        return out;
    }

    /** The sequence number the stream's offsets count from: its SYN's, else its first segment's less one. */
    private static long streamBase(List<PacketTrip> trips) {
        for (PacketTrip t : trips) {
            if (t.tcp() != null && t.tcp().has(TcpSegment.SYN)) {
                return t.tcp().seq();
            }
        }
        for (PacketTrip t : trips) {
            if (t.tcp() != null && t.tcp().payloadLength() > 0) {
                return (t.tcp().seq() - 1) & 0xffffffffL;
            }
        }
        return 0;
    }

    private static long offset(long seq, long base) {
        return (seq - base) & 0xffffffffL;
    }

    /** The new data of the flow, in sending order: each segment's bytes beyond every byte sent before it. */
    private static List<Piece> pieces(List<PacketTrip> trips, long base) {
        List<Piece> out = new ArrayList<>();
        long sentUpTo = -1;
        for (PacketTrip t : trips) {
            if (t.isCopy() || t.tcp() == null || t.tcp().payloadLength() == 0) {
                continue;
            }
            long start = offset(t.tcp().seq(), base);
            long end = start + t.tcp().payloadLength();
            if (end > sentUpTo) {
                out.add(new Piece(Math.max(start, sentUpTo < 0 ? start : sentUpTo), end, t.sentAt()));
                sentUpTo = end;
            }
        }
        return out;
    }
}
