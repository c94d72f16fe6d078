package io.redress.messaging.api;

import java.util.List;

/** A read of the delivery feed: the messages, and {@code next}, the {@code after} of the following read (null for pending). */
public record MessageBatch(List<CustomerMessageView> messages, Long next) {

    public MessageBatch {
        messages = List.copyOf(messages);
    }
}
