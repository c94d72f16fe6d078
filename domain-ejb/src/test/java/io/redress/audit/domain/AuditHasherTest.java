package io.redress.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditHasherTest {

    private static final Instant AT = Instant.parse("2024-05-06T07:08:09.123Z");
    private static final String PREV = "ab".repeat(32);

    private static AuditFacts base() {
        return new AuditFacts(AT, "alice", "SUPERVISOR", "account.restrict", "Account", "ACC-1",
                "{\"status\":\"ACTIVE\"}", "{\"status\":\"SUSPENDED\"}", "fraud report 42", "10.0.0.1");
    }

    private static AuditFacts copy(AuditFacts f, Instant occurredAt, String actor, String actorRole, String action,
                                   String entityType, String entityId, String before, String after, String reason,
                                   String origin) {
        return new AuditFacts(occurredAt, actor, actorRole, action, entityType, entityId, before, after, reason, origin);
    }

    static Stream<Arguments> singleFieldChanges() {
        return Stream.of(
                Arguments.of("occurredAt", (UnaryOperator<AuditFacts>) f -> copy(f, f.occurredAt().plusMillis(1),
                        f.actor(), f.actorRole(), f.action(), f.entityType(), f.entityId(), f.before(), f.after(), f.reason(), f.origin())),
                Arguments.of("actor", (UnaryOperator<AuditFacts>) f -> copy(f, f.occurredAt(),
                        "mallory", f.actorRole(), f.action(), f.entityType(), f.entityId(), f.before(), f.after(), f.reason(), f.origin())),
                Arguments.of("actorRole", (UnaryOperator<AuditFacts>) f -> copy(f, f.occurredAt(),
                        f.actor(), "ADMIN", f.action(), f.entityType(), f.entityId(), f.before(), f.after(), f.reason(), f.origin())),
                Arguments.of("action", (UnaryOperator<AuditFacts>) f -> copy(f, f.occurredAt(),
                        f.actor(), f.actorRole(), "account.lift", f.entityType(), f.entityId(), f.before(), f.after(), f.reason(), f.origin())),
                Arguments.of("entityType", (UnaryOperator<AuditFacts>) f -> copy(f, f.occurredAt(),
                        f.actor(), f.actorRole(), f.action(), "Case", f.entityId(), f.before(), f.after(), f.reason(), f.origin())),
                Arguments.of("entityId", (UnaryOperator<AuditFacts>) f -> copy(f, f.occurredAt(),
                        f.actor(), f.actorRole(), f.action(), f.entityType(), "ACC-2", f.before(), f.after(), f.reason(), f.origin())),
                Arguments.of("entityId null", (UnaryOperator<AuditFacts>) f -> copy(f, f.occurredAt(),
                        f.actor(), f.actorRole(), f.action(), f.entityType(), null, f.before(), f.after(), f.reason(), f.origin())),
                Arguments.of("before", (UnaryOperator<AuditFacts>) f -> copy(f, f.occurredAt(),
                        f.actor(), f.actorRole(), f.action(), f.entityType(), f.entityId(), "{\"status\":\"CLOSED\"}", f.after(), f.reason(), f.origin())),
                Arguments.of("before null", (UnaryOperator<AuditFacts>) f -> copy(f, f.occurredAt(),
                        f.actor(), f.actorRole(), f.action(), f.entityType(), f.entityId(), null, f.after(), f.reason(), f.origin())),
                Arguments.of("after", (UnaryOperator<AuditFacts>) f -> copy(f, f.occurredAt(),
                        f.actor(), f.actorRole(), f.action(), f.entityType(), f.entityId(), f.before(), "{\"status\":\"ACTIVE\"}", f.reason(), f.origin())),
                Arguments.of("after null", (UnaryOperator<AuditFacts>) f -> copy(f, f.occurredAt(),
                        f.actor(), f.actorRole(), f.action(), f.entityType(), f.entityId(), f.before(), null, f.reason(), f.origin())),
                Arguments.of("reason text", (UnaryOperator<AuditFacts>) f -> copy(f, f.occurredAt(),
                        f.actor(), f.actorRole(), f.action(), f.entityType(), f.entityId(), f.before(), f.after(), "fraud report 43", f.origin())),
                Arguments.of("reason null", (UnaryOperator<AuditFacts>) f -> copy(f, f.occurredAt(),
                        f.actor(), f.actorRole(), f.action(), f.entityType(), f.entityId(), f.before(), f.after(), null, f.origin())),
                Arguments.of("origin", (UnaryOperator<AuditFacts>) f -> copy(f, f.occurredAt(),
                        f.actor(), f.actorRole(), f.action(), f.entityType(), f.entityId(), f.before(), f.after(), f.reason(), "10.0.0.2")));
    }

    @Test
    void theSameEntryAlwaysHashesTheSame() {
        String first = AuditHasher.hash(7, base(), PREV);
        assertEquals(first, AuditHasher.hash(7, base(), PREV));
        assertTrue(first.matches("[0-9a-f]{64}"), first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleFieldChanges")
    void changingAnySingleFieldChangesTheHash(String field, UnaryOperator<AuditFacts> change) {
        AuditFacts changed = change.apply(base());
        assertNotEquals(base(), changed, "the test must really change " + field);
        assertNotEquals(AuditHasher.hash(7, base(), PREV), AuditHasher.hash(7, changed, PREV), field);
    }

    @Test
    void theSequenceNumberIsPartOfTheHash() {
        assertNotEquals(AuditHasher.hash(7, base(), PREV), AuditHasher.hash(8, base(), PREV));
    }

    @Test
    void thePreviousHashIsPartOfTheHash() {
        assertNotEquals(AuditHasher.hash(7, base(), PREV), AuditHasher.hash(7, base(), AuditHasher.GENESIS));
    }

    @Test
    void aNullOptionalFieldHashesDifferentlyFromAnEmptyOne() {
        AuditFacts f = base();
        for (int field = 0; field < 4; field++) {
            String[] nulls = {f.entityId(), f.before(), f.after(), f.reason()};
            String[] empties = nulls.clone();
            nulls[field] = null;
            empties[field] = "";
            AuditFacts withNull = new AuditFacts(AT, "alice", "SUPERVISOR", "a", "T", nulls[0], nulls[1], nulls[2], nulls[3], "o");
            AuditFacts withEmpty = new AuditFacts(AT, "alice", "SUPERVISOR", "a", "T", empties[0], empties[1], empties[2], empties[3], "o");
            assertNotEquals(AuditHasher.hash(1, withNull, PREV), AuditHasher.hash(1, withEmpty, PREV), "field " + field);
        }
    }

    @Test
    void movingCharactersAcrossAFieldBoundaryChangesTheHash() {
        AuditFacts abC = new AuditFacts(AT, "ab", "c", "act", "T", "1", null, null, null, "o");
        AuditFacts aBc = new AuditFacts(AT, "a", "bc", "act", "T", "1", null, null, null, "o");
        assertNotEquals(AuditHasher.hash(1, abC, PREV), AuditHasher.hash(1, aBc, PREV));
    }

    @Test
    void aFieldContainingTheSeparatorCannotImitateTwoFields() {
        // with plain "value;" fields both would read "x;y;z;"
        AuditFacts one = new AuditFacts(AT, "a", "R", "act", "T", "1", "x;y", "z", null, "o");
        AuditFacts two = new AuditFacts(AT, "a", "R", "act", "T", "1", "x", "y;z", null, "o");
        assertNotEquals(AuditHasher.hash(1, one, PREV), AuditHasher.hash(1, two, PREV));
    }

    @Test
    void aFieldCannotImitateTheNullMarker() {
        AuditFacts nullReason = new AuditFacts(AT, "a", "R", "act", "T", "1", null, null, null, "o");
        AuditFacts dashReason = new AuditFacts(AT, "a", "R", "act", "T", "1", null, null, "-", "o");
        assertNotEquals(AuditHasher.hash(1, nullReason, PREV), AuditHasher.hash(1, dashReason, PREV));
    }

    @Test
    void theHashIsSha256OfTheLengthPrefixedCanonicalForm() throws Exception {
        AuditFacts f = new AuditFacts(AT, "alice", "ADMIN", "x.y", "Case", null, "", "{}", null, "host");
        String canonical = "1:3;24:2024-05-06T07:08:09.123Z;5:alice;5:ADMIN;3:x.y;4:Case;-;0:;2:{};-;4:host;"
                + "64:" + PREV + ";";
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.util.HexFormat.of().formatHex(digest), AuditHasher.hash(3, f, PREV));
    }

    @Test
    void theAccountAnEntryConcernsIsAThirteenthFieldAfterThePreviousHash() throws Exception {
        AuditFacts f = new AuditFacts(AT, "alice", "ADMIN", "x.y", "Case", null, "", "{}", null, "host", "ACC-7");
        String canonical = "1:3;24:2024-05-06T07:08:09.123Z;5:alice;5:ADMIN;3:x.y;4:Case;-;0:;2:{};-;4:host;"
                + "64:" + PREV + ";5:ACC-7;";
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.util.HexFormat.of().formatHex(digest), AuditHasher.hash(3, f, PREV));
    }

    @Test
    void namingNoAccountKeepsTheFormEntriesWereSealedWithBeforeAccountsWereRecorded() {
        AuditFacts without = base();
        AuditFacts withNull = new AuditFacts(AT, "alice", "SUPERVISOR", "account.restrict", "Account", "ACC-1",
                "{\"status\":\"ACTIVE\"}", "{\"status\":\"SUSPENDED\"}", "fraud report 42", "10.0.0.1", null);
        assertEquals(AuditHasher.hash(7, without, PREV), AuditHasher.hash(7, withNull, PREV));
        assertEquals(AuditHasher.hash(7, without, PREV), AuditHasher.hash(7, withAccount(without, "  "), PREV),
                "a blank account is no account");
    }

    @Test
    void addingRemovingOrChangingTheAccountChangesTheHash() {
        String none = AuditHasher.hash(7, base(), PREV);
        String one = AuditHasher.hash(7, withAccount(base(), "ACC-1"), PREV);
        String other = AuditHasher.hash(7, withAccount(base(), "ACC-2"), PREV);
        assertNotEquals(none, one);
        assertNotEquals(one, other);
        assertNotEquals(none, other);
    }

    private static AuditFacts withAccount(AuditFacts f, String accountId) {
        return new AuditFacts(f.occurredAt(), f.actor(), f.actorRole(), f.action(), f.entityType(), f.entityId(),
                f.before(), f.after(), f.reason(), f.origin(), accountId);
    }

    @Test
    void theGenesisHashIsSixtyFourZeros() {
        assertEquals(64, AuditHasher.GENESIS.length());
        assertTrue(AuditHasher.GENESIS.chars().allMatch(c -> c == '0'));
    }
}
