package dev.twitchkit.eventsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.event.ChannelHypeTrainBeginV2Event;
import dev.twitchkit.eventsub.event.RawEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lookups of the registry and the checks it runs before Twitch is asked. */
class SubscriptionTypeTest {

    @Test
    void findsAnEntryByTypeAndVersion() {
        assertThat(SubscriptionType.find("channel.follow", "2")).containsSame(SubscriptionType.CHANNEL_FOLLOW_V2);
        assertThat(SubscriptionType.CHANNEL_FOLLOW_V2.eventClass()).isEqualTo(ChannelFollowEvent.class);
        assertThat(SubscriptionType.CHANNEL_FOLLOW_V2).hasToString("channel.follow v2");
    }

    @Test
    void unknownPairsAndRemovedVersionsAreNotFound() {
        assertThat(SubscriptionType.find("channel.follow", "1")).isEmpty();
        assertThat(SubscriptionType.find("channel.follow", "3")).isEmpty();
        assertThat(SubscriptionType.find("channel.teleport", "1")).isEmpty();
    }

    @Test
    void findsTheEntryOfAnEventClass() {
        assertThat(SubscriptionType.forEventClass(ChannelHypeTrainBeginV2Event.class))
                .containsSame(SubscriptionType.CHANNEL_HYPE_TRAIN_BEGIN_V2);
        assertThat(SubscriptionType.forEventClass(RawEvent.class)).isEmpty();
    }

    @Test
    void latestPrefersTheNewestCurrentVersion() {
        assertThat(SubscriptionType.latest("channel.hype_train.begin"))
                .containsSame(SubscriptionType.CHANNEL_HYPE_TRAIN_BEGIN_V2);
        assertThat(SubscriptionType.latest("channel.update")).containsSame(SubscriptionType.CHANNEL_UPDATE_V2);
        assertThat(SubscriptionType.latest("channel.guest_star_session.begin"))
                .containsSame(SubscriptionType.CHANNEL_GUEST_STAR_SESSION_BEGIN_BETA);
        assertThat(SubscriptionType.latest("channel.teleport")).isEmpty();
    }

    @Test
    void acceptsACompleteConditionAndRefusesItWithoutAnyOfItsRequiredFields() {
        assertCompleteAndMinimal(SubscriptionType.CHANNEL_FOLLOW_V2,
                Map.of("broadcaster_user_id", "1337", "moderator_user_id", "1789"));
        assertCompleteAndMinimal(SubscriptionType.CHANNEL_CHANNEL_POINTS_CUSTOM_REWARD_REDEMPTION_ADD_V1,
                Map.of("broadcaster_user_id", "1337"));
        assertCompleteAndMinimal(SubscriptionType.CHANNEL_RAID_V1, Map.of("to_broadcaster_user_id", "1337"));
        // reward_id is optional: adding it keeps the condition valid.
        assertThatCode(() -> SubscriptionType.CHANNEL_CHANNEL_POINTS_CUSTOM_REWARD_REDEMPTION_ADD_V1.checkCondition(
                Map.of("broadcaster_user_id", "1337", "reward_id", "92af"))).doesNotThrowAnyException();
    }

