package dev.twitchkit.helix;

/** Helix answered 404 (Not Found). */
public class NotFoundException extends HelixException {
    public NotFoundException(int status, String route, String twitchMessage) {
        super(status, route, twitchMessage);
    }
}
