package dev.twitchkit.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of the library. Twitch writes {@code snake_case}; records use Twitch's names
 * camelCased ({@code broadcaster_user_id} → {@code broadcasterUserId}), so the mapper translates. Unknown
 * members are ignored (Twitch adds fields without notice), and timestamps bind to {@code Instant} with
 * Twitch's nanoseconds kept.
 */
public final class Json {
    // Interned property names: Jackson's lookup of a record's creator properties then matches on identity.
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .build();

    /** Request bodies: as {@link #mapper()}, but null members are left out (Twitch rejects some {@code "x": null}). */
    private static final ObjectWriter BODY_WRITER = MAPPER.rebuild()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build().writer();

    private Json() {
    }

    /** Writes a Helix request body, leaving null members out. */
    public static ObjectWriter bodyWriter() {
        return BODY_WRITER;
    }

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
