package io.redress.screening.domain;

import io.redress.shared.domain.FieldError;
import java.util.List;

/** What a batch of transfers did: rows kept, rows already known (sent before: idempotent), rows refused by index. */
public record TransferIntakeResult(int accepted, int duplicates, List<RejectedRow> rejected) {

    public record RejectedRow(int index, List<FieldError> errors) {
    }
}
