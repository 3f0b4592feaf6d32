package org.udpsim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only localhost and 127.0.0.1 are answered (DNS rebinding), and only the server's own page may change a run. */
class HostGuardTest {
    private final HostGuard guard = new HostGuard(8123);

    @Test
    void localhostAnd127001_withOrWithoutAPort_areAnswered() {
        for (String host : List.of("localhost", "127.0.0.1", "localhost:8123", "127.0.0.1:8123", "LOCALHOST:8123")) {
            assertNull(guard.refuseHost(host), host);
        }
    }

    @Test
    void anyOtherHost_isRefusedWithItsName() {
        assertEquals("this server answers only to localhost and 127.0.0.1, not to Host: evil.example",
                guard.refuseHost("evil.example"));
        for (String host : List.of("evil.example:8123", "127.0.0.1.evil.example", "localhost.evil", "127.0.0.2",
                "[::1]:8123", "", "localhost:8123@evil")) {
            assertEquals("this server answers only to localhost and 127.0.0.1, not to Host: " + host,
                    guard.refuseHost(host), host);
        }
        assertEquals("this server answers only to localhost and 127.0.0.1, not to no Host", guard.refuseHost(null));
    }

    @Test
    void aChange_isAcceptedWithoutAnOriginOrFromTheServersOwnOnly() {
        assertNull(guard.refuseOrigin(null));
        assertNull(guard.refuseOrigin("http://127.0.0.1:8123"));
        assertNull(guard.refuseOrigin("http://localhost:8123"));
        for (String origin : List.of("http://evil.example", "http://127.0.0.1:8124", "https://127.0.0.1:8123",
                "null", "http://127.0.0.1")) {
            assertEquals("a change is accepted only from this server's own page, not from " + origin,
                    guard.refuseOrigin(origin), origin);
        }
    }
}
