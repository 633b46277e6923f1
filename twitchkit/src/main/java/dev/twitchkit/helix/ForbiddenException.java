package dev.twitchkit.helix;

/** Helix answered 403 (Forbidden: the token's user may not do this). */
public class ForbiddenException extends HelixException {
    public ForbiddenException(int status, String route, String twitchMessage) {
        super(status, route, twitchMessage);
    }
}
