package org.udpsim.transport.tcp;

import java.util.function.Consumer;
import org.udpsim.kernel.Signal;
import org.udpsim.kernel.SimProcess;
import org.udpsim.transport.SocketFailure;

/**
 * How a socket tells its application what happened: a signal that wakes every process blocked on the socket (they
 * re-check their condition), and the callbacks of an event-driven application.
 */
final class SocketEvents {
    private final Signal changed = new Signal();
    Runnable onConnected;
    Consumer<byte[]> onData;
    Runnable onClosed;
    Consumer<SocketFailure> onError;
    Runnable onWritable;

    /** Calls the callbacks for {@code events} (a set of {@link TcpConnection} event bits), then wakes the waiters. */
    void dispatch(int events, byte[] handed, SocketFailure failure) {
        if ((events & TcpConnection.CONNECTED) != 0 && onConnected != null) {
            onConnected.run();
        }
        if (handed != null && onData != null) {
            onData.accept(handed);
        }
        if ((events & TcpConnection.WRITABLE) != 0 && onWritable != null) {
            onWritable.run();
        }
        if ((events & TcpConnection.END_OF_STREAM) != 0 && onClosed != null) {
            onClosed.run();
        }
        if ((events & TcpConnection.FAILED) != 0 && onError != null) {
            onError.accept(failure);
        }
        changed.fire();
    }

    /** Wakes every process waiting on the socket. */
    void wake() {
        changed.fire();
    }

    /** The absolute deadline for a timeout; negative timeouts never end. */
    static long deadline(SimProcess self, long timeoutNanos) {
        return timeoutNanos < 0 ? Long.MAX_VALUE : self.now() + timeoutNanos;
    }

    /** Waits for the next change of the socket; false, without waiting, if the deadline has passed. */
    boolean waitUntil(SimProcess self, long deadline) {
        if (deadline == Long.MAX_VALUE) {
            self.await(changed, -1);
            return true;
        }
        long left = deadline - self.now();
        if (left <= 0) {
            return false;
        }
        self.await(changed, left);
        return true;
    }
}
