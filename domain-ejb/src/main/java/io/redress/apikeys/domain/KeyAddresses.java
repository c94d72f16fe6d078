package io.redress.apikeys.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** The addresses each API key has traded from (the "new IP for the key" rule's memory), kept apart from the trades. */
public interface KeyAddresses {

    /** The addresses the given keys have traded from; a key with none is absent. */
    Map<String, Set<String>> known(Collection<String> keyIds);

    /**
     * Remembers the addresses first seen in a batch (key to address to the trade's time), in the caller's transaction;
     * an address another batch remembered meanwhile, or is remembering at the same time, is skipped.
     */
    void remember(Map<String, Map<String, Instant>> firstSeenByKey);
}
