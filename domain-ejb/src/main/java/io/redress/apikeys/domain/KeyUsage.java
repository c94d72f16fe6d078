package io.redress.apikeys.domain;

import io.redress.apikeys.api.KeyPermission;
import io.redress.apikeys.api.KeyStatus;
import io.redress.restrictions.api.KeyCheck.Refusal;
import io.redress.restrictions.api.KeyCheck.Use;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** May this key be used now, for this account, this kind of action, from this address? Pure: the decision's rule. */
public final class KeyUsage {

    /** The columns of a key a decision reads. */
    public record KeyState(String keyId, String accountId, KeyStatus status, Set<KeyPermission> granted,
                           IpAllowlist allowlist, Instant createdAt, Instant lastUsedAt) {
    }

    private KeyUsage() {
    }

    /** Every reason the key may not be used; empty when it may. The policy is applied as of {@code now}. */
    public static List<Refusal> refusals(KeyState key, String accountId, Use use, String sourceIp, KeyPolicy policy,
                                         Instant now) {
        if (key == null) {
            return List.of(Refusal.UNKNOWN_KEY);
        }
        List<Refusal> out = new ArrayList<>(2);
        if (!key.accountId().equals(accountId)) {
            // says nothing more about another account's key
            return List.of(Refusal.KEY_OF_ANOTHER_ACCOUNT);
        }
        KeyPolicy.Verdict v = policy.apply(new KeyPolicy.Facts(key.granted(), !key.allowlist().isEmpty(), key.createdAt(),
                key.lastUsedAt()), now);
        if (key.status() == KeyStatus.REVOKED) {
            out.add(Refusal.KEY_REVOKED);
        } else if (key.status() == KeyStatus.EXPIRED || v.expired()) {
            out.add(Refusal.KEY_EXPIRED);
        } else {
            boolean holds = switch (use) {
                case TRADE -> v.permissions().stream().anyMatch(KeyPermission::trades);
                case WITHDRAW -> v.permissions().contains(KeyPermission.WITHDRAW);
                case OTHER -> true;
            };
            if (!holds) {
                out.add(Refusal.KEY_PERMISSION_MISSING);
            }
        }
        if (sourceIp != null && !key.allowlist().allows(sourceIp)) {
            out.add(Refusal.SOURCE_IP_NOT_ALLOWED);
        }
        return out;
    }
}
