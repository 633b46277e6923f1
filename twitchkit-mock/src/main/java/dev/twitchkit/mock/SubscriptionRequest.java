package dev.twitchkit.mock;

import java.util.Map;

/**
 * One Create EventSub Subscription request the mock received, recorded whatever it answered, so a test can
 * verify what the code under test asked for ({@link MockTwitch#takeSubscriptionRequest()}). Holds no token.
 *
 * @param type the requested {@code type}, or null when the body had none
 * @param version the requested {@code version}, or null
 * @param condition the {@code condition} fields (string values only)
 * @param transport the {@code transport} fields except {@code secret}
 * @param clientId the {@code Client-Id} header
 * @param userId the user of the bearer token; null for app tokens or when the token was refused
 * @param status the HTTP status the mock answered
 * @param subscriptionId the id of the created subscription; null unless {@code status} is 202
 */
public record SubscriptionRequest(String type, String version, Map<String, String> condition,
                                  Map<String, String> transport, String clientId, String userId, int status,
                                  String subscriptionId) {
    public SubscriptionRequest {
        condition = Map.copyOf(condition);
        transport = Map.copyOf(transport);
    }
}
