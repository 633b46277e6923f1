package dev.twitchkit.helix.bits;

import java.time.Instant;
import java.util.List;

/**
 * A Cheermote: {@code prefix} followed by a number of Bits in chat cheers that many.
 *
 * @param prefix the name part, e.g. {@code Cheer}
 * @param tiers its tiers by minimum Bits
 * @param type {@code global_first_party}, {@code global_third_party}, {@code channel_custom},
 *             {@code display_only} or {@code sponsored}
 * @param order its place in the Bits card (unique within a type)
 * @param lastUpdated when it last changed
 * @param isCharitable whether it matches charity contributions during a charity campaign
 */
public record Cheermote(String prefix, List<CheermoteTier> tiers, String type, int order, Instant lastUpdated,
                        boolean isCharitable) {
    /** Copies the collections; null counts as empty. */
    public Cheermote {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }
}
