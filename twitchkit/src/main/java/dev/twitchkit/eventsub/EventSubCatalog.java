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
import dev.twitchkit.eventsub.event.ExtensionBitsTransactionCreateEvent;
import dev.twitchkit.eventsub.event.StreamOfflineEvent;
import dev.twitchkit.eventsub.event.StreamOnlineEvent;
import dev.twitchkit.eventsub.event.UserAuthorizationGrantEvent;
import dev.twitchkit.eventsub.event.UserAuthorizationRevokeEvent;
import dev.twitchkit.eventsub.event.UserUpdateEvent;
import dev.twitchkit.eventsub.event.UserWhisperMessageEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One typed subscription method per EventSub type and version of the {@link SubscriptionType} registry, built on
 * {@link #subscribe(String, String, Map)}. Both clients' {@code eventsub()} have them: {@code ClientUser} (a
 * WebSocket session, user token) and the conduit clients (app token).
 *
 * <p>Names follow the event records: the record's name without {@code Event}, so
 * {@code channel.follow} v2 delivering {@code ChannelFollowEvent} is {@code channelFollow(...)}, and
 * {@code automod.message.hold} v2 delivering {@code AutomodMessageHoldV2Event} is {@code automodMessageHoldV2(...)}.
 * Parameters are the condition fields in Twitch's order, ids first; an optional field given as {@code null} is left
 * out of the condition.
 *
 * <p>Here every user id is passed: a conduit or webhook client has no logged-in user to default to. The shorter
 * overloads that default user ids to the logged-in user, as in twitch.py, are on {@link UserEventSubCatalog},
 * which only {@code ClientUser.eventsub()} returns, so on an application client they do not compile.
 *
 * <p>Before Twitch is asked, the client checks the condition against the registry (missing or blank required
 * fields, no side or both sides of a one-of, unknown fields) and, where the token's scopes are known, the scopes;
 * a failure completes the returned future with a {@link SubscriptionException} naming what is missing.
 */
public interface EventSubCatalog {
    /**
     * Subscribes to any type and version. A (type, version) the registry knows is checked first; any other pair
     * is sent unchecked and its events arrive as {@link dev.twitchkit.eventsub.event.RawEvent}.
     *
     * @param condition Twitch's condition fields, e.g. {@code broadcaster_user_id}
     * @return completes with the subscription once Twitch created it
     */
    CompletableFuture<Subscription> subscribe(String type, String version, Map<String, String> condition);

    /**
     * {@code automod.message.hold} v1: AutoMod held a chat message for moderators to review; delivers {@link
     * AutomodMessageHoldEvent}.
     * Scope: {@code moderator:manage:automod} (on the user token; with an app token {@code moderator_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> automodMessageHold(String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.AUTOMOD_MESSAGE_HOLD_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code automod.message.hold} v2: AutoMod held a chat message for moderators to review; delivers {@link
     * AutomodMessageHoldV2Event}.
     * Scope: {@code moderator:manage:automod} (on the user token; with an app token {@code moderator_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> automodMessageHoldV2(String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.AUTOMOD_MESSAGE_HOLD_V2,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code automod.message.update} v1: a moderator approved or denied a message AutoMod held, or it expired; delivers
     * {@link AutomodMessageUpdateEvent}.
     * Scope: {@code moderator:manage:automod} (on the user token; with an app token {@code moderator_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> automodMessageUpdate(String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.AUTOMOD_MESSAGE_UPDATE_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code automod.message.update} v2: a moderator approved or denied a message AutoMod held, or it expired; delivers
     * {@link AutomodMessageUpdateV2Event}.
     * Scope: {@code moderator:manage:automod} (on the user token; with an app token {@code moderator_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> automodMessageUpdateV2(String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.AUTOMOD_MESSAGE_UPDATE_V2,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code automod.settings.update} v1: the channel's AutoMod settings changed; delivers {@link
     * AutomodSettingsUpdateEvent}.
     * Scope: {@code moderator:read:automod_settings} (on the user token; with an app token {@code moderator_user_id}
     * must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> automodSettingsUpdate(String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.AUTOMOD_SETTINGS_UPDATE_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code automod.terms.update} v1: a moderator added or removed a blocked or permitted term (private terms are not
     * sent); delivers {@link AutomodTermsUpdateEvent}.
     * Scope: {@code moderator:manage:automod} (on the user token; with an app token {@code moderator_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> automodTermsUpdate(String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.AUTOMOD_TERMS_UPDATE_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.ad_break.begin} v1: an ad break started, run manually or automatically; delivers {@link
     * ChannelAdBreakBeginEvent}.
     * Scope: {@code channel:read:ads} (on the user token; with an app token {@code broadcaster_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelAdBreakBegin(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_AD_BREAK_BEGIN_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.bits.use} v1: a viewer used Bits in the channel (cheer, power-up or combo); delivers {@link
     * ChannelBitsUseEvent}.
     * Scope: {@code bits:read} (on the user token; with an app token {@code broadcaster_user_id} must have granted it
     * to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelBitsUse(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_BITS_USE_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.cheer} v1: a viewer cheered Bits in the channel; delivers {@link ChannelCheerEvent}.
     * Scope: {@code bits:read} (on the user token; with an app token {@code broadcaster_user_id} must have granted it
     * to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelCheer(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_CHEER_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.custom_power_up_redemption.add} v1: a viewer redeemed a custom Bits power-up; delivers {@link
     * ChannelCustomPowerUpRedemptionAddEvent}.
     * Scope: {@code bits:read} (on the user token; with an app token {@code broadcaster_user_id} must have granted it
     * to the client).
     *
     * @param broadcasterUserId the channel
     * @param rewardId only this reward, or {@code null} for every reward
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelCustomPowerUpRedemptionAdd(
            String broadcasterUserId, String rewardId) {
        return subscribe(SubscriptionType.CHANNEL_CUSTOM_POWER_UP_REDEMPTION_ADD_V1,
                "broadcaster_user_id", broadcasterUserId, "reward_id", rewardId);
    }

    /**
     * {@link #channelCustomPowerUpRedemptionAdd(String, String)} without {@code reward_id}.
     */
    default CompletableFuture<Subscription> channelCustomPowerUpRedemptionAdd(String broadcasterUserId) {
        return channelCustomPowerUpRedemptionAdd(broadcasterUserId, null);
    }

