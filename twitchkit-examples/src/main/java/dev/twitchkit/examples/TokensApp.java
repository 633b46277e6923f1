package dev.twitchkit.examples;

import dev.twitchkit.App;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.auth.JsonFileTokenStore;
import dev.twitchkit.helix.HelixApi;
import java.nio.file.Path;

/**
 * The README's "Tokens and Helix": an {@link App} keeping a user's token in a file, sending a chat message as the
 * user and creating a conduit with the app token. The lines between the README markers are the README's snippet,
 * word for word.
 *
 * <p>Run: {@code TWITCH_CLIENT_ID=… TWITCH_CLIENT_SECRET=… java dev.twitchkit.examples.TokensApp TOKEN_FILE ACCESS
 * REFRESH}.
 */
public final class TokensApp {
    private TokensApp() {
    }

    /** Runs once against the real Twitch. */
    public static void main(String[] args) {
        run(Env.require("TWITCH_CLIENT_ID"), Env.require("TWITCH_CLIENT_SECRET"), TwitchUrls.TWITCH, Path.of(args[0]),
                args[1], args.length > 2 ? args[2] : null);
    }

    /** Adds the user, says hello in their chat and creates a conduit. */
    public static void run(String clientId, String clientSecret, TwitchUrls urls, Path tokenFile, String accessToken,
                           String refreshToken) {
        // README:tokens-app
        try (App app = App.builder(clientId, clientSecret).urls(urls)
                .tokenStore(new JsonFileTokenStore(tokenFile))                 // or JdbcTokenStore.forUrl(...); memory by default
                .build()) {
            app.authorize().join();                                            // app token; stored user tokens validated
            HelixApi streamer = app.addUser(accessToken, refreshToken).join(); // validates (refreshes on 401), stores
            streamer.chat().sendChatMessage(streamer.tokenKey(), streamer.tokenKey(), "hello").join(); // dropped: throws
            app.application().conduits().createConduit(4).join();              // app-token endpoints
        }
        // README:end
    }
}
