package org.udpsim.reports.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The messages of one flow as its receiver got them. For UDP a message is a datagram, numbered in sending order;
 * for TCP it is a data segment, numbered by its place in the byte stream, and it counts as delivered when the
 * receiver has every byte up to its end (TCP hands data to the program only in order).
 */
public final class Arrivals {
    /**
     * A message's arrival.
     *
     * @param number the message's number in sending order (UDP) or stream order (TCP), from 1
     * @param sentAt when it was first sent, ns
     * @param arrivedAt when the receiver's transport got it, ns
     * @param overtaken true if a message sent later had already arrived
     */
    public record Arrival(long number, long sentAt, long arrivedAt, boolean overtaken) {
    }

    private Arrivals() {
    }

    /** The packets of {@code flow} delivered, in order of arrival (duplicates included), each with its number. */
    public static List<Arrival> inArrivalOrder(RunData run, String flow) {
        List<PacketTrip> trips = run.tripsOf(flow);
        Map<Long, Long> number = numbers(trips);
        List<PacketTrip> delivered = new ArrayList<>(trips.stream()
                .filter(t -> t.end() == PacketTrip.End.DELIVERED && number.containsKey(t.id())).toList());
        delivered.sort(Comparator.comparingLong(PacketTrip::endTime).thenComparingLong(PacketTrip::id));
        List<Arrival> out = new ArrayList<>();
        long newest = 0;
        for (PacketTrip t : delivered) {
            long n = number.get(t.id());
            out.add(new Arrival(n, t.sentAt(), t.endTime(), n < newest));
            newest = Math.max(newest, n);
        }
        return out;
    }

    /**
     * When each message of {@code flow} was handed over: for UDP each datagram's first delivery; for TCP the moment
     * the stream held every byte up to the segment's end. In the order they were handed over.
     */
    public static List<Arrival> handedOver(RunData run, String flow) {
        List<Arrival> arrivals = inArrivalOrder(run, flow);
        List<Arrival> out = new ArrayList<>();
        if (!FlowChoice.protocol(flow).equals("tcp")) {
            TreeSet<Long> seen = new TreeSet<>();
            for (Arrival a : arrivals) {
                if (seen.add(a.number())) {
                    out.add(a);
                }
            }
            return out;
        }
        Map<Long, Long> firstSent = new HashMap<>();
        Map<Long, Long> number = numbers(run.tripsOf(flow));
        for (PacketTrip t : run.tripsOf(flow)) {
            Long n = number.get(t.id());
            if (n != null) {
                firstSent.merge(n, t.sentAt(), Math::min);
            }
        }
        TreeMap<Long, Arrival> waiting = new TreeMap<>();
        long next = 1;
        for (Arrival a : arrivals) {
            if (a.number() >= next) {
                waiting.putIfAbsent(a.number(), a);
            }
            while (waiting.containsKey(next)) {
                Arrival w = waiting.remove(next);
                out.add(new Arrival(next, firstSent.get(next), a.arrivedAt(), w.overtaken()));
                next++;
            }
        }
        return out;
    }

    /** How many messages {@code flow} sent (UDP datagrams, TCP data segments, retransmissions not counted). */
    public static long messagesSent(RunData run, String flow) {
        return numbers(run.tripsOf(flow)).values().stream().distinct().count();
    }

    /** When each message was first sent, in order. */
    public static List<Long> sendTimes(RunData run, String flow) {
        Map<Long, Long> first = new TreeMap<>();
        Map<Long, Long> number = numbers(run.tripsOf(flow));
        for (PacketTrip t : run.tripsOf(flow)) {
            Long n = number.get(t.id());
            if (n != null) {
                first.merge(n, t.sentAt(), Math::min);
            }
        }
        List<Long> times = new ArrayList<>(first.values());
        times.sort(null);
        return times;
    }

    /**
     * Each numbered trip's message number, by trip id: UDP datagrams in sending order (a copy gets its original's
     * number); TCP data segments by their place in the stream, counted from the SYN's sequence number.
     */
    private static Map<Long, Long> numbers(List<PacketTrip> trips) {
        long base = 0;
        for (PacketTrip t : trips) {
            if (t.tcp() != null && t.tcp().has(TcpSegment.SYN)) {
                base = t.tcp().seq();
                break;
            }
        }
        TreeSet<Long> keys = new TreeSet<>();
        Map<Long, Long> keyOfTrip = new HashMap<>();
        for (PacketTrip t : trips) {
            if (t.tcp() == null) {
                keyOfTrip.put(t.id(), t.origin());
            } else if (t.tcp().payloadLength() > 0) {
                keyOfTrip.put(t.id(), (t.tcp().seq() - base) & 0xffffffffL);
            }
        }
        keys.addAll(keyOfTrip.values());
        Map<Long, Long> rank = new HashMap<>();
        long n = 1;
        for (long k : keys) {
            rank.put(k, n++);
        }
        Map<Long, Long> out = new HashMap<>();
        keyOfTrip.forEach((id, k) -> out.put(id, rank.get(k)));
        return out;
    }
}
