package io.redress.restrictions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redress.restrictions.api.KeyCheck;
import io.redress.restrictions.domain.DecisionReason;
import org.junit.jupiter.api.Test;

/** Every refusal of a key reaches the exchange as a decision reason of the same name. */
class KeyRefusalReasonsTest {

    @Test
    void everyKeyRefusalIsADecisionReason() {
        for (KeyCheck.Refusal r : KeyCheck.Refusal.values()) {
            assertEquals(r.name(), DecisionReason.valueOf(r.name()).name());
        }
    }
}
