package dev.twitchkit.webhook;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Receives Twitch's EventSub webhook callbacks from any HTTP stack: give it the request's method, a header lookup
 * and the body, write back what it returns. It applies Twitch's rules before anything reaches a handler: the
 * {@code Twitch-Eventsub-Message-Signature} must be the HMAC-SHA256 of message id, timestamp and raw body with the
 * secret (compared in constant time), the timestamp at most 10 minutes off, the message id unseen, the body under
 * the size limit (refused while it is read), the challenge only for a subscription this client asked for.
 *
 * <p>Statuses: 200 with the challenge as text/plain, 204 for a notification or revocation taken (and 204 for a
 * message id seen before, which Twitch's retries send and which must be acknowledged, not delivered twice), 400 for
 * missing headers or a body that is not an EventSub message, 403 for a wrong signature, a stale timestamp or a
 * challenge for a subscription not asked for, 405 for a method other than POST, 413 for a body over the limit.
 *
 * <p>A Servlet, Spring or Javalin application calls it from its own route:
 * <pre>{@code
 * WebhookResponse r = receiver.handle(request.getMethod(), request::getHeader, request.getInputStream());
 * response.setStatus(r.status());
 * r.headers().forEach(response::setHeader);
 * response.getWriter().write(r.body());
 * }</pre>
 * Implementations are thread-safe; the handlers run on the client's dispatch executor, never on the calling thread.
 */
public interface WebhookReceiver {

    /**
     * Checks and takes one request.
     *
     * @param method the HTTP method
     * @param header the value of a request header by name, ignoring case (null when absent), as
     *     {@code HttpServletRequest::getHeader} and {@code HttpHeaders::getFirst} do
     * @param body the raw body, read at most up to the size limit (plus one byte); the caller closes it
     */
    WebhookResponse handle(String method, Function<String, String> header, InputStream body);

    /** {@link #handle(String, Function, InputStream)} with the headers as a map (any case) and the body read. */
    default WebhookResponse handle(String method, Map<String, String> headers, byte[] body) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        return handle(method, byName::get, new ByteArrayInputStream(body));
    }
}
