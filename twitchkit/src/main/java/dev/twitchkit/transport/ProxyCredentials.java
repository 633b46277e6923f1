package dev.twitchkit.transport;

import java.util.Objects;

/**
 * The user name and password an HTTP proxy asks for (Basic), as the Netty and Jetty transports' builders take them
 * ({@code proxyCredentials(username, password)}). The password never appears in {@link #toString}. The JDK's client
 * ({@link JdkWebSocketTransport}) answers a proxy with its {@code HttpClient}'s {@link java.net.Authenticator}
 * instead, and sends Basic through a tunnel only when the JVM allows it
 * ({@code jdk.http.auth.tunneling.disabledSchemes}).
 *
 * @param username not null, without ':' (Basic joins the two with one)
 * @param password not null
 */
public record ProxyCredentials(String username, String password) {
    /** Checks both are given and the user name fits Basic; {@link IllegalArgumentException} when it does not. */
    public ProxyCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a Basic proxy user name cannot contain ':'");
        }
    }

    @Override
    public String toString() {
        return "ProxyCredentials[username=" + username + ", password=(hidden)]";
    }
}
