package io.redress.incidents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IncidentLetterTest {

    @Test
    void theSameActionAndAccountAlwaysAskWithTheSameKeyAndAnotherAccountWithAnother() {
        String key = IncidentLetter.requestKey("INC-2222-3333", "50", "A");
        org.junit.jupiter.api.Assertions.assertEquals(key, IncidentLetter.requestKey("INC-2222-3333", "50", "A"));
        org.junit.jupiter.api.Assertions.assertNotEquals(key, IncidentLetter.requestKey("INC-2222-3333", "50", "B"));
        org.junit.jupiter.api.Assertions.assertNotEquals(key, IncidentLetter.requestKey("INC-2222-3333", "51", "A"));
        org.junit.jupiter.api.Assertions.assertTrue(key.length() <= 64);
    }

    @Test
    void theCustomerReadsItInTheirLanguageWithTheirTicket() {
        assertTrue(IncidentLetter.write("fr", "TradeBot Pro", "RD-7K3Q-9P2M").body().contains("RD-7K3Q-9P2M"));
        assertTrue(IncidentLetter.write("fr", "TradeBot Pro", null).subject().startsWith("Clés API"));
        assertTrue(IncidentLetter.write("ja", "TradeBot Pro", "RD-7K3Q-9P2M").body().contains("受付番号 RD-7K3Q-9P2M"));
        assertEquals("en", IncidentLetter.write("de", "TradeBot Pro", null).language(), "unknown languages get English");
        assertEquals("en", IncidentLetter.write(null, "TradeBot Pro", null).language());
    }

    @Test
    void itNamesNoTermTheOutboxWouldStopForAConfidentialAccount() {
        for (String lang : List.of("en", "fr", "ja")) {
            IncidentLetter.Letter l = IncidentLetter.write(lang, "TradeBot Pro", "RD-7K3Q-9P2M");
            String text = (l.subject() + " " + l.body()).toLowerCase(Locale.ROOT);
            for (String term : List.of("sanctions", "ofac", "investigation", "law enforcement", "flagged wallet", "tainted",
                    "blacklisted", "suspicious activity report")) {
                assertFalse(text.contains(term), lang + " says " + term);
            }
            assertTrue(l.body().contains("TradeBot Pro"));
        }
    }
}
