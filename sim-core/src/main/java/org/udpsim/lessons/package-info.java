/**
 * The tutorial's programs ported to Java line by line against the board API (10.4 UDP and 10.3 TCP, client and
 * server), each with its Python in its javadoc: for fast runs and for tests that hold the Python files to the same
 * console lines, OLED frames and packets. It may use board only.
 */
package org.udpsim.lessons;
