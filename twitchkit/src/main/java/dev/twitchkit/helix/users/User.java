package dev.twitchkit.helix.users;

import java.time.Instant;

/**
 * A Twitch user as Get Users reports it.
 *
 * @param id the user id
 * @param login the login name
 * @param displayName the display name
 * @param type {@code admin}, {@code global_mod}, {@code staff} or empty
 * @param broadcasterType {@code affiliate}, {@code partner} or empty
 * @param description the channel description
 * @param profileImageUrl the profile image address
 * @param offlineImageUrl the offline image address
 * @param viewCount deprecated by Twitch, kept for completeness
 * @param email present only with {@code user:read:email} on the user's own token
 * @param createdAt when the account was created
 */
public record User(String id, String login, String displayName, String type, String broadcasterType,
                   String description, String profileImageUrl, String offlineImageUrl, long viewCount, String email,
                   Instant createdAt) {
}
