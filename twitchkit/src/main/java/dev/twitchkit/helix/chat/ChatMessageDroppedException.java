package dev.twitchkit.helix.chat;

import dev.twitchkit.helix.HelixException;

/**
 * Twitch accepted a chat message but did not deliver it ({@code is_sent: false}): a duplicate, AutoMod, a chat
 * mode or a ban held it back. An error rather than a flag in the answer, so a bot cannot take a dropped message for
 * a sent one.
 */
public class ChatMessageDroppedException extends HelixException {
    private final String code;
    private final String reason;

    /**
     * @param route the route that answered
     * @param code Twitch's drop reason code, e.g. {@code msg_duplicate}
     * @param reason Twitch's explanation
     */
    public ChatMessageDroppedException(String route, String code, String reason) {
        super(200, route, "the message was not sent: " + code + ": " + reason);
        this.code = code;
        this.reason = reason;
    }

    /** Twitch's drop reason code, e.g. {@code msg_duplicate}, {@code channel_settings}. */
    public String code() {
        return code;
    }

    /** Twitch's explanation of the drop. */
    public String reason() {
        return reason;
    }
}
