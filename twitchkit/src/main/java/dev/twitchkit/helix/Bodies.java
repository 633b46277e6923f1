package dev.twitchkit.helix;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies as ordered maps without null members: Twitch rejects {@code "x": null} on some endpoints. */
public final class Bodies {
    private Bodies() {
    }

    /** {@code name, value, name, value, …}; pairs with a null value are left out. */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must pair up");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                body.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return body;
    }
}
