package io.redress.apikeys.api;

import io.redress.shared.domain.FieldError;
import java.util.List;

/**
 * What a batch of trade events came to: the rows kept, the rows refused (each with its index in the batch and every
 * bad field, named {@code events[i].field}), and the anomalies found in the kept rows.
 */
public record TradeIntakeResult(int accepted, List<RejectedRow> rejected, List<AnomalyView> anomalies) {

    public record RejectedRow(int index, List<FieldError> errors) {
    }
}
