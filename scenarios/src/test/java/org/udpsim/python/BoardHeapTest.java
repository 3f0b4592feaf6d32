package org.udpsim.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The board's MicroPython heap (120,000 bytes, 20,000 of them the firmware's own): a program that allocates past
 * it gets the board's MemoryError, by each way of allocating, while the other boards and the run go on; and
 * {@code gc.mem_free()} tells what is left of it.
 */
class BoardHeapTest {

    private static List<String> tail(List<String> lines, int n) {
        return lines.subList(Math.max(0, lines.size() - n), lines.size());
    }

    @Test
    void oneBigBytearray_raisesMemoryErrorBeforeTheHostAllocatesIt_andCanBeCaught() {
        try (Classroom room = new Classroom()) {
            room.python("board", 0, "big.py", String.join("\n",
                    "import gc",
                    "try:",
                    "    b = bytearray(2 * 1024 ** 3 - 64)",
                    "except MemoryError as e:",
                    "    print('caught', e)",
                    "x = bytearray(50000)",
                    "print(gc.mem_free() < 50000)",
                    "y = b'x' * 60000",
                    ""));
            room.runFor(1);
            assertEquals(List.of("caught memory allocation failed, allocating 2147483600 bytes", "True",
                    "Traceback (most recent call last):", "  File \"big.py\", line 8, in <module>",
                    "MemoryError: memory allocation failed, allocating 60016 bytes"), room.console("board"));
        }
    }

    @Test
    void chunksKeptInAList_endInMemoryError_andTheOtherBoardGoesOn() {
        try (Classroom room = new Classroom()) {
            room.python("hog", 0, "chunks.py", "chunks = []\nwhile True:\n    chunks.append(bytearray(1000))\n");
            room.python("ticker", 0, "tick.py", "import time\nfor i in range(3):\n    time.sleep(1)\n"
                    + "    print(i)\n");
            room.runFor(5);
            assertEquals(List.of("Traceback (most recent call last):", "  File \"chunks.py\", line 3, in <module>",
                    "MemoryError: memory allocation failed, allocating 1024 bytes"), room.console("hog"));
            assertEquals(List.of("0", "1", "2"), room.console("ticker"));
        }
    }

    @Test
    void aGrowingStr_isStoppedNearTheHeapsSize() {
        try (Classroom room = new Classroom()) {
            room.python("board", 0, "grow.py", "s = ''\nwhile True:\n    s = s + 'x' * 100\n    n = len(s)\n");
            room.runFor(1);
            List<String> console = room.console("board");
            assertEquals(List.of("Traceback (most recent call last):"), console.subList(0, 1));
            assertTrue(console.get(1).matches("  File \"grow\\.py\", line [34], in <module>"), console.get(1));
            assertTrue(console.get(2).startsWith("MemoryError: memory allocation failed, allocating "),
                    console.get(2));
        }
    }

    @Test
    void memFree_fallsByWhatTheProgramHolds_andRisesWhenItLetsGo() {
        try (Classroom room = new Classroom()) {
            room.python("board", 0, "free.py", String.join("\n",
                    "import gc",
                    "start = gc.mem_free()",
                    "b = bytearray(10000)",
                    "held = start - gc.mem_free()",
                    "b = None",
                    "print(start, held, start - gc.mem_free(), gc.mem_alloc() + gc.mem_free())",
                    ""));
            room.runFor(1);
            assertEquals(List.of("99856 10096 128 120000"), room.console("board"),
                    "the bytearray's 10,000 bytes in 16-byte blocks with its header, and the names the program made");
        }
    }
}
