package io.redress.claims.api;

import io.redress.shared.domain.Actor;

/** The claim decisions waiting for the asker's approval, as the start page counts them. */
public interface PendingClaims {

    /**
     * The decisions the asker may approve now, as the approval itself checks them: pending a first approval, or a
     * second one within their limit, and proposed, assessed and first approved by others. Zero for whom may not
     * approve claims.
     */
    long awaitingApproval(Actor actor);
}
