package dev.twitchkit.helix;

import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.helix.conduits.ConduitShard;
import dev.twitchkit.helix.conduits.ConduitsApi;
import dev.twitchkit.helix.conduits.ShardError;
import dev.twitchkit.helix.conduits.ShardUpdate;
import dev.twitchkit.helix.conduits.ShardUpdateResult;
import dev.twitchkit.helix.eventsub.CreatedSubscription;
import dev.twitchkit.helix.eventsub.EventSubTransport;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conduits and shards with the app token against the mock. */
class ConduitsApiTest {
    private MockTwitch twitch;
    private App app;
    private ConduitsApi conduits;

    @BeforeEach
    void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        conduits = app.application().conduits();
    }

    @AfterEach
    void stop() {
        app.close();
        twitch.close();
    }

    @Test
    void createListResizeAndDelete() {
        Conduit created = await(conduits.createConduit(3));
        assertThat(created.id()).isNotBlank();
        assertThat(created.shardCount()).isEqualTo(3);
        assertThat(await(conduits.getConduits())).containsExactly(created);

        Conduit resized = await(conduits.updateConduit(created.id(), 5));
        assertThat(resized).isEqualTo(new Conduit(created.id(), 5));

        await(conduits.deleteConduit(created.id()));
        assertThat(await(conduits.getConduits())).isEmpty();
        assertThat(failure(conduits.deleteConduit(created.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shardsArePaginatedAndFilteredByStatus() {
        Conduit conduit = await(conduits.createConduit(45));

        List<ConduitShard> shards = conduits.getShards(conduit.id()).stream().toList();

        assertThat(shards).hasSize(45);
        assertThat(shards).extracting(ConduitShard::id).doesNotHaveDuplicates().contains("0", "44");
        String status = shards.get(0).status();
        assertThat(await(conduits.getShards(conduit.id(), status).all())).hasSize(45);
        assertThat(await(conduits.getShards(conduit.id(), "enabled").all())).isEmpty();
        assertThat(conduits.getShards(conduit.id()).limit(10).stream().toList()).hasSize(10);
    }

    @Test
    void updateShardsReportsEachShardThatFailed() throws Exception {
        Conduit conduit = await(conduits.createConduit(2));
        try (WelcomedSocket socket = WelcomedSocket.connect(twitch.urls().eventSubWebSocket())) {
            ShardUpdateResult result = await(conduits.updateShards(conduit.id(), List.of(
                    ShardUpdate.webSocket("0", socket.sessionId()),
                    ShardUpdate.webSocket("1", "no-such-session"))));

            assertThat(result.data()).extracting(ConduitShard::id).containsExactly("0");
            assertThat(result.data().get(0).transport().sessionId()).isEqualTo(socket.sessionId());
            assertThat(result.errors()).extracting(ShardError::id).containsExactly("1");
            assertThat(result.errors().get(0).message()).isNotBlank();
            assertThat(result.isComplete()).isFalse();
            assertThat(await(conduits.getShards(conduit.id(), "enabled").all()))
                    .extracting(ConduitShard::id).containsExactly("0");
        }
    }

    @Test
    void aConduitSubscriptionIsCreatedWithTheAppToken() {
        MockUser streamer = twitch.createUser("streamer", "moderator:read:followers");
        await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        Conduit conduit = await(conduits.createConduit(1));

        CreatedSubscription created = await(app.application().eventSub().createSubscription("channel.follow", "2",
                Map.of("broadcaster_user_id", streamer.id(), "moderator_user_id", streamer.id()),
                EventSubTransport.conduit(conduit.id())));

        assertThat(created.subscription().transport().method()).isEqualTo("conduit");
        assertThat(created.subscription().transport().conduitId()).isEqualTo(conduit.id());
    }

    @Test
    void aUserTokenCannotManageConduitsAndIsRefusedBeforeARequest() {
        MockUser streamer = twitch.createUser("streamer");
        HelixApi user = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        twitch.clearHelixRequests();
        assertThat(failure(user.conduits().getConduits())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("app access token");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void badArgumentsFailBeforeAnyRequest() {
        assertThatThrownBy(() -> conduits.createConduit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conduits.createConduit(20_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conduits.updateShards("c", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShardUpdate.webSocket("0", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
