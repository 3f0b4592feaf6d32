package org.udpsim.transport.tcp;

import org.udpsim.kernel.ScheduledEvent;
import org.udpsim.kernel.SimTime;
import org.udpsim.kernel.Simulation;

/**
 * The retransmission timer of RFC 6298: it estimates the round-trip time from acknowledged segments, derives the
 * retransmission timeout (RTO) from the estimate, backs the timeout off when it expires, and calls back when it
 * does.
 *
 * <p>One segment at a time is timed. By Karn's rule a retransmission cancels the timing, so a round trip is never
 * measured from an acknowledgement that may answer either transmission (RFC 6298 section 3).
 */
final class RetransmissionTimer {
    /** RFC 6298 (5.7): the RTO when data begins after a retransmitted SYN, if the RTO is less. */
    static final long RTO_AFTER_SYN_RETRANSMISSION = SimTime.seconds(3);

    private final Simulation sim;
    private final TcpConfig config;
    private final Runnable onExpiry;
    private long srtt = -1;
    private long rttvar = -1;
    private long rto;
    private int backoffs;
    private boolean timing;
    private long timedEnd;
    private long timedAt;
    private ScheduledEvent event;

    RetransmissionTimer(Simulation sim, TcpConfig config, Runnable onExpiry) {
        this.sim = sim;
        this.config = config;
        this.onExpiry = onExpiry;
        this.rto = config.initialRtoNanos(); // (2.1)
    }

    /** The current timeout, backoff included. */
    long rto() {
        return rto;
    }

    /** The smoothed round-trip time, or -1 before the first sample. */
    long srtt() {
        return srtt;
    }

    /** The round-trip time variation, or -1 before the first sample. */
    long rttvar() {
        return rttvar;
    }

    /** How many times the timeout has been doubled since the last sample. */
    int backoffs() {
        return backoffs;
    }

    /**
     * Takes a round-trip sample {@code r} and recomputes the RTO: the first sample sets SRTT = R and RTTVAR = R/2
     * (2.2); later ones set RTTVAR = 3/4 RTTVAR + 1/4 |SRTT - R| and then SRTT = 7/8 SRTT + 1/8 R (2.3); then
     * RTO = SRTT + max(G, 4·RTTVAR), kept within the configured minimum (2.4) and maximum (2.5). A sample ends
     * any backoff.
     */
    void sample(long r) {
        if (srtt < 0) {
            srtt = r;
            rttvar = r / 2;
        } else {
            rttvar = (3 * rttvar + Math.abs(srtt - r)) / 4;
            srtt = (7 * srtt + r) / 8;
        }
        backoffs = 0;
        rto = clamp(srtt + Math.max(config.clockGranularityNanos(), 4 * rttvar));
    }

    /** Doubles the RTO, up to the maximum (5.5). */
    void backOff() {
        backoffs++;
        rto = clamp(rto > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * rto);
    }

    /** RFC 6298 (5.7): after a SYN was retransmitted, data starts with an RTO of at least 3 s. */
    void afterSynRetransmitted() {
        if (rto < RTO_AFTER_SYN_RETRANSMISSION) {
            rto = Math.min(RTO_AFTER_SYN_RETRANSMISSION, config.maxRtoNanos());
        }
    }

    /** Starts timing the segment that ends at stream position {@code end}, unless one is being timed already. */
    void startTiming(long end) {
        if (!timing) {
            timing = true;
            timedEnd = end;
            timedAt = sim.now();
        }
    }

    /** Karn's rule: something was retransmitted, so the segment being timed gives no sample. */
    void cancelTiming() {
        timing = false;
    }

    boolean isTiming() {
        return timing;
    }

    /** An acknowledgement up to {@code ack} arrived: a sample if it covers the timed segment. */
    void acknowledged(long ack) {
        if (timing && ack >= timedEnd) {
            timing = false;
            sample(sim.now() - timedAt);
        }
    }

    /** Starts the timer with the current RTO if it is not running (5.1). */
    void start() {
        if (event == null) {
            restartAfter(rto);
        }
    }

    /** Restarts the timer with the current RTO (5.3, 5.6). */
    void restart() {
        restartAfter(rto);
    }

    /** Restarts the timer to expire after {@code nanos}. */
    void restartAfter(long nanos) {
        stop();
        event = sim.schedule(nanos, this::expire);
    }

    /** Stops the timer (5.2). */
    void stop() {
        if (event != null) {
            sim.cancel(event);
            event = null;
        }
    }

    boolean isRunning() {
        return event != null;
    }

    private void expire() {
        event = null;
        onExpiry.run();
    }

    private long clamp(long value) {
        return Math.max(config.minRtoNanos(), Math.min(config.maxRtoNanos(), value));
    }
}
