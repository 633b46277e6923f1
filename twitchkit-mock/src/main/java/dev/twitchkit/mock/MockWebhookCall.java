package dev.twitchkit.mock;

/**
 * One POST the mock made (or meant to make) to a webhook callback, in order: {@link MockTwitch#webhookCalls()}.
 *
 * @param callback the address called
 * @param messageId {@code Twitch-Eventsub-Message-Id}
 * @param messageType {@code notification}, {@code webhook_callback_verification} or {@code revocation}
 * @param retry {@code Twitch-Eventsub-Message-Retry}: 0 for the first attempt
 * @param status the callback's HTTP status; 0 when none came (timeout, refused connection, or a failure the
 *     mock was told to make)
 */
public record MockWebhookCall(String callback, String messageId, String messageType, int retry, int status) {
    /** Whether Twitch would count it delivered (any 2xx). */
    public boolean delivered() {
        return status >= 200 && status < 300;
    }
}
