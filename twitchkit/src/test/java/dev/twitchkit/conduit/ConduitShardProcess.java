package dev.twitchkit.conduit;

import dev.twitchkit.AppTestSupport;
import dev.twitchkit.ClientApp;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.eventsub.event.StreamOnlineEvent;
import dev.twitchkit.eventsub.lifecycle.ShardConnectedEvent;
import dev.twitchkit.eventsub.lifecycle.ShardDisconnectedEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * One of the processes of {@link ConduitProcessesTest}: a standby {@link ClientApp} on shards 0 and 1 of the conduit
 * {@code args[0]} of the mock whose client id, secret, WebSocket, Helix and OAuth URLs are {@code args[1..5]};
 * {@code args[6]} and {@code args[7]} are the shard check and standby poll intervals in milliseconds. Prints
 * {@code @ authorized} once it has the app token, connects on the line {@code connect} from standard input, and
 * then reports (lines starting with {@code @ }; the logger writes to standard error):
 * {@code @ holds <shard> <session>} on each association, {@code @ released <shard>} when it gave a shard up,
 * {@code @ got <message id>} per {@code stream.online} handled. Closes the client when standard input closes.
 */
public final class ConduitShardProcess {
    private ConduitShardProcess() {
    }

    /** Runs until standard input closes; the arguments are described on the class. */
    public static void main(String[] args) throws Exception {
        String conduitId = args[0];
        try (ClientApp app = ClientApp.builder(args[1], args[2])
                .urls(TwitchUrls.of(URI.create(args[3]), URI.create(args[4]), URI.create(args[5])))
                .backoff(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(60))
                .connectTimeout(Duration.ofSeconds(5))
                .shardConnectTimeout(Duration.ofSeconds(10))
                .shardCheckInterval(Duration.ofMillis(Long.parseLong(args[6])))
                .standby(Duration.ofMillis(Long.parseLong(args[7])))
                .associationLinger(Duration.ofMillis(10))
                .helixSettings(AppTestSupport.FAST)
                .tokenMaintenance(false)
                .build()) {
            app.onLifecycle(ShardConnectedEvent.class, e -> report("holds " + e.shardId() + " " + e.sessionId()));
            app.onLifecycle(ShardDisconnectedEvent.class, e -> {
                if (!e.willReconnect()) {
                    report("released " + e.shardId());
                }
            });
            app.on(StreamOnlineEvent.class, n -> report("got " + n.messageId()));
            app.authorize().join();
            report("authorized");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals("connect")) {
                    app.connect(conduitId, List.of(0, 1)).whenComplete((v, e) -> {
                        if (e != null) {
                            System.err.println("connect failed: " + e);
                        }
                    });
                }
            }
        }
    }

    private static synchronized void report(String line) {
        System.out.println("@ " + line);
        System.out.flush();
    }
}
