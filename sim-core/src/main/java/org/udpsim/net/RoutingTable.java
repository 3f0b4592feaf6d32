package org.udpsim.net;

import java.util.ArrayList;
import java.util.List;
import org.udpsim.packet.Ipv4Prefix;

/**
 * A node's routes, looked up by longest prefix match.
 *
 * <p>The routes sit in a binary trie on the address bits, so a lookup walks at most 32 levels whatever the number
 * of routes or interfaces, and allocates nothing.
 */
public final class RoutingTable {
    private static final class TrieNode {
        TrieNode zero;
        TrieNode one;
        Route route;
    }

    private final TrieNode root = new TrieNode();
    private int size;

    /** Adds a route, replacing one for the same prefix. */
    public void add(Route route) {
        TrieNode n = root;
        int bits = route.prefix().network().bits();
        for (int i = 0; i < route.prefix().length(); i++) {
            boolean one = (bits << i) < 0;
            TrieNode next = one ? n.one : n.zero;
            if (next == null) {
                next = new TrieNode();
                if (one) {
                    n.one = next;
                } else {
                    n.zero = next;
                }
            }
            n = next;
        }
        if (n.route == null) {
            size++;
        }
        n.route = route;
    }

    /** Removes the route for exactly this prefix; returns false if there was none. */
    public boolean remove(Ipv4Prefix prefix) {
        TrieNode n = root;
        int bits = prefix.network().bits();
        for (int i = 0; i < prefix.length() && n != null; i++) {
            n = (bits << i) < 0 ? n.one : n.zero;
        }
        if (n == null || n.route == null) {
            return false;
        }
        n.route = null;
        size--;
        return true;
    }

    /** The route with the longest prefix containing the address, or null if none does. */
    public Route lookup(int addressBits) {
        TrieNode n = root;
        Route best = n.route;
        for (int i = 0; i < 32; i++) {
            n = (addressBits << i) < 0 ? n.one : n.zero;
            if (n == null) {
                break;
            }
            if (n.route != null) {
                best = n.route;
            }
        }
        return best;
    }

    public int size() {
        return size;
    }

    /** Every route, in address order (a depth-first walk of the trie). */
    public List<Route> routes() {
        List<Route> out = new ArrayList<>(size);
        collect(root, out);
        return out;
    }

    private static void collect(TrieNode n, List<Route> out) {
        if (n == null) {
            return;
        }
        if (n.route != null) {
            out.add(n.route);
        }
        collect(n.zero, out);
        collect(n.one, out);
    }
}
