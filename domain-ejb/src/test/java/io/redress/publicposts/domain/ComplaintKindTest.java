package io.redress.publicposts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ComplaintKindTest {

    @Test
    void thereAreTheFiveDocumentedKinds() {
        assertEquals(EnumSet.of(ComplaintKind.USER_ERROR, ComplaintKind.FUD_CAMPAIGN, ComplaintKind.TWO_DEGREES,
                ComplaintKind.ONE_DEGREE, ComplaintKind.LONG_TAIL), EnumSet.allOf(ComplaintKind.class));
        assertEquals(5, ComplaintKind.values().length);
    }

    @Test
    void kindsAreStoredByName() {
        for (ComplaintKind k : ComplaintKind.values()) {
            assertEquals(k, ComplaintKind.valueOf(k.name()));
        }
    }
}
