package dev.twitchkit.webhook;

import java.util.Map;

/**
 * What to answer Twitch: the status, the headers and the body (empty for none). An HTTP stack's adapter writes it as
 * it is.
 *
 * @param status the HTTP status: 2xx accepts the message, anything else makes Twitch retry or fail the challenge
 * @param headers response headers (e.g. {@code Content-Type: text/plain} for a challenge)
 * @param body the body text, UTF-8; empty for none
 */
public record WebhookResponse(int status, Map<String, String> headers, String body) {
    /** Copies the headers; a null body is empty. */
    public WebhookResponse {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** A reply without a body. */
    public static WebhookResponse empty(int status) {
        return new WebhookResponse(status, Map.of(), "");
    }

    /** A plain-text reply: the challenge, or why a request was refused. */
    public static WebhookResponse text(int status, String body) {
        return new WebhookResponse(status, Map.of("Content-Type", "text/plain; charset=utf-8"), body);
    }

    /** Whether Twitch counts it as delivered. */
    public boolean accepted() {
        return status >= 200 && status < 300;
    }
}
