package dev.twitchkit.bench.loopback;

import dev.twitchkit.mock.MockSession;
import dev.twitchkit.mock.MockSubscription;
import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mock in a JVM of its own, so a footprint or CPU run measures only the client's process. Started by
 * {@link #start(int)}: it creates the users, prints one JSON line (endpoints and accounts, tokens included:
 * they are the mock's throwaway tokens and travel over a pipe only), then serves commands read from its standard
 * input, one a line, until it closes: {@code chat FIRST COUNT} streams chat notifications {@code FIRST} to
 * {@code FIRST + COUNT - 1} ({@link ChatFrames}) to the first user's enabled chat subscription as fast as its
 * socket takes them and answers {@code sent}.
 */
public final class MockProcess implements AutoCloseable {
    private final Process process;
    private final BufferedReader replies;
    public final Endpoints endpoints;
    public final List<Account> accounts;

    private MockProcess(Process process, BufferedReader replies, Endpoints endpoints, List<Account> accounts) {
        this.process = process;
        this.replies = replies;
        this.endpoints = endpoints;
        this.accounts = accounts;
    }

    /** Child side. */
    public static void main(String[] args) throws IOException {
        int users = Integer.parseInt(args[0]);
        try (MockTwitch twitch = MockTwitch.start()) {
            List<Map<String, String>> accounts = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                MockUser u = twitch.createUser("bench_user_" + i, "user:read:chat");
                accounts.add(Map.of("id", u.id(), "login", u.login(), "access_token", u.accessToken(),
                        "refresh_token", u.refreshToken()));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("web_socket", twitch.urls().eventSubWebSocket().toString());
            out.put("helix", twitch.urls().helix().toString());
            out.put("oauth", twitch.urls().oauth().toString());
            out.put("control", twitch.urls().control().toString());
            out.put("client_id", twitch.clientId());
            out.put("client_secret", twitch.clientSecret());
            out.put("accounts", accounts);
            System.out.println(JsonMapper.builder().build().writeValueAsString(out));
            System.out.flush();
            // Serves commands until the parent closes the pipe or dies.
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String command = commands.readLine(); command != null; command = commands.readLine()) {
                String[] words = command.trim().split(" ");
                if (words.length != 3 || !words[0].equals("chat")) {
                    throw new IllegalArgumentException("unknown command to the mock process: " + command);
                }
                if (accounts.isEmpty()) {
                    throw new IllegalStateException("chat needs a user; the mock process was started with none");
                }
                streamChat(twitch, accounts.get(0).get("id"), Long.parseLong(words[1]), Long.parseLong(words[2]));
                System.out.println("sent");
                System.out.flush();
            }
        }
    }

    /** Child side: sends the chat frames; the mock's send window holds this thread while the client lags. */
    private static void streamChat(MockTwitch twitch, String userId, long first, long count) {
        MockSubscription subscription = twitch.subscriptions().stream()
                .filter(s -> s.status().equals("enabled") && userId.equals(s.userId()))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no enabled chat subscription of user " + userId));
        MockSession session = twitch.session(subscription.target());
        ChatFrames frames = new ChatFrames(subscription);
        for (long seq = first; seq < first + count; seq++) {
            session.sendRaw(frames.frame(seq, System.nanoTime()));
        }
    }

    /**
     * Parent side: has the mock stream chat notifications {@code first} to {@code first + count - 1} to the first
     * account's chat subscription, and returns once it sent them all (they may still be on their way).
     */
    public void sendChat(long first, long count) throws IOException {
        var commands = process.getOutputStream();
        commands.write(("chat " + first + " " + count + "\n").getBytes(StandardCharsets.UTF_8));
        commands.flush();
        String reply = replies.readLine();
        if (!"sent".equals(reply)) {
            throw new IllegalStateException("the mock process answered " + reply + " to chat " + first + " "
                    + count);
        }
    }

    /** Parent side: starts a child mock JVM with {@code users} users and reads its endpoints. */
    public static MockProcess start(int users) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", ManagementFactory.getRuntimeMXBean().getClassPath(), MockProcess.class.getName(),
                Integer.toString(users));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null) {
            process.destroyForcibly();
            throw new IllegalStateException("the mock process ended before it printed its endpoints");
        }
        JsonNode json = JsonMapper.builder().build().readTree(line);
        Endpoints endpoints = new Endpoints(URI.create(json.get("web_socket").asString()),
                URI.create(json.get("helix").asString()), URI.create(json.get("oauth").asString()),
                URI.create(json.get("control").asString()), json.get("client_id").asString(),
                json.get("client_secret").asString());
        List<Account> accounts = new ArrayList<>();
        for (JsonNode a : json.get("accounts")) {
            accounts.add(new Account(a.get("id").asString(), a.get("login").asString(),
                    a.get("access_token").asString(), a.get("refresh_token").asString()));
        }
        return new MockProcess(process, out, endpoints, accounts);
    }

    /** Enabled subscriptions at the mock, asked over its control API (a plain URL connection: no threads). */
    public long enabledSubscriptions() throws IOException {
        java.net.HttpURLConnection c = (java.net.HttpURLConnection)
                URI.create(endpoints.control() + "/subscriptions").toURL().openConnection();
        try (var in = c.getInputStream()) {
            JsonNode data = JsonMapper.builder().build().readTree(in).get("data");
            long enabled = 0;
            for (JsonNode s : data) {
                if ("enabled".equals(s.path("status").asString())) {
                    enabled++;
                }
            }
            return enabled;
        } finally {
            c.disconnect();
        }
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // The child ends with the pipe either way.
        }
        process.destroy();
    }
}
