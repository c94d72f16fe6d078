package io.redress.apikeys.api;

import io.redress.shared.domain.FieldError;
import java.util.List;

/**
 * What a batch of trade events came to: the rows kept, the rows refused (each with its index in the batch and every
 * bad field, named {@code events[i].field}), the anomalies found in the kept rows, and the indexes of the rows not kept
 * again because their key already has a trade with their {@code tradeId} (kept earlier, or earlier in the batch).
 */
public record TradeIntakeResult(int accepted, List<RejectedRow> rejected, List<AnomalyView> anomalies,
                                List<Integer> alreadyKept) {

    public TradeIntakeResult(int accepted, List<RejectedRow> rejected, List<AnomalyView> anomalies) {
        this(accepted, rejected, anomalies, List.of());
    }

    public record RejectedRow(int index, List<FieldError> errors) {
    }
}
