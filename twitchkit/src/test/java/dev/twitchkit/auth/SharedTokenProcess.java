package dev.twitchkit.auth;

import dev.twitchkit.App;
import dev.twitchkit.TwitchUrls;
import dev.twitchkit.internal.Futures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One of the processes of {@link SharedTokenProcessesTest}: an {@link App} on the PostgreSQL token store at
 * {@code args[0]}, against the mock whose client id, secret, Helix and OAuth URLs are {@code args[1..4]}. Prints
 * {@code ready}, then for each line {@code call <userId>} read from standard input reloads the store, makes
 * {@value #CALLS} Helix calls at once with the user's token and prints one line:
 * {@code <succeeded calls> <access token or -> <removed|kept>}. Ends when standard input closes.
 */
public final class SharedTokenProcess {
    static final int CALLS = 3;

    private SharedTokenProcess() {
    }

    /** Runs until standard input closes; the arguments are described on the class. */
    public static void main(String[] args) throws Exception {
        RecordingTokenListener heard = new RecordingTokenListener();
        URI unused = URI.create("ws://127.0.0.1:1/ws");
        try (App app = App.builder(args[1], args[2])
                .urls(TwitchUrls.of(unused, URI.create(args[3]), URI.create(args[4])))
                .tokenStore(JdbcTokenStore.forUrl(args[0]))
                .tokenMaintenance(false)
                .build()) {
            app.addTokenListener(heard);
            System.out.println("ready");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String userId = line.substring("call ".length());
                app.registry().loadFromStore();
                int succeeded = callHelix(app, userId);
                String token = app.getToken(userId).map(Token::accessToken).orElse("-");
                boolean removed = heard.events().contains("remove " + userId);
                System.out.println(succeeded + " " + token + " " + (removed ? "removed" : "kept"));
                System.out.flush();
            }
        }
    }

    /** Makes the calls at once; a failure is printed on standard error, which the test shows. */
    private static int callHelix(App app, String userId) throws InterruptedException {
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            calls.add(app.getUserById(userId).users().getUsers(List.of(userId), List.of()));
        }
        int succeeded = 0;
        for (CompletableFuture<?> call : calls) {
            try {
                call.get(30, TimeUnit.SECONDS);
                succeeded++;
            } catch (ExecutionException e) {
                System.err.println("call failed: " + Futures.unwrap(e.getCause()));
            } catch (TimeoutException e) {
                System.err.println("call did not answer within 30 s");
            }
        }
        return succeeded;
    }
}
