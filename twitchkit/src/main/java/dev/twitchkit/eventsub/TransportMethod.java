package dev.twitchkit.eventsub;

/** How Twitch delivers a subscription's notifications; a subscription type allows some of them. */
public enum TransportMethod {
    /** HTTPS callbacks signed with a secret; takes an app access token. */
    WEBHOOK("webhook"),
    /** A WebSocket session; takes a user access token. */
    WEBSOCKET("websocket"),
    /** A conduit whose shards are webhooks or WebSocket sessions; takes an app access token. */
    CONDUIT("conduit");

    private final String value;

    TransportMethod(String value) {
        this.value = value;
    }

    /** The name Twitch uses in {@code transport.method}. */
    public String value() {
        return value;
    }

    /**
     * The method Twitch names {@code value}.
     *
     * @throws IllegalArgumentException when {@code value} is not a transport method
     */
    public static TransportMethod of(String value) {
        for (TransportMethod method : values()) {
            if (method.value.equals(value)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown transport method: " + value
                + " (expected webhook, websocket or conduit)");
    }
}
