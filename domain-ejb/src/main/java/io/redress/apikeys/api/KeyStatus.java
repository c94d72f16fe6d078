package io.redress.apikeys.api;

/** A key's life: ACTIVE until the policy expires it or staff revoke it; neither is undone (the exchange issues a new key). */
public enum KeyStatus {
    ACTIVE, EXPIRED, REVOKED;

    public boolean live() {
        return this == ACTIVE;
    }
}
