package dev.twitchkit.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code twitchkit mock} control subcommands: each one call of a running mock's {@code /_mock} API, so
 * steering the mock needs no curl. Each class is one subcommand; they share the mock's address and the session.
 */
final class MockControlCommands {
    private MockControlCommands() {
    }

    /** The mock's address, the output, and the call; what every control subcommand shares. */
    @Command(exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:done", "1:the mock refused or did not answer", "2:bad option"})
    abstract static class Control implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--mock-url", paramLabel = "URL", defaultValue = TwitchOptions.DEFAULT_MOCK,
                description = "Where the mock runs (default: ${DEFAULT-VALUE}).")
        URI mockUrl;

        @Override
        public Integer call() {
            String done = run(new MockControl(mockUrl));
            PrintWriter out = spec.commandLine().getOut();
            out.println(done);
            out.flush();
            return 0;
        }

        /** Calls the mock; returns what to tell the user. */
        abstract String run(MockControl mock);
    }

    /** A control subcommand acting on one session (the newest connected one by default). */
    abstract static class SessionControl extends Control {
        @Option(names = "--session", paramLabel = "ID", description = "Session id (default: the newest connected).")
        String sessionId;

        ObjectNode session() {
            ObjectNode body = MockControl.body();
            if (sessionId != null) {
                body.put("session_id", sessionId);
            }
            return body;
        }

        String which() {
            return sessionId != null ? "session " + sessionId : "the newest session";
        }
    }

    @Command(name = "sessions", mixinStandardHelpOptions = true,
            description = "List the mock's EventSub WebSocket sessions.")
    static final class Sessions extends Control {
        @Override
        String run(MockControl mock) {
            JsonNode data = mock.get("/sessions").path("data");
            if (data.isEmpty()) {
                return "No sessions.";
            }
            StringBuilder lines = new StringBuilder();
            for (JsonNode s : data) {
                lines.append(s.path("id").asString()).append("  ")
                        .append(s.path("connected").asBoolean() ? "connected" : "disconnected")
                        .append("  user ").append(s.path("user_id").asString("-"))
                        .append("  keepalive ").append(s.path("keepalive_timeout_seconds").asInt()).append(" s")
                        .append("  since ").append(s.path("connected_at").asString()).append('\n');
            }
            return lines.toString().stripTrailing();
        }
    }

    @Command(name = "reconnect", mixinStandardHelpOptions = true,
            description = "Send session_reconnect to a session.")
    static final class Reconnect extends SessionControl {
        @Override
        String run(MockControl mock) {
            JsonNode answer = mock.post("/sessions/reconnect", session());
            return "Sent session_reconnect to " + which() + " (reconnect URL " + answer.path("reconnect_url").asString()
                    + ")";
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = "Close a session's socket with a code.")
    static final class Close extends SessionControl {
        @Option(names = "--code", paramLabel = "CODE", defaultValue = "4000",
                description = "WebSocket close code, e.g. 4001..4007 as Twitch (default: ${DEFAULT-VALUE}).")
        int code;

        @Override
        String run(MockControl mock) {
            mock.post("/sessions/close", session().put("code", code));
            return "Closed " + which() + " with " + code;
        }
    }

    @Command(name = "drop", mixinStandardHelpOptions = true,
            description = "Drop a session's TCP connection without a close frame.")
    static final class Drop extends SessionControl {
        @Override
        String run(MockControl mock) {
            mock.post("/sessions/drop", session());
            return "Dropped the connection of " + which();
        }
    }

    @Command(name = "stop-keepalives", mixinStandardHelpOptions = true,
            description = "Stop a session's keepalives (the client should notice the silence).")
    static final class StopKeepalives extends SessionControl {
        @Override
        String run(MockControl mock) {
            mock.post("/sessions/stop-keepalives", session());
            return "Stopped the keepalives of " + which();
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a subscription (the client gets a revocation message).")
    static final class Revoke extends Control {
        @Option(names = "--subscription", paramLabel = "ID", required = true, description = "Subscription id.")
        String subscriptionId;

        @Option(names = "--status", paramLabel = "STATUS", defaultValue = "authorization_revoked",
                description = "Why (default: ${DEFAULT-VALUE}; also user_removed, version_removed).")
        String status;

        @Override
        String run(MockControl mock) {
            mock.post("/subscriptions/revoke", MockControl.body().put("subscription_id", subscriptionId)
                    .put("status", status));
            return "Revoked subscription " + subscriptionId + " (" + status + ")";
        }
    }

    @Command(name = "expire-token", mixinStandardHelpOptions = true,
            description = "Expire an access token at once, so a refresh is needed.")
    static final class ExpireToken extends Control {
        @picocli.CommandLine.Parameters(paramLabel = "TOKEN", description = "The access token to expire.")
        String accessToken;

        @Override
        String run(MockControl mock) {
            mock.post("/tokens/expire", MockControl.body().put("access_token", accessToken));
            return "Expired the token";
        }
    }
}
