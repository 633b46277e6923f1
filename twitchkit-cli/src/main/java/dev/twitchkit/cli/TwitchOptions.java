package dev.twitchkit.cli;

import dev.twitchkit.App;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.auth.JsonFileTokenStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * The options every command talking to Twitch shares: where Twitch is (real by default, the mock with
 * {@code --mock}), the application's credentials, and the token file. Credentials come from the flags, then
 * {@code TWITCH_CLIENT_ID}/{@code TWITCH_CLIENT_SECRET}, then {@code config.properties}; against the mock, from
 * the mock itself unless given by flag (a client id of another of the mock's applications takes no secret but the
 * flag's). Without a secret the application is a public client: user tokens by the device code flow, refreshed
 * without a secret, and no app token. They are never printed.
 */
final class TwitchOptions {
    static final String DEFAULT_MOCK = "http://127.0.0.1:8080";

    @Option(names = "--mock", description = "Talk to the mock at " + DEFAULT_MOCK + " instead of Twitch.")
    boolean mock;

    @Option(names = "--mock-url", paramLabel = "URL", description = "Talk to the mock at URL instead of Twitch.")
    URI mockUrl;

    @Option(names = "--client-id", paramLabel = "ID",
            description = "Application client id (default: $TWITCH_CLIENT_ID, then config.properties).")
    String clientId;

    @Option(names = "--client-secret", paramLabel = "SECRET", arity = "0..1", interactive = true,
            description = "Application client secret; without a value it is asked for, unechoed "
                    + "(default: $TWITCH_CLIENT_SECRET, then config.properties). Not needed for a public client "
                    + "(device code tokens and their refreshes); needed for app tokens (--app, --conduit) and "
                    + "--browser.")
    String clientSecret;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Token file (default: ~/.config/twitchkit/tokens.json, mock-tokens.json with the mock).")
    Path tokenFile;

    @Option(names = "--verbose", description = "Log what the library does, and show stack traces.")
    boolean verbose;

    boolean usesMock() {
        return mock || mockUrl != null;
    }

    /** The mock's base URL; only with {@link #usesMock()}. */
    URI mockBase() {
        return mockUrl != null ? mockUrl : URI.create(DEFAULT_MOCK);
    }

    /** The token file, its directory created owner-only when missing. */
    Path tokenFile() {
        Path file = tokenFile != null ? tokenFile : ConfigFiles.defaultTokenFile(usesMock());
        ConfigFiles.prepareTokenDirectory(file);
        return file;
    }

    /** Where to go and as which application; asks the mock for its addresses and credentials when used. */
    Target target() {
        if (!usesMock()) {
            String id = credential(clientId, "TWITCH_CLIENT_ID", "client_id")
                    .orElseThrow(() -> CliException.usage("no client id: give --client-id, set TWITCH_CLIENT_ID or "
                            + "put client_id in " + ConfigFiles.directory().resolve("config.properties")));
            // No secret: a public client, which the commands needing an app token refuse (Target.requireSecret).
            String secret = credential(clientSecret, "TWITCH_CLIENT_SECRET", "client_secret").orElse(null);
            return new Target(TwitchUrls.TWITCH, id, secret, "Twitch");
        }
        MockControl control = new MockControl(mockBase());
        JsonNode described = control.get("");
        JsonNode urls = described.get("urls");
        if (urls == null || described.get("client_id") == null) {
            throw CliException.failed(control.base() + " is not a twitchkit mock (no client_id and urls)");
        }
        TwitchUrls twitchUrls = TwitchUrls.of(URI.create(urls.get("eventsub_websocket").asString()),
                URI.create(urls.get("helix").asString()), URI.create(urls.get("oauth").asString()));
        String mockClientId = described.get("client_id").asString();
        boolean mockClient = clientId == null || clientId.equals(mockClientId);
        return new Target(twitchUrls, mockClient ? mockClientId : clientId,
                clientSecret != null || !mockClient ? clientSecret : described.get("client_secret").asString(),
                "the mock at " + mockBase());
    }

    /**
     * An App on {@code target} keeping user tokens in the token file, without background maintenance; a public
     * client when the target has no secret.
     */
    App app(Target target) {
        return App.builder(target.clientId(), target.clientSecret())
                .urls(target.urls())
                .tokenStore(new JsonFileTokenStore(tokenFile()))
                .tokenMaintenance(false)
                .build();
    }

    private static Optional<String> credential(String flag, String env, String key) {
        if (flag != null && !flag.isBlank()) {
            return Optional.of(flag);
        }
        String fromEnv = System.getenv(env);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv);
        }
        return ConfigFiles.setting(key);
    }

    /**
     * Where the CLI talks to and as which application.
     *
     * @param clientSecret the secret; null for a public client
     * @param description how messages name it ("Twitch", "the mock at URL")
     */
    record Target(TwitchUrls urls, String clientId, String clientSecret, String description) {
        /**
         * The secret, for what runs on the app access token (or exchanges an authorization code); refused before
         * anything is asked of Twitch when there is none.
         *
         * @param what the option that needs it, e.g. "--app (an app access token)"
         */
        String requireSecret(String what) {
            if (clientSecret == null) {
                throw CliException.usage(what + " needs the client secret, and none was given (without one the "
                        + "application is a public client: device code tokens only): give --client-secret, set "
                        + "TWITCH_CLIENT_SECRET or put client_secret in "
                        + ConfigFiles.directory().resolve("config.properties"));
            }
            return clientSecret;
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
