package dev.twitchkit.transport.netty;

import java.util.Objects;

/** The user name and password an HTTP proxy asks for (Basic); the password never appears in {@link #toString}. */
record ProxyCredentials(String username, String password) {
    ProxyCredentials {
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
