package dev.twitchkit.bench.loopback;

import dev.twitchkit.mock.MockUser;

/** A mock user with its user access token; {@link #toString()} leaves the tokens out. */
public record Account(String id, String login, String accessToken, String refreshToken) {

    public static Account of(MockUser user) {
        return new Account(user.id(), user.login(), user.accessToken(), user.refreshToken());
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + login + "]";
    }
}
