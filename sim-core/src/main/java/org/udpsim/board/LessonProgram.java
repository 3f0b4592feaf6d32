package org.udpsim.board;

/** A program that runs on a simulated board, written against the board's API like a MicroPython script. */
@FunctionalInterface
public interface LessonProgram {
    void run(Board board);
}
