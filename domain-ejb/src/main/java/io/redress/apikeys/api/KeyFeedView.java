package io.redress.apikeys.api;

import java.time.Instant;
import java.util.Set;

/**
 * One entry of the feed the exchange polls: a key revoked by staff, expired by the policy, or stripped of
 * permissions by it. {@code position} is in commit order: read with {@code after=} the last position seen.
 *
 * @param permissions what the key holds after this entry (empty for REVOKED and EXPIRED)
 * @param removed     what this entry took away
 */
public record KeyFeedView(long position, String keyId, String accountId, Kind kind, Set<KeyPermission> permissions,
                          Set<KeyPermission> removed, String reason, String decidedBy, Instant decidedAt) {

    public enum Kind { REVOKED, EXPIRED, PERMISSIONS_LAPSED }
}
