package dev.twitchkit.helix;

/** Helix answered 400 (Bad Request: a parameter or the body is wrong). */
public class BadRequestException extends HelixException {
    public BadRequestException(int status, String route, String twitchMessage) {
        super(status, route, twitchMessage);
    }
}
