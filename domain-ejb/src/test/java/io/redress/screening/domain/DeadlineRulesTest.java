package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineRulesTest {

    private static final Instant DETECTED = Instant.parse("2026-03-01T10:00:00Z");
    private final DeadlineRules rules = DeadlineRules.parse(DeadlineRules.DEFAULT);

    @Test
    void aUsAccountsReportIsDueThirtyDaysAfterDetection() {
        DeadlineRules.Deadline us = rules.forJurisdiction("US");
        assertEquals("US", us.ruleSet());
        assertEquals(Instant.parse("2026-03-31T10:00:00Z"), us.dueAt(DETECTED));
        assertEquals(Instant.parse("2026-03-26T10:00:00Z"), us.nearAt(DETECTED), "near 5 days before");
        assertTrue(us.basis().contains("31 CFR 1022.320"), us.basis());
    }

    @Test
    void anEuMemberStateTakesTheEuInternalTargetAndAShortPeriodIsNearHalfWay() {
        DeadlineRules.Deadline fr = rules.forJurisdiction("FR");
        assertEquals("FR", fr.jurisdiction());
        assertEquals("EU", fr.ruleSet());
        assertEquals(7, fr.days());
        assertEquals(Instant.parse("2026-03-08T10:00:00Z"), fr.dueAt(DETECTED));
        assertEquals(Instant.parse("2026-03-04T22:00:00Z"), fr.nearAt(DETECTED), "3.5 days before a 7-day deadline");
        assertTrue(fr.basis().contains("promptly"), fr.basis());
    }

    @Test
    void aCountryNamedOnItsOwnWinsOverTheEuAndOthersTakeTheDefault() {
        DeadlineRules custom = DeadlineRules.parse("US=20,EU=7,de=3,JP=14,*=30");
        assertEquals("DE", custom.forJurisdiction("DE").ruleSet());
        assertEquals(3, custom.forJurisdiction("DE").days());
        assertEquals("EU", custom.forJurisdiction("IT").ruleSet());
        assertEquals(14, custom.forJurisdiction("JP").days());
        assertEquals(20, custom.forJurisdiction("US").days(), "a shorter internal target than the SAR rule");
        DeadlineRules.Deadline ch = custom.forJurisdiction("CH");
        assertEquals("*", ch.ruleSet());
        assertEquals(30, ch.days());
        DeadlineRules.Deadline unknown = custom.forJurisdiction(null);
        assertEquals("*", unknown.ruleSet());
        assertEquals(null, unknown.jurisdiction());
        // without an EU rule, a member state takes the default
        assertEquals("*", DeadlineRules.parse("US=30,*=10").forJurisdiction("FR").ruleSet());
    }

    @Test
    void aMalformedConfigurationIsRefusedNamingItsPart() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DeadlineRules.parse("US=30,EU=7"))
                .getMessage().contains("'*=days' is required"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DeadlineRules.parse("US=45,*=30"))
                .getMessage().contains("at most 30"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DeadlineRules.parse("XX=5,*=30"))
                .getMessage().contains("'XX'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DeadlineRules.parse("EU=0,*=30"))
                .getMessage().contains("from 1 to 365"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DeadlineRules.parse("EU=soon,*=30"))
                .getMessage().contains("'soon'"));
    }
}
