package dev.twitchkit.helix.ads;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A time of the ad schedule. Twitch's reference says RFC 3339, its API sends Unix epoch seconds with 0 for "none"
 * (twitchdev/issues #857): both are read, and 0 or an empty string becomes null.
 */
final class AdTime extends ValueDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return ofEpoch(parser.getLongValue());
        }
        String text = parser.getString().trim();
        if (text.isEmpty()) {
            return null;
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return ofEpoch(Long.parseLong(text));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ad schedule time");
        }
    }

    private static Instant ofEpoch(long seconds) {
        return seconds == 0 ? null : Instant.ofEpochSecond(seconds);
    }
}
