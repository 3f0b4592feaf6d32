package org.udpsim.kernel;

import java.util.Objects;

/**
 * A configuration value that breaks one of the model's rules, told in words a teacher reads. It names the
 * parameter that is wrong, so a reader of a scenario file can point at the line and column where that parameter is
 * written and add nothing but the place: the rule and its message live once, with the configuration.
 *
 * <p>{@link #getMessage()} is the whole sentence for a Java caller, with what is configured in front
 * ({@code WiFi network 'ssid': retries must be 0-255, got 300}); {@link #problem()} is the sentence without it.
 */
public final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String problem;

    /**
     * @param context what is configured, e.g. {@code WiFi network 'ssid'}; empty for none
     * @param parameter the parameter's name as the configuration's documentation gives it, e.g. {@code retries}
     * @param problem what is wrong, e.g. {@code retries must be 0-255, got 300}
     */
    public ConfigException(String context, String parameter, String problem) {
        super(context.isEmpty() ? problem : context + ": " + problem);
        this.parameter = Objects.requireNonNull(parameter, "parameter");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The parameter that is wrong. */
    public String parameter() {
        return parameter;
    }

    /** What is wrong, without the context. */
    public String problem() {
        return problem;
    }
}
