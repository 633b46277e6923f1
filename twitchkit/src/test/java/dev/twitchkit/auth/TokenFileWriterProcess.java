package dev.twitchkit.auth;

import java.nio.file.Path;

/**
 * The other process of {@link JsonFileTokenStoreTest}'s cross-process test: saves {@code count} tokens with ids
 * {@code prefix0 … prefix(count-1)} to the token file at {@code file}, each by a save of its own. Prints
 * {@code saving} before the first save, so the test starts its own saves while this one's run.
 */
public final class TokenFileWriterProcess {
    private TokenFileWriterProcess() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        JsonFileTokenStore store = new JsonFileTokenStore(file);
        System.out.println("saving");
        System.out.flush();
        for (int i = 0; i < count; i++) {
            store.save(Token.ofUser(prefix + i, "access-" + prefix + i, "refresh-" + prefix + i));
        }
    }
}
