package org.udpsim.impairments;

/**
 * Decides, packet by packet, whether a packet is lost: one call per packet, in the order packets arrive.
 *
 * <p>A model draws from the random generator it was built with, and nothing else, so the same stream gives the same
 * losses. Models are made by {@link LossModels#create}; the WiFi radio makes one to draw per transmission attempt.
 */
@FunctionalInterface
public interface LossModel {
    /** True if the next packet is lost. */
    boolean drop();

    /** A model that never loses a packet. */
    LossModel NEVER = () -> false;
}
