package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exposure on small hand-made graphs: each test draws its transfers as "sender -> receiver amount". */
class ExposureCalculatorTest {

    private static final double EPS = 1e-9;
    private TransactionGraph graph;
    private long rowId;
    private final TraceRules rules = new TraceRules(4, Map.of("XBT", new BigDecimal("0.0001")), 1_000_000);

    @BeforeEach
    void newGraph() {
        graph = new TransactionGraph();
        rowId = 0;
    }

    private void send(String from, String to, double amount) {
        graph.add(++rowId, "XBT", from, to, amount);
    }

    private Exposure trace(String sender) {
        return ExposureCalculator.trace(graph, "XBT", sender, rules);
    }

    @Test
    void directTheSenderIsListed() {
        graph.flag("F", Category.SANCTIONS.bit());
        send("X", "F", 5);
        Exposure e = trace("F");
        Exposure.CategoryExposure s = e.of(Category.SANCTIONS);
        assertEquals(1, s.direct(), EPS);
        assertEquals(0, s.indirect(), EPS);
        assertEquals(1, s.nearestHops());
        assertEquals(List.of(), s.path(), "the deposit itself is the evidence");
        assertEquals(1, e.categories().size());
    }

    @Test
    void indirectShareIsProportionalToWhatTheSenderReceived() {
        graph.flag("F", Category.HACK.bit());
        send("F", "A", 10);
        send("C", "A", 30);
        Exposure.CategoryExposure hack = trace("A").of(Category.HACK);
        assertEquals(0, hack.direct(), EPS);
        assertEquals(0.25, hack.indirect(), EPS);
        assertEquals(0.25, hack.byHop()[2], EPS);
        assertEquals(2, hack.nearestHops());
        assertEquals(List.of(new Exposure.Step("F", "A", 1, 10)), hack.path());
    }

    @Test
    void sharesMultiplyAlongThePath() {
        graph.flag("F", Category.SCAM.bit());
        send("F", "A", 1);
        send("X", "A", 3);
        send("A", "B", 2);
        send("Y", "B", 2);
        Exposure.CategoryExposure scam = trace("B").of(Category.SCAM);
        assertEquals(0.5 * 0.25, scam.share(), EPS);
        assertEquals(0.125, scam.byHop()[3], EPS);
        assertEquals(List.of("F", "A"), scam.path().stream().map(Exposure.Step::from).toList());
        assertEquals(List.of("A", "B"), scam.path().stream().map(Exposure.Step::to).toList());
    }

    @Test
    void cyclesEndAtTheHopLimitAndNeverCountMoreThanTheWhole() {
        graph.flag("F", Category.HACK.bit());
        send("A", "B", 100);
        send("B", "A", 50);
        send("F", "A", 50);
        // B <- A (all) <- half B, half F: F at hop 3 with 0.5; the half back at B goes round again
        assertEquals(0.5, trace("B").of(Category.HACK).share(), EPS);
        Exposure deeper = ExposureCalculator.trace(graph, "XBT", "B", rules.withHops(6));
        assertEquals(0.75, deeper.of(Category.HACK).share(), EPS);
        assertTrue(deeper.of(Category.HACK).share() <= 1);
    }

    @Test
    void dustFromAListedAddressDoesNotTaintItsReceiver() {
        graph.flag("F", Category.SANCTIONS.bit());
        send("F", "W", 0.00001);
        send("C", "W", 1);
        Exposure e = trace("W");
        assertNull(e.of(Category.SANCTIONS), "dust below 0.0001 XBT counts as clean value");
        send("F", "W", 0.5);
        assertEquals(0.5 / 1.50001, trace("W").of(Category.SANCTIONS).share(), 1e-6, "a real amount taints");
    }

