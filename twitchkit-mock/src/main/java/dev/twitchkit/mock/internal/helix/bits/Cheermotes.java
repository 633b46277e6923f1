package dev.twitchkit.mock.internal.helix.bits;

import dev.twitchkit.mock.internal.auth.AuthStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mock's fixed Cheermote catalog: three global Cheermotes ({@code Cheer}, {@code DoodleCheer}, the charitable
 * {@code Charity}) and, for a known broadcaster, one {@code channel_custom} Cheermote named after their login.
 */
final class Cheermotes {
    private static final String LAST_UPDATED = "2018-05-22T00:06:04Z";
    private static final int[] TIERS = {1, 100, 1000, 5000, 10000};
    private static final String[] COLORS = {"#979797", "#9c3ee8", "#1db2a5", "#0099fe", "#f43021"};
    private static final String[] SCALES = {"1", "1.5", "2", "3", "4"};

    private Cheermotes() {
    }

    /** The global Cheermotes, plus the broadcaster's own when {@code broadcaster} is not null, in order. */
    static List<JsonNode> of(AuthStore.User broadcaster) {
        List<JsonNode> out = new ArrayList<>();
        out.add(cheermote("Cheer", "global_first_party", 1, false));
        out.add(cheermote("DoodleCheer", "global_third_party", 2, false));
        out.add(cheermote("Charity", "global_first_party", 3, true));
        if (broadcaster != null) {
            out.add(cheermote(broadcaster.login().toLowerCase(Locale.ROOT), "channel_custom", 4, false));
        }
        return out;
    }

    private static JsonNode cheermote(String prefix, String type, int order, boolean charitable) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("prefix", prefix);
        var tiers = node.putArray("tiers");
        for (int i = 0; i < TIERS.length; i++) {
            ObjectNode tier = tiers.addObject();
            tier.put("min_bits", TIERS[i]);
            tier.put("id", Integer.toString(TIERS[i]));
            tier.put("color", COLORS[i]);
            ObjectNode images = tier.putObject("images");
            for (String theme : new String[] {"dark", "light"}) {
                ObjectNode byTheme = images.putObject(theme);
                for (String kind : new String[] {"animated", "static"}) {
                    ObjectNode byScale = byTheme.putObject(kind);
                    for (String scale : SCALES) {
                        byScale.put(scale, "https://d3aqoihi2n8ty8.cloudfront.net/actions/" + prefix.toLowerCase(
                                Locale.ROOT) + "/" + theme + "/" + kind + "/" + TIERS[i] + "/" + scale
                                + (kind.equals("animated") ? ".gif" : ".png"));
                    }
                }
            }
            tier.put("can_cheer", true);
            tier.put("show_in_bits_card", true);
        }
        node.put("type", type);
        node.put("order", order);
        node.put("last_updated", LAST_UPDATED);
        node.put("is_charitable", charitable);
        return node;
    }
}
