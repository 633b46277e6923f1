package dev.twitchkit.mock.internal.helix.charity;

import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.PageCursor;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.Charity;
import dev.twitchkit.mock.internal.world.World;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Charity: the broadcaster's active campaign (empty {@code data} when none) and its donations, for partners and
 * affiliates (403 otherwise, as Twitch).
 */
public final class CharityRoutes {
    private static final String SCOPE = "channel:read:charity";
    private static final PageCursor DONATIONS = new PageCursor("donations");
    private final World world;

    public CharityRoutes(World world) {
        this.world = world;
    }

    /** Mounts the two Charity routes. */
    public void mount(Router router) {
        router.helix("GET", "/charity/campaigns", this::getCampaign);
        router.helix("GET", "/charity/donations", this::getDonations);
    }

    private HttpReply getCampaign(HttpExchange exchange) {
        String broadcasterId = broadcaster(new HelixRequest(exchange, world.auth()).requireUserToken(SCOPE));
        List<Charity.Campaign> campaigns = world.charity().active(broadcasterId).stream().toList();
        return HttpReply.ok(HelixRequest.data(campaigns, c -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("id", c.id());
            world.putUser(node, "broadcaster", c.broadcasterId());
            node.put("charity_name", c.charityName());
            node.put("charity_description", c.charityDescription());
            node.put("charity_logo", c.charityLogo());
            node.put("charity_website", c.charityWebsite());
            node.set("current_amount", amount(c.currentAmount()));
            if (c.targetAmount() == null) {
                node.putNull("target_amount");
            } else {
                node.set("target_amount", amount(c.targetAmount()));
            }
            return node;
        }));
    }

    private HttpReply getDonations(HttpExchange exchange) {
        HelixRequest request = new HelixRequest(exchange, world.auth()).requireUserToken(SCOPE);
        String broadcasterId = broadcaster(request);
        return HttpReply.ok(request.page(world.charity().donations(broadcasterId), DONATIONS, 20, 100, d -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("id", d.id());
            node.put("campaign_id", d.campaignId());
            world.putUser(node, "user", d.userId());
            node.set("amount", amount(d.amount()));
            return node;
        }));
    }

    private String broadcaster(HelixRequest request) {
        String broadcasterId = request.tokenUser("broadcaster_id");
        if (!world.channels().isMonetized(broadcasterId)) {
            throw TwitchHttpError.forbidden("The broadcaster is not a partner or affiliate.");
        }
        return broadcasterId;
    }

    private static ObjectNode amount(long cents) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("value", cents);
        node.put("decimal_places", 2);
        node.put("currency", Charity.CURRENCY);
        return node;
    }
}
