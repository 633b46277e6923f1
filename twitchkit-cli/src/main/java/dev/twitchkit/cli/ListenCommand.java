package dev.twitchkit.cli;

import dev.twitchkit.ClientApp;
import dev.twitchkit.ClientUser;
import dev.twitchkit.EventSubClient;
import dev.twitchkit.auth.JsonFileTokenStore;
import dev.twitchkit.auth.Token;
import dev.twitchkit.eventsub.event.EventSubEvent;
import dev.twitchkit.eventsub.EventSub;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionType;
import dev.twitchkit.eventsub.event.Notification;
import dev.twitchkit.eventsub.lifecycle.SessionConnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionDisconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionReconnectedEvent;
import dev.twitchkit.eventsub.lifecycle.SessionRecreatedEvent;
import dev.twitchkit.eventsub.lifecycle.SubscriptionRevokedEvent;
import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code twitchkit listen}: subscribes over an EventSub WebSocket with the stored user token (or, with
 * {@code --conduit}, on a conduit shard with the app token) and prints every notification until Ctrl-C (or
 * {@code --max-events}/{@code --duration}), then deletes its subscriptions.
 */
@Command(name = "listen", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Subscribe to event types over an EventSub WebSocket with the stored user token and print "
                + "each notification (readable lines on a terminal, JSON lines when piped). Session changes go to "
                + "stderr. Ctrl-C deletes the subscriptions.",
            "Condition fields naming a user (broadcaster_user_id, moderator_user_id, user_id) default to the "
                + "token's user. With --conduit ID: a shard of that conduit with the app token, every condition "
                + "field given with --condition.",
            "Example: twitchkit listen channel.follow channel.chat.message"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped (Ctrl-C, --max-events or --duration)",
            "1:a subscription was refused, unreachable, or no token", "2:bad type, condition or option"})
final class ListenCommand implements Callable<Integer>, ErrorHandler.UsesTwitch {
    /** HH:mm:ss always: LocalTime's own toString leaves out a seconds field of 00. */
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private static final Set<String> USER_FIELDS = Set.of("broadcaster_user_id", "moderator_user_id", "user_id");

    @Spec
    CommandSpec spec;

    @Mixin
    TwitchOptions twitch;

    @Mixin
    UserOption user;

    @Parameters(arity = "1..*", paramLabel = "TYPE[@VERSION]",
            description = "Subscription types (see twitchkit events); the newest current version by default.")
    List<String> types;

    @Option(names = "--condition", paramLabel = "K=V", description = "A condition field for every type. Repeatable.")
    List<String> conditions = new ArrayList<>();

    @Option(names = "--conduit", paramLabel = "ID",
            description = "Run a shard of this conduit with the app token (client credentials) instead of a "
                    + "WebSocket with a user token. Conditions are not defaulted: give them with --condition. "
                    + "Needs the client secret.")
    String conduit;

    @Option(names = "--shard", paramLabel = "N", defaultValue = "0",
            description = "With --conduit: the shard to run (default: ${DEFAULT-VALUE}).")
    int shard;

    @Option(names = "--format", paramLabel = "pretty|json", description = "Force readable or JSON-lines output.")
    String format;

    @Option(names = "--max-events", paramLabel = "N", description = "Stop after N notifications.")
    Integer maxEvents;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this many seconds.")
    Long durationSeconds;

    /** Counted down by Ctrl-C, {@code --max-events} or {@code --duration}: the listening ends. */
    private final CountDownLatch stop = new CountDownLatch(1);
    /** Counted down once the subscriptions are deleted, so the shutdown hook can hold the JVM until then. */
    private final CountDownLatch cleaned = new CountDownLatch(1);

