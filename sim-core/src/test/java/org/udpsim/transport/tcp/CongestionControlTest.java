package org.udpsim.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reno by RFC 5681, on the window alone. */
class CongestionControlTest {
    private static final int MSS = 1000;
    private int changes;

    private CongestionControl reno(long cwnd, long ssthresh) {
        return new CongestionControl(MSS, cwnd, ssthresh, () -> changes++);
    }

    @Test
    void initialWindow_rfc3390ForTheBoard_tenSegmentsForLinux() {
        assertEquals(4380, TcpConfig.BOARD.initialWindow(1440), "min(4·1440, max(2·1440, 4380))");
        assertEquals(4000, TcpConfig.BOARD.initialWindow(1000));
        assertEquals(14600, TcpConfig.HOST.initialWindow(1460));
    }

    @Test
    void slowStart_growsByOneSegmentPerAck_atMostTheBytesAcked() {
        CongestionControl cc = reno(2000, 100_000);
        cc.onNewAck(1000);
        cc.onNewAck(500);
        cc.onNewAck(3000);
        assertEquals(2000 + 1000 + 500 + 1000, cc.cwnd());
        assertEquals(3, changes);
    }

    @Test
    void congestionAvoidance_growsByAboutOneSegmentPerWindow() {
        CongestionControl cc = reno(10_000, 10_000);
        for (int i = 0; i < 10; i++) {
            cc.onNewAck(1000);
        }
        assertTrue(cc.cwnd() > 10_900 && cc.cwnd() < 11_000, "about one MSS per round trip, was " + cc.cwnd());
    }

    @Test
    void thirdDuplicate_halvesTheFlight_inflatesByThree_andLaterDuplicatesByOne() {
        CongestionControl cc = reno(10_000, 100_000);
        assertFalse(cc.onDuplicateAck(10_000));
        assertFalse(cc.onDuplicateAck(10_000));
        assertTrue(cc.onDuplicateAck(10_000), "fast retransmit on the third");
        assertEquals(5000, cc.ssthresh());
        assertEquals(5000 + 3 * MSS, cc.cwnd());
        assertTrue(cc.inRecovery());
        assertFalse(cc.onDuplicateAck(10_000), "no second fast retransmit");
        assertEquals(9000, cc.cwnd());
        cc.onNewAck(10_000);
        assertFalse(cc.inRecovery());
        assertEquals(5000, cc.cwnd(), "deflated to ssthresh");
    }

    @Test
    void timeout_cutsTheWindowToOneSegment_andSsthreshToHalfTheFlightButTwoSegments() {
        CongestionControl cc = reno(10_000, 100_000);
        cc.onTimeout(3000);
        assertEquals(MSS, cc.cwnd());
        assertEquals(2 * MSS, cc.ssthresh());
        cc.onTimeout(10_000);
        assertEquals(5000, cc.ssthresh());
    }
}
