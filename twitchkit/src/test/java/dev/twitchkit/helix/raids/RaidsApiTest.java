package dev.twitchkit.helix.raids;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.eventsub.EventSubTestAccess;
import dev.twitchkit.helix.ConflictException;
import dev.twitchkit.helix.EventProbe;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RaidsApiTest {
    private static MockTwitch twitch;
    private static App app;
    private static MockUser raider;
    private static MockUser target;
    private static MockUser other;
    private static HelixApi raiderApi;
    private static HelixApi targetApi;
    private static EventProbe raiderProbe;
    private static EventProbe targetProbe;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        raider = twitch.createUser("Raider", "channel:manage:raids");
        target = twitch.createUser("Target");
        other = twitch.createUser("Other");
        raiderApi = await(app.addUser(raider.accessToken(), raider.refreshToken()));
        targetApi = await(app.addUser(target.accessToken(), target.refreshToken()));
        raiderProbe = EventProbe.start(twitch, raider)
                .subscribe("channel.raid", "1", Map.of("from_broadcaster_user_id", raider.id()));
        targetProbe = EventProbe.start(twitch, target)
                .subscribe("channel.raid", "1", Map.of("to_broadcaster_user_id", target.id()))
                .subscribe("channel.raid", "1", Map.of("to_broadcaster_user_id", other.id()));
    }

    @AfterAll
    static void stop() {
        raiderProbe.close();
        targetProbe.close();
        app.close();
        twitch.close();
    }

    @BeforeEach
    void forgetRequests() {
        twitch.clearHelixRequests();
    }

    @Test
    void aRaidGoesThroughAfterTheCountdownAndReachesBothChannels() {
        Raid raid = await(raiderApi.raids().startRaid(target.id()));

        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("POST /raids");
        assertThat(request.param("from_broadcaster_id")).contains(raider.id());
        assertThat(request.param("to_broadcaster_id")).contains(target.id());
        assertThat(raid.createdAt()).isNotNull();
        assertThat(raid.isMature()).isFalse();
        assertThat(failure(raiderApi.raids().startRaid(other.id()))).isInstanceOf(ConflictException.class);

        twitch.clock().advance(Duration.ofSeconds(90));

        JsonNode atTarget = targetProbe.await("channel.raid",
                e -> e.get("to_broadcaster_user_id").asString().equals(target.id()));
        assertThat(atTarget.get("from_broadcaster_user_id").asString()).isEqualTo(raider.id());
        assertThat(atTarget.get("from_broadcaster_user_login").asString()).isEqualTo("raider");
        assertThat(atTarget.get("to_broadcaster_user_login").asString()).isEqualTo("target");
        JsonNode atRaider = raiderProbe.await("channel.raid",
                e -> e.get("to_broadcaster_user_id").asString().equals(target.id()));
        assertThat(atRaider.get("from_broadcaster_user_id").asString()).isEqualTo(raider.id());
    }

    @Test
    void aCancelledRaidNeverGoesThrough() {
        await(raiderApi.raids().startRaid(other.id()));
        await(raiderApi.raids().cancelRaid());

        MockHelixRequest cancel = twitch.helixRequests().get(1);
        assertThat(cancel.route()).isEqualTo("DELETE /raids");
        assertThat(cancel.param("broadcaster_id")).contains(raider.id());
        assertThat(failure(raiderApi.raids().cancelRaid())).isInstanceOf(NotFoundException.class);

        // A raid started after the cancelled one arrives; the cancelled one, raised first had it gone through, not.
        Predicate<JsonNode> toTarget = e -> e.get("to_broadcaster_user_id").asString().equals(target.id());
        long before = targetProbe.count("channel.raid", toTarget);
        twitch.clock().advance(Duration.ofSeconds(90));
        await(raiderApi.raids().startRaid(target.id()));
        twitch.clock().advance(Duration.ofSeconds(90));
        EventSubTestAccess.awaitTrue("the later raid", () -> targetProbe.count("channel.raid", toTarget) > before);
        assertThat(targetProbe.received()).noneMatch(r -> r.event().get("to_broadcaster_user_id").asString()
                .equals(other.id()));
    }

    @Test
    void limitsAndScopesFailBeforeARequest() {
        assertThatThrownBy(() -> raiderApi.raids().startRaid(raider.id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own channel");
        assertThatThrownBy(() -> raiderApi.raids().startRaid(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(failure(targetApi.raids().startRaid(raider.id()))).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("channel:manage:raids");
        assertThat(failure(targetApi.raids().cancelRaid())).isInstanceOf(MissingScopeException.class);
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