    @Override
    public TwitchOptions twitchOptions() {
        return twitch;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (maxEvents != null && maxEvents < 1 || durationSeconds != null && durationSeconds < 1) {
            throw CliException.usage("--max-events and --duration must be at least 1");
        }
        Map<String, String> given = conditionOptions();
        List<SubscriptionType<?>> chosen = types.stream().map(ListenCommand::resolve).toList();
        for (String field : given.keySet()) {
            if (chosen.stream().noneMatch(t -> t.condition().fields().contains(field))) {
                throw CliException.usage("no chosen type has the condition field " + field);
            }
        }
        TwitchOptions.Target target = twitch.target();
        if (conduit != null) {
            if (shard < 0) {
                throw CliException.usage("--shard must be at least 0, got " + shard);
            }
            target.requireSecret("--conduit (a conduit shard runs on the app access token)");
            Map<SubscriptionType<?>, Map<String, String>> plan = plan(chosen, given, null);
            try (ClientApp app = ClientApp.builder(target.clientId(), target.clientSecret()).urls(target.urls())
                    .build()) {
                app.authorize().join();
                return listen(app, plan, () -> {
                    app.connect(conduit, shard).join();
                    spec.commandLine().getErr().println("running shard " + shard + " of conduit " + conduit);
                    return app.eventsub();
                }, () -> { });
            }
        }
        try (ClientUser client = ClientUser.builder(target.clientId(), target.clientSecret()).urls(target.urls())
                .tokenStore(new JsonFileTokenStore(twitch.tokenFile())).build()) {
            Token token = user.pick(client, twitch.tokenFile());
            String userId = client.login(token.accessToken(), token.refreshToken()).join();
            return listen(client, plan(chosen, given, userId), client::eventsub, () -> client.connect().join());
        }
    }

    /**
     * Prints the plan's notifications until stopped, then deletes its subscriptions.
     *
     * @param open makes the client ready to subscribe (a conduit shard must be running first) and gives its
     *             subscriptions
     * @param afterSubscribing what connects a client whose subscriptions open its socket (a user's WebSocket)
     */
    private int listen(EventSubClient client, Map<SubscriptionType<?>, Map<String, String>> plan,
                       Supplier<EventSub> open, Runnable afterSubscribing) throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        boolean readable = Terminal.pretty(format);
        AtomicInteger received = new AtomicInteger();
        plan.keySet().forEach(type -> client.onRaw(type.type(), n -> print(n, readable, received)));
        reportSessions(client, err);
        Thread hook = new Thread(this::stopAndWait, "listen-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        EventSub eventsub = null;
        List<Subscription> created = new ArrayList<>();
        try {
            eventsub = open.get();
            for (Map.Entry<SubscriptionType<?>, Map<String, String>> e : plan.entrySet()) {
                Subscription s = eventsub.subscribe(e.getKey().type(), e.getKey().version(), e.getValue()).join();
                created.add(s);
                err.println("subscribed to " + s.type() + " v" + s.version() + " " + s.condition());
            }
            afterSubscribing.run();
            err.println("listening; Ctrl-C to stop");
            err.flush();
            awaitStop();
        } finally {
            if (eventsub != null) {
                // A user's socket is this command's own (and a recreated session's subscriptions have new ids);
                // a conduit is shared with other processes, so only what was created here goes.
                deleteSubscriptions(eventsub, conduit == null ? eventsub.subscriptions() : created, err);
            }
            cleaned.countDown();
            removeHook(hook);
        }
        return 0;
    }

