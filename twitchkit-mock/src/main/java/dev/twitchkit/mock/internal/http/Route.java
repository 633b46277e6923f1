package dev.twitchkit.mock.internal.http;

/** Answers one method and path. Throw {@link TwitchHttpError} for Twitch's error replies. */
@FunctionalInterface
public interface Route {
    HttpReply handle(HttpExchange exchange) throws Exception;
}
