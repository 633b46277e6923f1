package dev.twitchkit.mock.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.mock.EventExamples;
import org.junit.jupiter.api.Test;

/** The example events tools check trigger fields against, read without a running mock. */
class EventExamplesTest {

    @Test
    void listsTheTriggerableTypesAndTheirEvents() {
        assertThat(EventExamples.types()).contains("channel.follow", "drop.entitlement.grant");
        assertThat(EventExamples.event("channel.follow", "2").orElseThrow().get("user_name").asString())
                .isEqualTo("Curious_Viewer");
        assertThat(EventExamples.event("channel.chat.message", null).orElseThrow().get("message").isObject()).isTrue();
    }

    @Test
    void aBatchedTypesExampleIsTheDataOfOneOfItsEvents() {
        assertThat(EventExamples.event("drop.entitlement.grant", "1").orElseThrow().has("entitlement_id")).isTrue();
    }

    @Test
    void isEmptyForAnUnknownTypeOrVersion() {
        assertThat(EventExamples.event("no.such.type", null)).isEmpty();
        assertThat(EventExamples.event("channel.follow", "7")).isEmpty();
        assertThat(EventExamples.event("channel.follow", "1")).as("removed: Twitch no longer sends it").isEmpty();
    }
}
