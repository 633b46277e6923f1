package dev.twitchkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.SubscriptionType;
import org.junit.jupiter.api.Test;

/** {@code twitchkit events}: the catalog as a user reads it. */
class EventsCommandTest {

    @Test
    void listsEveryTypeOfTheCatalog() {
        CliRun run = new CliRun();
        assertThat(run.run("events")).isZero();
        assertThat(run.out().lines().filter(l -> !l.startsWith(" ")).count())
                .isEqualTo(SubscriptionType.all().size());
    }

    @Test
    void filterShowsConditionScopesAndTransports() {
        CliRun run = new CliRun();
        assertThat(run.run("events", "channel.follow")).isZero();
        assertThat(run.out()).isEqualTo(String.join(System.lineSeparator(),
                "channel.follow v2  current",
                "  condition:  broadcaster_user_id moderator_user_id",
                "  scopes:     moderator:read:followers",
                "  transports: webhook, websocket, conduit", ""));
    }

    @Test
    void anUnmatchedFilterSaysSo() {
        CliRun run = new CliRun();
        assertThat(run.run("events", "no.such.thing")).isEqualTo(1);
        assertThat(run.err()).contains("No subscription type contains \"no.such.thing\"");
    }
}
