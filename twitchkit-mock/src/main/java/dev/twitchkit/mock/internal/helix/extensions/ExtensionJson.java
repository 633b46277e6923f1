package dev.twitchkit.mock.internal.helix.extensions;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.world.ExtensionState;
import dev.twitchkit.mock.internal.world.World;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Extensions and their Bits products as Helix writes them. */
final class ExtensionJson {
    private ExtensionJson() {
    }

    /** An extension as Get Extensions and Get Released Extensions describe it (every documented field). */
    static JsonNode describe(World world, ExtensionState extension) {
        String base = "https://" + extension.id() + ".ext-twitch.tv/" + extension.id() + "/" + extension.version()
                + "/";
        String images = "https://extensions-discovery-images.twitch.tv/" + extension.id() + "/"
                + extension.version() + "/";
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("author_name", world.user(extension.ownerId()).map(AuthStore.User::displayName).orElse(""));
        node.put("bits_enabled", true);
        node.put("can_install", true);
        node.put("configuration_location", "hosted");
        node.put("description", "An extension of the twitchkit mock.");
        node.put("eula_tos_url", "");
        node.put("has_chat_support", true);
        node.put("icon_url", images + "logo");
        ObjectNode icons = node.putObject("icon_urls");
        icons.put("100x100", images + "logo");
        icons.put("24x24", images + "taskbar");
        icons.put("300x200", images + "discovery");
        node.put("id", extension.id());
        node.put("name", "twitchkit mock extension");
        node.put("privacy_policy_url", "");
        node.put("request_identity_link", false);
        node.putArray("screenshot_urls").add(images + "screenshot");
        node.put("state", "Released");
        node.put("subscriptions_support_level", "none");
        node.put("summary", "A mock extension");
        node.put("support_email", "support@example.com");
        node.put("version", extension.version());
        node.put("viewer_summary", "A mock extension");
        ObjectNode views = node.putObject("views");
        views.putObject("mobile").put("viewer_url", base + "mobile.html");
        views.putObject("panel").put("viewer_url", base + "panel.html").put("height", 300)
                .put("can_link_external_content", false);
        views.putObject("video_overlay").put("viewer_url", base + "overlay.html")
                .put("can_link_external_content", false);
        views.putObject("component").put("viewer_url", base + "component.html").put("aspect_ratio_x", 48000)
                .put("aspect_ratio_y", 36000).put("autoscale", true).put("scale_pixels", 1024)
                .put("target_height", 5333).put("can_link_external_content", false);
        views.putObject("config").put("viewer_url", base + "config.html").put("can_link_external_content", false);
        node.putArray("allowlisted_config_urls");
        node.putArray("allowlisted_panel_urls");
        return node;
    }

    /** A Bits product; {@code expiration} is an empty string when it does not expire. */
    static JsonNode product(ExtensionState.BitsProduct product) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("sku", product.sku());
        node.putObject("cost").put("amount", product.amount()).put("type", product.currency());
        node.put("in_development", product.inDevelopment());
        node.put("display_name", product.displayName());
        node.put("expiration", product.expiration() == null ? "" : product.expiration().toString());
        node.put("is_broadcast", product.broadcast());
        return node;
    }
}
