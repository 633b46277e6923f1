package dev.twitchkit.helix.gueststar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.helix.DataResponse;
import dev.twitchkit.internal.json.Json;
import org.junit.jupiter.api.Test;

/** Twitch's own examples bind, with the names they use where the schema has others ({@code layout}, {@code id}). */
class GuestStarBindingTest {
    @Test
    void theSettingsExampleBindsItsLayoutField() {
        GuestStarSettings settings = Json.mapper().readValue("""
                {"is_moderator_send_live_enabled": true, "slot_count": 4, "is_browser_source_audio_enabled": true,
                 "layout": "TILED_LAYOUT", "browser_source_token": "eihq8rew7q3hgierufhi3q"}""",
                GuestStarSettings.class);

        assertThat(settings.groupLayout()).isEqualTo(GuestStarLayout.TILED);
        assertThat(settings.slotCount()).isEqualTo(4);
        assertThat(GuestStarLayout.of("NEW_LAYOUT").isKnown()).isFalse();
    }

    @Test
    void theCreateSessionExampleBindsItsGuestsIdAsTheSlot() {
        DataResponse<?> response = Json.mapper().readValue("""
                {"data": [{"id": "2KFRQbFtpmfyD3IevNRnCzOPRJI", "guests": [{"id": "0", "user_id": "9321049",
                 "user_display_name": "Cool_User", "user_login": "cool_user", "is_live": true, "volume": 100,
                 "assigned_at": "2023-01-02T04:16:53.325Z",
                 "audio_settings": {"is_available": true, "is_host_enabled": true, "is_guest_enabled": true},
                 "video_settings": {"is_available": true, "is_host_enabled": false, "is_guest_enabled": true}}]}]}""",
                Json.mapper().getTypeFactory().constructParametricType(DataResponse.class, GuestStarSession.class));

        GuestStarSession session = (GuestStarSession) response.data().get(0);
        assertThat(session.id()).isEqualTo("2KFRQbFtpmfyD3IevNRnCzOPRJI");
        GuestStarGuest host = session.guests().get(0);
        assertThat(host.slotId()).isEqualTo("0");
        assertThat(host.userDisplayName()).isEqualTo("Cool_User");
        assertThat(host.videoSettings()).isEqualTo(new GuestStarMediaSettings(true, false, true));
    }
}
