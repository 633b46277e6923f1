package dev.twitchkit.mock.internal.helix.extensions;

import dev.twitchkit.mock.internal.helix.ExtensionJwts;
import dev.twitchkit.mock.internal.helix.HelixRequest;
import dev.twitchkit.mock.internal.http.HttpExchange;
import dev.twitchkit.mock.internal.http.HttpReply;
import dev.twitchkit.mock.internal.http.Router;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import dev.twitchkit.mock.internal.world.ExtensionState;
import dev.twitchkit.mock.internal.world.World;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Extensions routes that take a JWT signed with the extension's secret (the gate verified it): configuration
 * segments, required configuration, PubSub and chat messages, secrets and the extension itself. Each checks that
 * the request names the extension that signed it, and the claims the endpoint needs ({@code channel_id},
 * {@code pubsub_perms}).
 */
public final class ExtensionJwtRoutes {
    static final int MAX_CONTENT_BYTES = 5 * 1024;
    static final int MAX_CHAT_LENGTH = 280;
    static final int MIN_SECRET_DELAY = 300;
    private static final Set<String> SEGMENTS = Set.of("broadcaster", "developer", "global");
    private final World world;
    private final ExtensionJwts jwts;

    /** Routes over {@code world}, reading each request's claims through {@code jwts}. */
    public ExtensionJwtRoutes(World world, ExtensionJwts jwts) {
        this.world = world;
        this.jwts = jwts;
    }

    /** Mounts the JWT routes. */
    public void mount(Router router) {
        router.helixJwt("GET", "/extensions/configurations", this::getConfiguration);
        router.helixJwt("PUT", "/extensions/configurations", this::setConfiguration);
        router.helixJwt("PUT", "/extensions/required_configuration", this::setRequiredConfiguration);
        router.helixJwt("POST", "/extensions/pubsub", this::sendPubSub);
        router.helixJwt("GET", "/extensions/jwt/secrets", this::getSecrets);
        router.helixJwt("POST", "/extensions/jwt/secrets", this::createSecret);
        router.helixJwt("POST", "/extensions/chat", this::sendChat);
        router.helixJwt("GET", "/extensions", this::getExtensions);
    }

