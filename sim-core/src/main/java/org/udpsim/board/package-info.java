/**
 * The mPython board's runtime in Java, as its firmware behaves (../shared/BOARD-FACTS.md): {@link
 * org.udpsim.board.Board} with its console, buttons and clock, {@link org.udpsim.board.Wifi} (station and soft
 * access point), {@link org.udpsim.board.BoardSocket} with the firmware's errno values and limits, and
 * {@link org.udpsim.board.BoardOled}; a lesson program ({@link org.udpsim.board.LessonProgram}) sees only these.
 * It may use kernel, net, packet, trace, transport, wifi and board.oled.
 */
package org.udpsim.board;
