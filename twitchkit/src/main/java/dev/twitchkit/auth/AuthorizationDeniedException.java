package dev.twitchkit.auth;

/** The user refused to authorize the application ({@code access_denied}). */
public class AuthorizationDeniedException extends OAuthException {
    /** The user refused access. */
    public AuthorizationDeniedException(int status, String twitchMessage) {
        super(status, twitchMessage);
    }
}
