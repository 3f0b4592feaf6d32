package org.udpsim.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtocolTest {

    @Test
    void transport_readsUdpAndTcp_inAnyCase_blanksAround() {
        assertEquals(Protocol.UDP, Protocol.transport("udp"));
        assertEquals(Protocol.TCP, Protocol.transport(" TCP "));
        assertEquals(List.of(Protocol.UDP, Protocol.TCP), Protocol.TRANSPORTS);
        assertEquals("udp or tcp", Protocol.TRANSPORT_NAMES);
    }

    @Test
    void transport_anyOtherName_saysWhatWasExpectedAndWhatCame() {
        for (String name : new String[] {"sctp", "icmp", "", "ud p"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Protocol.transport(name));
            assertEquals("expected udp or tcp, got '" + name + "'", e.getMessage());
            assertEquals(Optional.empty(), Protocol.findTransport(name));
        }
    }

    @Test
    void requireTransport_refusesIcmp_withTheSameMessage() {
        assertEquals(Protocol.TCP, Protocol.TCP.requireTransport());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Protocol.ICMP::requireTransport);
        assertEquals("expected udp or tcp, got 'icmp'", e.getMessage());
    }

    @Test
    void named_knowsEveryProtocol_andListsThemForAnUnknownOne() {
        assertEquals(Protocol.ICMP, Protocol.named("ICMP"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Protocol.named("sctp"));
        assertEquals("unknown protocol 'sctp'; protocols are udp, tcp, icmp", e.getMessage());
    }
}
