package dev.twitchkit.helix.charity;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.eventsub.event.CharityAmount;
import dev.twitchkit.helix.EventProbe;
import dev.twitchkit.helix.ForbiddenException;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CharityApiTest {
    private static MockTwitch twitch;
    private static App app;
    private static MockUser streamer;
    private static MockUser donor;
    private static HelixApi api;
    private static HelixApi donorApi;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        streamer = twitch.createUser("Streamer", "channel:read:charity");
        donor = twitch.createUser("Donor", "channel:read:charity");
        twitch.setBroadcasterType(streamer.id(), "partner");
        api = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        donorApi = await(app.addUser(donor.accessToken(), donor.refreshToken()));
    }

    @AfterAll
    static void stop() {
        app.close();
        twitch.close();
    }

    @BeforeEach
    void forgetRequests() {
        twitch.clearHelixRequests();
    }

    @Test
    void theActiveCampaignAndItsDonationsAreRead() {
        assertThat(await(api.charity().getCharityCampaign())).isEmpty();
        String campaignId;
        String donationId;
        try (EventProbe probe = EventProbe.start(twitch, streamer, "channel:read:charity")
                .subscribe("channel.charity_campaign.start", "1", Map.of("broadcaster_user_id", streamer.id()))
                .subscribe("channel.charity_campaign.donate", "1", Map.of("broadcaster_user_id", streamer.id()))
                .subscribe("channel.charity_campaign.progress", "1", Map.of("broadcaster_user_id", streamer.id()))) {
            campaignId = twitch.startCharityCampaign(streamer.id(), "Save the Otters", 150_000L);
            JsonNode started = probe.await("channel.charity_campaign.start",
                    e -> e.get("id").asString().equals(campaignId));
            assertThat(started.get("charity_name").asString()).isEqualTo("Save the Otters");
            assertThat(started.get("broadcaster_login").asString()).isEqualTo("streamer");
            assertThat(started.get("target_amount").get("value").asInt()).isEqualTo(150_000);
            donationId = twitch.donateToCharity(donor.id(), streamer.id(), 550);
            JsonNode donated = probe.await("channel.charity_campaign.donate",
                    e -> e.get("id").asString().equals(donationId));
            assertThat(donated.get("campaign_id").asString()).isEqualTo(campaignId);
            assertThat(donated.get("user_id").asString()).isEqualTo(donor.id());
            assertThat(donated.get("amount").get("value").asInt()).isEqualTo(550);
            JsonNode progress = probe.await("channel.charity_campaign.progress",
                    e -> e.get("id").asString().equals(campaignId));
            assertThat(progress.get("current_amount").get("value").asInt()).isEqualTo(550);
        }
        twitch.clearHelixRequests();

        CharityCampaign campaign = await(api.charity().getCharityCampaign()).orElseThrow();

        MockHelixRequest request = twitch.helixRequests().get(0);
        assertThat(request.route()).isEqualTo("GET /charity/campaigns");
        assertThat(request.param("broadcaster_id")).contains(streamer.id());
        assertThat(campaign.id()).isEqualTo(campaignId);
        assertThat(campaign.broadcasterId()).isEqualTo(streamer.id());
        assertThat(campaign.broadcasterLogin()).isEqualTo("streamer");
        assertThat(campaign.broadcasterName()).isEqualTo("Streamer");
        assertThat(campaign.charityName()).isEqualTo("Save the Otters");
        assertThat(campaign.charityDescription()).isNotBlank();
        assertThat(campaign.charityLogo()).startsWith("https://");
        assertThat(campaign.charityWebsite()).startsWith("https://");
        assertThat(campaign.currentAmount()).isEqualTo(new CharityAmount(550, 2, "USD"));
        assertThat(campaign.targetAmount()).isEqualTo(new CharityAmount(150_000, 2, "USD"));

        List<CharityDonation> donations = await(api.charity().getCharityCampaignDonations().all());
        assertThat(donations).containsExactly(new CharityDonation(donationId, campaignId, donor.id(), "donor",
                "Donor", new CharityAmount(550, 2, "USD")));
        assertThat(twitch.helixRequests().get(1).route()).isEqualTo("GET /charity/donations");
        assertThat(twitch.helixRequests().get(1).param("first")).contains("100");
    }

    @Test
    void aBroadcasterWhoIsNeitherPartnerNorAffiliateIsRefused() {
        assertThat(failure(donorApi.charity().getCharityCampaign())).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("partner or affiliate");
    }

    @Test
    void theScopeIsCheckedBeforeARequest() {
        MockUser other = twitch.createUser("Other");
        HelixApi otherApi = await(app.addUser(other.accessToken(), other.refreshToken()));
        twitch.clearHelixRequests();

        assertThat(failure(otherApi.charity().getCharityCampaign())).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("channel:read:charity");
        assertThat(failure(otherApi.charity().getCharityCampaignDonations().all()))
                .isInstanceOf(MissingScopeException.class);
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
