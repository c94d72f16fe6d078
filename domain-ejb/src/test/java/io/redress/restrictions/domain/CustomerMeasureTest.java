package io.redress.restrictions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class CustomerMeasureTest {

    private static final Instant DECIDED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant WINDOW_END = Instant.parse("2026-03-15T10:00:00Z");
    private static final ReasonView KYC = new ReasonView("KYC_REFRESH_OVERDUE", Ground.FAILED_VERIFICATION, "KYC overdue", "section 4.2",
            Set.of(Measure.WITHDRAW_ONLY), "KYC request", Role.SUPERVISOR, 14, "Please update your documents.", true, true, 1, 1);
    private static final ReasonView SANCTIONS = new ReasonView("SANCTIONS_MATCH", Ground.SANCTIONS, "Sanctions match", "section 9.1",
            Set.of(Measure.FREEZE_WITHDRAWALS), "Screening hit", Role.COMPLIANCE, 0, "Sanctions list match.", false, true, 1, 1);

    private static RestrictionView restriction(Measure measure, RestrictionState state, String reasonCode) {
        return new RestrictionView(7, "ACC-1", measure, reasonCode, 1, "internal justification", List.of("evidence"), 14, null,
                null, state, "requester", DECIDED.minusSeconds(60), "approver", "SUPERVISOR", DECIDED, "note", null, false,
                null, WINDOW_END, null, null, false, null, null, 2);
    }

    @Test
    void aMeasureInForceShowsItsPublicReasonAndWindowAndNothingInternal() {
        CustomerMeasure m = CustomerMeasure.of(restriction(Measure.WITHDRAW_ONLY, RestrictionState.APPROVED, KYC.code()),
                Optional.of(KYC), false).orElseThrow();

        assertEquals("Please update your documents.", m.reason());
        assertEquals("section 4.2", m.termsClause());
        assertEquals(WINDOW_END, m.windowEndsAt());
        assertEquals(DECIDED, m.since());
        String shown = m.toString();
        for (String internal : List.of("internal justification", "evidence", "requester", "approver", "KYC_REFRESH_OVERDUE")) {
            assertTrue(!shown.contains(internal), internal + " leaks: " + shown);
        }
    }

    @ParameterizedTest
    @EnumSource(value = RestrictionState.class, names = "APPROVED", mode = EnumSource.Mode.EXCLUDE)
    void aMeasureNotInForceIsNotShownAtAll(RestrictionState state) {
        assertTrue(CustomerMeasure.of(restriction(Measure.FREEZE_WITHDRAWALS, state, SANCTIONS.code()), Optional.of(SANCTIONS),
                false).isEmpty());
    }

    @Test
    void aLiftRecordIsNotAMeasure() {
        assertTrue(CustomerMeasure.of(restriction(Measure.LIFT, RestrictionState.APPROVED, null), Optional.empty(), false)
                .isEmpty());
    }

    @Test
    void aReasonThatMayNotBeDisclosedIsReplacedByTheNeutralText() {
        CustomerMeasure m = CustomerMeasure.of(restriction(Measure.FREEZE_WITHDRAWALS, RestrictionState.APPROVED,
                SANCTIONS.code()), Optional.of(SANCTIONS), false).orElseThrow();

        assertEquals(NoticeWriter.NEUTRAL, m.reason());
        assertNull(m.termsClause());
    }

    @Test
    void onAConfidentialAccountEvenADisclosableReasonIsNeutral() {
        CustomerMeasure m = CustomerMeasure.of(restriction(Measure.WITHDRAW_ONLY, RestrictionState.APPROVED, KYC.code()),
                Optional.of(KYC), true).orElseThrow();

        assertEquals(NoticeWriter.NEUTRAL, m.reason());
        assertNull(m.termsClause());
    }

    @Test
    void anUnknownReasonIsNeutral() {
        assertEquals(NoticeWriter.NEUTRAL, CustomerMeasure.of(restriction(Measure.SUSPEND, RestrictionState.APPROVED, "GONE"),
                Optional.empty(), false).orElseThrow().reason());
    }
}
