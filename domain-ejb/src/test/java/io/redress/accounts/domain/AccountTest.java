package io.redress.accounts.domain;

import io.redress.accounts.api.AccountStatus;
import io.redress.accounts.api.StandingFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final Instant CREATED = Instant.parse("2025-01-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2025-02-01T10:00:00Z");

    private static AccountProfile profile() {
        return new AccountProfile("Alice", KycLevel.VERIFIED, "FR", LocalDate.of(2020, 1, 2), 3,
                List.of("@Alice_Trades", "alice"), 5);
    }

    @Test
    void aNewAccountHasTheGivenProfile() {
        Account account = new Account("ACC-1", profile(), CREATED);

        AccountView view = account.view(StandingFacts.ACTIVE);
        assertEquals(AccountStatus.ACTIVE, view.status());
        assertEquals("ACC-1", account.externalId());
        assertEquals("Alice", view.handle());
        assertEquals(KycLevel.VERIFIED, view.kycLevel());
        assertEquals("FR", view.jurisdiction());
        assertEquals(LocalDate.of(2020, 1, 2), view.customerSince());
        assertEquals(3, view.vipTier());
        assertEquals(5, view.openDerivativesPositions());
        assertEquals(CREATED, view.createdAt());
        assertEquals(CREATED, view.updatedAt());
        assertEquals(0, account.version());
    }

    @Test
    void socialHandlesAreStoredLowerCaseWithoutTheAt() {
        Account account = new Account("ACC-1", profile(), CREATED);
        assertEquals(List.of("alice", "alice_trades"), account.view(StandingFacts.ACTIVE).socialHandles());
    }

    @Test
    void missingOptionalNumbersAreStoredAsZero() {
        AccountProfile p = new AccountProfile("bob", KycLevel.NONE, "DE", LocalDate.of(2021, 5, 5), null, null, null);
        Account account = new Account("ACC-2", p, CREATED);
        assertEquals(0, account.view(StandingFacts.ACTIVE).vipTier());
        assertEquals(0, account.view(StandingFacts.ACTIVE).openDerivativesPositions());
        assertEquals(List.of(), account.view(StandingFacts.ACTIVE).socialHandles());
    }

    @Test
    void mirroringReplacesTheProfileAndKeepsTheCreationTime() {
        Account account = new Account("ACC-1", profile(), CREATED);
        AccountProfile changed = new AccountProfile("Alice2", KycLevel.ENHANCED, "DE", LocalDate.of(2019, 3, 4), 7,
                List.of("@NewHandle", "alice"), 0);

        account.mirror(changed, LATER);

        AccountView view = account.view(StandingFacts.ACTIVE);
        assertEquals("Alice2", view.handle());
        assertEquals(KycLevel.ENHANCED, view.kycLevel());
        assertEquals("DE", view.jurisdiction());
        assertEquals(LocalDate.of(2019, 3, 4), view.customerSince());
        assertEquals(7, view.vipTier());
        assertEquals(0, view.openDerivativesPositions());
        assertEquals(List.of("alice", "newhandle"), view.socialHandles());
        assertEquals(CREATED, view.createdAt());
        assertEquals(LATER, view.updatedAt());
        assertTrue(account.mirrors(changed));
    }

    @Test
    void theViewShowsTheStandingKeptApart() {
        Account account = new Account("ACC-1", profile(), CREATED);
        Instant windowEnd = Instant.parse("2025-03-01T00:00:00Z");

        account.mirror(profile(), LATER);

        AccountView view = account.view(new StandingFacts(AccountStatus.WITHDRAW_ONLY, true, windowEnd, 42L));
        assertEquals(AccountStatus.WITHDRAW_ONLY, view.status());
        assertTrue(view.withdrawalsFrozen());
        assertEquals(windowEnd, view.windowEndsAt());
        assertEquals(42L, view.restrictionId());
        assertEquals("Alice", view.handle());
    }

    @Test
    void anIdenticalProfileIsAlreadyMirrored() {
        Account account = new Account("ACC-1", profile(), CREATED);
        assertTrue(account.mirrors(profile()));
    }

    @Test
    void socialHandlesAreComparedNormalisedAndInAnyOrder() {
        Account account = new Account("ACC-1", profile(), CREATED);
        AccountProfile p = profile();
        AccountProfile reordered = new AccountProfile(p.handle(), p.kycLevel(), p.jurisdiction(), p.customerSince(),
                p.vipTier(), List.of("ALICE", "alice_trades"), p.openDerivativesPositions());
        assertTrue(account.mirrors(reordered));
    }

    @Test
    void missingOptionalNumbersMirrorZero() {
        AccountProfile p = new AccountProfile("bob", KycLevel.NONE, "DE", LocalDate.of(2021, 5, 5), 0, List.of(), 0);
        Account account = new Account("ACC-2", p, CREATED);
        assertTrue(account.mirrors(new AccountProfile("bob", KycLevel.NONE, "DE", LocalDate.of(2021, 5, 5),
                null, null, null)));
    }

    @Test
    void aProfileDifferingInAnyFieldIsNotMirrored() {
        Account account = new Account("ACC-1", profile(), CREATED);
        AccountProfile p = profile();
        List<AccountProfile> different = List.of(
                new AccountProfile("alice", p.kycLevel(), p.jurisdiction(), p.customerSince(), p.vipTier(),
                        p.socialHandles(), p.openDerivativesPositions()),
                new AccountProfile(p.handle(), KycLevel.BASIC, p.jurisdiction(), p.customerSince(), p.vipTier(),
                        p.socialHandles(), p.openDerivativesPositions()),
                new AccountProfile(p.handle(), p.kycLevel(), "DE", p.customerSince(), p.vipTier(),
                        p.socialHandles(), p.openDerivativesPositions()),
                new AccountProfile(p.handle(), p.kycLevel(), p.jurisdiction(), p.customerSince().plusDays(1),
                        p.vipTier(), p.socialHandles(), p.openDerivativesPositions()),
                new AccountProfile(p.handle(), p.kycLevel(), p.jurisdiction(), p.customerSince(), 4,
                        p.socialHandles(), p.openDerivativesPositions()),
                new AccountProfile(p.handle(), p.kycLevel(), p.jurisdiction(), p.customerSince(), null,
                        p.socialHandles(), p.openDerivativesPositions()),
                new AccountProfile(p.handle(), p.kycLevel(), p.jurisdiction(), p.customerSince(), p.vipTier(),
                        List.of("alice"), p.openDerivativesPositions()),
                new AccountProfile(p.handle(), p.kycLevel(), p.jurisdiction(), p.customerSince(), p.vipTier(),
                        List.of("alice", "alice_trades", "carol"), p.openDerivativesPositions()),
                new AccountProfile(p.handle(), p.kycLevel(), p.jurisdiction(), p.customerSince(), p.vipTier(),
                        p.socialHandles(), 6),
                new AccountProfile(p.handle(), p.kycLevel(), p.jurisdiction(), p.customerSince(), p.vipTier(),
                        p.socialHandles(), null));
        for (AccountProfile d : different) {
            assertFalse(account.mirrors(d), d::toString);
        }
    }

    @Test
    void theSnapshotHoldsTheProfileAsJson() {
        Account account = new Account("ACC-1", profile(), CREATED);
        assertEquals("{\"accountId\":\"ACC-1\",\"handle\":\"Alice\",\"kycLevel\":\"VERIFIED\",\"jurisdiction\":\"FR\","
                        + "\"customerSince\":\"2020-01-02\",\"vipTier\":3,\"socialHandles\":[\"alice\",\"alice_trades\"],"
                        + "\"openDerivativesPositions\":5}",
                account.snapshot().toJson());
    }
}
