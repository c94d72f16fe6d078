package io.redress.cases.domain;

import io.redress.cases.api.NewCase;
import io.redress.shared.domain.FieldError;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseRulesTest {

    private static NewCase valid() {
        return new NewCase("CHAT", "A-1", null, null, "en", "Subject", "Description", null, null, null, null, null);
    }

    private static Set<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void aMinimalCaseIsValid() {
        assertTrue(CaseRules.check(valid()).isEmpty());
        assertTrue(CaseRules.check(new NewCase("WEB_FORM", null, null, null, null, "s", "d", null, null, null, null, null)).isEmpty(),
                "no account (a public poster may have none), no language (English)");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        NewCase bad = new NewCase("FAX", "bad id!", "x".repeat(129), "y".repeat(257), "de", " ", "z".repeat(20001), "GENERAL",
                "PHISHING", "P0", "elsewhere", null);
        assertEquals(Set.of("channel", "accountId", "customerName", "customerContact", "language", "subject", "description",
                "subcategory", "priority", "queue"), fields(CaseRules.check(bad)));
    }

    @Test
    void missingChannelSubjectAndDescriptionAreRequired() {
        assertEquals(Set.of("channel", "subject", "description"),
                fields(CaseRules.check(new NewCase(null, null, null, null, null, null, null, null, null, null, null, null))));
    }

    @Test
    void subcategoriesBelongToTheirCategory() {
        assertTrue(CaseRules.check(new NewCase("CHAT", null, null, null, null, "s", "d", "USER_ERROR", "WRONG_NETWORK", null, null, null)).isEmpty());
        assertEquals(Set.of("subcategory"), fields(CaseRules.check(
                new NewCase("CHAT", null, null, null, null, "s", "d", "ACCOUNT_SECURITY", "WRONG_NETWORK", null, null, null))));
        assertEquals(Set.of("subcategory"), fields(CaseRules.check(
                new NewCase("CHAT", null, null, null, null, "s", "d", null, "PHISHING", null, null, null))));
    }

    @Test
    void anInternalCaseNamesItsAccountAndControlCharactersAreRefused() {
        assertEquals(Set.of("accountId"), fields(CaseRules.check(
                new NewCase("INTERNAL", null, null, null, null, "s", "d", null, null, null, null, null))));
        assertEquals(Set.of("subject"), fields(CaseRules.check(
                new NewCase("CHAT", null, null, null, null, "a\u0000b", "d", null, null, null, null, null))));
    }

    @Test
    void complaintsAreDisputesRegulatorAndSocialCasesUnlessTheIntakeSaysOtherwise() {
        assertTrue(CaseRules.isComplaint(null, Channel.REGULATOR, Category.GENERAL));
        assertTrue(CaseRules.isComplaint(null, Channel.SOCIAL_MEDIA, Category.USER_ERROR));
        assertTrue(CaseRules.isComplaint(null, Channel.CHAT, Category.LOSS_CLAIM));
        assertFalse(CaseRules.isComplaint(null, Channel.CHAT, Category.GENERAL));
        assertFalse(CaseRules.isComplaint(false, Channel.REGULATOR, Category.LOSS_CLAIM));
        assertTrue(CaseRules.isComplaint(true, Channel.CHAT, Category.GENERAL));
    }

    @ParameterizedTest
    @EnumSource(CaseState.class)
    void onlyClosedIsAnEndAndNoStateMovesToItself(CaseState s) {
        assertFalse(s.next().contains(s));
        assertEquals(s == CaseState.CLOSED, s.next().isEmpty());
        assertEquals(s != CaseState.RESOLVED && s != CaseState.CLOSED, s.isOpen());
    }

    @Test
    void newCasesAreRoutedByChannelAndCategory() {
        assertEquals(Queues.SOCIAL, Queues.forNew(Channel.SOCIAL_MEDIA, Category.LOSS_CLAIM));
        assertEquals(Queues.SECURITY, Queues.forNew(Channel.CHAT, Category.ACCOUNT_SECURITY));
        assertEquals(Queues.CLAIMS, Queues.forNew(Channel.EMAIL, Category.LOSS_CLAIM));
        assertEquals(Queues.SUPERVISORS, Queues.forNew(Channel.REGULATOR, Category.GENERAL));
        assertEquals(Queues.FRONTLINE, Queues.forNew(Channel.WEB_FORM, Category.USER_ERROR));
    }

    @Test
    void casesOfTheSameAccountMayBeMerged() {
        assertTrue(CaseRules.mergeRefusal("A-1", "A-1").isEmpty());
        assertTrue(CaseRules.mergeRefusal(null, null).isEmpty(), "two cases without an account: staff's judgement");
    }

    @Test
    void casesOfDifferentAccountsAreNeverMerged() {
        assertEquals(CaseRules.MERGE_DIFFERENT_ACCOUNTS, CaseRules.mergeRefusal("A-1", "B-2").orElseThrow().rule());
        assertEquals("merge-different-accounts", CaseRules.mergeRefusal("A-1", null).orElseThrow().rule(),
                "an account's case into one without: whoever holds the other ticket would read it");
        assertEquals("merge-different-accounts", CaseRules.mergeRefusal(null, "B-2").orElseThrow().rule());
    }

    @Test
    void aContactIsAnEmailAddressAHandleOrAPhoneNumber() {
        for (String good : List.of("camille@example.org", "ken.ji+x@mail.example.co.jp", "@trader42", "+33 1 23 45 67 89")) {
            assertTrue(CaseRules.isContact(good), good);
        }
        for (String bad : List.of("not-an-email", "a@b", "name@example", "two words@example.org", "@", "call me")) {
            assertFalse(CaseRules.isContact(bad), bad);
        }
        NewCase c = new NewCase("EMAIL", null, "Ana", "not-an-email", "en", "Deposit", "Missing", null, null, null, null, null);
        assertEquals(Set.of("customerContact"), fields(CaseRules.check(c)));
    }

    @Test
    void aReplyWithoutATemplateIsAReplyAndOnlyTheStaffTemplatesAreTaken() {
        assertEquals("REPLY", CaseRules.replyTemplate(null));
        assertEquals("REPLY", CaseRules.replyTemplate(" "));
        for (String code : CaseRules.REPLY_TEMPLATES) {
            assertEquals(code, CaseRules.replyTemplate(code));
        }
        for (String notStaffs : new String[] {"CLAIM_DECISION", "SCREENING_DEPOSIT_RELEASED", "reply", "NOPE"}) {
            io.redress.shared.domain.InvalidInput e = org.junit.jupiter.api.Assertions.assertThrows(
                    io.redress.shared.domain.InvalidInput.class, () -> CaseRules.replyTemplate(notStaffs));
            assertEquals("template", e.errors().get(0).field());
            assertEquals("one of REPLY, REQUEST_INFORMATION, RESOLUTION", e.errors().get(0).message(), notStaffs);
        }
        io.redress.shared.domain.InvalidInput ack = org.junit.jupiter.api.Assertions.assertThrows(
                io.redress.shared.domain.InvalidInput.class, () -> CaseRules.replyTemplate("ACKNOWLEDGEMENT"));
        assertEquals(io.redress.shared.domain.FieldError.Code.ACKNOWLEDGEMENT_AUTOMATIC, ack.errors().get(0).code());
    }
}
