package org.udpsim.serve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which requests a server on the loopback address answers: only those whose {@code Host} names it as
 * {@code localhost} or {@code 127.0.0.1} (with or without a port), so a page of another site whose name was made to
 * point at 127.0.0.1 (DNS rebinding) is refused; and a request that changes something only if its {@code Origin},
 * when there is one, is the server's own, so another page in the same browser cannot re-run the lesson.
 */
final class HostGuard {
    private static final Pattern HOST = Pattern.compile("(localhost|127\\.0\\.0\\.1)(:[0-9]{1,5})?");

    private final int port;

    /** @param port the port the server listens on */
    HostGuard(int port) {
        this.port = port;
    }

    /** Why a request with this {@code Host} header is refused, or null if it is answered. */
    String refuseHost(String host) {
        if (host == null || !HOST.matcher(host.strip().toLowerCase(Locale.ROOT)).matches()) {
            return "this server answers only to localhost and 127.0.0.1, not to " + (host == null ? "no Host"
                    : "Host: " + host.strip());
        }
        return null;
    }

    /** Why a state-changing request with this {@code Origin} header (null if none) is refused, or null. */
    String refuseOrigin(String origin) {
        if (origin == null) {
            return null;
        }
        String o = origin.strip().toLowerCase(Locale.ROOT);
        if (o.equals("http://127.0.0.1:" + port) || o.equals("http://localhost:" + port)) {
            return null;
        }
        return "a change is accepted only from this server's own page, not from " + origin.strip();
    }
}
