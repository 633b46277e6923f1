package dev.twitchkit.mock;

import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Route;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mock's control API: the Java API of {@link MockTwitch} as JSON over HTTP under {@code /_mock}, for tools
 * in other languages and the {@code twitchkit trigger} command. Requests and replies are JSON with snake_case
 * fields; no authentication (the mock listens on loopback by default). Errors use Helix's body
 * {@code {"error","status","message"}}: 400 for bad input, 404 for an unknown session or subscription, 409 when
 * the state forbids the operation.
 *
 * <table>
 * <caption>Routes</caption>
 * <tr><th>route</th><th>body</th><th>answer</th></tr>
 * <tr><td>{@code GET /_mock}</td><td></td><td>client id and secret, URLs, clock</td></tr>
 * <tr><td>{@code POST /_mock/clients}</td><td>{@code name, public}</td>
 *     <td>201: {@code client_id}, {@code client_secret} (none for a public client), {@code public}</td></tr>
 * <tr><td>{@code POST /_mock/users}</td><td>{@code login, scopes}</td><td>the user with a user token</td></tr>
 * <tr><td>{@code POST /_mock/tokens}</td><td>{@code user_id, scopes}</td><td>another user token</td></tr>
 * <tr><td>{@code POST /_mock/tokens/app}</td><td></td><td>{@code access_token} (app token)</td></tr>
 * <tr><td>{@code POST /_mock/tokens/expire}</td><td>{@code access_token}</td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/tokens/revoke}</td><td>{@code access_token}</td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/tokens/revoke-refresh}</td><td>{@code refresh_token}</td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/device/approve}</td><td>{@code user_code, user_id}</td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/device/deny}</td><td>{@code user_code}</td><td>204</td></tr>
 * <tr><td>{@code GET /_mock/clock}, {@code POST /_mock/clock/advance}</td>
 *     <td>{@code seconds} (at most 100 years ahead in all, else 400)</td>
 *     <td>{@code now, offset_seconds}</td></tr>
 * <tr><td>{@code POST /_mock/ratelimit/drain}</td><td>{@code user_id} or {@code app: true}</td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/faults/helix}</td><td>{@code status, message, count}</td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/faults/refresh}</td><td>{@code status, message}</td><td>204</td></tr>
 * <tr><td>{@code GET /_mock/auth/counters?access_token=&user_id=}</td><td></td>
 *     <td>{@code validations, user_validations, refreshes}</td></tr>
 * <tr><td>{@code GET /_mock/chat/messages}</td><td></td><td>{@code data}: messages sent to chat</td></tr>
 * <tr><td>{@code POST /_mock/trigger}</td><td>{@code type, version, broadcaster, condition, fields, count, nulls}
 *     ({@code nulls: true}: the fixture with every nullable field null)</td>
 *     <td>{@code message_ids}</td></tr>
 * <tr><td>{@code GET /_mock/sessions}</td><td></td><td>{@code data}: EventSub sessions</td></tr>
 * <tr><td>{@code POST /_mock/sessions/reconnect}</td><td>{@code session_id}</td><td>{@code reconnect_url}</td></tr>
 * <tr><td>{@code POST /_mock/sessions/close}</td><td>{@code session_id, code}</td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/sessions/stop-keepalives}</td><td>{@code session_id}</td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/sessions/drop}</td><td>{@code session_id}</td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/sessions/raw}</td><td>{@code session_id, frame}</td><td>204</td></tr>
 * <tr><td>{@code GET /_mock/subscriptions}</td><td></td><td>{@code data}: every subscription</td></tr>
 * <tr><td>{@code POST /_mock/subscriptions/revoke}</td><td>{@code subscription_id, status}</td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/notifications/resend}</td><td>{@code message_id}</td><td>{@code resent}</td></tr>
 * <tr><td>{@code GET /_mock/webhooks/calls}</td><td></td><td>{@code data}: POSTs to webhook callbacks</td></tr>
 * <tr><td>{@code POST /_mock/webhooks/fail}</td><td>{@code count}</td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/webhooks/bad-signature}</td><td></td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/webhooks/backdate}</td><td>{@code seconds}</td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/world}</td><td>a world document: {@code users, follows, subscriptions, moderators,
 *     editors} by login (see {@link MockTwitch#seed})</td><td>201: {@code data}, the users created with tokens</td></tr>
 * <tr><td>{@code GET /_mock/counters}, {@code POST /_mock/counters/reset}</td><td></td>
 *     <td>{@code sent, dropped, times_sent_by_message_id}</td></tr>
 * <tr><td>{@code POST /_mock/follows}</td><td>{@code user_id, broadcaster_id}</td>
 *     <td>204 (raises {@code channel.follow})</td></tr>
 * <tr><td>{@code POST /_mock/subscribers}</td><td>{@code user_id, broadcaster_id, tier, gifter_id}</td>
 *     <td>204 (raises {@code channel.subscribe})</td></tr>
 * <tr><td>{@code POST /_mock/editors}</td><td>{@code broadcaster_id, user_id}</td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/broadcaster-type}</td><td>{@code user_id, type} ({@code partner},
 *     {@code affiliate} or empty)</td><td>204</td></tr>
 * <tr><td>{@code POST /_mock/streams/start}</td><td>{@code broadcaster_id}</td>
 *     <td>{@code stream_id} (raises {@code stream.online}; 409 when live already)</td></tr>
 * <tr><td>{@code POST /_mock/streams/end}</td><td>{@code broadcaster_id}</td>
 *     <td>{@code video_id} of the archive (raises {@code stream.offline}; 409 when not live)</td></tr>
 * </table>
 *
 * <p>A missing {@code session_id} means the newest connected session.
 */
final class ControlApi {
    public static final String PREFIX = "/_mock";

    private final MockTwitch twitch;
    private final ObjectMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    ControlApi(MockTwitch twitch) {
        this.twitch = twitch;
    }

    void mount(Router router) {
        get(router, "", this::describe);
        post(router, "/clients", this::registerClient);
        post(router, "/users", this::createUser);
        post(router, "/tokens", this::issueToken);
        post(router, "/tokens/app", body -> single("access_token", twitch.issueAppToken()));
        post(router, "/tokens/expire", body -> done(() -> twitch.expireToken(body.text("access_token"))));
        post(router, "/tokens/revoke", body -> done(() -> twitch.revokeToken(body.text("access_token"))));
        post(router, "/tokens/revoke-refresh",
                body -> done(() -> twitch.revokeRefreshToken(body.text("refresh_token"))));
        post(router, "/device/approve",
                body -> done(() -> twitch.approveDevice(body.text("user_code"), body.text("user_id"))));
        post(router, "/device/deny", body -> done(() -> twitch.denyDevice(body.text("user_code"))));
        get(router, "/clock", exchange -> HttpReply.ok(clock()));
        post(router, "/clock/advance", this::advanceClock);
        post(router, "/ratelimit/drain", this::drain);
        post(router, "/faults/helix", body -> done(() -> twitch.failNextHelixRequests(
                body.optionalNumber("count").orElse(1L).intValue(), (int) body.number("status"),
                body.optionalText("message").orElse("Injected failure"))));
        post(router, "/faults/refresh", body -> done(() -> twitch.failNextRefresh((int) body.number("status"),
                body.optionalText("message").orElse("Injected failure"))));
        get(router, "/auth/counters", this::authCounters);
        get(router, "/chat/messages", exchange -> data(json.valueToTree(twitch.chatMessages())));
        post(router, "/trigger", this::trigger);
        get(router, "/sessions", exchange -> data(sessions()));
        post(router, "/sessions/reconnect",
                body -> single("reconnect_url", session(body).sendReconnect().toString()));
        post(router, "/sessions/close", body -> done(() -> session(body).close((int) body.number("code"))));
        post(router, "/sessions/stop-keepalives", body -> done(() -> session(body).stopKeepalives()));
        post(router, "/sessions/drop", body -> done(() -> session(body).dropTcp()));
        post(router, "/sessions/raw", body -> done(() -> session(body).sendRaw(body.text("frame"))));
        get(router, "/subscriptions", exchange -> data(json.valueToTree(twitch.subscriptions())));
        post(router, "/subscriptions/revoke", body -> done(() -> twitch.revoke(body.text("subscription_id"),
                body.optionalText("status").orElse("authorization_revoked"))));
        post(router, "/notifications/resend",
                body -> {
                    ObjectNode reply = JsonNodeFactory.instance.objectNode();
                    reply.put("resent", twitch.resend(body.text("message_id")));
                    return HttpReply.ok(reply);
                });
        get(router, "/webhooks/calls", exchange -> data(json.valueToTree(twitch.webhookCalls())));
        post(router, "/webhooks/fail", body -> done(() -> twitch.failNextWebhookCalls((int) body.number("count"))));
        post(router, "/webhooks/bad-signature", body -> done(twitch::signNextWebhookCallWrongly));
        post(router, "/webhooks/backdate", body -> done(() -> twitch.backdateNextWebhookCall(
                Duration.ofSeconds(body.number("seconds")))));
        router.add("POST", PREFIX + "/world", guarded(this::seedWorld));
        get(router, "/counters", exchange -> HttpReply.ok(json.valueToTree(twitch.counters())));
        post(router, "/counters/reset", body -> done(twitch::resetCounters));
        post(router, "/follows", body -> done(() -> twitch.follow(body.text("user_id"), body.text("broadcaster_id"))));
        post(router, "/subscribers", body -> done(() -> body.optionalText("gifter_id").ifPresentOrElse(
                gifter -> twitch.giftSubscription(gifter, body.text("user_id"), body.text("broadcaster_id"),
                        body.optionalText("tier").orElse("1000")),
                () -> twitch.subscribe(body.text("user_id"), body.text("broadcaster_id"),
                        body.optionalText("tier").orElse("1000")))));
        post(router, "/editors", body -> done(() -> twitch.addEditor(body.text("broadcaster_id"),
                body.text("user_id"))));
        post(router, "/broadcaster-type", body -> done(() -> twitch.setBroadcasterType(body.text("user_id"),
                body.optionalText("type").orElse(""))));
        // streams
        post(router, "/streams/start", body -> single("stream_id", twitch.startStream(body.text("broadcaster_id"))));
        post(router, "/streams/end", body -> single("video_id", twitch.endStream(body.text("broadcaster_id"))));
    }

    private HttpReply describe(HttpExchange exchange) {
        MockUrls urls = twitch.urls();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("client_id", twitch.clientId());
        body.put("client_secret", twitch.clientSecret());
        ObjectNode u = body.putObject("urls");
        u.put("eventsub_websocket", urls.eventSubWebSocket().toString());
        u.put("helix", urls.helix().toString());
        u.put("oauth", urls.oauth().toString());
        u.put("control", urls.control().toString());
        body.set("clock", clock());
        return HttpReply.ok(body);
    }

    private HttpReply registerClient(ControlBody body) {
        String name = body.optionalText("name").orElse("registered by the control API");
        MockClient client = body.flag("public") ? twitch.registerPublicClient(name) : twitch.registerClient(name);
        ObjectNode reply = JsonNodeFactory.instance.objectNode();
        reply.put("client_id", client.clientId());
        if (!client.isPublic()) {
            reply.put("client_secret", client.clientSecret());
        }
        reply.put("public", client.isPublic());
        return HttpReply.json(201, reply);
    }

    private HttpReply createUser(ControlBody body) {
        MockUser user = twitch.createUser(body.text("login"), body.strings("scopes").toArray(String[]::new));
        return HttpReply.json(201, userJson(user));
    }

    private HttpReply issueToken(ControlBody body) {
        MockUser user = twitch.issueToken(body.text("user_id"), body.strings("scopes").toArray(String[]::new));
        return HttpReply.json(201, userJson(user));
    }

    private HttpReply advanceClock(ControlBody body) {
        long seconds = body.number("seconds");
        long max = MockClock.MAX_OFFSET.toSeconds();
        if (seconds < 0 || seconds > max) {
            throw TwitchHttpError.badRequest("seconds must be between 0 and " + max + " (100 years), got " + seconds);
        }
        twitch.clock().advance(Duration.ofSeconds(seconds));
        return HttpReply.ok(clock());
    }

    private HttpReply drain(ControlBody body) {
        if (body.flag("app")) {
            twitch.drainAppRateLimit();
        } else {
            twitch.drainRateLimit(body.text("user_id"));
        }
        return HttpReply.noContent();
    }

    private HttpReply authCounters(HttpExchange exchange) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        exchange.query("access_token").ifPresent(t -> body.put("validations", twitch.validationCount(t)));
        exchange.query("user_id").ifPresent(id -> {
            body.put("user_validations", twitch.validationCountOfUser(id));
            body.put("refreshes", twitch.refreshCount(id));
        });
        if (body.isEmpty()) {
            throw TwitchHttpError.badRequest("give access_token and/or user_id as query parameters");
        }
        return HttpReply.ok(body);
    }

    private HttpReply trigger(ControlBody body) {
        Trigger trigger = twitch.trigger(body.text("type"));
        body.optionalText("version").ifPresent(trigger::version);
        body.optionalText("broadcaster").ifPresent(trigger::broadcaster);
        body.object("condition").forEach((field, value) -> trigger.condition(field, value.asString()));
        body.object("fields").forEach(trigger::override);
        if (body.flag("nulls")) {
            trigger.withNulls();
        }
        long count = body.optionalNumber("count").orElse(1L);
        if (count < 1 || count > 100_000) {
            throw TwitchHttpError.badRequest("count must be between 1 and 100000, got " + count);
        }
        List<String> ids = trigger.repeat((int) count).send();
        ObjectNode reply = JsonNodeFactory.instance.objectNode();
        ArrayNode array = reply.putArray("message_ids");
        ids.forEach(array::add);
        return HttpReply.ok(reply);
    }

    private ArrayNode sessions() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (MockSession session : twitch.sessions()) {
            ObjectNode s = array.addObject();
            s.put("id", session.id());
            s.put("connected", session.connected());
            s.put("user_id", session.userId().orElse(null));
            s.put("keepalive_timeout_seconds", session.keepaliveSeconds());
            s.put("connected_at", session.connectedAt().toString());
        }
        return array;
    }

    private MockSession session(ControlBody body) {
        return body.optionalText("session_id")
                .map(id -> {
                    try {
                        return twitch.session(id);
                    } catch (IllegalArgumentException e) {
                        throw TwitchHttpError.notFound(e.getMessage());
                    }
                })
                .orElseGet(() -> twitch.latestSession()
                        .orElseThrow(() -> TwitchHttpError.notFound("no connected EventSub session")));
    }

    private ObjectNode clock() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("now", twitch.clock().instant().toString());
        body.put("offset_seconds", twitch.clock().offset().toSeconds());
        return body;
    }

    /** The body is a world document (see {@link MockTwitch#seed}); answers the users it created with their tokens. */
    private HttpReply seedWorld(HttpExchange exchange) {
        ArrayNode users = JsonNodeFactory.instance.arrayNode();
        twitch.seedJson(exchange.body() == null ? "" : exchange.body()).values().forEach(u -> users.add(userJson(u)));
        return HttpReply.json(201, data(users).body());
    }

    private JsonNode userJson(MockUser user) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", user.id());
        node.put("login", user.login());
        node.put("display_name", user.displayName());
        node.put("access_token", user.accessToken());
        node.put("refresh_token", user.refreshToken());
        ArrayNode scopes = node.putArray("scopes");
        user.scopes().stream().sorted().forEach(scopes::add);
        node.put("expires_at", user.expiresAt().toString());
        return node;
    }

    private static HttpReply data(JsonNode array) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("data", array);
        return HttpReply.ok(body);
    }

    private static HttpReply single(String field, String value) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put(field, value);
        return HttpReply.ok(body);
    }

    private static HttpReply done(Runnable action) {
        action.run();
        return HttpReply.noContent();
    }

    private void get(Router router, String path, Route route) {
        router.add("GET", PREFIX + path, guarded(route));
    }

    private void post(Router router, String path, Operation operation) {
        router.add("POST", PREFIX + path, guarded(exchange -> operation.apply(ControlBody.of(exchange))));
    }

    /** The Java API's argument and state errors become 400 and 409 with their (secret-free) message. */
    private static Route guarded(Route route) {
        return exchange -> {
            try {
                return route.handle(exchange);
            } catch (IllegalArgumentException e) {
                throw TwitchHttpError.badRequest(e.getMessage());
            } catch (IllegalStateException e) {
                throw TwitchHttpError.conflict(e.getMessage());
            }
        };
    }

    @FunctionalInterface
    private interface Operation {
        HttpReply apply(ControlBody body);
    }
}
