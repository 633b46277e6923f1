package dev.twitchkit.eventsub;

import dev.twitchkit.eventsub.event.AutomodMessageHoldEvent;
import dev.twitchkit.eventsub.event.AutomodMessageHoldV2Event;
import dev.twitchkit.eventsub.event.AutomodMessageUpdateEvent;
import dev.twitchkit.eventsub.event.AutomodMessageUpdateV2Event;
import dev.twitchkit.eventsub.event.AutomodSettingsUpdateEvent;
import dev.twitchkit.eventsub.event.AutomodTermsUpdateEvent;
import dev.twitchkit.eventsub.event.ChannelAdBreakBeginEvent;
import dev.twitchkit.eventsub.event.ChannelBanEvent;
import dev.twitchkit.eventsub.event.ChannelBitsUseEvent;
import dev.twitchkit.eventsub.event.ChannelChannelPointsAutomaticRewardRedemptionAddEvent;
import dev.twitchkit.eventsub.event.ChannelChannelPointsAutomaticRewardRedemptionAddV2Event;
import dev.twitchkit.eventsub.event.ChannelChannelPointsCustomRewardAddEvent;
import dev.twitchkit.eventsub.event.ChannelChannelPointsCustomRewardRedemptionAddEvent;
import dev.twitchkit.eventsub.event.ChannelChannelPointsCustomRewardRedemptionUpdateEvent;
import dev.twitchkit.eventsub.event.ChannelChannelPointsCustomRewardRemoveEvent;
import dev.twitchkit.eventsub.event.ChannelChannelPointsCustomRewardUpdateEvent;
import dev.twitchkit.eventsub.event.ChannelCharityCampaignDonateEvent;
import dev.twitchkit.eventsub.event.ChannelCharityCampaignProgressEvent;
import dev.twitchkit.eventsub.event.ChannelCharityCampaignStartEvent;
import dev.twitchkit.eventsub.event.ChannelCharityCampaignStopEvent;
import dev.twitchkit.eventsub.event.ChannelChatClearEvent;
import dev.twitchkit.eventsub.event.ChannelChatClearUserMessagesEvent;
import dev.twitchkit.eventsub.event.ChannelChatMessageDeleteEvent;
import dev.twitchkit.eventsub.event.ChannelChatMessageEvent;
import dev.twitchkit.eventsub.event.ChannelChatNotificationEvent;
import dev.twitchkit.eventsub.event.ChannelChatSettingsUpdateEvent;
import dev.twitchkit.eventsub.event.ChannelChatUserMessageHoldEvent;
import dev.twitchkit.eventsub.event.ChannelChatUserMessageUpdateEvent;
import dev.twitchkit.eventsub.event.ChannelCheerEvent;
import dev.twitchkit.eventsub.event.ChannelCustomPowerUpRedemptionAddEvent;
import dev.twitchkit.eventsub.event.ChannelFollowEvent;
import dev.twitchkit.eventsub.event.ChannelGoalBeginEvent;
import dev.twitchkit.eventsub.event.ChannelGoalEndEvent;
import dev.twitchkit.eventsub.event.ChannelGoalProgressEvent;
import dev.twitchkit.eventsub.event.ChannelGuestStarGuestUpdateBetaEvent;
import dev.twitchkit.eventsub.event.ChannelGuestStarSessionBeginBetaEvent;
import dev.twitchkit.eventsub.event.ChannelGuestStarSessionEndBetaEvent;
import dev.twitchkit.eventsub.event.ChannelGuestStarSettingsUpdateBetaEvent;
import dev.twitchkit.eventsub.event.ChannelHypeTrainBeginEvent;
import dev.twitchkit.eventsub.event.ChannelHypeTrainBeginV2Event;
import dev.twitchkit.eventsub.event.ChannelHypeTrainEndEvent;
import dev.twitchkit.eventsub.event.ChannelHypeTrainEndV2Event;
import dev.twitchkit.eventsub.event.ChannelHypeTrainProgressEvent;
import dev.twitchkit.eventsub.event.ChannelHypeTrainProgressV2Event;
import dev.twitchkit.eventsub.event.ChannelModerateEvent;
import dev.twitchkit.eventsub.event.ChannelModerateV2Event;
import dev.twitchkit.eventsub.event.ChannelModeratorAddEvent;
import dev.twitchkit.eventsub.event.ChannelModeratorRemoveEvent;
import dev.twitchkit.eventsub.event.ChannelPollBeginEvent;
import dev.twitchkit.eventsub.event.ChannelPollEndEvent;
import dev.twitchkit.eventsub.event.ChannelPollProgressEvent;
import dev.twitchkit.eventsub.event.ChannelPredictionBeginEvent;
import dev.twitchkit.eventsub.event.ChannelPredictionEndEvent;
import dev.twitchkit.eventsub.event.ChannelPredictionLockEvent;
import dev.twitchkit.eventsub.event.ChannelPredictionProgressEvent;
import dev.twitchkit.eventsub.event.ChannelRaidEvent;
import dev.twitchkit.eventsub.event.ChannelSharedChatBeginEvent;
import dev.twitchkit.eventsub.event.ChannelSharedChatEndEvent;
import dev.twitchkit.eventsub.event.ChannelSharedChatUpdateEvent;
import dev.twitchkit.eventsub.event.ChannelShieldModeBeginEvent;
import dev.twitchkit.eventsub.event.ChannelShieldModeEndEvent;
import dev.twitchkit.eventsub.event.ChannelShoutoutCreateEvent;
import dev.twitchkit.eventsub.event.ChannelShoutoutReceiveEvent;
import dev.twitchkit.eventsub.event.ChannelSubscribeEvent;
import dev.twitchkit.eventsub.event.ChannelSubscriptionEndEvent;
import dev.twitchkit.eventsub.event.ChannelSubscriptionGiftEvent;
import dev.twitchkit.eventsub.event.ChannelSubscriptionMessageEvent;
import dev.twitchkit.eventsub.event.ChannelSuspiciousUserMessageEvent;
import dev.twitchkit.eventsub.event.ChannelSuspiciousUserUpdateEvent;
import dev.twitchkit.eventsub.event.ChannelUnbanEvent;
import dev.twitchkit.eventsub.event.ChannelUnbanRequestCreateEvent;
import dev.twitchkit.eventsub.event.ChannelUnbanRequestResolveEvent;
import dev.twitchkit.eventsub.event.ChannelUpdateEvent;
import dev.twitchkit.eventsub.event.ChannelUpdateV2Event;
import dev.twitchkit.eventsub.event.ChannelVipAddEvent;
import dev.twitchkit.eventsub.event.ChannelVipRemoveEvent;
import dev.twitchkit.eventsub.event.ChannelWarningAcknowledgeEvent;
import dev.twitchkit.eventsub.event.ChannelWarningSendEvent;
import dev.twitchkit.eventsub.event.ConduitShardDisabledEvent;
import dev.twitchkit.eventsub.event.DropEntitlementGrantEvent;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.event.ExtensionBitsTransactionCreateEvent;
import dev.twitchkit.eventsub.event.StreamOfflineEvent;
import dev.twitchkit.eventsub.event.StreamOnlineEvent;
import dev.twitchkit.eventsub.event.UserAuthorizationGrantEvent;
import dev.twitchkit.eventsub.event.UserAuthorizationRevokeEvent;
import dev.twitchkit.eventsub.event.UserUpdateEvent;
import dev.twitchkit.eventsub.event.UserWhisperMessageEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of EventSub subscription types, keyed by (type, version): for each, the record its events bind to,
 * the condition fields it takes, the scopes it needs, the transports it allows, and whether it needs an app token
 * or arrives batched. One constant per entry ({@link #CHANNEL_FOLLOW_V2}); {@link #find(String, String)} and
 * {@link #all()} for lookups. A pair that is not here is no error: its events arrive as {@code RawEvent}.
 *
 * <p>The table in {@code docs/event-catalog.md} is generated from this class.
 *
 * @param <E> the record an event of this type and version binds to
 */
public final class SubscriptionType<E extends EventSubEvent> {

    /** How Twitch lists a subscription type. */
    public enum Status {
        /** Documented and served. */
        CURRENT,
        /** Documented as beta (version {@code "beta"}); Twitch may change it without a new version. */
        BETA,
        /** No longer in Twitch's reference but still served; a newer version exists. */
        LEGACY,
        /** Superseded by a newer version that Twitch documents instead. */
        DEPRECATED
    }

    // Declared before the constants: each constant registers itself while the class initializes.
    private static final List<SubscriptionType<?>> ENTRIES = new ArrayList<>();

    /** {@code automod.message.hold} version {@code 1}: {@link AutomodMessageHoldEvent}. */
    public static final SubscriptionType<AutomodMessageHoldEvent> AUTOMOD_MESSAGE_HOLD_V1 =
            type("automod.message.hold", "1", AutomodMessageHoldEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:manage:automod"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code automod.message.hold} version {@code 2}: {@link AutomodMessageHoldV2Event}. */
    public static final SubscriptionType<AutomodMessageHoldV2Event> AUTOMOD_MESSAGE_HOLD_V2 =
            type("automod.message.hold", "2", AutomodMessageHoldV2Event.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:manage:automod"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code automod.message.update} version {@code 1}: {@link AutomodMessageUpdateEvent}. */
    public static final SubscriptionType<AutomodMessageUpdateEvent> AUTOMOD_MESSAGE_UPDATE_V1 =
            type("automod.message.update", "1", AutomodMessageUpdateEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:manage:automod"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code automod.message.update} version {@code 2}: {@link AutomodMessageUpdateV2Event}. */
    public static final SubscriptionType<AutomodMessageUpdateV2Event> AUTOMOD_MESSAGE_UPDATE_V2 =
            type("automod.message.update", "2", AutomodMessageUpdateV2Event.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:manage:automod"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code automod.settings.update} version {@code 1}: {@link AutomodSettingsUpdateEvent}. */
    public static final SubscriptionType<AutomodSettingsUpdateEvent> AUTOMOD_SETTINGS_UPDATE_V1 =
            type("automod.settings.update", "1", AutomodSettingsUpdateEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:read:automod_settings"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code automod.terms.update} version {@code 1}: {@link AutomodTermsUpdateEvent}. */
    public static final SubscriptionType<AutomodTermsUpdateEvent> AUTOMOD_TERMS_UPDATE_V1 =
            type("automod.terms.update", "1", AutomodTermsUpdateEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:manage:automod"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.ad_break.begin} version {@code 1}: {@link ChannelAdBreakBeginEvent}. */
    public static final SubscriptionType<ChannelAdBreakBeginEvent> CHANNEL_AD_BREAK_BEGIN_V1 =
            type("channel.ad_break.begin", "1", ChannelAdBreakBeginEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:ads"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.bits.use} version {@code 1}: {@link ChannelBitsUseEvent}. */
    public static final SubscriptionType<ChannelBitsUseEvent> CHANNEL_BITS_USE_V1 =
            type("channel.bits.use", "1", ChannelBitsUseEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("bits:read"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.cheer} version {@code 1}: {@link ChannelCheerEvent}. */
    public static final SubscriptionType<ChannelCheerEvent> CHANNEL_CHEER_V1 =
            type("channel.cheer", "1", ChannelCheerEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("bits:read"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /**
     * {@code channel.custom_power_up_redemption.add} version {@code 1}: {@link
     * ChannelCustomPowerUpRedemptionAddEvent}.
     */
    public static final SubscriptionType<ChannelCustomPowerUpRedemptionAddEvent>
            CHANNEL_CUSTOM_POWER_UP_REDEMPTION_ADD_V1 =
            type("channel.custom_power_up_redemption.add", "1", ChannelCustomPowerUpRedemptionAddEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id").withOptional("reward_id"))
                    .scopes(anyOf("bits:read"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.follow} version {@code 2}: {@link ChannelFollowEvent}. */
    public static final SubscriptionType<ChannelFollowEvent> CHANNEL_FOLLOW_V2 =
            type("channel.follow", "2", ChannelFollowEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:read:followers"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.raid} version {@code 1}: {@link ChannelRaidEvent}. */
    public static final SubscriptionType<ChannelRaidEvent> CHANNEL_RAID_V1 =
            type("channel.raid", "1", ChannelRaidEvent.class)
                    .condition(ConditionSpec.requiring()
                            .withOneOf(List.of(List.of("from_broadcaster_user_id"), List.of("to_broadcaster_user_id"))))
                    .register();

    /** {@code channel.shoutout.create} version {@code 1}: {@link ChannelShoutoutCreateEvent}. */
    public static final SubscriptionType<ChannelShoutoutCreateEvent> CHANNEL_SHOUTOUT_CREATE_V1 =
            type("channel.shoutout.create", "1", ChannelShoutoutCreateEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:read:shoutouts", "moderator:manage:shoutouts"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.shoutout.receive} version {@code 1}: {@link ChannelShoutoutReceiveEvent}. */
    public static final SubscriptionType<ChannelShoutoutReceiveEvent> CHANNEL_SHOUTOUT_RECEIVE_V1 =
            type("channel.shoutout.receive", "1", ChannelShoutoutReceiveEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:read:shoutouts", "moderator:manage:shoutouts"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.subscribe} version {@code 1}: {@link ChannelSubscribeEvent}. */
    public static final SubscriptionType<ChannelSubscribeEvent> CHANNEL_SUBSCRIBE_V1 =
            type("channel.subscribe", "1", ChannelSubscribeEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:subscriptions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.subscription.end} version {@code 1}: {@link ChannelSubscriptionEndEvent}. */
    public static final SubscriptionType<ChannelSubscriptionEndEvent> CHANNEL_SUBSCRIPTION_END_V1 =
            type("channel.subscription.end", "1", ChannelSubscriptionEndEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:subscriptions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.subscription.gift} version {@code 1}: {@link ChannelSubscriptionGiftEvent}. */
    public static final SubscriptionType<ChannelSubscriptionGiftEvent> CHANNEL_SUBSCRIPTION_GIFT_V1 =
            type("channel.subscription.gift", "1", ChannelSubscriptionGiftEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:subscriptions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.subscription.message} version {@code 1}: {@link ChannelSubscriptionMessageEvent}. */
    public static final SubscriptionType<ChannelSubscriptionMessageEvent> CHANNEL_SUBSCRIPTION_MESSAGE_V1 =
            type("channel.subscription.message", "1", ChannelSubscriptionMessageEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:subscriptions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.update} version {@code 2}: {@link ChannelUpdateV2Event}. */
    public static final SubscriptionType<ChannelUpdateV2Event> CHANNEL_UPDATE_V2 =
            type("channel.update", "2", ChannelUpdateV2Event.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .register();

    /** {@code channel.update} version {@code 1}: {@link ChannelUpdateEvent}. */
    public static final SubscriptionType<ChannelUpdateEvent> CHANNEL_UPDATE_V1 =
            type("channel.update", "1", ChannelUpdateEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .status(Status.LEGACY)
                    .register();

    /** {@code channel.vip.add} version {@code 1}: {@link ChannelVipAddEvent}. */
    public static final SubscriptionType<ChannelVipAddEvent> CHANNEL_VIP_ADD_V1 =
            type("channel.vip.add", "1", ChannelVipAddEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:vips", "channel:manage:vips"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.vip.remove} version {@code 1}: {@link ChannelVipRemoveEvent}. */
    public static final SubscriptionType<ChannelVipRemoveEvent> CHANNEL_VIP_REMOVE_V1 =
            type("channel.vip.remove", "1", ChannelVipRemoveEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:vips", "channel:manage:vips"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.ban} version {@code 1}: {@link ChannelBanEvent}. */
    public static final SubscriptionType<ChannelBanEvent> CHANNEL_BAN_V1 =
            type("channel.ban", "1", ChannelBanEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:moderate"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.unban} version {@code 1}: {@link ChannelUnbanEvent}. */
    public static final SubscriptionType<ChannelUnbanEvent> CHANNEL_UNBAN_V1 =
            type("channel.unban", "1", ChannelUnbanEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:moderate"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.moderate} version {@code 1}: {@link ChannelModerateEvent}. */
    public static final SubscriptionType<ChannelModerateEvent> CHANNEL_MODERATE_V1 =
            type("channel.moderate", "1", ChannelModerateEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:read:blocked_terms", "moderator:manage:blocked_terms"),
                            anyOf("moderator:read:chat_settings", "moderator:manage:chat_settings"),
                            anyOf("moderator:read:unban_requests", "moderator:manage:unban_requests"),
                            anyOf("moderator:read:banned_users", "moderator:manage:banned_users"),
                            anyOf("moderator:read:chat_messages", "moderator:manage:chat_messages"),
                            anyOf("moderator:read:moderators"),
                            anyOf("moderator:read:vips"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.moderate} version {@code 2}: {@link ChannelModerateV2Event}. */
    public static final SubscriptionType<ChannelModerateV2Event> CHANNEL_MODERATE_V2 =
            type("channel.moderate", "2", ChannelModerateV2Event.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:read:blocked_terms", "moderator:manage:blocked_terms"),
                            anyOf("moderator:read:chat_settings", "moderator:manage:chat_settings"),
                            anyOf("moderator:read:unban_requests", "moderator:manage:unban_requests"),
                            anyOf("moderator:read:banned_users", "moderator:manage:banned_users"),
                            anyOf("moderator:read:chat_messages", "moderator:manage:chat_messages"),
                            anyOf("moderator:read:moderators"),
                            anyOf("moderator:read:vips"),
                            anyOf("moderator:read:warnings", "moderator:manage:warnings"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.moderator.add} version {@code 1}: {@link ChannelModeratorAddEvent}. */
    public static final SubscriptionType<ChannelModeratorAddEvent> CHANNEL_MODERATOR_ADD_V1 =
            type("channel.moderator.add", "1", ChannelModeratorAddEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("moderation:read"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.moderator.remove} version {@code 1}: {@link ChannelModeratorRemoveEvent}. */
    public static final SubscriptionType<ChannelModeratorRemoveEvent> CHANNEL_MODERATOR_REMOVE_V1 =
            type("channel.moderator.remove", "1", ChannelModeratorRemoveEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("moderation:read"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.shield_mode.begin} version {@code 1}: {@link ChannelShieldModeBeginEvent}. */
    public static final SubscriptionType<ChannelShieldModeBeginEvent> CHANNEL_SHIELD_MODE_BEGIN_V1 =
            type("channel.shield_mode.begin", "1", ChannelShieldModeBeginEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:read:shield_mode", "moderator:manage:shield_mode"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.shield_mode.end} version {@code 1}: {@link ChannelShieldModeEndEvent}. */
    public static final SubscriptionType<ChannelShieldModeEndEvent> CHANNEL_SHIELD_MODE_END_V1 =
            type("channel.shield_mode.end", "1", ChannelShieldModeEndEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:read:shield_mode", "moderator:manage:shield_mode"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.suspicious_user.message} version {@code 1}: {@link ChannelSuspiciousUserMessageEvent}. */
    public static final SubscriptionType<ChannelSuspiciousUserMessageEvent> CHANNEL_SUSPICIOUS_USER_MESSAGE_V1 =
            type("channel.suspicious_user.message", "1", ChannelSuspiciousUserMessageEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:read:suspicious_users"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.suspicious_user.update} version {@code 1}: {@link ChannelSuspiciousUserUpdateEvent}. */
    public static final SubscriptionType<ChannelSuspiciousUserUpdateEvent> CHANNEL_SUSPICIOUS_USER_UPDATE_V1 =
            type("channel.suspicious_user.update", "1", ChannelSuspiciousUserUpdateEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:read:suspicious_users"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.unban_request.create} version {@code 1}: {@link ChannelUnbanRequestCreateEvent}. */
    public static final SubscriptionType<ChannelUnbanRequestCreateEvent> CHANNEL_UNBAN_REQUEST_CREATE_V1 =
            type("channel.unban_request.create", "1", ChannelUnbanRequestCreateEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:read:unban_requests", "moderator:manage:unban_requests"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.unban_request.resolve} version {@code 1}: {@link ChannelUnbanRequestResolveEvent}. */
    public static final SubscriptionType<ChannelUnbanRequestResolveEvent> CHANNEL_UNBAN_REQUEST_RESOLVE_V1 =
            type("channel.unban_request.resolve", "1", ChannelUnbanRequestResolveEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:read:unban_requests", "moderator:manage:unban_requests"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.warning.acknowledge} version {@code 1}: {@link ChannelWarningAcknowledgeEvent}. */
    public static final SubscriptionType<ChannelWarningAcknowledgeEvent> CHANNEL_WARNING_ACKNOWLEDGE_V1 =
            type("channel.warning.acknowledge", "1", ChannelWarningAcknowledgeEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:read:warnings", "moderator:manage:warnings"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.warning.send} version {@code 1}: {@link ChannelWarningSendEvent}. */
    public static final SubscriptionType<ChannelWarningSendEvent> CHANNEL_WARNING_SEND_V1 =
            type("channel.warning.send", "1", ChannelWarningSendEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("moderator:read:warnings", "moderator:manage:warnings"))
                    .authorizedBy("moderator_user_id")
                    .register();

    /**
     * {@code channel.channel_points_automatic_reward_redemption.add} version {@code 1}: {@link
     * ChannelChannelPointsAutomaticRewardRedemptionAddEvent}.
     */
    public static final SubscriptionType<ChannelChannelPointsAutomaticRewardRedemptionAddEvent>
            CHANNEL_CHANNEL_POINTS_AUTOMATIC_REWARD_REDEMPTION_ADD_V1 =
            type("channel.channel_points_automatic_reward_redemption.add", "1",
                    ChannelChannelPointsAutomaticRewardRedemptionAddEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:redemptions", "channel:manage:redemptions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /**
     * {@code channel.channel_points_automatic_reward_redemption.add} version {@code 2}: {@link
     * ChannelChannelPointsAutomaticRewardRedemptionAddV2Event}.
     */
    public static final SubscriptionType<ChannelChannelPointsAutomaticRewardRedemptionAddV2Event>
            CHANNEL_CHANNEL_POINTS_AUTOMATIC_REWARD_REDEMPTION_ADD_V2 =
            type("channel.channel_points_automatic_reward_redemption.add", "2",
                    ChannelChannelPointsAutomaticRewardRedemptionAddV2Event.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:redemptions", "channel:manage:redemptions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /**
     * {@code channel.channel_points_custom_reward.add} version {@code 1}: {@link
     * ChannelChannelPointsCustomRewardAddEvent}.
     */
    public static final SubscriptionType<ChannelChannelPointsCustomRewardAddEvent>
            CHANNEL_CHANNEL_POINTS_CUSTOM_REWARD_ADD_V1 =
            type("channel.channel_points_custom_reward.add", "1", ChannelChannelPointsCustomRewardAddEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:redemptions", "channel:manage:redemptions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /**
     * {@code channel.channel_points_custom_reward.update} version {@code 1}: {@link
     * ChannelChannelPointsCustomRewardUpdateEvent}.
     */
    public static final SubscriptionType<ChannelChannelPointsCustomRewardUpdateEvent>
            CHANNEL_CHANNEL_POINTS_CUSTOM_REWARD_UPDATE_V1 =
            type("channel.channel_points_custom_reward.update", "1", ChannelChannelPointsCustomRewardUpdateEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id").withOptional("reward_id"))
                    .scopes(anyOf("channel:read:redemptions", "channel:manage:redemptions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /**
     * {@code channel.channel_points_custom_reward.remove} version {@code 1}: {@link
     * ChannelChannelPointsCustomRewardRemoveEvent}.
     */
    public static final SubscriptionType<ChannelChannelPointsCustomRewardRemoveEvent>
            CHANNEL_CHANNEL_POINTS_CUSTOM_REWARD_REMOVE_V1 =
            type("channel.channel_points_custom_reward.remove", "1", ChannelChannelPointsCustomRewardRemoveEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id").withOptional("reward_id"))
                    .scopes(anyOf("channel:read:redemptions", "channel:manage:redemptions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /**
     * {@code channel.channel_points_custom_reward_redemption.add} version {@code 1}: {@link
     * ChannelChannelPointsCustomRewardRedemptionAddEvent}.
     */
    public static final SubscriptionType<ChannelChannelPointsCustomRewardRedemptionAddEvent>
            CHANNEL_CHANNEL_POINTS_CUSTOM_REWARD_REDEMPTION_ADD_V1 =
            type("channel.channel_points_custom_reward_redemption.add", "1",
                    ChannelChannelPointsCustomRewardRedemptionAddEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id").withOptional("reward_id"))
                    .scopes(anyOf("channel:read:redemptions", "channel:manage:redemptions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /**
     * {@code channel.channel_points_custom_reward_redemption.update} version {@code 1}: {@link
     * ChannelChannelPointsCustomRewardRedemptionUpdateEvent}.
     */
    public static final SubscriptionType<ChannelChannelPointsCustomRewardRedemptionUpdateEvent>
            CHANNEL_CHANNEL_POINTS_CUSTOM_REWARD_REDEMPTION_UPDATE_V1 =
            type("channel.channel_points_custom_reward_redemption.update", "1",
                    ChannelChannelPointsCustomRewardRedemptionUpdateEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id").withOptional("reward_id"))
                    .scopes(anyOf("channel:read:redemptions", "channel:manage:redemptions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.charity_campaign.donate} version {@code 1}: {@link ChannelCharityCampaignDonateEvent}. */
    public static final SubscriptionType<ChannelCharityCampaignDonateEvent> CHANNEL_CHARITY_CAMPAIGN_DONATE_V1 =
            type("channel.charity_campaign.donate", "1", ChannelCharityCampaignDonateEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:charity"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.charity_campaign.start} version {@code 1}: {@link ChannelCharityCampaignStartEvent}. */
    public static final SubscriptionType<ChannelCharityCampaignStartEvent> CHANNEL_CHARITY_CAMPAIGN_START_V1 =
            type("channel.charity_campaign.start", "1", ChannelCharityCampaignStartEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:charity"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.charity_campaign.progress} version {@code 1}: {@link ChannelCharityCampaignProgressEvent}. */
    public static final SubscriptionType<ChannelCharityCampaignProgressEvent> CHANNEL_CHARITY_CAMPAIGN_PROGRESS_V1 =
            type("channel.charity_campaign.progress", "1", ChannelCharityCampaignProgressEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:charity"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.charity_campaign.stop} version {@code 1}: {@link ChannelCharityCampaignStopEvent}. */
    public static final SubscriptionType<ChannelCharityCampaignStopEvent> CHANNEL_CHARITY_CAMPAIGN_STOP_V1 =
            type("channel.charity_campaign.stop", "1", ChannelCharityCampaignStopEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:charity"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.chat.clear} version {@code 1}: {@link ChannelChatClearEvent}. */
    public static final SubscriptionType<ChannelChatClearEvent> CHANNEL_CHAT_CLEAR_V1 =
            type("channel.chat.clear", "1", ChannelChatClearEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "user_id"))
                    .scopes(anyOf("user:read:chat"))
                    .authorizedBy("user_id")
                    .register();

    /** {@code channel.chat.clear_user_messages} version {@code 1}: {@link ChannelChatClearUserMessagesEvent}. */
    public static final SubscriptionType<ChannelChatClearUserMessagesEvent> CHANNEL_CHAT_CLEAR_USER_MESSAGES_V1 =
            type("channel.chat.clear_user_messages", "1", ChannelChatClearUserMessagesEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "user_id"))
                    .scopes(anyOf("user:read:chat"))
                    .authorizedBy("user_id")
                    .register();

    /** {@code channel.chat.message} version {@code 1}: {@link ChannelChatMessageEvent}. */
    public static final SubscriptionType<ChannelChatMessageEvent> CHANNEL_CHAT_MESSAGE_V1 =
            type("channel.chat.message", "1", ChannelChatMessageEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "user_id"))
                    .scopes(anyOf("user:read:chat"))
                    .authorizedBy("user_id")
                    .register();

    /** {@code channel.chat.message_delete} version {@code 1}: {@link ChannelChatMessageDeleteEvent}. */
    public static final SubscriptionType<ChannelChatMessageDeleteEvent> CHANNEL_CHAT_MESSAGE_DELETE_V1 =
            type("channel.chat.message_delete", "1", ChannelChatMessageDeleteEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "user_id"))
                    .scopes(anyOf("user:read:chat"))
                    .authorizedBy("user_id")
                    .register();

    /** {@code channel.chat.notification} version {@code 1}: {@link ChannelChatNotificationEvent}. */
    public static final SubscriptionType<ChannelChatNotificationEvent> CHANNEL_CHAT_NOTIFICATION_V1 =
            type("channel.chat.notification", "1", ChannelChatNotificationEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "user_id"))
                    .scopes(anyOf("user:read:chat"))
                    .authorizedBy("user_id")
                    .register();

    /** {@code channel.chat_settings.update} version {@code 1}: {@link ChannelChatSettingsUpdateEvent}. */
    public static final SubscriptionType<ChannelChatSettingsUpdateEvent> CHANNEL_CHAT_SETTINGS_UPDATE_V1 =
            type("channel.chat_settings.update", "1", ChannelChatSettingsUpdateEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "user_id"))
                    .scopes(anyOf("user:read:chat"))
                    .authorizedBy("user_id")
                    .register();

    /** {@code channel.chat.user_message_hold} version {@code 1}: {@link ChannelChatUserMessageHoldEvent}. */
    public static final SubscriptionType<ChannelChatUserMessageHoldEvent> CHANNEL_CHAT_USER_MESSAGE_HOLD_V1 =
            type("channel.chat.user_message_hold", "1", ChannelChatUserMessageHoldEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "user_id"))
                    .scopes(anyOf("user:read:chat"))
                    .authorizedBy("user_id")
                    .register();

    /** {@code channel.chat.user_message_update} version {@code 1}: {@link ChannelChatUserMessageUpdateEvent}. */
    public static final SubscriptionType<ChannelChatUserMessageUpdateEvent> CHANNEL_CHAT_USER_MESSAGE_UPDATE_V1 =
            type("channel.chat.user_message_update", "1", ChannelChatUserMessageUpdateEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "user_id"))
                    .scopes(anyOf("user:read:chat"))
                    .authorizedBy("user_id")
                    .register();

    /** {@code channel.shared_chat.begin} version {@code 1}: {@link ChannelSharedChatBeginEvent}. */
    public static final SubscriptionType<ChannelSharedChatBeginEvent> CHANNEL_SHARED_CHAT_BEGIN_V1 =
            type("channel.shared_chat.begin", "1", ChannelSharedChatBeginEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .register();

    /** {@code channel.shared_chat.update} version {@code 1}: {@link ChannelSharedChatUpdateEvent}. */
    public static final SubscriptionType<ChannelSharedChatUpdateEvent> CHANNEL_SHARED_CHAT_UPDATE_V1 =
            type("channel.shared_chat.update", "1", ChannelSharedChatUpdateEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .register();

    /** {@code channel.shared_chat.end} version {@code 1}: {@link ChannelSharedChatEndEvent}. */
    public static final SubscriptionType<ChannelSharedChatEndEvent> CHANNEL_SHARED_CHAT_END_V1 =
            type("channel.shared_chat.end", "1", ChannelSharedChatEndEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .register();

    /** {@code conduit.shard.disabled} version {@code 1}: {@link ConduitShardDisabledEvent}. */
    public static final SubscriptionType<ConduitShardDisabledEvent> CONDUIT_SHARD_DISABLED_V1 =
            type("conduit.shard.disabled", "1", ConduitShardDisabledEvent.class)
                    .condition(ConditionSpec.requiring("client_id").withOptional("conduit_id"))
                    .appTokenOnly()
                    .register();

    /** {@code drop.entitlement.grant} version {@code 1}: {@link DropEntitlementGrantEvent}. */
    public static final SubscriptionType<DropEntitlementGrantEvent> DROP_ENTITLEMENT_GRANT_V1 =
            type("drop.entitlement.grant", "1", DropEntitlementGrantEvent.class)
                    .condition(ConditionSpec.requiring("organization_id").withOptional("category_id", "campaign_id"))
                    .transports(TransportMethod.WEBHOOK, TransportMethod.CONDUIT)
                    .appTokenOnly()
                    .batched()
                    .register();

    /** {@code extension.bits_transaction.create} version {@code 1}: {@link ExtensionBitsTransactionCreateEvent}. */
    public static final SubscriptionType<ExtensionBitsTransactionCreateEvent> EXTENSION_BITS_TRANSACTION_CREATE_V1 =
            type("extension.bits_transaction.create", "1", ExtensionBitsTransactionCreateEvent.class)
                    .condition(ConditionSpec.requiring("extension_client_id"))
                    .transports(TransportMethod.WEBHOOK, TransportMethod.CONDUIT)
                    .appTokenOnly()
                    .register();

    /** {@code channel.goal.begin} version {@code 1}: {@link ChannelGoalBeginEvent}. */
    public static final SubscriptionType<ChannelGoalBeginEvent> CHANNEL_GOAL_BEGIN_V1 =
            type("channel.goal.begin", "1", ChannelGoalBeginEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:goals"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.goal.progress} version {@code 1}: {@link ChannelGoalProgressEvent}. */
    public static final SubscriptionType<ChannelGoalProgressEvent> CHANNEL_GOAL_PROGRESS_V1 =
            type("channel.goal.progress", "1", ChannelGoalProgressEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:goals"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.goal.end} version {@code 1}: {@link ChannelGoalEndEvent}. */
    public static final SubscriptionType<ChannelGoalEndEvent> CHANNEL_GOAL_END_V1 =
            type("channel.goal.end", "1", ChannelGoalEndEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:goals"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.guest_star_session.begin} version {@code beta}: {@link ChannelGuestStarSessionBeginBetaEvent}. */
    public static final SubscriptionType<ChannelGuestStarSessionBeginBetaEvent> CHANNEL_GUEST_STAR_SESSION_BEGIN_BETA =
            type("channel.guest_star_session.begin", "beta", ChannelGuestStarSessionBeginBetaEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("channel:read:guest_star", "channel:manage:guest_star",
                            "moderator:read:guest_star", "moderator:manage:guest_star"))
                    .status(Status.BETA)
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.guest_star_session.end} version {@code beta}: {@link ChannelGuestStarSessionEndBetaEvent}. */
    public static final SubscriptionType<ChannelGuestStarSessionEndBetaEvent> CHANNEL_GUEST_STAR_SESSION_END_BETA =
            type("channel.guest_star_session.end", "beta", ChannelGuestStarSessionEndBetaEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("channel:read:guest_star", "channel:manage:guest_star",
                            "moderator:read:guest_star", "moderator:manage:guest_star"))
                    .status(Status.BETA)
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.guest_star_guest.update} version {@code beta}: {@link ChannelGuestStarGuestUpdateBetaEvent}. */
    public static final SubscriptionType<ChannelGuestStarGuestUpdateBetaEvent> CHANNEL_GUEST_STAR_GUEST_UPDATE_BETA =
            type("channel.guest_star_guest.update", "beta", ChannelGuestStarGuestUpdateBetaEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("channel:read:guest_star", "channel:manage:guest_star",
                            "moderator:read:guest_star", "moderator:manage:guest_star"))
                    .status(Status.BETA)
                    .authorizedBy("moderator_user_id")
                    .register();

    /**
     * {@code channel.guest_star_settings.update} version {@code beta}: {@link
     * ChannelGuestStarSettingsUpdateBetaEvent}.
     */
    public static final SubscriptionType<ChannelGuestStarSettingsUpdateBetaEvent>
            CHANNEL_GUEST_STAR_SETTINGS_UPDATE_BETA =
            type("channel.guest_star_settings.update", "beta", ChannelGuestStarSettingsUpdateBetaEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id", "moderator_user_id"))
                    .scopes(anyOf("channel:read:guest_star", "channel:manage:guest_star",
                            "moderator:read:guest_star", "moderator:manage:guest_star"))
                    .status(Status.BETA)
                    .authorizedBy("moderator_user_id")
                    .register();

    /** {@code channel.hype_train.begin} version {@code 2}: {@link ChannelHypeTrainBeginV2Event}. */
    public static final SubscriptionType<ChannelHypeTrainBeginV2Event> CHANNEL_HYPE_TRAIN_BEGIN_V2 =
            type("channel.hype_train.begin", "2", ChannelHypeTrainBeginV2Event.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:hype_train"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.hype_train.progress} version {@code 2}: {@link ChannelHypeTrainProgressV2Event}. */
    public static final SubscriptionType<ChannelHypeTrainProgressV2Event> CHANNEL_HYPE_TRAIN_PROGRESS_V2 =
            type("channel.hype_train.progress", "2", ChannelHypeTrainProgressV2Event.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:hype_train"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.hype_train.end} version {@code 2}: {@link ChannelHypeTrainEndV2Event}. */
    public static final SubscriptionType<ChannelHypeTrainEndV2Event> CHANNEL_HYPE_TRAIN_END_V2 =
            type("channel.hype_train.end", "2", ChannelHypeTrainEndV2Event.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:hype_train"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.hype_train.begin} version {@code 1}: {@link ChannelHypeTrainBeginEvent}. */
    public static final SubscriptionType<ChannelHypeTrainBeginEvent> CHANNEL_HYPE_TRAIN_BEGIN_V1 =
            type("channel.hype_train.begin", "1", ChannelHypeTrainBeginEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:hype_train"))
                    .status(Status.DEPRECATED)
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.hype_train.progress} version {@code 1}: {@link ChannelHypeTrainProgressEvent}. */
    public static final SubscriptionType<ChannelHypeTrainProgressEvent> CHANNEL_HYPE_TRAIN_PROGRESS_V1 =
            type("channel.hype_train.progress", "1", ChannelHypeTrainProgressEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:hype_train"))
                    .status(Status.DEPRECATED)
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.hype_train.end} version {@code 1}: {@link ChannelHypeTrainEndEvent}. */
    public static final SubscriptionType<ChannelHypeTrainEndEvent> CHANNEL_HYPE_TRAIN_END_V1 =
            type("channel.hype_train.end", "1", ChannelHypeTrainEndEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:hype_train"))
                    .status(Status.DEPRECATED)
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.poll.begin} version {@code 1}: {@link ChannelPollBeginEvent}. */
    public static final SubscriptionType<ChannelPollBeginEvent> CHANNEL_POLL_BEGIN_V1 =
            type("channel.poll.begin", "1", ChannelPollBeginEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:polls", "channel:manage:polls"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.poll.progress} version {@code 1}: {@link ChannelPollProgressEvent}. */
    public static final SubscriptionType<ChannelPollProgressEvent> CHANNEL_POLL_PROGRESS_V1 =
            type("channel.poll.progress", "1", ChannelPollProgressEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:polls", "channel:manage:polls"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.poll.end} version {@code 1}: {@link ChannelPollEndEvent}. */
    public static final SubscriptionType<ChannelPollEndEvent> CHANNEL_POLL_END_V1 =
            type("channel.poll.end", "1", ChannelPollEndEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:polls", "channel:manage:polls"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.prediction.begin} version {@code 1}: {@link ChannelPredictionBeginEvent}. */
    public static final SubscriptionType<ChannelPredictionBeginEvent> CHANNEL_PREDICTION_BEGIN_V1 =
            type("channel.prediction.begin", "1", ChannelPredictionBeginEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:predictions", "channel:manage:predictions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.prediction.progress} version {@code 1}: {@link ChannelPredictionProgressEvent}. */
    public static final SubscriptionType<ChannelPredictionProgressEvent> CHANNEL_PREDICTION_PROGRESS_V1 =
            type("channel.prediction.progress", "1", ChannelPredictionProgressEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:predictions", "channel:manage:predictions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.prediction.lock} version {@code 1}: {@link ChannelPredictionLockEvent}. */
    public static final SubscriptionType<ChannelPredictionLockEvent> CHANNEL_PREDICTION_LOCK_V1 =
            type("channel.prediction.lock", "1", ChannelPredictionLockEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:predictions", "channel:manage:predictions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code channel.prediction.end} version {@code 1}: {@link ChannelPredictionEndEvent}. */
    public static final SubscriptionType<ChannelPredictionEndEvent> CHANNEL_PREDICTION_END_V1 =
            type("channel.prediction.end", "1", ChannelPredictionEndEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .scopes(anyOf("channel:read:predictions", "channel:manage:predictions"))
                    .authorizedBy("broadcaster_user_id")
                    .register();

    /** {@code stream.online} version {@code 1}: {@link StreamOnlineEvent}. */
    public static final SubscriptionType<StreamOnlineEvent> STREAM_ONLINE_V1 =
            type("stream.online", "1", StreamOnlineEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .register();

    /** {@code stream.offline} version {@code 1}: {@link StreamOfflineEvent}. */
    public static final SubscriptionType<StreamOfflineEvent> STREAM_OFFLINE_V1 =
            type("stream.offline", "1", StreamOfflineEvent.class)
                    .condition(ConditionSpec.requiring("broadcaster_user_id"))
                    .register();

    /** {@code user.authorization.grant} version {@code 1}: {@link UserAuthorizationGrantEvent}. */
    public static final SubscriptionType<UserAuthorizationGrantEvent> USER_AUTHORIZATION_GRANT_V1 =
            type("user.authorization.grant", "1", UserAuthorizationGrantEvent.class)
                    .condition(ConditionSpec.requiring("client_id"))
                    .transports(TransportMethod.WEBHOOK, TransportMethod.CONDUIT)
                    .appTokenOnly()
                    .register();

    /** {@code user.authorization.revoke} version {@code 1}: {@link UserAuthorizationRevokeEvent}. */
    public static final SubscriptionType<UserAuthorizationRevokeEvent> USER_AUTHORIZATION_REVOKE_V1 =
            type("user.authorization.revoke", "1", UserAuthorizationRevokeEvent.class)
                    .condition(ConditionSpec.requiring("client_id"))
                    .transports(TransportMethod.WEBHOOK, TransportMethod.CONDUIT)
                    .appTokenOnly()
                    .register();

    /** {@code user.update} version {@code 1}: {@link UserUpdateEvent}. */
    public static final SubscriptionType<UserUpdateEvent> USER_UPDATE_V1 =
            type("user.update", "1", UserUpdateEvent.class)
                    .condition(ConditionSpec.requiring("user_id"))
                    .register();

    /** {@code user.whisper.message} version {@code 1}: {@link UserWhisperMessageEvent}. */
    public static final SubscriptionType<UserWhisperMessageEvent> USER_WHISPER_MESSAGE_V1 =
            type("user.whisper.message", "1", UserWhisperMessageEvent.class)
                    .condition(ConditionSpec.requiring("user_id"))
                    .scopes(anyOf("user:read:whispers", "user:manage:whispers"))
                    .authorizedBy("user_id")
                    .register();

    private static final List<SubscriptionType<?>> ALL = List.copyOf(ENTRIES);
    private static final Map<String, SubscriptionType<?>> BY_KEY = index();
    private static final Map<Class<?>, SubscriptionType<?>> BY_CLASS = indexByClass();

    private final String type;
    private final String version;
    private final Class<E> eventClass;
    private final ConditionSpec condition;
    private final List<List<String>> scopes;
    private final List<TransportMethod> transports;
    private final boolean appTokenOnly;
    private final boolean batched;
    private final Status status;
    private final String authorizedUserField;

    private SubscriptionType(Definition<E> definition) {
        this.type = definition.type;
        this.version = definition.version;
        this.eventClass = definition.eventClass;
        this.condition = Objects.requireNonNull(definition.condition, "condition");
        this.scopes = definition.scopes;
        this.transports = definition.transports;
        this.appTokenOnly = definition.appTokenOnly;
        this.batched = definition.batched;
        this.status = definition.status;
        this.authorizedUserField = definition.authorizedUserField;
    }

    /** The type name, such as {@code channel.follow}. */
    public String type() {
        return type;
    }

    /** The version, such as {@code 2} or {@code beta}. */
    public String version() {
        return version;
    }

    /** The record events of this type and version bind to. */
    public Class<E> eventClass() {
        return eventClass;
    }

    /** The condition fields this type takes. */
    public ConditionSpec condition() {
        return condition;
    }

    /**
     * The scopes a user token needs: every group is required, and any one scope of a group satisfies it. Empty when
     * no scope is needed (or an app token is, see {@link #appTokenOnly()}). With an app token, the user named by
     * {@link #authorizedUserField()} must have granted the same scopes to the client; chat types
     * ({@code user:read:chat}) then also need {@code user:bot} from the chatting user and {@code channel:bot} from
     * the broadcaster, unless the chatting user moderates the channel.
     */
    public List<List<String>> scopes() {
        return scopes;
    }

    /** The transports Twitch allows for this type. */
    public List<TransportMethod> transports() {
        return transports;
    }

    /** Whether this type needs an app access token (and so cannot be used over a WebSocket session). */
    public boolean appTokenOnly() {
        return appTokenOnly;
    }

    /** Whether one notification carries a list of events ({@code drop.entitlement.grant}). */
    public boolean batched() {
        return batched;
    }

    /** How Twitch lists this type. */
    public Status status() {
        return status;
    }

    /**
     * The condition field naming the user whose authorization the subscription rests on; a subscription costs
     * nothing when that user is the token's user. Empty when no user authorization is involved.
     */
    public Optional<String> authorizedUserField() {
        return Optional.ofNullable(authorizedUserField);
    }

    /**
     * Checks a condition before Twitch is asked.
     *
     * @throws IllegalArgumentException naming every missing required field, a one-of with no side or both sides,
     *     and every field this type does not know
     */
    public void checkCondition(Map<String, String> condition) {
        Objects.requireNonNull(condition, "condition");
        List<String> problems = this.condition.problems(condition);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(this + " condition " + String.join("; ", problems));
        }
    }

    /** The scope groups not satisfied by {@code granted}; empty when the token has what this type needs. */
    public List<List<String>> missingScopes(Set<String> granted) {
        Objects.requireNonNull(granted, "granted");
        return scopes.stream().filter(group -> group.stream().noneMatch(granted::contains)).toList();
    }

    /**
     * Checks a token's scopes before Twitch is asked.
     *
     * @throws IllegalArgumentException naming every missing scope group ({@code a or b})
     */
    public void checkScopes(Set<String> granted) {
        List<List<String>> missing = missingScopes(granted);
        if (!missing.isEmpty()) {
            List<String> groups = missing.stream()
                    .map(group -> group.size() == 1 ? group.get(0) : "(" + String.join(" or ", group) + ")")
                    .toList();
            throw new IllegalArgumentException(this + " needs scope " + String.join(" and ", groups));
        }
    }

    /** The entry for a (type, version) pair, empty for a pair the library does not model. */
    public static Optional<SubscriptionType<?>> find(String type, String version) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(version, "version");
        return Optional.ofNullable(BY_KEY.get(key(type, version)));
    }

    /** The entry whose events bind to {@code eventClass}, empty when it is not an event record of this registry. */
    @SuppressWarnings("unchecked")
    public static <E extends EventSubEvent> Optional<SubscriptionType<E>> forEventClass(Class<E> eventClass) {
        Objects.requireNonNull(eventClass, "eventClass");
        return Optional.ofNullable((SubscriptionType<E>) BY_CLASS.get(eventClass));
    }

    /**
     * The newest current version of {@code type} (beta when that is all there is); empty for an unknown type.
     * Numeric versions compare as numbers.
     */
    public static Optional<SubscriptionType<?>> latest(String type) {
        Objects.requireNonNull(type, "type");
        return ALL.stream()
                .filter(entry -> entry.type.equals(type))
                .filter(entry -> entry.status == Status.CURRENT || entry.status == Status.BETA)
                .max(Comparator.comparing((SubscriptionType<?> entry) -> entry.status == Status.CURRENT)
                        .thenComparing(entry -> numericVersion(entry.version)));
    }

    /** Every entry, in the order of Twitch's reference. */
    public static List<SubscriptionType<?>> all() {
        return ALL;
    }

    /** {@code "channel.follow v2"}, or {@code "channel.guest_star_session.begin beta"}. */
    @Override
    public String toString() {
        return type + (status == Status.BETA ? " " : " v") + version;
    }

    private static int numericVersion(String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException notNumeric) {
            return 0;
        }
    }

    private static String key(String type, String version) {
        return type + '\u0000' + version;
    }

    private static Map<String, SubscriptionType<?>> index() {
        Map<String, SubscriptionType<?>> byKey = new HashMap<>();
        for (SubscriptionType<?> entry : ENTRIES) {
            if (byKey.put(key(entry.type, entry.version), entry) != null) {
                throw new IllegalStateException("registered twice: " + entry);
            }
        }
        return Collections.unmodifiableMap(byKey);
    }

    private static Map<Class<?>, SubscriptionType<?>> indexByClass() {
        Map<Class<?>, SubscriptionType<?>> byClass = new HashMap<>();
        for (SubscriptionType<?> entry : ENTRIES) {
            if (byClass.put(entry.eventClass, entry) != null) {
                throw new IllegalStateException("event class used twice: " + entry.eventClass.getName());
            }
        }
        return Collections.unmodifiableMap(byClass);
    }

    private static <E extends EventSubEvent> Definition<E> type(String type, String version, Class<E> eventClass) {
        return new Definition<>(type, version, eventClass);
    }

    private static List<String> anyOf(String... scopes) {
        return List.of(scopes);
    }

    /** Collects one entry's facts; {@link #register()} builds and records it. */
    private static final class Definition<E extends EventSubEvent> {
        private final String type;
        private final String version;
        private final Class<E> eventClass;
        private ConditionSpec condition;
        private List<List<String>> scopes = List.of();
        private List<TransportMethod> transports =
                List.of(TransportMethod.WEBHOOK, TransportMethod.WEBSOCKET, TransportMethod.CONDUIT);
        private boolean appTokenOnly;
        private boolean batched;
        private Status status = Status.CURRENT;
        private String authorizedUserField;

        private Definition(String type, String version, Class<E> eventClass) {
            this.type = type;
            this.version = version;
            this.eventClass = eventClass;
        }

        Definition<E> condition(ConditionSpec spec) {
            this.condition = spec;
            return this;
        }

        @SafeVarargs
        final Definition<E> scopes(List<String>... groups) {
            this.scopes = List.of(groups);
            return this;
        }

        Definition<E> transports(TransportMethod... methods) {
            this.transports = List.copyOf(new LinkedHashSet<>(List.of(methods)));
            return this;
        }

        Definition<E> appTokenOnly() {
            this.appTokenOnly = true;
            return this;
        }

        Definition<E> batched() {
            this.batched = true;
            return this;
        }

        Definition<E> status(Status value) {
            this.status = value;
            return this;
        }

        Definition<E> authorizedBy(String conditionField) {
            if (!condition.fields().contains(conditionField)) {
                throw new IllegalStateException(
                        type + " " + version + ": " + conditionField + " is no condition field");
            }
            this.authorizedUserField = conditionField;
            return this;
        }

        SubscriptionType<E> register() {
            SubscriptionType<E> entry = new SubscriptionType<>(this);
            ENTRIES.add(entry);
            return entry;
        }
    }
}
