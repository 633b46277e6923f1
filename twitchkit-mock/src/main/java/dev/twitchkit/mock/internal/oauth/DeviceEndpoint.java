package dev.twitchkit.mock.internal.oauth;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /oauth2/device} starts a device authorization; {@code GET /activate} is the mock's stand-in for
 * twitch.tv/activate, where a person (or a script) approves a user code as the {@code login} parameter's user or
 * the default user.
 */
final class DeviceEndpoint {
    private final AuthStore auth;
    private final ClientChecks clients;
    private final DeviceAuthorizations devices;
    private final Supplier<AuthStore.User> defaultUser;

    DeviceEndpoint(AuthStore auth, ClientChecks clients, DeviceAuthorizations devices,
                   Supplier<AuthStore.User> defaultUser) {
        this.auth = auth;
        this.clients = clients;
        this.devices = devices;
        this.defaultUser = defaultUser;
    }

    /** {@code device_code, expires_in, interval, user_code, verification_uri}. */
    HttpReply start(HttpExchange exchange) {
        Map<String, String> form = exchange.form();
        AuthStore.Client client = clients.client(form.get("client_id"));
        DeviceAuthorizations.Started started = devices.start(client.id(), TokenBodies.parseScopes(form.get("scopes")));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("device_code", started.deviceCode());
        body.put("expires_in", started.expiresIn().toSeconds());
        // Whole seconds as Twitch sends them; a sub-second test interval is announced as one second.
        body.put("interval", Math.max(1, (started.interval().toMillis() + 999) / 1000));
        body.put("user_code", started.userCode());
        String host = exchange.header("host").orElse("127.0.0.1");
        body.put("verification_uri", "http://" + host + "/activate?public=true&device-code="
                + URLEncoder.encode(started.userCode(), StandardCharsets.UTF_8));
        return HttpReply.ok(body);
    }

    /** {@code GET /activate?device-code=USERCODE[&login=name]}: approves, answers {@code {"status":"approved"}}. */
    HttpReply activate(HttpExchange exchange) {
        String userCode = exchange.query("device-code")
                .orElseThrow(() -> TwitchHttpError.badRequest("missing device-code"));
        AuthStore.User user = exchange.query("login")
                .map(login -> auth.userByLogin(login)
                        .orElseThrow(() -> TwitchHttpError.badRequest("no user with login " + login)))
                .orElseGet(defaultUser);
        try {
            devices.approve(userCode, user.id());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw TwitchHttpError.badRequest(e.getMessage());
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", "approved");
        body.put("user_id", user.id());
        body.put("login", user.login());
        return HttpReply.ok(body);
    }
}