    /**
     * {@code channel.follow} v2: a user followed the channel; delivers {@link ChannelFollowEvent}.
     * Scope: {@code moderator:read:followers} (on the user token; with an app token {@code moderator_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelFollow(String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_FOLLOW_V2,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.raid} v1: a broadcaster raided another channel; delivers {@link ChannelRaidEvent}.
     * Needs no scope.
     *
     * @param fromBroadcasterUserId the raiding channel, or {@code null} to take {@code toBroadcasterUserId}
     * @param toBroadcasterUserId the raided channel, or {@code null} to take {@code fromBroadcasterUserId}
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelRaid(String fromBroadcasterUserId, String toBroadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_RAID_V1,
                "from_broadcaster_user_id", fromBroadcasterUserId, "to_broadcaster_user_id", toBroadcasterUserId);
    }

    /**
     * {@code channel.shoutout.create} v1: the channel gave another broadcaster a shoutout; delivers {@link
     * ChannelShoutoutCreateEvent}.
     * Scope: {@code moderator:read:shoutouts} or {@code moderator:manage:shoutouts} (on the user token; with an app
     * token {@code moderator_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelShoutoutCreate(String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_SHOUTOUT_CREATE_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.shoutout.receive} v1: the channel received a shoutout from another broadcaster; delivers {@link
     * ChannelShoutoutReceiveEvent}.
     * Scope: {@code moderator:read:shoutouts} or {@code moderator:manage:shoutouts} (on the user token; with an app
     * token {@code moderator_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelShoutoutReceive(String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_SHOUTOUT_RECEIVE_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.subscribe} v1: a user subscribed to the channel (not resubscriptions); delivers {@link
     * ChannelSubscribeEvent}.
     * Scope: {@code channel:read:subscriptions} (on the user token; with an app token {@code broadcaster_user_id} must
     * have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelSubscribe(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_SUBSCRIBE_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.subscription.end} v1: a subscription to the channel ended; delivers {@link
     * ChannelSubscriptionEndEvent}.
     * Scope: {@code channel:read:subscriptions} (on the user token; with an app token {@code broadcaster_user_id} must
     * have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelSubscriptionEnd(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_SUBSCRIPTION_END_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.subscription.gift} v1: a user gifted one or more subscriptions to the channel; delivers {@link
     * ChannelSubscriptionGiftEvent}.
     * Scope: {@code channel:read:subscriptions} (on the user token; with an app token {@code broadcaster_user_id} must
     * have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelSubscriptionGift(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_SUBSCRIPTION_GIFT_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.subscription.message} v1: a user shared a resubscription message in chat; delivers {@link
     * ChannelSubscriptionMessageEvent}.
     * Scope: {@code channel:read:subscriptions} (on the user token; with an app token {@code broadcaster_user_id} must
     * have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelSubscriptionMessage(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_SUBSCRIPTION_MESSAGE_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.update} v2: the broadcaster changed the title, category, language or content labels; delivers
     * {@link ChannelUpdateV2Event}.
     * Needs no scope.
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelUpdateV2(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_UPDATE_V2, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.update} v1: the broadcaster changed the title, category, language or content labels; delivers
     * {@link ChannelUpdateEvent}. Legacy: no longer in Twitch's reference but still served; prefer the newest version.
     * Needs no scope.
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelUpdate(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_UPDATE_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.vip.add} v1: a VIP was added to the channel; delivers {@link ChannelVipAddEvent}.
     * Scope: {@code channel:read:vips} or {@code channel:manage:vips} (on the user token; with an app token {@code
     * broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelVipAdd(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_VIP_ADD_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.vip.remove} v1: a VIP was removed from the channel; delivers {@link ChannelVipRemoveEvent}.
     * Scope: {@code channel:read:vips} or {@code channel:manage:vips} (on the user token; with an app token {@code
     * broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelVipRemove(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_VIP_REMOVE_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.ban} v1: a viewer was banned or timed out; delivers {@link ChannelBanEvent}.
     * Scope: {@code channel:moderate} (on the user token; with an app token {@code broadcaster_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelBan(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_BAN_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.unban} v1: a viewer was unbanned; delivers {@link ChannelUnbanEvent}.
     * Scope: {@code channel:moderate} (on the user token; with an app token {@code broadcaster_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelUnban(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_UNBAN_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.moderate} v1: a moderator acted in the channel (bans, timeouts, deletions, chat mode changes and
     * more); delivers {@link ChannelModerateEvent}.
     * Scopes: {@code moderator:read:blocked_terms} or {@code moderator:manage:blocked_terms}; and {@code
     * moderator:read:chat_settings} or {@code moderator:manage:chat_settings}; and {@code
     * moderator:read:unban_requests} or {@code moderator:manage:unban_requests}; and {@code
     * moderator:read:banned_users} or {@code moderator:manage:banned_users}; and {@code moderator:read:chat_messages}
     * or {@code moderator:manage:chat_messages}; and {@code moderator:read:moderators}; and {@code moderator:read:vips}
     * (on the user token; with an app token {@code moderator_user_id} must have granted them to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelModerate(String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_MODERATE_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.moderate} v2: a moderator acted in the channel (bans, timeouts, deletions, chat mode changes and
     * more); delivers {@link ChannelModerateV2Event}.
     * Scopes: {@code moderator:read:blocked_terms} or {@code moderator:manage:blocked_terms}; and {@code
     * moderator:read:chat_settings} or {@code moderator:manage:chat_settings}; and {@code
     * moderator:read:unban_requests} or {@code moderator:manage:unban_requests}; and {@code
     * moderator:read:banned_users} or {@code moderator:manage:banned_users}; and {@code moderator:read:chat_messages}
     * or {@code moderator:manage:chat_messages}; and {@code moderator:read:moderators}; and {@code
     * moderator:read:vips}; and {@code moderator:read:warnings} or {@code moderator:manage:warnings} (on the user
     * token; with an app token {@code moderator_user_id} must have granted them to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelModerateV2(String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_MODERATE_V2,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.moderator.add} v1: a user was made a moderator of the channel; delivers {@link
     * ChannelModeratorAddEvent}.
     * Scope: {@code moderation:read} (on the user token; with an app token {@code broadcaster_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelModeratorAdd(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_MODERATOR_ADD_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.moderator.remove} v1: a user's moderator status was removed; delivers {@link
     * ChannelModeratorRemoveEvent}.
     * Scope: {@code moderation:read} (on the user token; with an app token {@code broadcaster_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelModeratorRemove(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_MODERATOR_REMOVE_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.shield_mode.begin} v1: a moderator turned Shield Mode on; delivers {@link
     * ChannelShieldModeBeginEvent}.
     * Scope: {@code moderator:read:shield_mode} or {@code moderator:manage:shield_mode} (on the user token; with an app
     * token {@code moderator_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelShieldModeBegin(String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_SHIELD_MODE_BEGIN_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.shield_mode.end} v1: a moderator turned Shield Mode off; delivers {@link
     * ChannelShieldModeEndEvent}.
     * Scope: {@code moderator:read:shield_mode} or {@code moderator:manage:shield_mode} (on the user token; with an app
     * token {@code moderator_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelShieldModeEnd(String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_SHIELD_MODE_END_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.suspicious_user.message} v1: a user marked as suspicious sent a chat message; delivers {@link
     * ChannelSuspiciousUserMessageEvent}.
     * Scope: {@code moderator:read:suspicious_users} (on the user token; with an app token {@code moderator_user_id}
     * must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelSuspiciousUserMessage(
            String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_SUSPICIOUS_USER_MESSAGE_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.suspicious_user.update} v1: a suspicious user's treatment was changed; delivers {@link
     * ChannelSuspiciousUserUpdateEvent}.
     * Scope: {@code moderator:read:suspicious_users} (on the user token; with an app token {@code moderator_user_id}
     * must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelSuspiciousUserUpdate(
            String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_SUSPICIOUS_USER_UPDATE_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.unban_request.create} v1: a user asked to be unbanned; delivers {@link
     * ChannelUnbanRequestCreateEvent}.
     * Scope: {@code moderator:read:unban_requests} or {@code moderator:manage:unban_requests} (on the user token; with
     * an app token {@code moderator_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelUnbanRequestCreate(
            String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_UNBAN_REQUEST_CREATE_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.unban_request.resolve} v1: a moderator approved or denied an unban request; delivers {@link
     * ChannelUnbanRequestResolveEvent}.
     * Scope: {@code moderator:read:unban_requests} or {@code moderator:manage:unban_requests} (on the user token; with
     * an app token {@code moderator_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelUnbanRequestResolve(
            String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_UNBAN_REQUEST_RESOLVE_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.warning.acknowledge} v1: a warned user acknowledged their warning; delivers {@link
     * ChannelWarningAcknowledgeEvent}.
     * Scope: {@code moderator:read:warnings} or {@code moderator:manage:warnings} (on the user token; with an app token
     * {@code moderator_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelWarningAcknowledge(
            String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_WARNING_ACKNOWLEDGE_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.warning.send} v1: a moderator sent a user a warning; delivers {@link ChannelWarningSendEvent}.
     * Scope: {@code moderator:read:warnings} or {@code moderator:manage:warnings} (on the user token; with an app token
     * {@code moderator_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelWarningSend(String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_WARNING_SEND_V1,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.channel_points_automatic_reward_redemption.add} v1: a viewer redeemed an automatic Channel Points
     * reward; delivers {@link ChannelChannelPointsAutomaticRewardRedemptionAddEvent}.
     * Scope: {@code channel:read:redemptions} or {@code channel:manage:redemptions} (on the user token; with an app
     * token {@code broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChannelPointsAutomaticRewardRedemptionAdd(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_CHANNEL_POINTS_AUTOMATIC_REWARD_REDEMPTION_ADD_V1,
                "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.channel_points_automatic_reward_redemption.add} v2: a viewer redeemed an automatic Channel Points
     * reward; delivers {@link ChannelChannelPointsAutomaticRewardRedemptionAddV2Event}.
     * Scope: {@code channel:read:redemptions} or {@code channel:manage:redemptions} (on the user token; with an app
     * token {@code broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChannelPointsAutomaticRewardRedemptionAddV2(
            String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_CHANNEL_POINTS_AUTOMATIC_REWARD_REDEMPTION_ADD_V2,
                "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.channel_points_custom_reward.add} v1: a custom Channel Points reward was created; delivers {@link
     * ChannelChannelPointsCustomRewardAddEvent}.
     * Scope: {@code channel:read:redemptions} or {@code channel:manage:redemptions} (on the user token; with an app
     * token {@code broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChannelPointsCustomRewardAdd(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_CHANNEL_POINTS_CUSTOM_REWARD_ADD_V1,
                "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.channel_points_custom_reward.update} v1: a custom Channel Points reward was changed; delivers
     * {@link ChannelChannelPointsCustomRewardUpdateEvent}.
     * Scope: {@code channel:read:redemptions} or {@code channel:manage:redemptions} (on the user token; with an app
     * token {@code broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param rewardId only this reward, or {@code null} for every reward
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChannelPointsCustomRewardUpdate(
            String broadcasterUserId, String rewardId) {
        return subscribe(SubscriptionType.CHANNEL_CHANNEL_POINTS_CUSTOM_REWARD_UPDATE_V1,
                "broadcaster_user_id", broadcasterUserId, "reward_id", rewardId);
    }

    /**
     * {@link #channelChannelPointsCustomRewardUpdate(String, String)} without {@code reward_id}.
     */
    default CompletableFuture<Subscription> channelChannelPointsCustomRewardUpdate(String broadcasterUserId) {
        return channelChannelPointsCustomRewardUpdate(broadcasterUserId, null);
    }

