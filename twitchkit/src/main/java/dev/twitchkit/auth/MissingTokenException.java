package dev.twitchkit.auth;

/** No token is stored for a user id (the seed's {@code TokenError("Missing token for User ID …")}). */
public class MissingTokenException extends TokenException {
    private final String userId;

    /** No token is held for {@code userId}. */
    public MissingTokenException(String userId) {
        super("Missing token for user id " + userId);
        this.userId = userId;
    }

    /** The user (or client id) no token is held for. */
    public String userId() {
        return userId;
    }
}
