package dev.twitchkit.auth;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps tokens in memory only: they are gone when the process ends. The default store. */
public final class MemoryTokenStore implements TokenStore {
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    @Override
    public List<Token> loadAll() {
        return List.copyOf(tokens.values());
    }

    @Override
    public void save(Token token) {
        tokens.put(token.userId(), token);
    }

    @Override
    public void remove(String userId) {
        tokens.remove(userId);
    }
}
