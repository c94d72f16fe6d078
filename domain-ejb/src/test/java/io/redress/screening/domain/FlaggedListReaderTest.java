package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading OFAC's real files and CSV lists: bad lines named by file and line, the rest read; the diff of re-imports. */
class FlaggedListReaderTest {

    static final String[] OFAC = {"ARB", "BCH", "BSC", "BSV", "BTG", "DASH", "ETC", "ETH", "LTC", "TRX", "USDC", "USDT", "XBT",
        "XMR", "XRP", "XVG", "ZEC"};

    static List<FlaggedListReader.ListFile> ofacFiles() throws IOException {
        List<FlaggedListReader.ListFile> files = new ArrayList<>();
        for (String asset : OFAC) {
            String name = "sanctioned_addresses_" + asset + ".txt";
            try (InputStream in = FlaggedListReaderTest.class.getResourceAsStream("/screening/ofac/" + name)) {
                files.add(new FlaggedListReader.ListFile(name, null, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    @Test
    void theRealOfacListsAreReadWithTheirTwoBadLinesReportedByFileAndLine() throws IOException {
        FlaggedListReader.Result r = FlaggedListReader.read(FlaggedListReader.Format.OFAC_LINES, ofacFiles(), Category.SANCTIONS,
                Severity.CRITICAL);
        assertEquals(654, r.linesRead());
        // line 355 of the bitcoin file is a Tron address (right checksum, Tron's version byte); the Monero file's second
        // line is 64 hex digits (a transaction or key id), not a Monero address
        assertEquals(List.of("sanctioned_addresses_XBT.txt:355", "sanctioned_addresses_XMR.txt:2"),
                r.badLines().stream().map(b -> b.file() + ":" + b.line()).toList(), r.badLines().toString());
        assertTrue(r.badLines().get(0).message().contains("version byte 65"), r.badLines().get(0).message());
        assertEquals(654 - 2, r.entries().size());
        assertEquals(Set.of(OFAC), r.assets());
        assertTrue(r.entries().stream().allMatch(e -> e.category() == Category.SANCTIONS));
        // EVM addresses are kept in lower case, whatever case the list used
        assertTrue(r.entries().stream().filter(e -> e.format() == AddressFormats.Format.EVM).allMatch(e -> e.address().equals(e.address().toLowerCase())));
    }

    @Test
    void anOfacFileWithoutOneAddressCoversNoAssetSoItsListingsAreKept() {
        FlaggedListReader.Result r = FlaggedListReader.read(FlaggedListReader.Format.OFAC_LINES, List.of(
                new FlaggedListReader.ListFile("sanctioned_addresses_XBT.txt", null, "<html>502 Bad Gateway</html>\n"),
                new FlaggedListReader.ListFile("sanctioned_addresses_ETH.txt", null, "# nothing today\n\n"),
                new FlaggedListReader.ListFile("sanctioned_addresses_TRX.txt", null, "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre\n")),
                Category.SANCTIONS, Severity.CRITICAL);
        assertEquals(Set.of("TRX"), r.assets(), "only the file that named an address removes what it no longer names");
        assertEquals(1, r.entries().size());
        assertTrue(r.badLines().stream().anyMatch(b -> b.file().equals("sanctioned_addresses_XBT.txt") && b.line() == 0
                && b.message().contains("kept")), r.badLines().toString());
        assertTrue(r.badLines().stream().anyMatch(b -> b.file().equals("sanctioned_addresses_ETH.txt")), r.badLines().toString());
    }

    @Test
    void csvWithItsHeaderBadLinesAndDefaults() {
        String csv = """
                address,asset,category,severity,label
                0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed,ETH,HACK,HIGH,"Bridge exploit, 2022"
                0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD,ETH,HACK,HIGH,bad checksum
                TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre,TRX,,,
                TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre,TRX,SCAM,LOW,twice
                rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66,XRP,LAUNDERING,HIGH,
                rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66,XRP
                """;
        FlaggedListReader.Result r = FlaggedListReader.read(FlaggedListReader.Format.CSV,
                List.of(new FlaggedListReader.ListFile("vendor.csv", null, csv)), Category.SCAM, Severity.MEDIUM);
        assertEquals(2, r.entries().size(), r.entries().toString());
        assertEquals("Bridge exploit, 2022", r.entries().get(0).label());
        assertEquals(Category.SCAM, r.entries().get(1).category(), "the import's default");
        assertEquals(List.of(3, 6, 7), r.badLines().stream().map(FlaggedListReader.BadLine::line).toList(), r.badLines().toString());
        assertTrue(r.badLines().stream().allMatch(b -> b.file().equals("vendor.csv")));

        FlaggedListReader.Result noHeader = FlaggedListReader.read(FlaggedListReader.Format.CSV,
                List.of(new FlaggedListReader.ListFile("x.csv", null, "address,chain\n0xab,ETH\n")), Category.SCAM, Severity.LOW);
        assertEquals(1, noHeader.badLines().size());
        assertTrue(noHeader.badLines().get(0).message().contains("unknown column"));
    }

    @Test
    void reImportIsIdempotentAndNamesWhatWasAddedAndRemovedForTheAssetsItCovers() {
        List<FlaggedListReader.Entry> first = read("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed\n0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359\n");
        Map<String, ListDiff.Listed> stored = new HashMap<>();
        ListDiff.Result initial = ListDiff.between(stored, first, Set.of("ETH"));
        assertEquals(2, initial.added().size());
        first.forEach(e -> stored.put(e.key(), new ListDiff.Listed(e.asset(), e.address(), e.category(), e.severity(), e.label(), true)));
        stored.put("XBT 123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX", new ListDiff.Listed("XBT", "123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX",
                Category.SANCTIONS, Severity.CRITICAL, null, true));

        ListDiff.Result again = ListDiff.between(stored, first, Set.of("ETH"));
        assertEquals(0, again.added().size());
        assertEquals(0, again.removed().size());
        assertEquals(2, again.unchanged());

        ListDiff.Result next = ListDiff.between(stored,
                read("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed\n0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb\n"), Set.of("ETH"));
        assertEquals(List.of("ETH 0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb"), next.added().stream().map(FlaggedListReader.Entry::key).toList());
        assertEquals(List.of("ETH 0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359"), next.removed().stream().map(ListDiff.Listed::key).toList(),
                "the XBT listing is not removed by an ETH file");
    }

    @Test
    void aLineOfAnImportIsAddedWhenUnlistedOrRemovedChangedWhenItsCategorySeverityOrLabelDiffer() {
        FlaggedListReader.Entry e = read("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed\n").get(0);
        assertEquals(ListDiff.Outcome.ADDED, ListDiff.outcome(null, e));
        assertEquals(ListDiff.Outcome.ADDED, ListDiff.outcome(new ListDiff.Listed(e.asset(), e.address(), e.category(), e.severity(),
                e.label(), false), e), "a removed listing comes back");
        assertEquals(ListDiff.Outcome.UNCHANGED, ListDiff.outcome(new ListDiff.Listed(e.asset(), e.address(), e.category(),
                e.severity(), e.label(), true), e));
        assertEquals(ListDiff.Outcome.CHANGED, ListDiff.outcome(new ListDiff.Listed(e.asset(), e.address(), Category.HACK,
                e.severity(), e.label(), true), e));
        assertEquals(ListDiff.Outcome.CHANGED, ListDiff.outcome(new ListDiff.Listed(e.asset(), e.address(), e.category(),
                Severity.LOW, e.label(), true), e));
        assertEquals(ListDiff.Outcome.CHANGED, ListDiff.outcome(new ListDiff.Listed(e.asset(), e.address(), e.category(),
                e.severity(), "another label", true), e));
    }

    private static List<FlaggedListReader.Entry> read(String lines) {
        return FlaggedListReader.read(FlaggedListReader.Format.OFAC_LINES,
                List.of(new FlaggedListReader.ListFile("sanctioned_addresses_ETH.txt", null, lines)), Category.SANCTIONS,
                Severity.CRITICAL).entries();
    }
}
