package io.redress.publicposts.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MinHashTest {

    /** A 40-word complaint, the kind a campaign copies with small edits. */
    private static final String POST = "I deposited my savings into this exchange last month and now they have frozen my account "
            + "without any warning or explanation, support keeps sending the same copied reply and nobody will tell me "
            + "when I can withdraw my own money";

    private static long[] sig(String text) {
        return MinHash.signature(Shingles.of(text));
    }

    private static double jaccard(String a, String b) {
        Set<Long> x = Arrays.stream(Shingles.of(a)).boxed().collect(Collectors.toSet());
        Set<Long> y = Arrays.stream(Shingles.of(b)).boxed().collect(Collectors.toSet());
        long both = x.stream().filter(y::contains).count();
        return (double) both / (x.size() + y.size() - both);
    }

    private static boolean shareABand(long[] a, long[] b) {
        long[] x = MinHash.bands(a);
        long[] y = MinHash.bands(b);
        for (int i = 0; i < MinHash.BANDS; i++) {
            if (x[i] == y[i]) {
                return true;
            }
        }
        return false;
    }

    static Stream<Arguments> nearDuplicates() {
        return Stream.of(
                Arguments.of("first and last word changed, link appended",
                        "We deposited my savings into this exchange last month and now they have frozen my account "
                                + "without any warning or explanation, support keeps sending the same copied reply and nobody "
                                + "will tell me when I can withdraw my own cash https://t.co/Zx81kQ"),
                Arguments.of("three words changed, handle appended",
                        "We put my savings into this exchange last month and now they have frozen my account "
                                + "without any warning or explanation, support keeps sending the same copied reply and nobody "
                                + "will tell me when I can withdraw my own funds @exposed_them"),
                Arguments.of("two neighbouring words changed, handle and link appended",
                        "I deposited my savings into this exchange last month and now they have locked up account "
                                + "without any warning or explanation, support keeps sending the same copied reply and nobody "
                                + "will tell me when I can withdraw my own money @truth_2024 www.bit.ly/abc"),
                Arguments.of("three words changed at the ends, tags and figures appended",
                        "You deposited my savings into this exchange last month and now they have frozen my account "
                                + "without any warning or explanation, support keeps sending the same copied reply and nobody "
                                + "will tell me when I can withdraw my hard cash #scam #exitscam 10000 USDT"));
    }

    static Stream<Arguments> unrelatedPairs() {
        return Stream.of(
                Arguments.of(POST, "Great app, deposits arrive in minutes and the staff answered my question the same day, "
                        + "would recommend it to anyone starting out"),
                Arguments.of(POST, "Bitcoin price is going to the moon this week according to every analyst on television"),
                Arguments.of("Sent USDT on the wrong network and support told me to wait for the recovery team",
                        "Why does the mobile app log me out every single time I switch to another application"),
                Arguments.of("The new fee schedule is a disgrace, trading costs doubled overnight with no notice",
                        "Withdrawal pending for six days, ticket open and no answer from anyone at support"),
                Arguments.of("Scam exchange, do not use, they will steal your coins",
                        "Lovely weather in Lisbon today, going to the beach after lunch with friends"),
                Arguments.of("Verification rejected three times for a blurry photo even though it is perfectly sharp",
                        "How do I enable two factor authentication on a new phone after losing the old one"),
                Arguments.of("My withdrawal has been stuck for a week and support never answers my emails at all",
                        "Love the new interface and the charts but support never answers on weekends, fix that please"));
    }

    @Test
    void thePostUsedBelowHasFortyWords() {
        assertEquals(40, Shingles.normalise(POST).split(" ").length);
    }

    @Test
    void identicalTextsAreFullySimilar() {
        assertEquals(1.0, MinHash.similarity(sig(POST), sig(POST)));
    }

    @Test
    void textsDifferingOnlyInLinksHandlesAndCaseAreFullySimilar() {
        String copy = POST.toUpperCase() + " https://t.co/Q1w2E3 @another_handle #fud";

        assertEquals(1.0, MinHash.similarity(sig(POST), sig(copy)));
        assertArrayEquals(MinHash.bands(sig(POST)), MinHash.bands(sig(copy)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearDuplicates")
    void nearDuplicatesAreEstimatedSimilar(String edit, String variant) {
        assertTrue(jaccard(POST, variant) >= 0.8, "precondition: true Jaccard " + jaccard(POST, variant));

        double estimate = MinHash.similarity(sig(POST), sig(variant));
        assertTrue(estimate >= 0.7, "estimate " + estimate + " for true Jaccard " + jaccard(POST, variant));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearDuplicates")
    void nearDuplicatesShareAtLeastOneBand(String edit, String variant) {
        assertTrue(shareABand(sig(POST), sig(variant)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearDuplicates")
    void theEstimateIsCloseToTheTrueJaccardSimilarity(String edit, String variant) {
        double estimate = MinHash.similarity(sig(POST), sig(variant));
        double truth = jaccard(POST, variant);

        assertEquals(truth, estimate, 0.15);
    }

    @ParameterizedTest
    @MethodSource("unrelatedPairs")
    void unrelatedTextsAreEstimatedDissimilar(String a, String b) {
        assertTrue(MinHash.similarity(sig(a), sig(b)) < 0.3);
    }

    @ParameterizedTest
    @MethodSource("unrelatedPairs")
    void unrelatedTextsShareNoBand(String a, String b) {
        assertFalse(shareABand(sig(a), sig(b)));
    }

    @Test
    void similarityIsSymmetric() {
        String other = "We deposited my savings into this exchange last month and now they have frozen everything";

        assertEquals(MinHash.similarity(sig(POST), sig(other)), MinHash.similarity(sig(other), sig(POST)));
    }

    @Test
    void aSignatureHasSixtyFourSlotsInSixteenBandsOfFour() {
        assertEquals(64, MinHash.SIZE);
        assertEquals(16, MinHash.BANDS);
        assertEquals(4, MinHash.ROWS);
        assertEquals(MinHash.SIZE, sig(POST).length);
        assertEquals(MinHash.BANDS, MinHash.bands(sig(POST)).length);
    }

    @Test
    void signaturesAreStableSoStoredOnesStayComparable() {
        assertArrayEquals(sig(POST), sig(POST));
        assertArrayEquals(MinHash.bands(sig(POST)), MinHash.bands(sig(POST)));
    }

    @Test
    void encodeAndDecodeRoundTripASignature() {
        long[] signature = sig(POST);
        String text = MinHash.encode(signature);

        assertEquals(MinHash.SIZE * 16, text.length());
        assertTrue(text.matches("[0-9a-f]+"), text);
        assertArrayEquals(signature, MinHash.decode(text));
    }

    @Test
    void encodingIsSixteenLowerCaseHexDigitsPerValueAsStoredSignaturesAre() {
        long[] signature = sig(POST);
        StringBuilder stored = new StringBuilder();
        for (long v : signature) {
            stored.append(String.format("%016x", v));
        }

        assertEquals(stored.toString(), MinHash.encode(signature));
        assertArrayEquals(signature, MinHash.decode(stored.toString()));
    }

    @Test
    void encodeAndDecodeRoundTripAnyValues() {
        long[] signature = new long[MinHash.SIZE];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = switch (i % 5) {
                case 0 -> Long.MIN_VALUE;
                case 1 -> Long.MAX_VALUE;
                case 2 -> -1L;
                case 3 -> 0L;
                default -> 0x0123456789ABCDEFL * i;
            };
        }

        assertArrayEquals(signature, MinHash.decode(MinHash.encode(signature)));
    }

    @Test
    void anEmptyShingleSetAgreesWithNothing() {
        long[] empty = MinHash.signature(new long[0]);

        assertEquals(0.0, MinHash.similarity(empty, MinHash.signature(new long[0])));
        assertEquals(0.0, MinHash.similarity(empty, empty));
        assertEquals(0.0, MinHash.similarity(empty, sig(POST)));
        assertEquals(0.0, MinHash.similarity(sig(""), sig("@only_a_handle https://t.co/x")));
    }

    @Test
    void anEmptyShingleSetRoundTripsThroughEncoding() {
        long[] empty = MinHash.signature(new long[0]);

        assertArrayEquals(empty, MinHash.decode(MinHash.encode(empty)));
    }

    @Test
    void aShortPostIsFullySimilarToItselfOnly() {
        assertEquals(1.0, MinHash.similarity(sig("total scam"), sig("TOTAL SCAM!!")));
        assertEquals(0.0, MinHash.similarity(sig("total scam"), sig("total fraud")));
    }
}
