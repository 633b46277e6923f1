package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.eventsub.CatalogEntry;
import dev.twitchkit.mock.internal.eventsub.EventSubServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.NullNode;

/**
 * Raises the EventSub notifications that a change of the world causes, as Twitch does: to every enabled
 * subscription of the type, in every version Twitch still serves, whose condition matches, on any transport. The
 * event is the type's fixture with fresh values, then the condition's fields, then the given fields (the real ids of
 * what changed); a {@code <p>_user_id} field set to a known user also fills {@code <p>_user_login} and
 * {@code <p>_user_name}.
 */
public final class WorldEvents {
    private static final Logger log = LoggerFactory.getLogger(WorldEvents.class);
    private final EventSubServer server;
    private final ObjectMapper json;

    public WorldEvents(EventSubServer server, ObjectMapper json) {
        this.server = server;
        this.json = json;
    }

    /**
     * Sends {@code type}'s notification to the matching subscriptions.
     *
     * @param condition condition fields a subscription must have with these values, e.g.
     *     {@code broadcaster_user_id}
     * @param fields event fields (dotted for nested ones) and their values: strings, numbers, booleans, maps,
     *     lists, JSON nodes, or null for JSON null
     * @return the message ids sent (none when nobody is subscribed)
     */
    public List<String> raise(String type, Map<String, String> condition, Map<String, ?> fields) {
        return raise(type, null, condition, fields);
    }

    /**
     * Sends {@code type}'s notification in one version only, for events whose versions differ in shape (the
     * fields of one version would be strangers in the other).
     *
     * @param version the version, or null for every version Twitch still serves
     */
    public List<String> raise(String type, String version, Map<String, String> condition, Map<String, ?> fields) {
        Map<String, JsonNode> overrides = new LinkedHashMap<>();
        fields.forEach((name, value) -> overrides.put(name, value == null ? NullNode.getInstance()
                : json.valueToTree(value)));
        List<String> sent = new ArrayList<>();
        for (CatalogEntry entry : server.catalog().entries()) {
            if (entry.type().equals(type) && !entry.removed()
                    && (version == null || version.equals(entry.version()))) {
                try {
                    sent.addAll(server.trigger(entry, server.catalog().fixture(entry), condition, overrides, 1));
                } catch (RuntimeException e) {
                    // The write that caused the event succeeded either way, as at Twitch.
                    log.warn("could not raise {} v{}", type, entry.version(), e);
                }
            }
        }
        return sent;
    }
}
