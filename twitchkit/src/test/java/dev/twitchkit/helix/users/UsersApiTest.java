package dev.twitchkit.helix.users;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.twitchkit.App;
import dev.twitchkit.AppTestSupport;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Users endpoints beyond Get Users, end to end against the mock. */
class UsersApiTest {
    private static MockTwitch twitch;
    private static App app;
    private static MockUser streamer;
    private static MockUser viewer;
    private static HelixApi streamerApi;
    private static HelixApi viewerApi;
    private static HelixApi appApi;

    @BeforeAll
    static void start() {
        twitch = MockTwitch.start();
        app = AppTestSupport.builder(twitch).build();
        await(app.authorize());
        streamer = twitch.createUser("Streamer", "user:edit", "user:read:email", "user:read:blocked_users",
                "user:manage:blocked_users", "user:edit:broadcast");
        viewer = twitch.createUser("viewer", "user:read:broadcast");
        streamerApi = await(app.addUser(streamer.accessToken(), streamer.refreshToken()));
        viewerApi = await(app.addUser(viewer.accessToken(), viewer.refreshToken()));
        appApi = app.application();
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

    private static MockHelixRequest onlyRequest() {
        assertThat(twitch.helixRequests()).hasSize(1);
        return twitch.helixRequests().get(0);
    }

    @Test
    void updateUserSetsTheDescriptionThatGetUsersThenReads() {
        User updated = await(streamerApi.users().updateUser("Speedruns every night"));

        assertThat(updated.id()).isEqualTo(streamer.id());
        assertThat(updated.login()).isEqualTo("streamer");
        assertThat(updated.displayName()).isEqualTo("Streamer");
        assertThat(updated.description()).isEqualTo("Speedruns every night");
        assertThat(updated.email()).isEqualTo("streamer@example.com");
        assertThat(updated.type()).isEmpty();
        assertThat(updated.broadcasterType()).isEmpty();
        assertThat(updated.profileImageUrl()).startsWith("https://");
        assertThat(updated.offlineImageUrl()).isNotNull();
        assertThat(updated.viewCount()).isZero();
        assertThat(updated.createdAt()).isNotNull();
        MockHelixRequest request = onlyRequest();
        assertThat(request.route()).isEqualTo("PUT /users");
        assertThat(request.param("description")).contains("Speedruns every night");
        assertThat(await(appApi.users().byIds(List.of(streamer.id()))).get(0).description())
                .isEqualTo("Speedruns every night");

        assertThat(await(streamerApi.users().updateUser("")).description()).isEmpty();
    }

    @Test
    void updateUserChecksLengthAndScopeBeforeARequest() {
        assertThatThrownBy(() -> streamerApi.users().updateUser("x".repeat(301)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("300");
        assertThat(failure(viewerApi.users().updateUser("hi"))).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("user:edit");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void authorizationByUserListsTheScopesGrantedToTheApp() {
        List<UserAuthorization> authorizations = await(appApi.users().getAuthorizationByUser(
                List.of(streamer.id(), viewer.id())));

        assertThat(authorizations).extracting(UserAuthorization::userId).containsExactly(streamer.id(), viewer.id());
        UserAuthorization first = authorizations.get(0);
        assertThat(first.userLogin()).isEqualTo("streamer");
        assertThat(first.userName()).isEqualTo("Streamer");
        assertThat(first.scopes()).contains("user:edit", "user:edit:broadcast");
        MockHelixRequest request = onlyRequest();
        assertThat(request.route()).isEqualTo("GET /authorization/users");
        assertThat(request.params("user_id")).containsExactly(streamer.id(), viewer.id());
        assertThat(request.userId()).isNull();
    }

    @Test
    void authorizationLookupsOfMoreThanTenAreSplit() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            ids.add(twitch.createUser("granted" + i, "chat:read").id());
        }

        assertThat(await(appApi.users().getAuthorizationByUser(ids))).extracting(UserAuthorization::userId)
                .containsExactlyElementsOf(ids);
        assertThat(twitch.helixRequests()).extracting(r -> r.params("user_id").size()).containsExactly(10, 1);
    }

    @Test
    void authorizationByUserNeedsTheAppToken() {
        assertThatThrownBy(() -> streamerApi.users().getAuthorizationByUser(List.of(streamer.id())).join())
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void blockListBlockAndUnblock() {
        MockUser troll = twitch.createUser("Troll");
        MockUser spammer = twitch.createUser("spammer");

        await(streamerApi.users().blockUser(troll.id(), BlockSourceContext.CHAT, BlockReason.HARASSMENT));
        MockHelixRequest block = onlyRequest();
        assertThat(block.route()).isEqualTo("PUT /users/blocks");
        assertThat(block.param("target_user_id")).contains(troll.id());
        assertThat(block.param("source_context")).contains("chat");
        assertThat(block.param("reason")).contains("harassment");
        await(streamerApi.users().blockUser(spammer.id()));

        twitch.clearHelixRequests();
        List<BlockedUser> blocked = await(streamerApi.users().getUserBlockList().all());
        assertThat(blocked).containsExactly(new BlockedUser(troll.id(), "troll", "Troll"),
                new BlockedUser(spammer.id(), "spammer", "spammer"));
        MockHelixRequest list = onlyRequest();
        assertThat(list.route()).isEqualTo("GET /users/blocks");
        assertThat(list.param("broadcaster_id")).contains(streamer.id());
        assertThat(list.param("first")).contains("100");

        twitch.clearHelixRequests();
        await(streamerApi.users().unblockUser(troll.id()));
        MockHelixRequest unblock = onlyRequest();
        assertThat(unblock.route()).isEqualTo("DELETE /users/blocks");
        assertThat(unblock.param("target_user_id")).contains(troll.id());
        assertThat(await(streamerApi.users().getUserBlockList().all())).extracting(BlockedUser::userId)
                .containsExactly(spammer.id());
    }

    @Test
    void blockChecksAreMadeBeforeARequest() {
        assertThatThrownBy(() -> streamerApi.users().blockUser(streamer.id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("themselves");
        assertThat(failure(viewerApi.users().blockUser(streamer.id()))).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("user:manage:blocked_users");
        assertThat(failure(viewerApi.users().getUserBlockList().all())).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("user:read:blocked_users");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void installedExtensions() {
        List<InstalledExtension> installed = await(viewerApi.users().getUserExtensions());

        assertThat(installed).hasSize(3);
        InstalledExtension component = installed.get(2);
        assertThat(component.id()).isNotBlank();
        assertThat(component.version()).isEqualTo("0.0.1");
        assertThat(component.name()).isEqualTo("Dev Experience Test");
        assertThat(component.canActivate()).isTrue();
        assertThat(component.type()).containsExactly(ExtensionType.COMPONENT, ExtensionType.MOBILE);
        assertThat(onlyRequest().route()).isEqualTo("GET /users/extensions/list");
    }

    @Test
    void activateExtensionsAndReadThemBack() {
        List<InstalledExtension> installed = await(streamerApi.users().getUserExtensions());
        InstalledExtension panel = installed.get(0);
        InstalledExtension component = installed.get(2);
        twitch.clearHelixRequests();

        ActiveExtensions updated = await(streamerApi.users().updateUserExtensions(new ActiveExtensions(
                Map.of("1", ActiveExtension.of(panel.id(), panel.version())), Map.of(),
                Map.of("2", ActiveExtension.component(component.id(), component.version(), 10, 20)))));

        assertThat(updated.panel().get("1")).isEqualTo(new ActiveExtension(true, panel.id(), panel.version(),
                panel.name(), null, null));
        assertThat(updated.panel().get("2").active()).isFalse();
        assertThat(updated.overlay().get("1").active()).isFalse();
        assertThat(updated.component().get("2")).isEqualTo(new ActiveExtension(true, component.id(),
                component.version(), component.name(), 10, 20));
        MockHelixRequest update = onlyRequest();
        assertThat(update.route()).isEqualTo("PUT /users/extensions");
        assertThat(update.body()).startsWith("{\"data\":{\"panel\":{\"1\":{\"active\":true,\"id\":\"" + panel.id());

        twitch.clearHelixRequests();
        assertThat(await(appApi.users().getUserActiveExtensions(streamer.id()))).isEqualTo(updated);
        MockHelixRequest read = onlyRequest();
        assertThat(read.route()).isEqualTo("GET /users/extensions");
        assertThat(read.param("user_id")).contains(streamer.id());
        assertThat(await(streamerApi.users().getUserActiveExtensions())).isEqualTo(updated);
    }

    @Test
    void activatingAnExtensionNotInstalledIsNotFound() {
        Throwable error = failure(streamerApi.users().updateUserExtensions(new ActiveExtensions(
                Map.of("1", ActiveExtension.of("nope", "9.9.9")), null, null)));

        assertThat(error).isInstanceOf(NotFoundException.class).hasMessageContaining("was not found");
    }

    @Test
    void extensionScopesAreCheckedBeforeARequest() {
        assertThat(failure(viewerApi.users().updateUserExtensions(new ActiveExtensions(null, null, null))))
                .isInstanceOf(MissingScopeException.class).hasMessageContaining("user:edit:broadcast");
        MockUser bare = twitch.createUser("bare");
        HelixApi bareApi = await(app.addUser(bare.accessToken(), bare.refreshToken()));
        twitch.clearHelixRequests();
        assertThat(failure(bareApi.users().getUserExtensions())).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("user:read:broadcast");
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