    /** {@code condition} passes the check, and taking away any one of its fields fails it naming that field. */
    private static void assertCompleteAndMinimal(SubscriptionType<?> type, Map<String, String> condition) {
        assertThatCode(() -> type.checkCondition(condition)).as("%s accepts %s", type, condition)
                .doesNotThrowAnyException();
        for (String field : condition.keySet()) {
            Map<String, String> without = new HashMap<>(condition);
            without.remove(field);
            assertThatIllegalArgumentException().as("%s without %s", type, field)
                    .isThrownBy(() -> type.checkCondition(without)).withMessageContaining(field);
        }
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SubscriptionType.CHANNEL_FOLLOW_V2.checkCondition(
                        Map.of("broadcaster_user_id", "1337")))
                .withMessage("channel.follow v2 condition missing moderator_user_id");
    }

    @Test
    void blankValueCountsAsMissing() {
        Map<String, String> condition = new HashMap<>();
        condition.put("broadcaster_user_id", " ");
        condition.put("moderator_user_id", null);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> SubscriptionType.CHANNEL_FOLLOW_V2.checkCondition(condition))
                .withMessageContaining("missing broadcaster_user_id, moderator_user_id");
    }

    @Test
    void bothSidesOfAOneOfAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SubscriptionType.CHANNEL_RAID_V1.checkCondition(
                        Map.of("from_broadcaster_user_id", "1", "to_broadcaster_user_id", "2")))
                .withMessage("channel.raid v1 condition takes only one of from_broadcaster_user_id and "
                        + "to_broadcaster_user_id, not both");
    }

    @Test
    void neitherSideOfAOneOfIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SubscriptionType.CHANNEL_RAID_V1.checkCondition(Map.of()))
                .withMessage("channel.raid v1 condition needs one of from_broadcaster_user_id or "
                        + "to_broadcaster_user_id");
    }

    @Test
    void unknownFieldsAreNamedWithWhatIsAccepted() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SubscriptionType.STREAM_ONLINE_V1.checkCondition(
                        Map.of("broadcaster_user_id", "1", "user_id", "2")))
                .withMessage("stream.online v1 condition unknown field user_id (accepted: broadcaster_user_id)");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SubscriptionType.CHANNEL_GUEST_STAR_SESSION_BEGIN_BETA.checkCondition(
                        Map.of("moderator_id", "1")))
                .withMessageStartingWith("channel.guest_star_session.begin beta condition missing "
                        + "broadcaster_user_id, moderator_user_id; unknown field moderator_id");
    }

    @Test
    void anyScopeOfAGroupSatisfiesIt() {
        assertThat(SubscriptionType.CHANNEL_POLL_BEGIN_V1.missingScopes(Set.of("channel:manage:polls"))).isEmpty();
        assertThat(SubscriptionType.CHANNEL_POLL_BEGIN_V1.missingScopes(Set.of("channel:read:polls"))).isEmpty();
        assertThat(SubscriptionType.CHANNEL_POLL_BEGIN_V1.missingScopes(Set.of("bits:read")))
                .containsExactly(List.of("channel:read:polls", "channel:manage:polls"));
    }

    @Test
    void everyGroupIsRequired() {
        Set<String> allButWarnings = Set.of("moderator:read:blocked_terms", "moderator:manage:chat_settings",
                "moderator:read:unban_requests", "moderator:read:banned_users", "moderator:read:chat_messages",
                "moderator:read:moderators", "moderator:read:vips");

        assertThat(SubscriptionType.CHANNEL_MODERATE_V1.missingScopes(allButWarnings)).isEmpty();
        assertThat(SubscriptionType.CHANNEL_MODERATE_V2.missingScopes(allButWarnings))
                .containsExactly(List.of("moderator:read:warnings", "moderator:manage:warnings"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SubscriptionType.CHANNEL_MODERATE_V2.checkScopes(allButWarnings))
                .withMessage("channel.moderate v2 needs scope (moderator:read:warnings or moderator:manage:warnings)");
    }

    @Test
    void typesWithoutScopesNeedNothing() {
        assertThat(SubscriptionType.STREAM_ONLINE_V1.missingScopes(Set.of())).isEmpty();
        SubscriptionType.CONDUIT_SHARD_DISABLED_V1.checkScopes(Set.of());
    }

    @Test
    void appTokenTypesAndBatchingAreFlagged() {
        assertThat(SubscriptionType.CONDUIT_SHARD_DISABLED_V1.appTokenOnly()).isTrue();
        assertThat(SubscriptionType.DROP_ENTITLEMENT_GRANT_V1.batched()).isTrue();
        assertThat(SubscriptionType.DROP_ENTITLEMENT_GRANT_V1.transports())
                .containsExactly(TransportMethod.WEBHOOK, TransportMethod.CONDUIT);
        assertThat(SubscriptionType.CHANNEL_CHAT_MESSAGE_V1.appTokenOnly()).isFalse();
        assertThat(SubscriptionType.CHANNEL_CHAT_MESSAGE_V1.transports()).contains(TransportMethod.WEBSOCKET);
    }

    @Test
    void authorizedUserFieldNamesWhoseAuthorizationCounts() {
        assertThat(SubscriptionType.CHANNEL_FOLLOW_V2.authorizedUserField()).contains("moderator_user_id");
        assertThat(SubscriptionType.CHANNEL_CHAT_MESSAGE_V1.authorizedUserField()).contains("user_id");
        assertThat(SubscriptionType.STREAM_ONLINE_V1.authorizedUserField()).isEmpty();
    }

    @Test
    void transportMethodParsesTwitchNames() {
        assertThat(TransportMethod.of("conduit")).isEqualTo(TransportMethod.CONDUIT);
        assertThatIllegalArgumentException().isThrownBy(() -> TransportMethod.of("carrier_pigeon"))
                .withMessageContaining("carrier_pigeon");
    }

    @Test
    void conditionSpecRejectsAFieldNamedTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConditionSpec.requiring("user_id").withOptional("user_id"))
                .withMessageContaining("named twice");
    }
}
