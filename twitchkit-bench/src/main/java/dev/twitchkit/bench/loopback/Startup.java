package dev.twitchkit.bench.loopback;

import dev.twitchkit.bench.Result;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up in a fresh JVM: from building the client to the mock holding {@code subscriptions} enabled
 * {@code channel.chat.message} subscriptions on its socket (one per broadcaster, cost 0 as the user is the
 * chatter). The mock's view is the finish line for both libraries, whatever each reports.
 */
public final class Startup {
    private Startup() {
    }

    public static Result run(String library, int subscriptions) throws Exception {
        Receiver receiver = new Receiver(1);
        try (MockTwitch twitch = MockTwitch.start()) {
            MockUser user = twitch.createUser("bench_user", "user:read:chat");
            List<String> broadcasters = new ArrayList<>();
            for (int i = 0; i < subscriptions; i++) {
                broadcasters.add(twitch.createUser("streamer_" + i).id());
            }
            long start = System.nanoTime();
            try (Subject subject = Subject.create(library, Endpoints.of(twitch), receiver)) {
                subject.connect(Account.of(user), broadcasters);
                long returned = System.nanoTime();
                InProcessRun.awaitUntil(subscriptions + " subscriptions at the mock", Duration.ofSeconds(120),
                        () -> InProcessRun.enabledSubscriptions(twitch, user.id()) == subscriptions);
                long ready = System.nanoTime();
                long sockets = twitch.subscriptions().stream().filter(s -> s.status().equals("enabled"))
                        .map(s -> s.target()).distinct().count();
                return new Result("startup", library)
                        .put("subscriptions", subscriptions)
                        .put("sockets", sockets)
                        .put("ready_ms", Math.round((ready - start) / 1e5) / 10.0)
                        .put("connect_returned_ms", Math.round((returned - start) / 1e5) / 10.0);
            }
        }
    }
}
