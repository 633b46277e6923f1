package dev.twitchkit.auth;

class MemoryTokenStoreTest extends TokenStoreContract {
    @Override
    TokenStore newStore() {
        return new MemoryTokenStore();
    }

    @Override
    TokenStore reopen() {
        return null;
    }
}
