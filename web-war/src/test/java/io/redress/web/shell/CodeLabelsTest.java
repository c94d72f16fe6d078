package io.redress.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.redress.cases.domain.CaseLink;
import io.redress.claims.domain.AppealVerdict;
import io.redress.claims.domain.ClaimOutcome;
import io.redress.claims.domain.Liability;
import io.redress.incidents.domain.Conclusion;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The codes the console shows through {@code #{label.of(kind, code)}} have words in each language: the claims' liability,
 * outcome and appeal verdict, the evidence report's conclusion and questions, an anomaly rule, a case event, a case
 * link, a customer message's kind. The codes come from domain-ejb (its enums, or its sources where the codes are
 * strings), so a new one without its labels fails the build instead of showing as a code.
 */
class CodeLabelsTest {

    private static final Path SOURCES = Path.of("..", "domain-ejb", "src", "main", "java", "io", "redress");
    private static final Path BUNDLES = Path.of("src", "main", "resources", "io", "redress", "web");

    /** Kinds of message a context sends to a customer, by the call that names them (strings, not an enum). */
    private static final Set<String> MESSAGE_KINDS = Set.of("ACKNOWLEDGEMENT", "REPLY", "REQUEST_INFORMATION", "RESOLUTION",
            "CLAIM_DECISION", "DEPOSIT_UNDER_REVIEW", "DEPOSIT_REVIEW_COMPLETE", "RESTRICTION_APPLIED", "RESTRICTION_LIFTED",
            "RESTRICTION_ENDED", "ACCOUNT_CLOSED", "APPEAL_DECIDED", "PROTECTIVE_LOCK_PLACED", "PROTECTIVE_LOCK_LIFTED",
            "INCIDENT_KEYS_REVOKED");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(values).forEach(v -> names.add(v.name()));
        return names;
    }

    /** Every first group of {@code pattern} in the file. */
    private static Set<String> found(Path file, String pattern) throws IOException {
        Set<String> codes = new TreeSet<>();
        Matcher m = Pattern.compile(pattern).matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertFalse(codes.isEmpty(), "nothing found in " + file + ": the test no longer reads it right");
        return codes;
    }

    /** The kinds of the case events cases writes: the literal kind of each {@code new CaseEvent(...)} or {@code event(...)}. */
    private static Set<String> caseEventKinds() throws IOException {
        Set<String> kinds = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("cases"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = Pattern.compile("(?:new CaseEvent|\\bevent)\\([^;]*?\"([A-Z][A-Z0-9_]+)\"")
                        .matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    kinds.add(m.group(1));
                }
            }
        }
        assertFalse(kinds.isEmpty());
        return kinds;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties", "messages_ja.properties"})
    void everyCodeTheConsoleShowsHasItsWords(String name) throws IOException {
        Properties bundle = bundle(name);
        List<String> missing = new ArrayList<>();
        check(bundle, "liability", names(Liability.values()), missing);
        check(bundle, "claimOutcome", names(ClaimOutcome.values()), missing);
        check(bundle, "appealVerdict", names(AppealVerdict.values()), missing);
        check(bundle, "conclusion", names(Conclusion.values()), missing);
        check(bundle, "conclusionText", names(Conclusion.values()), missing);
        check(bundle, "linkKind", names(CaseLink.Kind.values()), missing);
        check(bundle, "evidenceQuestion",
                found(SOURCES.resolve("incidents/domain/AttributionScore.java"), "factor\\(\"([A-Z][A-Z0-9_]+)\""), missing);
        check(bundle, "anomalyRule",
                found(SOURCES.resolve("incidents/domain/EvidenceWording.java"), "\"([A-Z][A-Z0-9_]+)\", \""), missing);
        check(bundle, "caseEvent", caseEventKinds(), missing);
        check(bundle, "messageKind", MESSAGE_KINDS, missing);
        assertEquals(List.of(), missing, name + ": these codes would show as they are");
    }

    private static void check(Properties bundle, String kind, Set<String> codes, List<String> missing) {
        codes.stream().map(c -> "label." + kind + "." + c).filter(k -> !bundle.containsKey(k)).forEach(missing::add);
    }
}
