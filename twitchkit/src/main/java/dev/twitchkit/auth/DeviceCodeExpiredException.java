package dev.twitchkit.auth;

/** The device code expired (or Twitch no longer knows it) before the user approved: start the flow again. */
public class DeviceCodeExpiredException extends OAuthException {
    /** The device code expired before the user approved it. */
    public DeviceCodeExpiredException(int status, String twitchMessage) {
        super(status, twitchMessage);
    }
}
