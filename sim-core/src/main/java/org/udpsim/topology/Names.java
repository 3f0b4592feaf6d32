package org.udpsim.topology;

import java.util.regex.Pattern;

/** Node names: letters, digits, {@code _ . -}; unique across routers, access points, boards and PCs. */
public final class Names {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.-]+");

    private Names() {
    }

    /** True if {@code name} is a valid node name. */
    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    /** What is wrong with an invalid name, for messages. */
    public static String whyInvalid(String name) {
        return name.isEmpty() ? "a name must not be empty"
                : "name '" + name + "' may hold only letters, digits and _ . -";
    }

    /** {@code name}, checked; for compact constructors. */
    public static String check(String kind, String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException(kind + " " + (name == null ? "needs a name" : whyInvalid(name)));
        }
        return name;
    }
}
