package org.udpsim.reports.data;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The message streams of a run as the applications saw them, read from its {@code msg_sent} and
 * {@code msg_received} records: per protocol, when each message was handed to the transport and when (and in which
 * order) the receiving program got it. This is the view a comparison is about: a TCP message counts when the
 * program reads it, whatever segments carried it.
 *
 * <p>The figures agree with {@link org.udpsim.reports.summary.StreamStatistics}, which counts the same records as
 * the run makes them: a message received again is a duplicate and counts once; one received after a message sent
 * later is overtaken (reordered).
 */
public final class Messages {
    /**
     * One message the receiving program got.
     *
     * @param seq the message's number in sending order, from 0
     * @param sentAt when it was handed to the transport, ns
     * @param receivedAt when the program got it, ns
     * @param duplicate true if the program had got it before
     * @param overtaken true if a message sent later had already arrived
     */
    public record Received(long seq, long sentAt, long receivedAt, boolean duplicate, boolean overtaken) {
        /** Its delay, ns. */
        public long delay() {
            return receivedAt - sentAt;
        }
    }

    /** A protocol's stream. */
    private static final class Stream {
        final List<Long> sent = new ArrayList<>();
        final List<Received> received = new ArrayList<>();
        final BitSet seen = new BitSet();
        long highest = -1;
        String sender = "";
        String receiver = "";
    }

    private final Map<String, Stream> streams = new LinkedHashMap<>();

    Messages() {
    }

    /** No messages. */
    public static Messages none() {
        return new Messages();
    }

    void sent(String protocol, String node, long seq, long time) {
        Stream s = stream(protocol);
        if (s.sent.isEmpty()) {
            s.sender = node;
        }
        s.sent.add(time);
    }

    void received(String protocol, String node, long seq, long time, long delay) {
        Stream s = stream(protocol);
        if (s.received.isEmpty()) {
            s.receiver = node;
        }
        boolean duplicate = s.seen.get((int) seq);
        boolean overtaken = !duplicate && seq < s.highest;
        s.seen.set((int) seq);
        s.highest = Math.max(s.highest, seq);
        s.received.add(new Received(seq, time - delay, time, duplicate, overtaken));
    }

    private Stream stream(String protocol) {
        return streams.computeIfAbsent(protocol, p -> new Stream());
    }

    /** The streams of several runs as one (each run's protocols its own). */
    public static Messages union(List<Messages> all) {
        Messages out = new Messages();
        for (Messages m : all) {
            m.streams.forEach(out.streams::putIfAbsent);
        }
        return out;
    }

    /** True if the run sent messages over {@code protocol}. */
    public boolean has(String protocol) {
        Stream s = streams.get(protocol);
        return s != null && !s.sent.isEmpty();
    }

    /** The protocols that carried messages, in the order they first did. */
    public List<String> protocols() {
        return streams.keySet().stream().filter(this::has).toList();
    }

    /** When each message was handed to the transport, in sending order. */
    public List<Long> sendTimes(String protocol) {
        Stream s = streams.get(protocol);
        return s == null ? List.of() : List.copyOf(s.sent);
    }

    /** Every message the program got, in the order it got them, duplicates included. */
    public List<Received> arrivals(String protocol) {
        Stream s = streams.get(protocol);
        return s == null ? List.of() : List.copyOf(s.received);
    }

    /** The messages delivered: each one's first arrival, in the order they came. */
    public List<Received> delivered(String protocol) {
        return arrivals(protocol).stream().filter(r -> !r.duplicate()).toList();
    }

    /** The node that sent the stream's first message. */
    public String sender(String protocol) {
        Stream s = streams.get(protocol);
        return s == null ? "" : s.sender;
    }

    /** The node that got its first message. */
    public String receiver(String protocol) {
        Stream s = streams.get(protocol);
        return s == null ? "" : s.receiver;
    }
}
