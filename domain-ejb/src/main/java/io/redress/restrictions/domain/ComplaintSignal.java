package io.redress.restrictions.domain;

import java.time.Instant;

/** One sign that the customer complained or disputed: an appeal, a complaint case, a public post. */
public record ComplaintSignal(String kind, String reference, Instant at) {
}
