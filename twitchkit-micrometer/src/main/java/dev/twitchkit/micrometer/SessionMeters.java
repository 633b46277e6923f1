package dev.twitchkit.micrometer;

import dev.twitchkit.eventsub.SessionState;
import io.micrometer.core.instrument.Gauge;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code twitchkit.eventsub.sessions}: the client's sessions (a user's sockets, or a conduit's shards) by
 * {@link SessionState}, one gauge per state; {@code state="connected"} is the sessions connected now.
 */
final class SessionMeters {
    static final String SESSIONS = "twitchkit.eventsub.sessions";

    private SessionMeters() {
    }

    /** A gauge per state, counting the sessions {@code states} lists in it at each scrape. */
    static <C> void bind(C client, Function<C, List<SessionState>> states, MeterBinding binding) {
        for (SessionState state : SessionState.values()) {
            binding.track(Gauge.builder(SESSIONS, client,
                            c -> states.apply(c).stream().filter(state::equals).count())
                    .description("The client's EventSub sessions by state")
                    .tags(binding.tags()).tag("state", state.name().toLowerCase(Locale.ROOT))
                    .register(binding.registry()));
        }
    }
}
