package dev.twitchkit.helix.schedule;

/**
 * The category (game) a scheduled broadcast is about.
 *
 * @param id the category's id
 * @param name its name, e.g. {@code Science & Technology}
 */
public record ScheduleCategory(String id, String name) {
}