    /**
     * {@code channel.channel_points_custom_reward.remove} v1: a custom Channel Points reward was removed; delivers
     * {@link ChannelChannelPointsCustomRewardRemoveEvent}.
     * Scope: {@code channel:read:redemptions} or {@code channel:manage:redemptions} (on the user token; with an app
     * token {@code broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param rewardId only this reward, or {@code null} for every reward
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChannelPointsCustomRewardRemove(
            String broadcasterUserId, String rewardId) {
        return subscribe(SubscriptionType.CHANNEL_CHANNEL_POINTS_CUSTOM_REWARD_REMOVE_V1,
                "broadcaster_user_id", broadcasterUserId, "reward_id", rewardId);
    }

    /**
     * {@link #channelChannelPointsCustomRewardRemove(String, String)} without {@code reward_id}.
     */
    default CompletableFuture<Subscription> channelChannelPointsCustomRewardRemove(String broadcasterUserId) {
        return channelChannelPointsCustomRewardRemove(broadcasterUserId, null);
    }

    /**
     * {@code channel.channel_points_custom_reward_redemption.add} v1: a viewer redeemed a custom Channel Points reward;
     * delivers {@link ChannelChannelPointsCustomRewardRedemptionAddEvent}.
     * Scope: {@code channel:read:redemptions} or {@code channel:manage:redemptions} (on the user token; with an app
     * token {@code broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param rewardId only this reward, or {@code null} for every reward
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChannelPointsCustomRewardRedemptionAdd(
            String broadcasterUserId, String rewardId) {
        return subscribe(SubscriptionType.CHANNEL_CHANNEL_POINTS_CUSTOM_REWARD_REDEMPTION_ADD_V1,
                "broadcaster_user_id", broadcasterUserId, "reward_id", rewardId);
    }

    /**
     * {@link #channelChannelPointsCustomRewardRedemptionAdd(String, String)} without {@code reward_id}.
     */
    default CompletableFuture<Subscription> channelChannelPointsCustomRewardRedemptionAdd(String broadcasterUserId) {
        return channelChannelPointsCustomRewardRedemptionAdd(broadcasterUserId, null);
    }

