/**
 * Event-driven traffic, without a thread per program, for big runs and comparisons: a periodic UDP sender, a sink,
 * an echo, and the {@link org.udpsim.apps.MessageSender} and {@link org.udpsim.apps.MessageReceiver} that send the
 * same numbered messages over UDP or TCP and record each as sent and received ({@code msg_sent},
 * {@code msg_received}), the view a comparison counts. It may use kernel, net, packet, trace and transport.
 */
package org.udpsim.apps;
