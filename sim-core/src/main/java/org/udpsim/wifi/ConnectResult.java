package org.udpsim.wifi;

/**
 * How a station's attempt to join a WiFi network ended: connected with an IP configuration, or failed for a reason
 * with a message a teacher can read.
 *
 * @param config the station's configuration when connected, else null
 * @param failure why it failed, else null
 * @param message what happened, in words
 */
public record ConnectResult(StationConfig config, ConnectFailure failure, String message) {
    public ConnectResult {
        if ((config == null) == (failure == null)) {
            throw new IllegalArgumentException("a connect result has either a configuration or a failure");
        }
    }

    static ConnectResult connected(StationConfig config, String message) {
        return new ConnectResult(config, null, message);
    }

    static ConnectResult failed(ConnectFailure failure, String message) {
        return new ConnectResult(null, failure, message);
    }

    public boolean isConnected() {
        return config != null;
    }
}