    /**
     * {@code channel.channel_points_custom_reward_redemption.update} v1: a redemption of a custom Channel Points reward
     * was fulfilled or canceled; delivers {@link ChannelChannelPointsCustomRewardRedemptionUpdateEvent}.
     * Scope: {@code channel:read:redemptions} or {@code channel:manage:redemptions} (on the user token; with an app
     * token {@code broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param rewardId only this reward, or {@code null} for every reward
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChannelPointsCustomRewardRedemptionUpdate(
            String broadcasterUserId, String rewardId) {
        return subscribe(SubscriptionType.CHANNEL_CHANNEL_POINTS_CUSTOM_REWARD_REDEMPTION_UPDATE_V1,
                "broadcaster_user_id", broadcasterUserId, "reward_id", rewardId);
    }

    /**
     * {@link #channelChannelPointsCustomRewardRedemptionUpdate(String, String)} without {@code reward_id}.
     */
    default CompletableFuture<Subscription> channelChannelPointsCustomRewardRedemptionUpdate(String broadcasterUserId) {
        return channelChannelPointsCustomRewardRedemptionUpdate(broadcasterUserId, null);
    }

    /**
     * {@code channel.charity_campaign.donate} v1: a user donated to the channel's charity campaign; delivers {@link
     * ChannelCharityCampaignDonateEvent}.
     * Scope: {@code channel:read:charity} (on the user token; with an app token {@code broadcaster_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelCharityCampaignDonate(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_CHARITY_CAMPAIGN_DONATE_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.charity_campaign.start} v1: a charity campaign started; delivers {@link
     * ChannelCharityCampaignStartEvent}.
     * Scope: {@code channel:read:charity} (on the user token; with an app token {@code broadcaster_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelCharityCampaignStart(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_CHARITY_CAMPAIGN_START_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.charity_campaign.progress} v1: a charity campaign's progress changed (may arrive before its
     * start); delivers {@link ChannelCharityCampaignProgressEvent}.
     * Scope: {@code channel:read:charity} (on the user token; with an app token {@code broadcaster_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelCharityCampaignProgress(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_CHARITY_CAMPAIGN_PROGRESS_V1,
                "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.charity_campaign.stop} v1: a charity campaign stopped; delivers {@link
     * ChannelCharityCampaignStopEvent}.
     * Scope: {@code channel:read:charity} (on the user token; with an app token {@code broadcaster_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelCharityCampaignStop(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_CHARITY_CAMPAIGN_STOP_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.chat.clear} v1: a moderator or bot cleared all messages in the chat; delivers {@link
     * ChannelChatClearEvent}.
     * Scope: {@code user:read:chat} (on the user token; with an app token {@code user_id} must have granted it to the
     * client). An app token also needs {@code user:bot} from that user and {@code channel:bot} from the broadcaster.
     *
     * @param broadcasterUserId the channel
     * @param userId the user whose chat view is read; the subscription rests on their authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChatClear(String broadcasterUserId, String userId) {
        return subscribe(SubscriptionType.CHANNEL_CHAT_CLEAR_V1,
                "broadcaster_user_id", broadcasterUserId, "user_id", userId);
    }

    /**
     * {@code channel.chat.clear_user_messages} v1: all of a user's messages were cleared from the chat; delivers {@link
     * ChannelChatClearUserMessagesEvent}.
     * Scope: {@code user:read:chat} (on the user token; with an app token {@code user_id} must have granted it to the
     * client). An app token also needs {@code user:bot} from that user and {@code channel:bot} from the broadcaster.
     *
     * @param broadcasterUserId the channel
     * @param userId the user whose chat view is read; the subscription rests on their authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChatClearUserMessages(String broadcasterUserId, String userId) {
        return subscribe(SubscriptionType.CHANNEL_CHAT_CLEAR_USER_MESSAGES_V1,
                "broadcaster_user_id", broadcasterUserId, "user_id", userId);
    }

    /**
     * {@code channel.chat.message} v1: a message was sent to the chat; delivers {@link ChannelChatMessageEvent}.
     * Scope: {@code user:read:chat} (on the user token; with an app token {@code user_id} must have granted it to the
     * client). An app token also needs {@code user:bot} from that user and {@code channel:bot} from the broadcaster.
     *
     * @param broadcasterUserId the channel
     * @param userId the user whose chat view is read; the subscription rests on their authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChatMessage(String broadcasterUserId, String userId) {
        return subscribe(SubscriptionType.CHANNEL_CHAT_MESSAGE_V1,
                "broadcaster_user_id", broadcasterUserId, "user_id", userId);
    }

    /**
     * {@code channel.chat.message_delete} v1: a moderator deleted one chat message; delivers {@link
     * ChannelChatMessageDeleteEvent}.
     * Scope: {@code user:read:chat} (on the user token; with an app token {@code user_id} must have granted it to the
     * client). An app token also needs {@code user:bot} from that user and {@code channel:bot} from the broadcaster.
     *
     * @param broadcasterUserId the channel
     * @param userId the user whose chat view is read; the subscription rests on their authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChatMessageDelete(String broadcasterUserId, String userId) {
        return subscribe(SubscriptionType.CHANNEL_CHAT_MESSAGE_DELETE_V1,
                "broadcaster_user_id", broadcasterUserId, "user_id", userId);
    }

    /**
     * {@code channel.chat.notification} v1: a chat notice such as a sub, resub, gift, raid or announcement; delivers
     * {@link ChannelChatNotificationEvent}.
     * Scope: {@code user:read:chat} (on the user token; with an app token {@code user_id} must have granted it to the
     * client). An app token also needs {@code user:bot} from that user and {@code channel:bot} from the broadcaster.
     *
     * @param broadcasterUserId the channel
     * @param userId the user whose chat view is read; the subscription rests on their authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChatNotification(String broadcasterUserId, String userId) {
        return subscribe(SubscriptionType.CHANNEL_CHAT_NOTIFICATION_V1,
                "broadcaster_user_id", broadcasterUserId, "user_id", userId);
    }

    /**
     * {@code channel.chat_settings.update} v1: the chat settings changed (slow mode, emote-only and the like); delivers
     * {@link ChannelChatSettingsUpdateEvent}.
     * Scope: {@code user:read:chat} (on the user token; with an app token {@code user_id} must have granted it to the
     * client). An app token also needs {@code user:bot} from that user and {@code channel:bot} from the broadcaster.
     *
     * @param broadcasterUserId the channel
     * @param userId the user whose chat view is read; the subscription rests on their authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChatSettingsUpdate(String broadcasterUserId, String userId) {
        return subscribe(SubscriptionType.CHANNEL_CHAT_SETTINGS_UPDATE_V1,
                "broadcaster_user_id", broadcasterUserId, "user_id", userId);
    }

    /**
     * {@code channel.chat.user_message_hold} v1: the reading user's own message was held by AutoMod; delivers {@link
     * ChannelChatUserMessageHoldEvent}.
     * Scope: {@code user:read:chat} (on the user token; with an app token {@code user_id} must have granted it to the
     * client). An app token also needs {@code user:bot} from that user and {@code channel:bot} from the broadcaster.
     *
     * @param broadcasterUserId the channel
     * @param userId the user whose chat view is read; the subscription rests on their authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChatUserMessageHold(String broadcasterUserId, String userId) {
        return subscribe(SubscriptionType.CHANNEL_CHAT_USER_MESSAGE_HOLD_V1,
                "broadcaster_user_id", broadcasterUserId, "user_id", userId);
    }

    /**
     * {@code channel.chat.user_message_update} v1: the reading user's held message was approved or denied; delivers
     * {@link ChannelChatUserMessageUpdateEvent}.
     * Scope: {@code user:read:chat} (on the user token; with an app token {@code user_id} must have granted it to the
     * client). An app token also needs {@code user:bot} from that user and {@code channel:bot} from the broadcaster.
     *
     * @param broadcasterUserId the channel
     * @param userId the user whose chat view is read; the subscription rests on their authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelChatUserMessageUpdate(String broadcasterUserId, String userId) {
        return subscribe(SubscriptionType.CHANNEL_CHAT_USER_MESSAGE_UPDATE_V1,
                "broadcaster_user_id", broadcasterUserId, "user_id", userId);
    }

    /**
     * {@code channel.shared_chat.begin} v1: the channel joined a shared chat session; delivers {@link
     * ChannelSharedChatBeginEvent}.
     * Needs no scope.
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelSharedChatBegin(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_SHARED_CHAT_BEGIN_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.shared_chat.update} v1: the channels in a shared chat session changed; delivers {@link
     * ChannelSharedChatUpdateEvent}.
     * Needs no scope.
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelSharedChatUpdate(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_SHARED_CHAT_UPDATE_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.shared_chat.end} v1: the channel left a shared chat session, or it ended; delivers {@link
     * ChannelSharedChatEndEvent}.
     * Needs no scope.
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelSharedChatEnd(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_SHARED_CHAT_END_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code conduit.shard.disabled} v1: a shard of one of the application's conduits was disabled; delivers {@link
     * ConduitShardDisabledEvent}.
     * Needs an app access token, so only a conduit (or webhook) can hold it: use {@code ClientApp}.
     *
     * @param clientId the application's client id (the app token's)
     * @param conduitId only this conduit, or {@code null} for every conduit of the application
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> conduitShardDisabled(String clientId, String conduitId) {
        return subscribe(SubscriptionType.CONDUIT_SHARD_DISABLED_V1, "client_id", clientId, "conduit_id", conduitId);
    }

    /**
     * {@link #conduitShardDisabled(String, String)} without {@code conduit_id}.
     */
    default CompletableFuture<Subscription> conduitShardDisabled(String clientId) {
        return conduitShardDisabled(clientId, null);
    }