    /** Ctrl-C: ends the wait, then holds the JVM until the subscriptions are deleted. */
    private void stopAndWait() {
        stop.countDown();
        try {
            cleaned.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitStop() throws InterruptedException {
        if (durationSeconds != null) {
            stop.await(durationSeconds, TimeUnit.SECONDS);
        } else {
            stop.await();
        }
    }

    private void print(Notification<EventSubEvent> n, boolean readable, AtomicInteger received) {
        PrintWriter out = spec.commandLine().getOut();
        synchronized (out) {
            if (readable) {
                out.println(Terminal.markup("@|faint " + CLOCK_TIME.format(LocalTime.now()) + "|@ @|bold "
                        + n.type() + "|@ ") + Terminal.json(n.rawEvent(), false));
            } else {
                ObjectNode line = Terminal.JSON.createObjectNode();
                line.put("message_id", n.messageId());
                line.put("timestamp", n.messageTimestamp().toString());
                line.put("type", n.type());
                line.put("version", n.version());
                line.set("event", n.rawEvent());
                out.println(Terminal.json(line, false));
            }
            out.flush();
        }
        if (maxEvents != null && received.incrementAndGet() >= maxEvents) {
            stop.countDown();
        }
    }

    private static void reportSessions(EventSubClient client, PrintWriter err) {
        client.onLifecycle(SessionConnectedEvent.class, e -> note(err, "session connected: " + e));
        client.onLifecycle(SessionDisconnectedEvent.class, e -> note(err, "session disconnected: " + e));
        client.onLifecycle(SessionReconnectedEvent.class, e -> note(err, "session reconnected: " + e));
        client.onLifecycle(SessionRecreatedEvent.class, e -> note(err, "session recreated: " + e));
        client.onLifecycle(SubscriptionRevokedEvent.class, e -> note(err, "subscription revoked: " + e));
    }

    private static void note(PrintWriter err, String line) {
        err.println(Terminal.markup("@|yellow " + line + "|@"));
        err.flush();
    }

    private static void deleteSubscriptions(EventSub eventsub, List<Subscription> subscriptions, PrintWriter err) {
        int deleted = 0;
        for (Subscription s : subscriptions) {
            try {
                eventsub.unsubscribe(s).get(10, TimeUnit.SECONDS);
                deleted++;
            } catch (Exception e) {
                err.println("could not delete subscription " + s.id() + " (" + s.type() + "): " + e.getMessage());
            }
        }
        err.println("deleted " + deleted + " subscription" + (deleted == 1 ? "" : "s"));
        err.flush();
    }

    /** TYPE or TYPE@VERSION from the catalog; an unknown pair is refused with the known versions. */
    static SubscriptionType<?> resolve(String spec) {
        int at = spec.indexOf('@');
        String type = at < 0 ? spec : spec.substring(0, at);
        List<SubscriptionType<?>> versions = SubscriptionType.all().stream().filter(t -> t.type().equals(type))
                .toList();
        if (versions.isEmpty()) {
            List<String> near = Suggestions.closest(type,
                    SubscriptionType.all().stream().map(SubscriptionType::type).toList(), 3);
            throw CliException.usage("unknown subscription type " + type
                    + (near.isEmpty() ? " (see: twitchkit events)" : "; did you mean " + String.join(", ", near) + "?"));
        }
        if (at >= 0) {
            String version = spec.substring(at + 1);
            return versions.stream().filter(t -> t.version().equals(version)).findFirst()
                    .orElseThrow(() -> CliException.usage(type + " has no version " + version + " (known: "
                            + String.join(", ", versions.stream().map(SubscriptionType::version).toList()) + ")"));
        }
        return versions.stream().filter(t -> t.status() == SubscriptionType.Status.CURRENT)
                .max(Comparator.comparing(SubscriptionType::version)).orElse(versions.get(versions.size() - 1));
    }

    private Map<String, String> conditionOptions() {
        Map<String, String> given = new LinkedHashMap<>();
        for (String c : conditions) {
            int eq = c.indexOf('=');
            if (eq <= 0) {
                throw CliException.usage("--condition takes K=V, got: " + c);
            }
            given.put(c.substring(0, eq), c.substring(eq + 1));
        }
        return given;
    }

    /** Each type's condition, checked against the catalog before Twitch is asked. */
    private static Map<SubscriptionType<?>, Map<String, String>> plan(List<SubscriptionType<?>> chosen,
                                                                       Map<String, String> given, String userId) {
        Map<SubscriptionType<?>, Map<String, String>> plan = new LinkedHashMap<>();
        for (SubscriptionType<?> type : chosen) {
            Map<String, String> condition = withDefaults(type, given, userId);
            type.checkCondition(condition);
            plan.put(type, condition);
        }
        return plan;
    }

    /**
     * The given fields this type takes, plus the token's user for required user fields left out (none with a null
     * {@code userId}: an app token has no user).
     */
    private static Map<String, String> withDefaults(SubscriptionType<?> type, Map<String, String> given,
                                                    String userId) {
        Map<String, String> condition = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            if (type.condition().fields().contains(k)) {
                condition.put(k, v);
            }
        });
        for (String field : type.condition().required()) {
            if (userId != null && USER_FIELDS.contains(field)) {
                condition.putIfAbsent(field, userId);
            }
        }
        return condition;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running
        }
    }
}
