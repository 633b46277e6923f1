package dev.twitchkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.TwitchUrls;
import dev.twitchkit.auth.JsonFileTokenStore;
import dev.twitchkit.auth.Token;
import dev.twitchkit.mock.MockChatMessage;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.nio.file.Path;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TokensApp} runs against the mock: the user's token is stored, the chat message sent, the conduit made. */
class TokensAppTest {

    @Test
    void storesTheUserSaysHelloAndCreatesAConduit(@TempDir Path dir) {
        try (MockTwitch twitch = MockTwitch.start()) {
            MockUser streamer = twitch.createUser("streamer", "user:write:chat");
            Path tokenFile = dir.resolve("tokens.json");

            TokensApp.run(twitch.clientId(), twitch.clientSecret(), TwitchUrls.forMock(twitch.urls().base()),
                    tokenFile, streamer.accessToken(), streamer.refreshToken());

            assertThat(twitch.chatMessages()).extracting(MockChatMessage::senderId, MockChatMessage::text)
                    .containsExactly(Tuple.tuple(streamer.id(), "hello"));
            assertThat(twitch.conduits()).singleElement()
                    .satisfies(c -> assertThat(c.shards()).hasSize(4));
            assertThat(new JsonFileTokenStore(tokenFile).loadAll()).extracting(Token::userId)
                    .contains(streamer.id());
        }
    }
}
