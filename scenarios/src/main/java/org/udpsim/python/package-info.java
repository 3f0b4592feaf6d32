/**
 * The tutorial's MicroPython programs, unmodified, on simulated boards: GraalPy embedded with one shared engine and
 * one sandboxed context per board ({@link org.udpsim.python.PythonRuntime}), a program file as a
 * {@link org.udpsim.board.LessonProgram} ({@link org.udpsim.python.PythonProgram}), and the board's modules
 * ({@code mpython}, {@code socket}/{@code usocket}, {@code time}/{@code utime}, {@code network}, {@code machine},
 * ...) written in Python in {@code board_runtime.py} over the two host objects a program can reach,
 * {@link org.udpsim.python.PyBoard} and {@link org.udpsim.python.PySocket}.
 *
 * <p>The context runs on the board's process thread, so a blocking call simply calls the Java board, which waits in
 * simulated time. The board's Java exceptions become Python exceptions ({@code OSError} with its errno in
 * {@code e.args[0]}); an uncaught one, or a syntax error, is printed as MicroPython's REPL prints it.
 *
 * <p>Not modelled: program lines take no simulated time (except that polling calls let the clock catch up, see
 * {@code Session}); floats are Python's doubles, not the ESP32 port's single precision; no file system,
 * {@code os}, timers, interrupts or threads; a program is one file.
 */
package org.udpsim.python;
