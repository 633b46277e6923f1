package dev.twitchkit.cli;

import dev.twitchkit.App;
import dev.twitchkit.auth.AuthorizationCodeFlow;
import dev.twitchkit.auth.DeviceCode;
import dev.twitchkit.auth.DeviceCodeFlow;
import dev.twitchkit.auth.OAuthClient;
import dev.twitchkit.auth.OAuthToken;
import dev.twitchkit.auth.ScopeSet;
import dev.twitchkit.auth.Token;
import java.awt.Desktop;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code twitchkit token}: gets a user token (device code flow by default, the authorization code flow with
 * {@code --browser}) and stores it in the token file the other commands read; or an app token with {@code --app}.
 */
@Command(name = "token", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Get a user token and store it in the token file (device code flow: prints a code to enter "
                + "at a URL, waits until approved or expired). The device code flow needs only the client id "
                + "(a public client); its token is refreshed without a secret.",
            "--browser uses the authorization code flow (a loopback redirect); --app prints an app token. Both "
                + "need the client secret."},
        subcommands = {TokenListCommand.class, TokenValidateCommand.class, TokenRefreshCommand.class,
            TokenRevokeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:token stored", "1:refused, expired, denied or unreachable", "2:bad option"})
final class TokenCommand implements Callable<Integer>, ErrorHandler.UsesTwitch {
    @Spec
    CommandSpec spec;

    @Mixin
    TwitchOptions twitch;

    @Option(names = "--scopes", paramLabel = "SCOPE", split = "[ ,]",
            description = "Scopes to ask for, comma or space separated (e.g. user:read:chat,user:write:chat).")
    List<String> scopes = new ArrayList<>();

    @Option(names = "--browser", description = "Authorization code flow: open the browser, receive the redirect. "
            + "Needs the client secret.")
    boolean browser;

    @Option(names = "--redirect-uri", paramLabel = "URI", defaultValue = "http://localhost:3000/",
            description = "Loopback redirect registered for the application, with --browser (default: ${DEFAULT-VALUE}).")
    URI redirectUri;

    @Option(names = "--app", description = "Get an app access token (client credentials) and print it. Needs the "
            + "client secret.")
    boolean app;

    @Override
    public TwitchOptions twitchOptions() {
        return twitch;
    }

    @Override
    public Integer call() {
        if (browser && app) {
            throw CliException.usage("--browser and --app exclude each other");
        }
        TwitchOptions.Target target = twitch.target();
        if (app) {
            target.requireSecret("--app (an app access token)");
        } else if (browser) {
            target.requireSecret("--browser (the authorization code flow)");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (App application = twitch.app(target)) {
            if (app) {
                application.authorize().join();
                Token token = application.getToken(target.clientId()).orElseThrow();
                out.println(token.accessToken());
                spec.commandLine().getErr().println("App access token of client " + target.clientId()
                        + expiry(token) + " (app tokens are not stored)");
                return 0;
            }
            OAuthToken granted = browser ? byBrowser(application.oauth()) : byDeviceCode(application.oauth());
            String userId = application.addUser(granted.accessToken(), granted.refreshToken()).join().userId();
            Token stored = application.getToken(userId).orElseThrow();
            out.println(Terminal.markup("@|green Stored|@ the token of " + stored.login() + " (id " + userId + ")"
                    + expiry(stored) + " in " + twitch.tokenFile()));
            out.println("  scopes: " + String.join(" ", stored.scopes().values()));
            out.flush();
            return 0;
        }
    }

    private OAuthToken byDeviceCode(OAuthClient oauth) {
        PrintWriter out = spec.commandLine().getOut();
        ScheduledExecutorService countdown = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "token-countdown");
            t.setDaemon(true);
            return t;
        });
        try {
            return DeviceCodeFlow.builder(oauth).scopes(scopeSet()).onCode(code -> {
                out.println("Go to " + Terminal.markup("@|bold " + code.verificationUri() + "|@")
                        + " and enter the code " + Terminal.markup("@|bold,yellow " + code.userCode() + "|@"));
                out.println("Waiting for approval (the code expires in " + minutes(code.expiresIn()) + ")...");
                out.flush();
                if (Terminal.interactive()) {
                    startCountdown(countdown, code);
                }
            }).build().start().join();
        } finally {
            countdown.shutdownNow();
            if (Terminal.interactive()) {
                System.err.print("\r\033[K");
            }
        }
    }

    private static void startCountdown(ScheduledExecutorService countdown, DeviceCode code) {
        Instant expires = Instant.now().plus(code.expiresIn());
        countdown.scheduleAtFixedRate(() -> System.err.print("\r  expires in "
                + minutes(Duration.between(Instant.now(), expires)) + " "), 0, 1, TimeUnit.SECONDS);
    }

    private OAuthToken byBrowser(OAuthClient oauth) {
        PrintWriter out = spec.commandLine().getOut();
        return AuthorizationCodeFlow.builder(oauth).scopes(scopeSet()).redirectUri(redirectUri)
                .openBrowser(uri -> {
                    out.println("Opening " + uri);
                    out.println("(if no browser opens, open that address yourself)");
                    out.flush();
                    openQuietly(uri);
                }).build().start().join();
    }

    private static void openQuietly(URI uri) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(uri);
            }
        } catch (Exception | LinkageError e) {
            // headless or no browser: the address is printed above
        }
    }

    private ScopeSet scopeSet() {
        return ScopeSet.ofStrings(scopes.stream().filter(s -> !s.isBlank()).toList());
    }

    static String expiry(Token token) {
        return token.remaining(Instant.now()).map(d -> ", expires in " + minutes(d)).orElse("");
    }

    static String minutes(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        return seconds >= 3600 ? String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
