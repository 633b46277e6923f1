package dev.twitchkit.helix.whispers;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Bodies;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.internal.Checks;
import java.util.concurrent.CompletableFuture;

/** Whispers: private messages between users. */
public final class WhispersApi {
    /** The longest whisper Twitch delivers whole, to a user who has whispered the sender before. */
    public static final int MAX_MESSAGE_LENGTH = 10_000;
    /** The longest whisper Twitch delivers whole to a user who has not whispered the sender before. */
    public static final int MAX_FIRST_MESSAGE_LENGTH = 500;
    private static final String CATEGORY = "Whispers";

    static final Endpoint<Void> SEND = Endpoint.declare(CATEGORY, "Send Whisper", "sendWhisper")
            .route("POST", "/whispers").scopes(Scope.USER_MANAGE_WHISPERS).userToken().noContent();

    private final HelixApi api;

    /** The whisper endpoint on {@code api}'s token. */
    public WhispersApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /**
     * Whispers {@code message} from {@code fromUserId} (the token's user, who needs a verified phone number) to
     * {@code toUserId}. Twitch cuts a whisper to 500 characters unless the recipient has whispered the sender
     * before (then 10,000), and may drop one silently; neither shows in the answer.
     *
     * @param message 1 to 10,000 characters
     */
    public CompletableFuture<Void> sendWhisper(String fromUserId, String toUserId, String message) {
        Checks.notBlank(fromUserId, "fromUserId");
        Checks.notBlank(toUserId, "toUserId");
        Checks.notBlank(message, "message");
        if (fromUserId.equals(toUserId)) {
            throw new IllegalArgumentException("a user cannot whisper themselves");
        }
        if (message.length() > MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("message must be at most " + MAX_MESSAGE_LENGTH + " characters, got "
                    + message.length());
        }
        return SEND.call(api, HelixQuery.create().add("from_user_id", fromUserId).add("to_user_id", toUserId),
                Bodies.of("message", message));
    }

    /** {@link #sendWhisper(String, String, String)} from the token's user. */
    public CompletableFuture<Void> sendWhisper(String toUserId, String message) {
        return sendWhisper(api.userId(), toUserId, message);
    }
}
