package dev.twitchkit.helix;

/** Helix answered 409 (Conflict: e.g. the EventSub subscription already exists). */
public class ConflictException extends HelixException {
    public ConflictException(int status, String route, String twitchMessage) {
        super(status, route, twitchMessage);
    }
}
