package org.udpsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartStyleTest {
    @Test
    void protocolsLossAndReordering_areOkabeItoColours() {
        assertEquals(new Color(0x00, 0x72, 0xb2), ChartStyle.UDP, "blue");
        assertEquals(new Color(0xe6, 0x9f, 0x00), ChartStyle.TCP, "orange");
        assertEquals(new Color(0xd5, 0x5e, 0x00), ChartStyle.LOST, "vermillion");
        assertEquals(new Color(0xcc, 0x79, 0xa7), ChartStyle.REORDERED, "reddish purple");
        assertEquals(ChartStyle.UDP, ChartStyle.of("udp"));
        assertEquals(ChartStyle.TCP, ChartStyle.of("tcp"));
        assertEquals(4, List.of(ChartStyle.UDP, ChartStyle.TCP, ChartStyle.LOST, ChartStyle.REORDERED).stream()
                .distinct().count());
    }
}
