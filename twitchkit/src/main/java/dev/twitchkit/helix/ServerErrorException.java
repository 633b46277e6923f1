package dev.twitchkit.helix;

/** Helix answered 5xx (a server error that persisted through the bounded retries). */
public class ServerErrorException extends HelixException {
    public ServerErrorException(int status, String route, String twitchMessage) {
        super(status, route, twitchMessage);
    }
}
