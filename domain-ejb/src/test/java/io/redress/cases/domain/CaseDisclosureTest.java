package io.redress.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.cases.domain.CaseDisclosure.Facts;
import io.redress.cases.domain.CaseDisclosure.Opener;
import io.redress.cases.domain.CaseDisclosure.Opening;
import io.redress.cases.domain.CaseDisclosure.Shown;
import io.redress.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** What the customer knows of a case: what is acknowledged, which ticket the exchange may show, what it may say. */
class CaseDisclosureTest {

    @Test
    void staffsInternalCaseIsTheirOwnWorkNeitherAcknowledgedNorKnownToTheCustomer() {
        Opening o = CaseDisclosure.atIntake(Channel.INTERNAL, Opener.STAFF);
        assertFalse(o.acknowledged());
        assertFalse(o.knownToCustomer());
        assertTrue(o.why().contains("not the customer's request"), o.why());
        assertEquals(o, CaseDisclosure.atIntake("INTERNAL", Opener.STAFF), "as intake names the channel");
    }

    @Test
    void everyOtherIntakeIsTheCustomersRequest() {
        for (Channel channel : Channel.values()) {
            assertEquals(Opening.CUSTOMERS_REQUEST, CaseDisclosure.atIntake(channel, Opener.EXCHANGE), "the exchange, " + channel);
            assertEquals(Opening.CUSTOMERS_REQUEST, CaseDisclosure.atIntake(channel, Opener.FOR_THE_CUSTOMER),
                    "a claim filed for the customer, " + channel);
            if (channel != Channel.INTERNAL) {
                assertEquals(Opening.CUSTOMERS_REQUEST, CaseDisclosure.atIntake(channel, Opener.STAFF),
                        "staff taking the customer's request in " + channel);
            }
        }
        assertTrue(Opening.CUSTOMERS_REQUEST.acknowledged() && Opening.CUSTOMERS_REQUEST.knownToCustomer());
        assertEquals(Opening.CUSTOMERS_REQUEST, CaseDisclosure.atIntake("PIGEON", Opener.STAFF), "no channel: CaseRules refuses it");
        assertEquals(Opening.CUSTOMERS_REQUEST, CaseDisclosure.atIntake((String) null, Opener.STAFF));
    }

    @Test
    void aTicketTheCustomerDoesNotKnowShowsNothing() {
        Facts internal = new Facts("ACC-1", false);
        assertEquals(Shown.NONE, CaseDisclosure.toCustomer(internal, internal));
        assertEquals(Shown.NONE, CaseDisclosure.toCustomer(internal, new Facts("ACC-1", true)),
                "not even the case it was merged into");
    }

    @Test
    void aMergeIsFollowedOnlyIntoACaseOfTheCustomersThatTheyKnow() {
        Facts asked = new Facts("ACC-1", true);
        assertEquals(Shown.ASKED, CaseDisclosure.toCustomer(asked, asked), "not merged");
        assertEquals(Shown.ASKED, CaseDisclosure.toCustomer(asked, null));
        assertEquals(Shown.SURVIVOR, CaseDisclosure.toCustomer(asked, new Facts("ACC-1", true)));
        assertEquals(Shown.ASKED, CaseDisclosure.toCustomer(asked, new Facts("ACC-2", true)), "another customer's case");
        assertEquals(Shown.ASKED, CaseDisclosure.toCustomer(asked, new Facts("ACC-1", false)), "staff's own work");
    }

    @Test
    void aSubjectTheCheckPointRefusesIsShownAsTheTicketAlone() {
        assertEquals("Deposit missing", CaseDisclosure.subjectForCustomer("Deposit missing", "RD-AAAA-BBBB", false));
        assertEquals("RD-AAAA-BBBB", CaseDisclosure.subjectForCustomer("Sanctions investigation", "RD-AAAA-BBBB", true));
    }

    @Test
    void theCustomersCaseIsNotMergedIntoStaffsOwnWorkButTheOtherWayRound() {
        RuleViolation refused = CaseDisclosure.mergeRefusal("RD-CUST-0001", true, "RD-STAF-0001", false).orElseThrow();
        assertEquals(CaseDisclosure.MERGE_INTO_INTERNAL, refused.rule());
        assertTrue(refused.getMessage().contains("merge RD-STAF-0001 into RD-CUST-0001"), refused.getMessage());
        assertTrue(CaseDisclosure.mergeRefusal("RD-STAF-0001", false, "RD-CUST-0001", true).isEmpty());
        assertTrue(CaseDisclosure.mergeRefusal("RD-CUST-0001", true, "RD-CUST-0002", true).isEmpty());
        assertTrue(CaseDisclosure.mergeRefusal("RD-STAF-0001", false, "RD-STAF-0002", false).isEmpty());
    }
}
