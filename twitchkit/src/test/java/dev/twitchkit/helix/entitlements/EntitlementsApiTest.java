package dev.twitchkit.helix.entitlements;

import static dev.twitchkit.AppTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both entitlement endpoints end to end against the mock: the organization's view and the user's. */
class EntitlementsApiTest {
    private static MockTwitch twitch;
    private static App app;
    private static MockUser player;
    private static MockUser other;
    private static String playerSword;
    private static String playerShield;
    private static String otherSword;
    private static HelixApi appApi;
    private static HelixApi playerApi;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        player = twitch.createUser("Player");
        other = twitch.createUser("Other");
        playerSword = twitch.grantDropsEntitlement(player.id(), "33214", "sword-benefit");
        playerShield = twitch.grantDropsEntitlement(player.id(), "493057", "shield-benefit");
        otherSword = twitch.grantDropsEntitlement(other.id(), "33214", "sword-benefit");
        appApi = app.application();
        playerApi = await(app.addUser(player.accessToken(), player.refreshToken()));
    }

    @AfterAll
    static void stop() {
        app.close();
        twitch.close();
    }

    @BeforeEach
    void forgetRequests() {
        twitch.clearHelixRequests();
    }

    @Test
    void theOrganizationSeesEveryEntitlementAndFiltersThem() {
        List<DropEntitlement> all = await(appApi.entitlements().getDropsEntitlements(DropsFilter.ALL).all());
        List<DropEntitlement> swords = await(appApi.entitlements().getDropsEntitlements(
                new DropsFilter(List.of(), null, "33214", FulfillmentStatus.CLAIMED)).all());
        List<DropEntitlement> others = await(appApi.entitlements().getDropsEntitlements(
                new DropsFilter(List.of(), other.id(), null, null)).all());

        assertThat(all).extracting(DropEntitlement::id).contains(playerSword, playerShield, otherSword);
        DropEntitlement sword = all.stream().filter(e -> e.id().equals(playerSword)).findFirst().orElseThrow();
        assertThat(sword.benefitId()).isEqualTo("sword-benefit");
        assertThat(sword.userId()).isEqualTo(player.id());
        assertThat(sword.gameId()).isEqualTo("33214");
        assertThat(sword.timestamp()).isNotNull();
        assertThat(sword.lastUpdated()).isNotNull();
        assertThat(sword.fulfillmentStatus()).isEqualTo(FulfillmentStatus.CLAIMED);
        assertThat(swords).allMatch(e -> e.gameId().equals("33214")
                && e.fulfillmentStatus().equals(FulfillmentStatus.CLAIMED));
        assertThat(others).extracting(DropEntitlement::id).containsExactly(otherSword);
        MockHelixRequest filtered = twitch.helixRequests().get(1);
        assertThat(filtered.route()).isEqualTo("GET /entitlements/drops");
        assertThat(filtered.param("game_id")).contains("33214");
        assertThat(filtered.param("fulfillment_status")).contains("CLAIMED");
        assertThat(filtered.param("first")).contains("1000");
        assertThat(twitch.helixRequests().get(2).param("user_id")).contains(other.id());
    }

    @Test
    void aUserMarksTheirOwnEntitlementsFulfilledAndIsRefusedOthers() {
        List<EntitlementUpdate> result = await(playerApi.entitlements().updateDropsEntitlements(
                List.of(playerShield, otherSword, "no-such-id"), FulfillmentStatus.FULFILLED));
        List<DropEntitlement> mine = await(playerApi.entitlements().getDropsEntitlements(
                DropsFilter.inStatus(FulfillmentStatus.FULFILLED)).all());

        assertThat(result).containsExactly(new EntitlementUpdate("SUCCESS", List.of(playerShield)),
                new EntitlementUpdate("NOT_FOUND", List.of("no-such-id")),
                new EntitlementUpdate("UNAUTHORIZED", List.of(otherSword)));
        assertThat(result.get(0).succeeded()).isTrue();
        assertThat(mine).extracting(DropEntitlement::id).containsExactly(playerShield);
        MockHelixRequest update = twitch.helixRequests().get(0);
        assertThat(update.route()).isEqualTo("PATCH /entitlements/drops");
        assertThat(update.userId()).isEqualTo(player.id());
        assertThat(update.body()).isEqualTo("{\"entitlement_ids\":[\"" + playerShield + "\",\"" + otherSword
                + "\",\"no-such-id\"],\"fulfillment_status\":\"FULFILLED\"}");
    }

    @Test
    void limitsAreKeptBeforeAnyRequest() {
        assertThatThrownBy(() -> appApi.entitlements().updateDropsEntitlements(Collections.nCopies(101, "id"),
                FulfillmentStatus.FULFILLED)).hasMessageContaining("at most 100 ids");
        assertThatThrownBy(() -> appApi.entitlements().updateDropsEntitlements(List.of(),
                FulfillmentStatus.FULFILLED)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> appApi.entitlements().getDropsEntitlements(new DropsFilter(
                Collections.nCopies(101, "id"), null, null, null))).hasMessageContaining("at most 100 ids");
        assertThatThrownBy(() -> playerApi.entitlements().getDropsEntitlements(new DropsFilter(List.of(),
                other.id(), null, null))).hasMessageContaining("leave userId null");
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
