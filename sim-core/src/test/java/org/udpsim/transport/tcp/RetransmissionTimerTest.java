package org.udpsim.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.udpsim.kernel.SimTime;
import org.udpsim.kernel.Simulation;

/** RFC 6298's rules, one by one, on the timer alone. */
class RetransmissionTimerTest {
    private static final long MS = SimTime.MILLISECOND;
    /** RFC 6298 as written: initial 1 s, at least 1 s, at most 60 s, a 100 ms clock. */
    private static final TcpConfig RFC = TcpConfig.HOST.withRto(SimTime.seconds(1), SimTime.seconds(1),
            SimTime.seconds(60), 100 * MS);
    private static final TcpConfig LOW_MIN = TcpConfig.HOST.withRto(SimTime.seconds(1), MS, SimTime.seconds(60), MS);

    private final Simulation sim = new Simulation(1);
    private int expiries;

    @AfterEach
    void close() {
        sim.close();
    }

    private RetransmissionTimer timer(TcpConfig c) {
        return new RetransmissionTimer(sim, c, () -> expiries++);
    }

    @Test
    void beforeAnySample_rtoIsTheInitialOne() {
        RetransmissionTimer t = timer(RFC);
        assertEquals(SimTime.seconds(1), t.rto());
        assertEquals(-1, t.srtt());
        assertEquals(SimTime.seconds(3), timer(TcpConfig.BOARD).rto(), "lwIP's LWIP_TCP_RTO_TIME");
    }

    @Test
    void firstSample_setsSrttToR_rttvarToHalfR_rtoToSrttPlusMaxOfGAnd4Rttvar() {
        RetransmissionTimer t = timer(LOW_MIN);
        t.sample(100 * MS);
        assertEquals(100 * MS, t.srtt());
        assertEquals(50 * MS, t.rttvar());
        assertEquals(100 * MS + 4 * 50 * MS, t.rto());
    }

    @Test
    void laterSamples_rttvarFromTheOldSrtt_thenSrttSevenEighths() {
        RetransmissionTimer t = timer(LOW_MIN);
        t.sample(100 * MS);
        t.sample(200 * MS);
        long rttvar = (3 * 50 * MS + Math.abs(100 * MS - 200 * MS)) / 4; // 62.5 ms
        long srtt = (7 * 100 * MS + 200 * MS) / 8; // 112.5 ms
        assertEquals(rttvar, t.rttvar());
        assertEquals(srtt, t.srtt());
        assertEquals(srtt + 4 * rttvar, t.rto());
    }

    @Test
    void steadyRtt_variationShrinks_untilTheClockGranularityRules() {
        RetransmissionTimer t = timer(TcpConfig.HOST.withRto(SimTime.seconds(1), MS, SimTime.seconds(60), 100 * MS));
        for (int i = 0; i < 60; i++) {
            t.sample(20 * MS);
        }
        assertEquals(20 * MS, t.srtt());
        assertEquals(20 * MS + 100 * MS, t.rto(), "RTO = SRTT + G once 4·RTTVAR < G");
    }

    @Test
    void rto_isKeptWithinMinimumAndMaximum() {
        RetransmissionTimer t = timer(RFC);
        t.sample(10 * MS);
        assertEquals(SimTime.seconds(1), t.rto(), "(2.4) rounded up to 1 s");
        t.sample(SimTime.seconds(100));
        assertEquals(SimTime.seconds(60), t.rto(), "(2.5) a maximum of 60 s");
    }

    @Test
    void backoff_doublesUpToTheMaximum_andTheNextSampleUndoesIt() {
        RetransmissionTimer t = timer(RFC);
        t.backOff();
        assertEquals(SimTime.seconds(2), t.rto());
        for (int i = 0; i < 10; i++) {
            t.backOff();
        }
        assertEquals(SimTime.seconds(60), t.rto());
        t.sample(10 * MS);
        assertEquals(SimTime.seconds(1), t.rto());
        assertEquals(0, t.backoffs());
    }

    @Test
    void karn_aRetransmissionCancelsTheTiming_soItsAckGivesNoSample() {
        RetransmissionTimer t = timer(LOW_MIN);
        t.startTiming(1000);
        sim.runUntil(80 * MS);
        t.cancelTiming();
        sim.runUntil(300 * MS);
        t.acknowledged(1000);
        assertEquals(-1, t.srtt(), "no sample");
        t.startTiming(2000);
        sim.runUntil(350 * MS);
        t.acknowledged(1999);
        assertTrue(t.isTiming(), "an ACK short of the timed segment's end is no sample either");
        t.acknowledged(2000);
        assertEquals(50 * MS, t.srtt());
        assertFalse(t.isTiming());
    }

    @Test
    void timer_expiresAfterTheRto_restartMovesIt_stopCancelsIt() {
        RetransmissionTimer t = timer(RFC);
        t.start();
        sim.runUntil(900 * MS);
        t.restart();
        sim.runUntil(1800 * MS);
        assertEquals(0, expiries);
        sim.runUntil(1900 * MS);
        assertEquals(1, expiries);
        t.start();
        t.stop();
        sim.runUntil(SimTime.seconds(10));
        assertEquals(1, expiries);
    }

    @Test
    void afterARetransmittedSyn_dataStartsWithAnRtoOfThreeSeconds() {
        RetransmissionTimer t = timer(LOW_MIN);
        t.sample(10 * MS);
        t.afterSynRetransmitted();
        assertEquals(SimTime.seconds(3), t.rto(), "RFC 6298 (5.7)");
    }
}
