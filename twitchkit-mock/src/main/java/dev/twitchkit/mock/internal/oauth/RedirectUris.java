package dev.twitchkit.mock.internal.oauth;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The redirect URIs each client registered. Twitch demands an exact match with a registered URI; the mock does too
 * once a client has registered any, and until then accepts every loopback URI, so a test's callback server on a
 * random port needs no set-up.
 */
final class RedirectUris {
    private final Map<String, Set<String>> byClient = new ConcurrentHashMap<>();

    void register(String clientId, String redirectUri) {
        URI.create(redirectUri);
        byClient.computeIfAbsent(clientId, c -> ConcurrentHashMap.newKeySet()).add(redirectUri);
    }

    boolean allowed(String clientId, String redirectUri) {
        if (redirectUri == null || redirectUri.isBlank()) {
            return false;
        }
        Set<String> registered = byClient.get(clientId);
        if (registered != null && !registered.isEmpty()) {
            return registered.contains(redirectUri);
        }
        return isLoopback(redirectUri);
    }

    private static boolean isLoopback(String redirectUri) {
        try {
            URI uri = URI.create(redirectUri);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
