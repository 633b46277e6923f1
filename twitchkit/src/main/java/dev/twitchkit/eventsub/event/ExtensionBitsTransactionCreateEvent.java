package dev.twitchkit.eventsub.event;

/**
 * A Bits transaction happened on an extension.
 *
 * <p>EventSub type {@code extension.bits_transaction.create}, version {@code 1}.
 *
 * @param extensionClientId {@code extension_client_id}
 * @param id {@code id}
 * @param broadcasterUserId {@code broadcaster_user_id}
 * @param broadcasterUserLogin {@code broadcaster_user_login}
 * @param broadcasterUserName {@code broadcaster_user_name}
 * @param userId {@code user_id}
 * @param userLogin {@code user_login}
 * @param userName {@code user_name}
 * @param product {@code product}
 */
public record ExtensionBitsTransactionCreateEvent(
        String extensionClientId,
        String id,
        String broadcasterUserId,
        String broadcasterUserLogin,
        String broadcasterUserName,
        String userId,
        String userLogin,
        String userName,
        ExtensionProduct product) implements EventSubEvent {
}
