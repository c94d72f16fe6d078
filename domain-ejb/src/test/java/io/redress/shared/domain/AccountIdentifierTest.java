package io.redress.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountIdentifierTest {

    @Test
    void anAccountIdAsTheExchangeMirrorsItPasses() {
        for (String id : new String[] {"ACC-1", "a", "acc.2024:eu_7", "9".repeat(64)}) {
            assertTrue(AccountIdentifier.problem("accountId", id).isEmpty(), id);
        }
        assertTrue(AccountIdentifier.problem("accountId", null).isEmpty(), "absence is the caller's rule");
        assertTrue(AccountIdentifier.problem("accountId", " ").isEmpty(), "absence is the caller's rule");
    }

    @Test
    void quotesSpacesALeadingDotOrTooLongAreRefusedNamingTheField() {
        for (String id : new String[] {"' OR 1=1--", "acc 1", ".acc", "-acc", "a/b", "é", "9".repeat(65)}) {
            FieldError e = AccountIdentifier.problem("accountId", id).orElseThrow(() -> new AssertionError(id));
            assertEquals("accountId", e.field());
            assertEquals(FieldError.Code.IDENTIFIER, e.code());
        }
    }
}
