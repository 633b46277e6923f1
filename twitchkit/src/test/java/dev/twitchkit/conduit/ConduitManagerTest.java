package dev.twitchkit.conduit;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.conduits.Conduit;
import dev.twitchkit.helix.conduits.ConduitShard;
import dev.twitchkit.helix.conduits.ShardUpdate;
import dev.twitchkit.mock.MockTwitch;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ConduitManager} against the mock, with plain sockets as shard sessions. */
class ConduitManagerTest {
    private MockTwitch twitch;
    private App app;
    private ConduitManager conduits;

    @BeforeEach
    void start() {
        twitch = ConduitTesting.mock();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        conduits = new ConduitManager(app::application);
    }

    @AfterEach
    void stop() {
        app.close();
        twitch.close();
    }

    @Test
    void createAdoptResizeAndDelete() {
        assertThat(failure(conduits.adopt("nope"))).isInstanceOf(IllegalArgumentException.class);
        Conduit created = await(conduits.adoptOrCreate(2));
        assertThat(created.shardCount()).isEqualTo(2);
        assertThat(await(conduits.adopt(created.id()))).isEqualTo(created);
        assertThat(await(conduits.adoptOrCreate(1))).as("an existing conduit is adopted as it is").isEqualTo(created);
        assertThat(await(conduits.adoptOrCreate(5)).shardCount()).as("and grown when too small").isEqualTo(5);
        assertThat(await(conduits.list())).extracting(Conduit::id).containsExactly(created.id());

        assertThat(await(conduits.resize(created.id(), 3)).shardCount()).isEqualTo(3);
        assertThat(await(conduits.shards(created.id()))).extracting(ConduitShard::id).containsExactly("0", "1", "2");

        await(conduits.delete(created.id()));
        assertThat(await(conduits.list())).isEmpty();
    }

    @Test
    void removingAShardMovesTheLastShardsSessionIntoItFirst() throws Exception {
        Conduit conduit = await(conduits.create(3));
        try (Session a = Session.open(twitch);
             Session b = Session.open(twitch);
             Session c = Session.open(twitch)) {
            int shard = 0;
            for (Session s : List.of(a, b, c)) {
                await(app.application().conduits().updateShards(conduit.id(),
                        List.of(ShardUpdate.webSocket(Integer.toString(shard++), s.sessionId()))));
            }
            AtomicInteger movedFrom = new AtomicInteger(-1);

            Conduit after = await(conduits.removeShard(conduit.id(), 0, movedFrom::set));

            assertThat(after.shardCount()).isEqualTo(2);
            assertThat(movedFrom.get()).isEqualTo(2);
            List<ConduitShard> shards = await(conduits.shards(conduit.id(), "enabled"));
            assertThat(shards).extracting(ConduitShard::id).containsExactly("0", "1");
            assertThat(shards.get(0).transport().sessionId()).isEqualTo(c.sessionId());
            assertThat(shards.get(1).transport().sessionId()).isEqualTo(b.sessionId());
        }
        assertThat(failure(conduits.removeShard(conduit.id(), 7, null))).isInstanceOf(IllegalArgumentException.class);
        Conduit single = await(conduits.create(1));
        assertThat(failure(conduits.removeShard(single.id(), 0, null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one shard");
    }

    /** A bare EventSub WebSocket session, as another process's shard would hold. */
    private record Session(WebSocket socket, String sessionId) implements AutoCloseable {
        static Session open(MockTwitch twitch) throws Exception {
            CompletableFuture<String> welcome = new CompletableFuture<>();
            WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(twitch.urls().eventSubWebSocket(), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket w,
                                                                              CharSequence data, boolean last) {
                            Matcher m = Pattern
                                    .compile("\"session\":\\{\"id\":\"([^\"]+)\"").matcher(data);
                            if (m.find()) {
                                welcome.complete(m.group(1));
                            }
                            w.request(1);
                            return null;
                        }
                    }).get(5, TimeUnit.SECONDS);
            return new Session(ws, welcome.get(5, TimeUnit.SECONDS));
        }

        @Override
        public void close() {
            socket.abort();
        }
    }
}