    /**
     * {@code drop.entitlement.grant} v1: a user was granted a Drops entitlement (delivered in batches; each entitlement
     * reaches handlers on its own); delivers {@link DropEntitlementGrantEvent}, one notification per entitlement.
     * Needs an app access token, so only a conduit (or webhook) can hold it: use {@code ClientApp}.
     *
     * @param organizationId the organization that owns the Drops campaigns
     * @param categoryId only this game or category, or {@code null} for all
     * @param campaignId only this campaign, or {@code null} for all
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> dropEntitlementGrant(
            String organizationId, String categoryId, String campaignId) {
        return subscribe(SubscriptionType.DROP_ENTITLEMENT_GRANT_V1,
                "organization_id", organizationId, "category_id", categoryId, "campaign_id", campaignId);
    }

    /**
     * {@link #dropEntitlementGrant(String, String, String)} without {@code campaign_id}.
     */
    default CompletableFuture<Subscription> dropEntitlementGrant(String organizationId, String categoryId) {
        return dropEntitlementGrant(organizationId, categoryId, null);
    }

    /**
     * {@link #dropEntitlementGrant(String, String, String)} without {@code category_id} or {@code campaign_id}.
     */
    default CompletableFuture<Subscription> dropEntitlementGrant(String organizationId) {
        return dropEntitlementGrant(organizationId, null, null);
    }

