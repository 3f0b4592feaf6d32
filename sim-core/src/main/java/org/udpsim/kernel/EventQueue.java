package org.udpsim.kernel;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap of {@link ScheduledEvent}s ordered by (time, sequence).
 *
 * <p>Each event remembers its index in the heap, so cancelling is an O(log n) removal rather than a tombstone
 * left to rot in the queue (timeouts that are almost always cancelled would otherwise pile up).
 */
final class EventQueue {
    private ScheduledEvent[] heap = new ScheduledEvent[256];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    ScheduledEvent peek() {
        return size == 0 ? null : heap[0];
    }

    void add(ScheduledEvent e) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        siftUp(size++, e);
    }

    ScheduledEvent poll() {
        if (size == 0) {
            return null;
        }
        ScheduledEvent first = heap[0];
        ScheduledEvent last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            siftDown(0, last);
        }
        first.heapIndex = -1;
        return first;
    }

    boolean remove(ScheduledEvent e) {
        int i = e.heapIndex;
        if (i < 0 || i >= size || heap[i] != e) {
            return false;
        }
        ScheduledEvent last = heap[--size];
        heap[size] = null;
        if (i < size) {
            siftDown(i, last);
            if (heap[i] == last) {
                siftUp(i, last);
            }
        }
        e.heapIndex = -1;
        return true;
    }

    private void siftUp(int k, ScheduledEvent e) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            ScheduledEvent p = heap[parent];
            if (!e.before(p)) {
                break;
            }
            heap[k] = p;
            p.heapIndex = k;
            k = parent;
        }
        heap[k] = e;
        e.heapIndex = k;
    }

    private void siftDown(int k, ScheduledEvent e) {
        int half = size >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            ScheduledEvent c = heap[child];
            int right = child + 1;
            if (right < size && heap[right].before(c)) {
                child = right;
                c = heap[child];
            }
            if (!c.before(e)) {
                break;
            }
            heap[k] = c;
            c.heapIndex = k;
            k = child;
        }
        heap[k] = e;
        e.heapIndex = k;
    }
}
