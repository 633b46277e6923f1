package dev.twitchkit.eventsub;

import java.util.concurrent.CompletableFuture;

/**
 * The typed subscription methods of {@link EventSubCatalog} with user ids defaulting to the logged-in user, as in
 * twitch.py: a shorter overload leaves out trailing {@code broadcaster_user_id}, {@code moderator_user_id} or
 * {@code user_id} parameters (and optional fields) and sends {@link #userId()} for the user ids. Only a client with
 * a user has them ({@code ClientUser.eventsub()}): on a conduit or webhook client, which belongs to the
 * application, such a call does not compile. {@code channel.raid} never defaults (exactly one of its sides is given).
 */
public interface UserEventSubCatalog extends EventSubCatalog {
    /**
     * The logged-in user, the default for the user ids of the shorter overloads.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    String userId();

    /**
     * {@link #automodMessageHold(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> automodMessageHold(String broadcasterUserId) {
        return automodMessageHold(broadcasterUserId, userId());
    }

    /**
     * {@link #automodMessageHold(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> automodMessageHold() {
        String self = userId();
        return automodMessageHold(self, self);
    }

    /**
     * {@link #automodMessageHoldV2(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> automodMessageHoldV2(String broadcasterUserId) {
        return automodMessageHoldV2(broadcasterUserId, userId());
    }

    /**
     * {@link #automodMessageHoldV2(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> automodMessageHoldV2() {
        String self = userId();
        return automodMessageHoldV2(self, self);
    }

    /**
     * {@link #automodMessageUpdate(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> automodMessageUpdate(String broadcasterUserId) {
        return automodMessageUpdate(broadcasterUserId, userId());
    }

    /**
     * {@link #automodMessageUpdate(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> automodMessageUpdate() {
        String self = userId();
        return automodMessageUpdate(self, self);
    }

    /**
     * {@link #automodMessageUpdateV2(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> automodMessageUpdateV2(String broadcasterUserId) {
        return automodMessageUpdateV2(broadcasterUserId, userId());
    }

    /**
     * {@link #automodMessageUpdateV2(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id}
     * the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> automodMessageUpdateV2() {
        String self = userId();
        return automodMessageUpdateV2(self, self);
    }

    /**
     * {@link #automodSettingsUpdate(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> automodSettingsUpdate(String broadcasterUserId) {
        return automodSettingsUpdate(broadcasterUserId, userId());
    }

    /**
     * {@link #automodSettingsUpdate(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> automodSettingsUpdate() {
        String self = userId();
        return automodSettingsUpdate(self, self);
    }

    /**
     * {@link #automodTermsUpdate(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> automodTermsUpdate(String broadcasterUserId) {
        return automodTermsUpdate(broadcasterUserId, userId());
    }

    /**
     * {@link #automodTermsUpdate(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> automodTermsUpdate() {
        String self = userId();
        return automodTermsUpdate(self, self);
    }

    /**
     * {@link #channelAdBreakBegin(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelAdBreakBegin() {
        return channelAdBreakBegin(userId());
    }

    /**
     * {@link #channelBitsUse(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelBitsUse() {
        return channelBitsUse(userId());
    }

    /**
     * {@link #channelCheer(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelCheer() {
        return channelCheer(userId());
    }

    /**
     * {@link #channelCustomPowerUpRedemptionAdd(String, String)} with {@code broadcaster_user_id} the logged-in user
     * and without {@code reward_id}.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelCustomPowerUpRedemptionAdd() {
        return channelCustomPowerUpRedemptionAdd(userId(), null);
    }

    /**
     * {@link #channelFollow(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelFollow(String broadcasterUserId) {
        return channelFollow(broadcasterUserId, userId());
    }

    /**
     * {@link #channelFollow(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelFollow() {
        String self = userId();
        return channelFollow(self, self);
    }

    /**
     * {@link #channelShoutoutCreate(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelShoutoutCreate(String broadcasterUserId) {
        return channelShoutoutCreate(broadcasterUserId, userId());
    }

    /**
     * {@link #channelShoutoutCreate(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelShoutoutCreate() {
        String self = userId();
        return channelShoutoutCreate(self, self);
    }

    /**
     * {@link #channelShoutoutReceive(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelShoutoutReceive(String broadcasterUserId) {
        return channelShoutoutReceive(broadcasterUserId, userId());
    }

    /**
     * {@link #channelShoutoutReceive(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id}
     * the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelShoutoutReceive() {
        String self = userId();
        return channelShoutoutReceive(self, self);
    }

    /**
     * {@link #channelSubscribe(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelSubscribe() {
        return channelSubscribe(userId());
    }

    /**
     * {@link #channelSubscriptionEnd(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelSubscriptionEnd() {
        return channelSubscriptionEnd(userId());
    }

    /**
     * {@link #channelSubscriptionGift(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelSubscriptionGift() {
        return channelSubscriptionGift(userId());
    }

    /**
     * {@link #channelSubscriptionMessage(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelSubscriptionMessage() {
        return channelSubscriptionMessage(userId());
    }

    /**
     * {@link #channelUpdateV2(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelUpdateV2() {
        return channelUpdateV2(userId());
    }

    /**
     * {@link #channelUpdate(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelUpdate() {
        return channelUpdate(userId());
    }

    /**
     * {@link #channelVipAdd(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelVipAdd() {
        return channelVipAdd(userId());
    }

    /**
     * {@link #channelVipRemove(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelVipRemove() {
        return channelVipRemove(userId());
    }

    /**
     * {@link #channelBan(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelBan() {
        return channelBan(userId());
    }

    /**
     * {@link #channelUnban(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelUnban() {
        return channelUnban(userId());
    }

    /**
     * {@link #channelModerate(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelModerate(String broadcasterUserId) {
        return channelModerate(broadcasterUserId, userId());
    }

    /**
     * {@link #channelModerate(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelModerate() {
        String self = userId();
        return channelModerate(self, self);
    }

    /**
     * {@link #channelModerateV2(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelModerateV2(String broadcasterUserId) {
        return channelModerateV2(broadcasterUserId, userId());
    }

    /**
     * {@link #channelModerateV2(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelModerateV2() {
        String self = userId();
        return channelModerateV2(self, self);
    }

    /**
     * {@link #channelModeratorAdd(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelModeratorAdd() {
        return channelModeratorAdd(userId());
    }

    /**
     * {@link #channelModeratorRemove(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelModeratorRemove() {
        return channelModeratorRemove(userId());
    }

    /**
     * {@link #channelShieldModeBegin(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelShieldModeBegin(String broadcasterUserId) {
        return channelShieldModeBegin(broadcasterUserId, userId());
    }

    /**
     * {@link #channelShieldModeBegin(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id}
     * the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelShieldModeBegin() {
        String self = userId();
        return channelShieldModeBegin(self, self);
    }

    /**
     * {@link #channelShieldModeEnd(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelShieldModeEnd(String broadcasterUserId) {
        return channelShieldModeEnd(broadcasterUserId, userId());
    }

    /**
     * {@link #channelShieldModeEnd(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelShieldModeEnd() {
        String self = userId();
        return channelShieldModeEnd(self, self);
    }

    /**
     * {@link #channelSuspiciousUserMessage(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelSuspiciousUserMessage(String broadcasterUserId) {
        return channelSuspiciousUserMessage(broadcasterUserId, userId());
    }

    /**
     * {@link #channelSuspiciousUserMessage(String, String)} with {@code broadcaster_user_id} and {@code
     * moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelSuspiciousUserMessage() {
        String self = userId();
        return channelSuspiciousUserMessage(self, self);
    }

    /**
     * {@link #channelSuspiciousUserUpdate(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelSuspiciousUserUpdate(String broadcasterUserId) {
        return channelSuspiciousUserUpdate(broadcasterUserId, userId());
    }

    /**
     * {@link #channelSuspiciousUserUpdate(String, String)} with {@code broadcaster_user_id} and {@code
     * moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelSuspiciousUserUpdate() {
        String self = userId();
        return channelSuspiciousUserUpdate(self, self);
    }

    /**
     * {@link #channelUnbanRequestCreate(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelUnbanRequestCreate(String broadcasterUserId) {
        return channelUnbanRequestCreate(broadcasterUserId, userId());
    }

    /**
     * {@link #channelUnbanRequestCreate(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id}
     * the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelUnbanRequestCreate() {
        String self = userId();
        return channelUnbanRequestCreate(self, self);
    }

    /**
     * {@link #channelUnbanRequestResolve(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelUnbanRequestResolve(String broadcasterUserId) {
        return channelUnbanRequestResolve(broadcasterUserId, userId());
    }

    /**
     * {@link #channelUnbanRequestResolve(String, String)} with {@code broadcaster_user_id} and {@code
     * moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelUnbanRequestResolve() {
        String self = userId();
        return channelUnbanRequestResolve(self, self);
    }

    /**
     * {@link #channelWarningAcknowledge(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelWarningAcknowledge(String broadcasterUserId) {
        return channelWarningAcknowledge(broadcasterUserId, userId());
    }

    /**
     * {@link #channelWarningAcknowledge(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id}
     * the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelWarningAcknowledge() {
        String self = userId();
        return channelWarningAcknowledge(self, self);
    }

    /**
     * {@link #channelWarningSend(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelWarningSend(String broadcasterUserId) {
        return channelWarningSend(broadcasterUserId, userId());
    }

    /**
     * {@link #channelWarningSend(String, String)} with {@code broadcaster_user_id} and {@code moderator_user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelWarningSend() {
        String self = userId();
        return channelWarningSend(self, self);
    }

    /**
     * {@link #channelChannelPointsAutomaticRewardRedemptionAdd(String)} with {@code broadcaster_user_id} the logged-in
     * user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChannelPointsAutomaticRewardRedemptionAdd() {
        return channelChannelPointsAutomaticRewardRedemptionAdd(userId());
    }

    /**
     * {@link #channelChannelPointsAutomaticRewardRedemptionAddV2(String)} with {@code broadcaster_user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChannelPointsAutomaticRewardRedemptionAddV2() {
        return channelChannelPointsAutomaticRewardRedemptionAddV2(userId());
    }

    /**
     * {@link #channelChannelPointsCustomRewardAdd(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChannelPointsCustomRewardAdd() {
        return channelChannelPointsCustomRewardAdd(userId());
    }

    /**
     * {@link #channelChannelPointsCustomRewardUpdate(String, String)} with {@code broadcaster_user_id} the logged-in
     * user and without {@code reward_id}.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChannelPointsCustomRewardUpdate() {
        return channelChannelPointsCustomRewardUpdate(userId(), null);
    }

    /**
     * {@link #channelChannelPointsCustomRewardRemove(String, String)} with {@code broadcaster_user_id} the logged-in
     * user and without {@code reward_id}.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChannelPointsCustomRewardRemove() {
        return channelChannelPointsCustomRewardRemove(userId(), null);
    }

    /**
     * {@link #channelChannelPointsCustomRewardRedemptionAdd(String, String)} with {@code broadcaster_user_id} the
     * logged-in user and without {@code reward_id}.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChannelPointsCustomRewardRedemptionAdd() {
        return channelChannelPointsCustomRewardRedemptionAdd(userId(), null);
    }

    /**
     * {@link #channelChannelPointsCustomRewardRedemptionUpdate(String, String)} with {@code broadcaster_user_id} the
     * logged-in user and without {@code reward_id}.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChannelPointsCustomRewardRedemptionUpdate() {
        return channelChannelPointsCustomRewardRedemptionUpdate(userId(), null);
    }

    /**
     * {@link #channelCharityCampaignDonate(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelCharityCampaignDonate() {
        return channelCharityCampaignDonate(userId());
    }

    /**
     * {@link #channelCharityCampaignStart(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelCharityCampaignStart() {
        return channelCharityCampaignStart(userId());
    }

    /**
     * {@link #channelCharityCampaignProgress(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelCharityCampaignProgress() {
        return channelCharityCampaignProgress(userId());
    }

    /**
     * {@link #channelCharityCampaignStop(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelCharityCampaignStop() {
        return channelCharityCampaignStop(userId());
    }

    /**
     * {@link #channelChatClear(String, String)} with {@code user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatClear(String broadcasterUserId) {
        return channelChatClear(broadcasterUserId, userId());
    }

    /**
     * {@link #channelChatClear(String, String)} with {@code broadcaster_user_id} and {@code user_id} the logged-in
     * user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatClear() {
        String self = userId();
        return channelChatClear(self, self);
    }

    /**
     * {@link #channelChatClearUserMessages(String, String)} with {@code user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatClearUserMessages(String broadcasterUserId) {
        return channelChatClearUserMessages(broadcasterUserId, userId());
    }

    /**
     * {@link #channelChatClearUserMessages(String, String)} with {@code broadcaster_user_id} and {@code user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatClearUserMessages() {
        String self = userId();
        return channelChatClearUserMessages(self, self);
    }

    /**
     * {@link #channelChatMessage(String, String)} with {@code user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatMessage(String broadcasterUserId) {
        return channelChatMessage(broadcasterUserId, userId());
    }

    /**
     * {@link #channelChatMessage(String, String)} with {@code broadcaster_user_id} and {@code user_id} the logged-in
     * user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatMessage() {
        String self = userId();
        return channelChatMessage(self, self);
    }

    /**
     * {@link #channelChatMessageDelete(String, String)} with {@code user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatMessageDelete(String broadcasterUserId) {
        return channelChatMessageDelete(broadcasterUserId, userId());
    }

    /**
     * {@link #channelChatMessageDelete(String, String)} with {@code broadcaster_user_id} and {@code user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatMessageDelete() {
        String self = userId();
        return channelChatMessageDelete(self, self);
    }

    /**
     * {@link #channelChatNotification(String, String)} with {@code user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatNotification(String broadcasterUserId) {
        return channelChatNotification(broadcasterUserId, userId());
    }

    /**
     * {@link #channelChatNotification(String, String)} with {@code broadcaster_user_id} and {@code user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatNotification() {
        String self = userId();
        return channelChatNotification(self, self);
    }

    /**
     * {@link #channelChatSettingsUpdate(String, String)} with {@code user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatSettingsUpdate(String broadcasterUserId) {
        return channelChatSettingsUpdate(broadcasterUserId, userId());
    }

    /**
     * {@link #channelChatSettingsUpdate(String, String)} with {@code broadcaster_user_id} and {@code user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatSettingsUpdate() {
        String self = userId();
        return channelChatSettingsUpdate(self, self);
    }

    /**
     * {@link #channelChatUserMessageHold(String, String)} with {@code user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatUserMessageHold(String broadcasterUserId) {
        return channelChatUserMessageHold(broadcasterUserId, userId());
    }

    /**
     * {@link #channelChatUserMessageHold(String, String)} with {@code broadcaster_user_id} and {@code user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatUserMessageHold() {
        String self = userId();
        return channelChatUserMessageHold(self, self);
    }

    /**
     * {@link #channelChatUserMessageUpdate(String, String)} with {@code user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatUserMessageUpdate(String broadcasterUserId) {
        return channelChatUserMessageUpdate(broadcasterUserId, userId());
    }

    /**
     * {@link #channelChatUserMessageUpdate(String, String)} with {@code broadcaster_user_id} and {@code user_id} the
     * logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelChatUserMessageUpdate() {
        String self = userId();
        return channelChatUserMessageUpdate(self, self);
    }

    /**
     * {@link #channelSharedChatBegin(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelSharedChatBegin() {
        return channelSharedChatBegin(userId());
    }

    /**
     * {@link #channelSharedChatUpdate(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelSharedChatUpdate() {
        return channelSharedChatUpdate(userId());
    }

    /**
     * {@link #channelSharedChatEnd(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelSharedChatEnd() {
        return channelSharedChatEnd(userId());
    }

    /**
     * {@link #channelGoalBegin(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelGoalBegin() {
        return channelGoalBegin(userId());
    }

    /**
     * {@link #channelGoalProgress(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelGoalProgress() {
        return channelGoalProgress(userId());
    }

    /**
     * {@link #channelGoalEnd(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelGoalEnd() {
        return channelGoalEnd(userId());
    }

    /**
     * {@link #channelGuestStarSessionBeginBeta(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelGuestStarSessionBeginBeta(String broadcasterUserId) {
        return channelGuestStarSessionBeginBeta(broadcasterUserId, userId());
    }

    /**
     * {@link #channelGuestStarSessionBeginBeta(String, String)} with {@code broadcaster_user_id} and {@code
     * moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelGuestStarSessionBeginBeta() {
        String self = userId();
        return channelGuestStarSessionBeginBeta(self, self);
    }

    /**
     * {@link #channelGuestStarSessionEndBeta(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelGuestStarSessionEndBeta(String broadcasterUserId) {
        return channelGuestStarSessionEndBeta(broadcasterUserId, userId());
    }

    /**
     * {@link #channelGuestStarSessionEndBeta(String, String)} with {@code broadcaster_user_id} and {@code
     * moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelGuestStarSessionEndBeta() {
        String self = userId();
        return channelGuestStarSessionEndBeta(self, self);
    }

    /**
     * {@link #channelGuestStarGuestUpdateBeta(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelGuestStarGuestUpdateBeta(String broadcasterUserId) {
        return channelGuestStarGuestUpdateBeta(broadcasterUserId, userId());
    }

    /**
     * {@link #channelGuestStarGuestUpdateBeta(String, String)} with {@code broadcaster_user_id} and {@code
     * moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelGuestStarGuestUpdateBeta() {
        String self = userId();
        return channelGuestStarGuestUpdateBeta(self, self);
    }

    /**
     * {@link #channelGuestStarSettingsUpdateBeta(String, String)} with {@code moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelGuestStarSettingsUpdateBeta(String broadcasterUserId) {
        return channelGuestStarSettingsUpdateBeta(broadcasterUserId, userId());
    }

    /**
     * {@link #channelGuestStarSettingsUpdateBeta(String, String)} with {@code broadcaster_user_id} and {@code
     * moderator_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelGuestStarSettingsUpdateBeta() {
        String self = userId();
        return channelGuestStarSettingsUpdateBeta(self, self);
    }

    /**
     * {@link #channelHypeTrainBeginV2(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelHypeTrainBeginV2() {
        return channelHypeTrainBeginV2(userId());
    }

    /**
     * {@link #channelHypeTrainProgressV2(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelHypeTrainProgressV2() {
        return channelHypeTrainProgressV2(userId());
    }

    /**
     * {@link #channelHypeTrainEndV2(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelHypeTrainEndV2() {
        return channelHypeTrainEndV2(userId());
    }

    /**
     * {@link #channelHypeTrainBegin(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelHypeTrainBegin() {
        return channelHypeTrainBegin(userId());
    }

    /**
     * {@link #channelHypeTrainProgress(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelHypeTrainProgress() {
        return channelHypeTrainProgress(userId());
    }

    /**
     * {@link #channelHypeTrainEnd(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelHypeTrainEnd() {
        return channelHypeTrainEnd(userId());
    }

    /**
     * {@link #channelPollBegin(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelPollBegin() {
        return channelPollBegin(userId());
    }

    /**
     * {@link #channelPollProgress(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelPollProgress() {
        return channelPollProgress(userId());
    }

    /**
     * {@link #channelPollEnd(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelPollEnd() {
        return channelPollEnd(userId());
    }

    /**
     * {@link #channelPredictionBegin(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelPredictionBegin() {
        return channelPredictionBegin(userId());
    }

    /**
     * {@link #channelPredictionProgress(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelPredictionProgress() {
        return channelPredictionProgress(userId());
    }

    /**
     * {@link #channelPredictionLock(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelPredictionLock() {
        return channelPredictionLock(userId());
    }

    /**
     * {@link #channelPredictionEnd(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> channelPredictionEnd() {
        return channelPredictionEnd(userId());
    }

    /**
     * {@link #streamOnline(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> streamOnline() {
        return streamOnline(userId());
    }

    /**
     * {@link #streamOffline(String)} with {@code broadcaster_user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> streamOffline() {
        return streamOffline(userId());
    }

    /**
     * {@link #userUpdate(String)} with {@code user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> userUpdate() {
        return userUpdate(userId());
    }

    /**
     * {@link #userWhisperMessage(String)} with {@code user_id} the logged-in user.
     *
     * @throws IllegalStateException when the client has no logged-in user (before login)
     */
    default CompletableFuture<Subscription> userWhisperMessage() {
        return userWhisperMessage(userId());
    }
}