    private HttpReply getConfiguration(HttpExchange exchange) {
        HelixRequest request = HelixRequest.withJwt(exchange);
        ExtensionState extension = signedFor(jwts.verify(exchange), request.query("extension_id"));
        List<String> segments = new ArrayList<>(new LinkedHashSet<>(request.queryAll("segment", 3)));
        if (segments.isEmpty()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"segment\"");
        }
        segments.forEach(ExtensionJwtRoutes::checkSegment);
        String broadcasterId = request.optionalQuery("broadcaster_id").orElse(null);
        if (broadcasterId == null && segments.stream().anyMatch(s -> !s.equals("global"))) {
            throw TwitchHttpError.badRequest("The broadcaster_id query parameter is required if the segment query "
                    + "parameter is set to broadcaster or developer.");
        }
        List<ExtensionState.Segment> found = segments.stream()
                .flatMap(s -> extension.segment(s, s.equals("global") ? null : broadcasterId).stream()).toList();
        return HttpReply.ok(HelixRequest.data(found, ExtensionJwtRoutes::segment));
    }

    private HttpReply setConfiguration(HttpExchange exchange) {
        JsonNode body = HelixRequest.withJwt(exchange).body();
        ExtensionState extension = signedFor(jwts.verify(exchange), HelixRequest.text(body, "extension_id"));
        String segment = checkSegment(HelixRequest.text(body, "segment"));
        String broadcasterId = HelixRequest.optionalText(body, "broadcaster_id");
        if (segment.equals("global")) {
            broadcasterId = null;
        } else if (broadcasterId == null || broadcasterId.isBlank()) {
            throw TwitchHttpError.badRequest("The broadcaster_id field is required if segment is set to developer "
                    + "or broadcaster.");
        }
        String content = HelixRequest.optionalText(body, "content");
        checkSize(content == null ? "" : content, "The segment is limited to 5 KB.", 400);
        String version = HelixRequest.optionalText(body, "version");
        String kept = extension.segment(segment, broadcasterId).map(ExtensionState.Segment::version).orElse("");
        extension.setSegment(new ExtensionState.Segment(segment, broadcasterId, content == null ? "" : content,
                version == null ? kept : version));
        return HttpReply.noContent();
    }

    private HttpReply setRequiredConfiguration(HttpExchange exchange) {
        HelixRequest request = HelixRequest.withJwt(exchange);
        String broadcasterId = request.query("broadcaster_id");
        JsonNode body = request.body();
        ExtensionState extension = signedFor(jwts.verify(exchange), HelixRequest.text(body, "extension_id"));
        String version = HelixRequest.text(body, "extension_version");
        String value = HelixRequest.optionalText(body, "required_configuration");
        if (value == null) {
            throw TwitchHttpError.badRequest("Missing required parameter \"required_configuration\"");
        }
        extension.setRequiredConfiguration(new ExtensionState.RequiredConfiguration(broadcasterId, version, value));
        return HttpReply.noContent();
    }

    private HttpReply sendPubSub(HttpExchange exchange) {
        ExtensionJwts.Verified jwt = jwts.verify(exchange);
        JsonNode body = HelixRequest.withJwt(exchange).body();
        List<String> targets = targets(body);
        boolean global = Boolean.TRUE.equals(HelixRequest.optionalBool(body, "is_global_broadcast"));
        String broadcasterId = HelixRequest.optionalText(body, "broadcaster_id");
        String message = HelixRequest.optionalText(body, "message");
        if (message == null) {
            throw TwitchHttpError.badRequest("Missing required parameter \"message\"");
        }
        if (targets.contains("broadcast") && targets.contains("global")) {
            throw TwitchHttpError.badRequest("The broadcast and global targets are mutually exclusive.");
        }
        if (global) {
            if (broadcasterId != null) {
                throw TwitchHttpError.badRequest("The broadcaster_id field in the request's body may only be set "
                        + "if the is_global_broadcast field is set to false.");
            }
            if (!targets.equals(List.of("global"))) {
                throw TwitchHttpError.badRequest("The target must be global if is_global_broadcast is true.");
            }
        } else {
            if (broadcasterId == null || broadcasterId.isBlank()) {
                throw TwitchHttpError.badRequest("Missing required parameter \"broadcaster_id\"");
            }
            if (targets.contains("global")) {
                throw TwitchHttpError.badRequest("The global target requires is_global_broadcast.");
            }
        }
        String channel = global ? "all" : broadcasterId;
        if (!channel.equals(jwt.channelId())) {
            throw TwitchHttpError.unauthorized("The channel_id claim in the JWT must be " + channel + ".");
        }
        if (!jwt.pubsubSend().containsAll(targets)) {
            throw TwitchHttpError.unauthorized("The pubsub_perms.send claim in the JWT must include every target.");
        }
        checkSize(message, "The message is too large.", 422);
        jwt.extension().addPubSub(new ExtensionState.SentMessage(global ? null : broadcasterId, targets, message));
        return HttpReply.noContent();
    }

    private HttpReply getSecrets(HttpExchange exchange) {
        ExtensionJwts.Verified jwt = jwts.verify(exchange);
        String extensionId = HelixRequest.withJwt(exchange).optionalQuery("extension_id")
                .orElse(jwt.extension().id());
        return HttpReply.ok(secrets(signedFor(jwt, extensionId).secrets()));
    }

    private HttpReply createSecret(HttpExchange exchange) {
        HelixRequest request = HelixRequest.withJwt(exchange);
        ExtensionState extension = signedFor(jwts.verify(exchange), request.query("extension_id"));
        int delay = request.intQuery("delay", MIN_SECRET_DELAY, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (delay < MIN_SECRET_DELAY) {
            throw TwitchHttpError.badRequest("The delay specified in the delay query parameter is too short.");
        }
        return HttpReply.ok(secrets(extension.rotateSecret(world.now(), Duration.ofSeconds(delay))));
    }

    private HttpReply sendChat(HttpExchange exchange) {
        ExtensionJwts.Verified jwt = jwts.verify(exchange);
        HelixRequest request = HelixRequest.withJwt(exchange);
        String broadcasterId = request.query("broadcaster_id");
        JsonNode body = request.body();
        String text = HelixRequest.text(body, "text");
        ExtensionState extension = signedFor(jwt, HelixRequest.text(body, "extension_id"));
        HelixRequest.text(body, "extension_version");
        if (!broadcasterId.equals(jwt.channelId())) {
            throw TwitchHttpError.unauthorized("The ID in the broadcaster_id query parameter must match the "
                    + "channel_id claim in the JWT.");
        }
        if (text.length() > MAX_CHAT_LENGTH) {
            throw TwitchHttpError.badRequest("The message is too long.");
        }
        world.requireUser(broadcasterId, "broadcaster_id");
        extension.addChat(new ExtensionState.SentMessage(broadcasterId, List.of(), text));
        return HttpReply.noContent();
    }

    private HttpReply getExtensions(HttpExchange exchange) {
        HelixRequest request = HelixRequest.withJwt(exchange);
        ExtensionState extension = signedFor(jwts.verify(exchange), request.query("extension_id"));
        boolean otherVersion = request.optionalQuery("extension_version")
                .map(v -> !v.equals(extension.version())).orElse(false);
        List<ExtensionState> found = otherVersion ? List.of() : List.of(extension);
        return HttpReply.ok(HelixRequest.data(found, e -> ExtensionJson.describe(world, e)));
    }

    /** The extension that signed the request, which must be the one it names; else 401. */
    private static ExtensionState signedFor(ExtensionJwts.Verified jwt, String extensionId) {
        ExtensionState signer = jwt.extension();
        if (!signer.id().equals(extensionId)) {
            throw TwitchHttpError.unauthorized("The JWT token is not valid for extension " + extensionId + ".");
        }
        return signer;
    }

    private static List<String> targets(JsonNode body) {
        JsonNode target = body.get("target");
        if (target == null || !target.isArray() || target.isEmpty()) {
            throw TwitchHttpError.badRequest("Missing required parameter \"target\"");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode value : target) {
            String text = value.isString() ? value.asString() : "";
            if (!text.equals("broadcast") && !text.equals("global") && !text.matches("whisper-\\S+")) {
                throw TwitchHttpError.badRequest("The value in the target field is not valid.");
            }
            out.add(text);
        }
        return out;
    }

    private static String checkSegment(String segment) {
        if (!SEGMENTS.contains(segment)) {
            throw TwitchHttpError.badRequest("The value in the segment query parameter is not valid.");
        }
        return segment;
    }

    private static void checkSize(String text, String message, int status) {
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_CONTENT_BYTES) {
            throw new TwitchHttpError(status, message);
        }
    }

    private static JsonNode segment(ExtensionState.Segment segment) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("segment", segment.segment());
        if (segment.broadcasterId() != null) {
            node.put("broadcaster_id", segment.broadcasterId());
        }
        node.put("content", segment.content());
        node.put("version", segment.version());
        return node;
    }

    private static ObjectNode secrets(List<ExtensionState.Secret> secrets) {
        ObjectNode set = JsonNodeFactory.instance.objectNode();
        set.put("format_version", 1);
        var list = set.putArray("secrets");
        for (ExtensionState.Secret secret : secrets) {
            list.addObject().put("content", secret.content()).put("active_at", secret.activeAt().toString())
                    .put("expires_at", secret.expiresAt().toString());
        }
        return HelixRequest.data(List.of(set), n -> n);
    }
}
