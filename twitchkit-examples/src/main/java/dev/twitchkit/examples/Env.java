package dev.twitchkit.examples;

/** What the examples' {@code main} methods read from the environment: the application's credentials. */
final class Env {
    private Env() {
    }

    /** The variable's value; a missing one stops the example with a message naming it. */
    static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("set " + name + " (see the README's \"A first bot against the real Twitch\")");
        }
        return value;
    }

    /** The variable's value, or null when unset or blank (a client secret left out for a public client). */
    static String optional(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }
}
