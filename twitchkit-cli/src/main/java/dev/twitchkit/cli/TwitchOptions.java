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
 * the mock itself unless given by flag. They are never printed.
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
                    + "(default: $TWITCH_CLIENT_SECRET, then config.properties).")
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
            // The library's App needs the secret (app token, refreshes), so public clients are not supported here.
            String secret = credential(clientSecret, "TWITCH_CLIENT_SECRET", "client_secret")
                    .orElseThrow(() -> CliException.usage("no client secret: give --client-secret, set "
                            + "TWITCH_CLIENT_SECRET or put client_secret in " + ConfigFiles.directory()
                            .resolve("config.properties")));
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
        return new Target(twitchUrls, clientId != null ? clientId : described.get("client_id").asString(),
                clientSecret != null ? clientSecret : described.get("client_secret").asString(),
                "the mock at " + mockBase());
    }

    /** An App on {@code target} keeping user tokens in the token file, without background maintenance. */
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
     * @param description how messages name it ("Twitch", "the mock at URL")
     */
    record Target(TwitchUrls urls, String clientId, String clientSecret, String description) {
        @Override
        public String toString() {
            return description;
        }
    }
}
