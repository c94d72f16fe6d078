package io.redress.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountProfileRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static AccountProfile valid() {
        return new AccountProfile("alice", KycLevel.VERIFIED, "FR", LocalDate.of(2020, 1, 2), 3,
                List.of("@alice", "alice_trades"), 12);
    }

    private static AccountProfile withHandle(String handle) {
        AccountProfile v = valid();
        return new AccountProfile(handle, v.kycLevel(), v.jurisdiction(), v.customerSince(), v.vipTier(),
                v.socialHandles(), v.openDerivativesPositions());
    }

    private static AccountProfile withJurisdiction(String jurisdiction) {
        AccountProfile v = valid();
        return new AccountProfile(v.handle(), v.kycLevel(), jurisdiction, v.customerSince(), v.vipTier(),
                v.socialHandles(), v.openDerivativesPositions());
    }

    private static AccountProfile withCustomerSince(LocalDate since) {
        AccountProfile v = valid();
        return new AccountProfile(v.handle(), v.kycLevel(), v.jurisdiction(), since, v.vipTier(),
                v.socialHandles(), v.openDerivativesPositions());
    }

    private static AccountProfile withVipTier(Integer tier) {
        AccountProfile v = valid();
        return new AccountProfile(v.handle(), v.kycLevel(), v.jurisdiction(), v.customerSince(), tier,
                v.socialHandles(), v.openDerivativesPositions());
    }

    private static AccountProfile withPositions(Integer positions) {
        AccountProfile v = valid();
        return new AccountProfile(v.handle(), v.kycLevel(), v.jurisdiction(), v.customerSince(), v.vipTier(),
                v.socialHandles(), positions);
    }

    private static AccountProfile withSocial(List<String> handles) {
        AccountProfile v = valid();
        return new AccountProfile(v.handle(), v.kycLevel(), v.jurisdiction(), v.customerSince(), v.vipTier(),
                handles, v.openDerivativesPositions());
    }

    private static List<String> fields(AccountProfile p) {
        return AccountProfileRules.check(p, TODAY).stream().map(FieldError::field).toList();
    }

    @Test
    void aValidProfileHasNoErrors() {
        assertEquals(List.of(), AccountProfileRules.check(valid(), TODAY));
    }

    @Test
    void theHandleIsRequired() {
        List<FieldError> errors = AccountProfileRules.check(withHandle(null), TODAY);
        assertEquals(List.of(FieldError.required("handle")), errors);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "al ice", "alice!", "al/ice", "@alice"})
    void aMalformedHandleIsRejected(String handle) {
        assertEquals(List.of("handle"), fields(withHandle(handle)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Alice", "alice.b_c-9", "Zoë", "山田"})
    void handlesOfLettersDigitsDotsUnderscoresAndDashesAreAccepted(String handle) {
        assertEquals(List.of(), fields(withHandle(handle)));
    }

    @Test
    void aHandleMayHave64CharactersButNot65() {
        assertEquals(List.of(), fields(withHandle("h".repeat(64))));
        assertEquals(List.of("handle"), fields(withHandle("h".repeat(65))));
    }

    @Test
    void theKycLevelIsRequired() {
        AccountProfile v = valid();
        AccountProfile p = new AccountProfile(v.handle(), null, v.jurisdiction(), v.customerSince(), v.vipTier(),
                v.socialHandles(), v.openDerivativesPositions());
        assertEquals(List.of("kycLevel"), fields(p));
    }

    @Test
    void theJurisdictionIsRequired() {
        assertEquals(List.of("jurisdiction"), fields(withJurisdiction(null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR", "DE", "US", "SG"})
    void upperCaseIsoCountryCodesAreAccepted(String code) {
        assertEquals(List.of(), fields(withJurisdiction(code)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "fr", "Fr", "FRA", "F", ""})
    void anythingButAnUpperCaseIsoCountryCodeIsRejected(String code) {
        assertEquals(List.of("jurisdiction"), fields(withJurisdiction(code)));
    }

    @Test
    void customerSinceIsRequired() {
        assertEquals(List.of("customerSince"), fields(withCustomerSince(null)));
    }

    @Test
    void customerSinceCannotPrecedeBitcoinsGenesisBlock() {
        assertEquals(List.of("customerSince"), fields(withCustomerSince(LocalDate.of(2009, 1, 2))));
        assertEquals(List.of(), fields(withCustomerSince(LocalDate.of(2009, 1, 3))));
    }

    @Test
    void customerSinceMayBeTodayButNotTomorrow() {
        assertEquals(List.of(), fields(withCustomerSince(TODAY)));
        assertEquals(List.of("customerSince"), fields(withCustomerSince(TODAY.plusDays(1))));
    }

    @Test
    void theVipTierIsOptionalAndRunsFromZeroToNine() {
        assertEquals(List.of(), fields(withVipTier(null)));
        assertEquals(List.of(), fields(withVipTier(0)));
        assertEquals(List.of(), fields(withVipTier(9)));
        assertEquals(List.of("vipTier"), fields(withVipTier(-1)));
        assertEquals(List.of("vipTier"), fields(withVipTier(10)));
    }

    @Test
    void openDerivativesPositionsAreOptionalAndRunFromZeroTo100000() {
        assertEquals(List.of(), fields(withPositions(null)));
        assertEquals(List.of(), fields(withPositions(0)));
        assertEquals(List.of(), fields(withPositions(100_000)));
        assertEquals(List.of("openDerivativesPositions"), fields(withPositions(-1)));
        assertEquals(List.of("openDerivativesPositions"), fields(withPositions(100_001)));
    }

    @Test
    void noSocialHandlesAtAllIsFine() {
        assertEquals(List.of(), fields(withSocial(null)));
        assertEquals(List.of(), fields(withSocial(List.of())));
    }

    @Test
    void twentySocialHandlesAreAllowedButNotTwentyOne() {
        List<String> twenty = IntStream.range(0, 20).mapToObj(i -> "h" + i).toList();
        List<String> twentyOne = new ArrayList<>(twenty);
        twentyOne.add("h20");
        assertEquals(List.of(), fields(withSocial(twenty)));
        assertEquals(List.of("socialHandles"), fields(withSocial(twentyOne)));
    }

    @Test
    void aBadSocialHandleIsReportedByItsIndex() {
        assertEquals(List.of("socialHandles[1]", "socialHandles[3]"),
                fields(withSocial(List.of("@ok", "not ok", "fine.too", "@"))));
    }

    @Test
    void aSocialHandleMayHave63CharactersAfterTheAt() {
        assertEquals(List.of(), fields(withSocial(List.of("@" + "s".repeat(63)))));
        assertEquals(List.of("socialHandles[0]"), fields(withSocial(List.of("s".repeat(64)))));
    }

    @Test
    void socialHandlesThatAreTheSameOnceNormalisedAreReportedAsDuplicates() {
        List<FieldError> errors = AccountProfileRules.check(withSocial(List.of("@Bob", "carol", "bob")), TODAY);
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("socialHandles[2]", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("twice"), errors.get(0).message());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        AccountProfile bad = new AccountProfile(null, null, "xx", LocalDate.of(2000, 1, 1), 10,
                List.of("ok", "bad handle"), -1);
        assertEquals(List.of("handle", "kycLevel", "jurisdiction", "customerSince", "vipTier",
                "openDerivativesPositions", "socialHandles[1]"), fields(bad));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "7", "ACC-001", "acc:eu.1_x", "0123456789"})
    void wellFormedAccountIdsAreAccepted(String id) {
        assertEquals(List.of(), AccountProfileRules.checkAccountId(id));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-abc", ".abc", ":abc", "acc 1", "acc/1", "acc#1", "é1"})
    void malformedAccountIdsAreRejected(String id) {
        List<FieldError> errors = AccountProfileRules.checkAccountId(id);
        assertEquals(List.of("accountId"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void anAccountIdMayHave64CharactersButNot65() {
        assertEquals(List.of(), AccountProfileRules.checkAccountId("a".repeat(64)));
        assertEquals(1, AccountProfileRules.checkAccountId("a".repeat(65)).size());
    }

    @Test
    void normalisingASocialHandleLowerCasesItAndDropsTheAt() {
        assertEquals("bob", AccountProfileRules.normaliseSocialHandle("@Bob"));
        assertEquals("bob", AccountProfileRules.normaliseSocialHandle("bob"));
        assertEquals("bob_99", AccountProfileRules.normaliseSocialHandle("  @BOB_99 "));
    }

    @Test
    void normalisingDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("ivan", AccountProfileRules.normaliseSocialHandle("@IVAN"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
