package io.redress.cases.domain;

import java.time.Instant;

public record MessageView(long id, String direction, String author, String body, String templateCode, Long outboxId,
                          Instant at) {
}
