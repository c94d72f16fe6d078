package io.redress.cases.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketNumberTest {

    private static final Pattern SHAPE = Pattern.compile("RD-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}");
    private static final TicketNumber EXAMPLE = new TicketNumber("RD-7K3Q-9P2M");
    private static List<String> issued;

    @BeforeAll
    static void issueTenThousand() {
        issued = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            issued.add(TicketNumber.random().value());
        }
    }

    @Test
    void theAlphabetHasNoLookAlikeCharacters() {
        for (char c : "ILOU01".toCharArray()) {
            assertEquals(-1, TicketNumber.ALPHABET.indexOf(c), "look-alike in alphabet: " + c);
        }
        assertEquals(30, TicketNumber.ALPHABET.length());
        assertEquals(30, TicketNumber.ALPHABET.chars().distinct().count());
    }

    @Test
    void aRandomNumberReadsRdDashFourDashFourFromTheAlphabet() {
        for (String value : issued) {
            assertTrue(SHAPE.matcher(value).matches(), value);
        }
    }

    @Test
    void tenThousandRandomNumbersAreAllDifferent() {
        assertEquals(10_000, new HashSet<>(issued).size());
    }

    @Test
    void randomNumbersDoNotCountUpSoTheyRevealNothingAboutVolume() {
        List<String> sorted = new ArrayList<>(issued);
        sorted.sort(null);
        assertNotEquals(sorted, issued);

        int increasing = 0;
        for (int i = 1; i < issued.size(); i++) {
            if (issued.get(i).compareTo(issued.get(i - 1)) > 0) {
                increasing++;
            }
        }
        // about half of consecutive pairs go up, as for any random order; a counter would go up every time
        assertTrue(increasing > 4_000 && increasing < 6_000, "increasing steps: " + increasing);
    }

    @Test
    void randomNumbersUseTheWholeAlphabetInEveryPosition() {
        List<Set<Character>> perPosition = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            perPosition.add(new HashSet<>());
        }
        for (String value : issued) {
            for (int p = 0; p < value.length(); p++) {
                perPosition.get(p).add(value.charAt(p));
            }
        }
        for (int p : new int[] {3, 4, 5, 6, 8, 9, 10, 11}) {
            assertEquals(30, perPosition.get(p).size(), "position " + p);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"RD-7K3Q-9P2M", "rd-7k3q-9p2m", "rd 7k3q 9p2m", "RD7K3Q9P2M", "rd7k3q9p2m", "Rd-7k3Q 9P2m",
            "  RD-7K3Q-9P2M  ", "RD 7K3Q-9P2M", "RD-7K3Q9P2M"})
    void parseAcceptsWhatAPersonTypes(String typed) {
        assertEquals(Optional.of(EXAMPLE), TicketNumber.parse(typed));
    }

    @Test
    void aParsedNumberIsShownInItsCanonicalForm() {
        assertEquals("RD-7K3Q-9P2M", TicketNumber.parse("rd 7k3q 9p2m").orElseThrow().toString());
        assertEquals("RD-7K3Q-9P2M", TicketNumber.parse("RD7K3Q9P2M").orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"RD-7K3Q-9P2O", "RD-7K3Q-9P20", "RD-7K3Q-9P21", "RD-7K3I-9P2M", "RD-7K3L-9P2M",
            "RD-7K3U-9P2M", "rd-7k3q-9p2o", "rd-7k3q-9p2l", "rd-7k3q-9p2i"})
    void parseRejectsLookAlikeCharacters(String typed) {
        assertEquals(Optional.empty(), TicketNumber.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RD-7K3Q-9P2", "RD-7K3-9P2M", "RD-7K3Q-9P2MM", "RD-7K3QQ-9P2M", "RD7K3Q9P2", "RD7K3Q9P2MA",
            "RD-", "RD", "7K3Q-9P2M", "7K3Q9P2M"})
    void parseRejectsWrongLengths(String typed) {
        assertEquals(Optional.empty(), TicketNumber.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RX-7K3Q-9P2M", "DR-7K3Q-9P2M", "R-7K3Q-9P2M", "RDD-7K3Q-9P2M", "XRD-7K3Q-9P2M",
            "TK-7K3Q-9P2M", "ticket RD-7K3Q-9P2M", "RD-7K3Q-9P2M please"})
    void parseRejectsOtherPrefixesAndSurroundingText(String typed) {
        assertEquals(Optional.empty(), TicketNumber.parse(typed));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void parseOfNothingIsEmpty(String typed) {
        assertEquals(Optional.empty(), TicketNumber.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Still waiting on RD-7K3Q-9P2M after three days, @redress this is a joke",
            "my ticket is rd-7k3q-9p2m and nobody answers",
            "ticket (RD 7K3Q 9P2M) open since monday",
            "see rd7k3q9p2m.",
            "RD-7K3Q-9P2M",
            "\"RD-7K3Q-9P2M\" — no reply"})
    void findInFindsATicketQuotedInASentence(String post) {
        assertEquals(Optional.of(EXAMPLE), TicketNumber.findIn(post));
    }

    @Test
    void findInReturnsTheFirstTicketWhenSeveralAreQuoted() {
        assertEquals(Optional.of(EXAMPLE), TicketNumber.findIn("first RD-7K3Q-9P2M then RD-2222-ZZZZ"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "Exchange froze my funds and nobody answers",
            "ticket RD-7K3Q-9P2O is not a valid number",
            "ordered 7K3Q-9P2M without a prefix",
            "BIRD-7K3Q-9P2M is not ours either",
            "RD-7K3Q-9P2MX runs on"})
    void findInReturnsEmptyWhenNoTicketIsQuoted(String post) {
        assertEquals(Optional.empty(), TicketNumber.findIn(post));
    }

    @Test
    void theConstructorAcceptsTheCanonicalForm() {
        assertEquals("RD-7K3Q-9P2M", new TicketNumber("RD-7K3Q-9P2M").value());
        assertEquals(new TicketNumber("RD-2345-ZZZZ"), new TicketNumber("RD-2345-ZZZZ"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"rd-7k3q-9p2m", "RD 7K3Q 9P2M", "RD7K3Q9P2M", "RD-7K3Q-9P2O", "RD-7K3Q-9P20", "RD-7K3Q-9P2",
            "RD-7K3Q-9P2MM", "RX-7K3Q-9P2M", " RD-7K3Q-9P2M", "RD-7K3Q-9P2M "})
    void theConstructorRejectsAnythingButTheCanonicalForm(String value) {
        assertThrows(IllegalArgumentException.class, () -> new TicketNumber(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RD-7K3Q", "rd-7k3q", "rd 7k3q", "7K3Q", "7k3q", " 7K3Q ", "7K3Q-", "7K3Q "})
    void theBeginningOfATicketSpansEveryTicketThatBeginsSo(String typed) {
        assertEquals(List.of(new TicketNumber.Span("RD-7K3Q-2222", "RD-7K3Q-ZZZZ")), TicketNumber.startingWith(typed));
    }

    @Test
    void theBeginningOfATicketMayReachIntoItsSecondGroupOrBeAllOfIt() {
        assertEquals(List.of(new TicketNumber.Span("RD-7K3Q-9P22", "RD-7K3Q-9PZZ")), TicketNumber.startingWith("rd 7k3q 9p"));
        assertEquals(List.of(new TicketNumber.Span("RD-7K3Q-9222", "RD-7K3Q-9ZZZ")), TicketNumber.startingWith("7K3Q9"));
        assertEquals(List.of(new TicketNumber.Span("RD-7K3Q-9P2M", "RD-7K3Q-9P2M")), TicketNumber.startingWith("7K3Q-9P2M"));
        assertEquals(List.of(new TicketNumber.Span("RD-7222-2222", "RD-7ZZZ-ZZZZ")), TicketNumber.startingWith("RD-7"));
    }

    @Test
    void rdWithoutADashIsReadBothAsThePrefixAndAsATicketsOwnCharacters() {
        assertEquals(List.of(new TicketNumber.Span("RD-6K22-2222", "RD-6KZZ-ZZZZ"), new TicketNumber.Span("RD-RD6K-2222", "RD-RD6K-ZZZZ")),
                TicketNumber.startingWith("rd6k"));
        assertEquals(List.of(new TicketNumber.Span("RD-7K3Q-2222", "RD-7K3Q-ZZZZ"), new TicketNumber.Span("RD-RD7K-3Q22", "RD-RD7K-3QZZ")),
                TicketNumber.startingWith("RD7K3Q"));
    }

    @Test
    void everyIssuedTicketLiesInTheSpanOfItsOwnBeginningsAndOutsideOthers() {
        for (String value : issued.subList(0, 500)) {
            for (int n = 3; n <= 8; n++) {
                String typed = value.substring(3).replace("-", "").substring(0, n);
                assertTrue(TicketNumber.startingWith(typed).stream().anyMatch(span -> span.first().compareTo(value) <= 0
                        && value.compareTo(span.last()) <= 0), typed + " " + value);
            }
            TicketNumber.Span other = TicketNumber.startingWith(value.charAt(3) == '2' ? "RD-3" : "RD-2").get(0);
            assertTrue(value.compareTo(other.first()) < 0 || value.compareTo(other.last()) > 0, value);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"RD", "RD-", "7K", "usdt", "lost deposit", "7K3Q-9P2M-X", "RD-7K3Q-9P2M9", "7K3QQ9P2M", "RD 7K3Q lost",
            "7K3O", "7K3Q--9P"})
    void anythingElseIsNotTheBeginningOfATicket(String typed) {
        assertEquals(List.of(), TicketNumber.startingWith(typed));
    }
}
