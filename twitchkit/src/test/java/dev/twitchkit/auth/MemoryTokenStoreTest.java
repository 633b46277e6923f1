package dev.twitchkit.auth;

/** The memory store keeps nothing across a restart, so only the common contract applies. */
class MemoryTokenStoreTest extends TokenStoreContract {
    @Override
    TokenStore newStore() {
        return new MemoryTokenStore();
    }
}
