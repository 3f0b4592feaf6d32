package org.udpsim.scenario;

import java.util.Objects;
import org.udpsim.packet.Ipv4Address;
import org.udpsim.packet.Protocol;

/**
 * A program argument's name under {@code args:} and the Java type of its value: the typed key a {@link Param} of
 * the {@link Program} table declares and {@link ProgramArgs#get(Arg)} is read with, so that a misspelt name or a
 * wrong type is a compile error where the arguments are used. One key serves every program that takes the argument;
 * its default, range and meaning there are the program's {@link Param}.
 *
 * @param <T> the value's type
 * @param name the key under {@code args:}, e.g. {@code port}
 * @param type the value's class
 */
public record Arg<T>(String name, Class<T> type) {
    /** The server's address, for the lesson clients. */
    public static final Arg<Ipv4Address> SERVER = new Arg<>("server", Ipv4Address.class);
    /** The port a program binds, listens on, or sends to. */
    public static final Arg<Integer> PORT = new Arg<>("port", Integer.class);
    /** The interval between datagrams or messages, in nanoseconds. */
    public static final Arg<Long> EVERY = new Arg<>("every", Long.class);
    /** Where a sender sends. */
    public static final Arg<Endpoint> TO = new Arg<>("to", Endpoint.class);
    /** A datagram's payload or a message's size, in bytes. */
    public static final Arg<Integer> SIZE = new Arg<>("size", Integer.class);
    /** How many datagrams or messages to send. */
    public static final Arg<Long> COUNT = new Arg<>("count", Long.class);
    /** When the first datagram or message goes, after the program starts, in nanoseconds. */
    public static final Arg<Long> START = new Arg<>("start", Long.class);
    /** The transport of a message stream. */
    public static final Arg<Protocol> PROTOCOL = new Arg<>("protocol", Protocol.class);

    public Arg {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return name;
    }
}