    @Test
    void theHopLimitBoundsHowFarBackExposureIsSought() {
        graph.flag("F", Category.RANSOMWARE.bit());
        send("F", "A", 1);
        send("A", "B", 1);
        send("B", "C", 1);
        send("C", "D", 1);
        // D is hop 1, C 2, B 3, A 4, F 5
        assertNull(trace("D").of(Category.RANSOMWARE));
        Exposure.CategoryExposure five = ExposureCalculator.trace(graph, "XBT", "D", rules.withHops(5)).of(Category.RANSOMWARE);
        assertEquals(1, five.share(), EPS);
        assertEquals(5, five.nearestHops());
        assertEquals(4, five.path().size());
    }

    @Test
    void severalListedAddressesOnOnePathCountOncePerCategory() {
        graph.flag("H", Category.HACK.bit());
        graph.flag("H2", Category.HACK.bit());
        graph.flag("M", Category.MIXER.bit());
        send("H2", "H", 1);
        send("H", "M", 1);
        send("M", "A", 1);
        Exposure e = trace("A");
        assertEquals(1, e.of(Category.MIXER).share(), EPS);
        assertEquals(2, e.of(Category.MIXER).nearestHops());
        assertEquals(1, e.of(Category.HACK).share(), EPS, "the hack behind the mixer counts, once, not once per hacker address");
        assertEquals(1, e.of(Category.HACK).byHop()[3], EPS);
        assertEquals(0, e.of(Category.HACK).byHop()[4], EPS);
        assertEquals(3, e.of(Category.HACK).nearestHops());
    }

    @Test
    void anAddressOnSeveralListsCountsUnderEachCategory() {
        graph.flag("F", Category.SANCTIONS.bit() | Category.DARKNET.bit());
        Exposure e = trace("F");
        assertEquals(1, e.of(Category.SANCTIONS).direct(), EPS);
        assertEquals(1, e.of(Category.DARKNET).direct(), EPS);
        assertEquals(2, e.categories().size());
    }

    @Test
    void onlyTransfersOfTheDepositsAssetAreFollowedAndAnUnknownSenderIsUntraced() {
        graph.flag("F", Category.HACK.bit());
        graph.add(99, "ETH", "F", "A", 10);
        send("C", "A", 1);
        assertNull(trace("A").of(Category.HACK));
        Exposure unknown = trace("NOBODY");
        assertTrue(unknown.categories().isEmpty());
        assertEquals(1, unknown.untracedShare(), EPS);
        assertFalse(unknown.truncated());
    }

    @Test
    void theShortestPathIsTheOneWithTheFewestHops() {
        graph.flag("F", Category.PHISHING.bit());
        send("F", "A", 1);
        send("A", "B", 1);
        send("B", "S", 1);
        send("F", "S", 1);
        Exposure.CategoryExposure p = trace("S").of(Category.PHISHING);
        assertEquals(List.of(new Exposure.Step("F", "S", 4, 1)), p.path());
        assertEquals(0.5 + 0.5, p.share(), EPS, "half at hop 2, the other half at hop 4");
    }

    @Test
    void anAddressListedOrPaidAfterTheGraphWasLaidOutCountsAtTheLastHopAndInThePath() {
        send("F", "B", 1);
        send("X", "B", 3);
        send("B", "A", 1);
        send("A", "S", 1);
        graph.compact();
        assertTrue(trace("S").categories().isEmpty(), "nobody listed yet");

        graph.flag("F", Category.HACK.bit());
        Exposure.CategoryExposure hack = trace("S").of(Category.HACK);
        assertEquals(0.25, hack.byHop()[4], EPS, "F sent a quarter of what B received: hop 4, the last");
        assertEquals(4, hack.nearestHops());
        assertEquals("F", hack.path().get(0).from());

        send("G", "B", 4);
        graph.flag(Map.of("G", Category.SCAM.bit(), "F", 0));
        Exposure later = trace("S");
        assertNull(later.of(Category.HACK), "F delisted");
        assertEquals(0.5, later.of(Category.SCAM).byHop()[4], EPS, "G's transfer came after the layout: half of B's 8");
    }
}