    /**
     * {@code extension.bits_transaction.create} v1: a user spent Bits in the extension; delivers {@link
     * ExtensionBitsTransactionCreateEvent}.
     * Needs an app access token, so only a conduit (or webhook) can hold it: use {@code ClientApp}.
     *
     * @param extensionClientId the extension's client id
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> extensionBitsTransactionCreate(String extensionClientId) {
        return subscribe(SubscriptionType.EXTENSION_BITS_TRANSACTION_CREATE_V1,
                "extension_client_id", extensionClientId);
    }

    /**
     * {@code channel.goal.begin} v1: a creator goal started; delivers {@link ChannelGoalBeginEvent}.
     * Scope: {@code channel:read:goals} (on the user token; with an app token {@code broadcaster_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelGoalBegin(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_GOAL_BEGIN_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.goal.progress} v1: a creator goal's progress changed; delivers {@link ChannelGoalProgressEvent}.
     * Scope: {@code channel:read:goals} (on the user token; with an app token {@code broadcaster_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelGoalProgress(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_GOAL_PROGRESS_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.goal.end} v1: a creator goal ended; delivers {@link ChannelGoalEndEvent}.
     * Scope: {@code channel:read:goals} (on the user token; with an app token {@code broadcaster_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelGoalEnd(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_GOAL_END_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.guest_star_session.begin} beta: a Guest Star session started (beta); delivers {@link
     * ChannelGuestStarSessionBeginBetaEvent}. Beta: Twitch may change it without a new version.
     * Scope: {@code channel:read:guest_star} or {@code channel:manage:guest_star} or {@code moderator:read:guest_star}
     * or {@code moderator:manage:guest_star} (on the user token; with an app token {@code moderator_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelGuestStarSessionBeginBeta(
            String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_GUEST_STAR_SESSION_BEGIN_BETA,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.guest_star_session.end} beta: a Guest Star session ended (beta); delivers {@link
     * ChannelGuestStarSessionEndBetaEvent}. Beta: Twitch may change it without a new version.
     * Scope: {@code channel:read:guest_star} or {@code channel:manage:guest_star} or {@code moderator:read:guest_star}
     * or {@code moderator:manage:guest_star} (on the user token; with an app token {@code moderator_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelGuestStarSessionEndBeta(
            String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_GUEST_STAR_SESSION_END_BETA,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.guest_star_guest.update} beta: a Guest Star guest or slot changed (beta); delivers {@link
     * ChannelGuestStarGuestUpdateBetaEvent}. Beta: Twitch may change it without a new version.
     * Scope: {@code channel:read:guest_star} or {@code channel:manage:guest_star} or {@code moderator:read:guest_star}
     * or {@code moderator:manage:guest_star} (on the user token; with an app token {@code moderator_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelGuestStarGuestUpdateBeta(
            String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_GUEST_STAR_GUEST_UPDATE_BETA,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.guest_star_settings.update} beta: the Guest Star settings changed (beta); delivers {@link
     * ChannelGuestStarSettingsUpdateBetaEvent}. Beta: Twitch may change it without a new version.
     * Scope: {@code channel:read:guest_star} or {@code channel:manage:guest_star} or {@code moderator:read:guest_star}
     * or {@code moderator:manage:guest_star} (on the user token; with an app token {@code moderator_user_id} must have
     * granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @param moderatorUserId a moderator of the channel (or the broadcaster); the subscription rests on their
     *     authorization
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelGuestStarSettingsUpdateBeta(
            String broadcasterUserId, String moderatorUserId) {
        return subscribe(SubscriptionType.CHANNEL_GUEST_STAR_SETTINGS_UPDATE_BETA,
                "broadcaster_user_id", broadcasterUserId, "moderator_user_id", moderatorUserId);
    }

    /**
     * {@code channel.hype_train.begin} v2: a Hype Train started (may arrive after its first progress); delivers {@link
     * ChannelHypeTrainBeginV2Event}.
     * Scope: {@code channel:read:hype_train} (on the user token; with an app token {@code broadcaster_user_id} must
     * have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelHypeTrainBeginV2(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_HYPE_TRAIN_BEGIN_V2, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.hype_train.progress} v2: a Hype Train made progress; delivers {@link
     * ChannelHypeTrainProgressV2Event}.
     * Scope: {@code channel:read:hype_train} (on the user token; with an app token {@code broadcaster_user_id} must
     * have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelHypeTrainProgressV2(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_HYPE_TRAIN_PROGRESS_V2, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.hype_train.end} v2: a Hype Train ended; delivers {@link ChannelHypeTrainEndV2Event}.
     * Scope: {@code channel:read:hype_train} (on the user token; with an app token {@code broadcaster_user_id} must
     * have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelHypeTrainEndV2(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_HYPE_TRAIN_END_V2, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.hype_train.begin} v1: a Hype Train started (may arrive after its first progress); delivers {@link
     * ChannelHypeTrainBeginEvent}. Deprecated by Twitch in favour of the newer version.
     * Scope: {@code channel:read:hype_train} (on the user token; with an app token {@code broadcaster_user_id} must
     * have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelHypeTrainBegin(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_HYPE_TRAIN_BEGIN_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.hype_train.progress} v1: a Hype Train made progress; delivers {@link
     * ChannelHypeTrainProgressEvent}. Deprecated by Twitch in favour of the newer version.
     * Scope: {@code channel:read:hype_train} (on the user token; with an app token {@code broadcaster_user_id} must
     * have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelHypeTrainProgress(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_HYPE_TRAIN_PROGRESS_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.hype_train.end} v1: a Hype Train ended; delivers {@link ChannelHypeTrainEndEvent}. Deprecated by
     * Twitch in favour of the newer version.
     * Scope: {@code channel:read:hype_train} (on the user token; with an app token {@code broadcaster_user_id} must
     * have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelHypeTrainEnd(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_HYPE_TRAIN_END_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.poll.begin} v1: a poll started; delivers {@link ChannelPollBeginEvent}.
     * Scope: {@code channel:read:polls} or {@code channel:manage:polls} (on the user token; with an app token {@code
     * broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelPollBegin(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_POLL_BEGIN_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.poll.progress} v1: users voted in a poll; delivers {@link ChannelPollProgressEvent}.
     * Scope: {@code channel:read:polls} or {@code channel:manage:polls} (on the user token; with an app token {@code
     * broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelPollProgress(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_POLL_PROGRESS_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.poll.end} v1: a poll ended; delivers {@link ChannelPollEndEvent}.
     * Scope: {@code channel:read:polls} or {@code channel:manage:polls} (on the user token; with an app token {@code
     * broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelPollEnd(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_POLL_END_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.prediction.begin} v1: a prediction started; delivers {@link ChannelPredictionBeginEvent}.
     * Scope: {@code channel:read:predictions} or {@code channel:manage:predictions} (on the user token; with an app
     * token {@code broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelPredictionBegin(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_PREDICTION_BEGIN_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.prediction.progress} v1: users took part in a prediction; delivers {@link
     * ChannelPredictionProgressEvent}.
     * Scope: {@code channel:read:predictions} or {@code channel:manage:predictions} (on the user token; with an app
     * token {@code broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelPredictionProgress(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_PREDICTION_PROGRESS_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.prediction.lock} v1: a prediction was locked; delivers {@link ChannelPredictionLockEvent}.
     * Scope: {@code channel:read:predictions} or {@code channel:manage:predictions} (on the user token; with an app
     * token {@code broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelPredictionLock(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_PREDICTION_LOCK_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code channel.prediction.end} v1: a prediction was resolved or canceled; delivers {@link
     * ChannelPredictionEndEvent}.
     * Scope: {@code channel:read:predictions} or {@code channel:manage:predictions} (on the user token; with an app
     * token {@code broadcaster_user_id} must have granted it to the client).
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> channelPredictionEnd(String broadcasterUserId) {
        return subscribe(SubscriptionType.CHANNEL_PREDICTION_END_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code stream.online} v1: the broadcaster went live; delivers {@link StreamOnlineEvent}.
     * Needs no scope.
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> streamOnline(String broadcasterUserId) {
        return subscribe(SubscriptionType.STREAM_ONLINE_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code stream.offline} v1: the broadcaster stopped streaming; delivers {@link StreamOfflineEvent}.
     * Needs no scope.
     *
     * @param broadcasterUserId the channel
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> streamOffline(String broadcasterUserId) {
        return subscribe(SubscriptionType.STREAM_OFFLINE_V1, "broadcaster_user_id", broadcasterUserId);
    }

    /**
     * {@code user.authorization.grant} v1: a user authorized the application (client); delivers {@link
     * UserAuthorizationGrantEvent}.
     * Needs an app access token, so only a conduit (or webhook) can hold it: use {@code ClientApp}.
     *
     * @param clientId the application's client id (the app token's)
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> userAuthorizationGrant(String clientId) {
        return subscribe(SubscriptionType.USER_AUTHORIZATION_GRANT_V1, "client_id", clientId);
    }

    /**
     * {@code user.authorization.revoke} v1: a user revoked the application's authorization; delivers {@link
     * UserAuthorizationRevokeEvent}.
     * Needs an app access token, so only a conduit (or webhook) can hold it: use {@code ClientApp}.
     *
     * @param clientId the application's client id (the app token's)
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> userAuthorizationRevoke(String clientId) {
        return subscribe(SubscriptionType.USER_AUTHORIZATION_REVOKE_V1, "client_id", clientId);
    }

    /**
     * {@code user.update} v1: a user changed their account (email only with user:read:email); delivers {@link
     * UserUpdateEvent}.
     * Needs no scope.
     *
     * @param userId the user
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> userUpdate(String userId) {
        return subscribe(SubscriptionType.USER_UPDATE_V1, "user_id", userId);
    }

    /**
     * {@code user.whisper.message} v1: the user received a whisper; delivers {@link UserWhisperMessageEvent}.
     * Scope: {@code user:read:whispers} or {@code user:manage:whispers} (on the user token; with an app token {@code
     * user_id} must have granted it to the client).
     *
     * @param userId the user
     * @return completes with the subscription once Twitch created it
     */
    default CompletableFuture<Subscription> userWhisperMessage(String userId) {
        return subscribe(SubscriptionType.USER_WHISPER_MESSAGE_V1, "user_id", userId);
    }

    /**
     * Subscribes to {@code type} with a condition of the given field and value pairs; a {@code null} value leaves
     * its field out (the registry check then names a missing required one).
     */
    private CompletableFuture<Subscription> subscribe(SubscriptionType<?> type, String... fieldsAndValues) {
        Map<String, String> condition = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] != null) {
                condition.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
            }
        }
        return subscribe(type.type(), type.version(), Collections.unmodifiableMap(condition));
    }
}
