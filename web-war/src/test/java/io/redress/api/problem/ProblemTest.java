package io.redress.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The problem types and rule codes {@code /openapi} documents (in {@link Problem}) are all those the code can answer:
 * read from the sources, so a new rule or refusal is documented or this test fails.
 */
class ProblemTest {

    private static final Path SOURCES = Path.of("..", "domain-ejb", "src", "main", "java");
    private static final Path WEB_SOURCES = Path.of("src", "main", "java");

    @Test
    void everyRuleCodeOfTheDomainIsDocumented() throws IOException {
        Set<String> rules = found(SOURCES, Pattern.compile("Violation(?:\\.of)?\\(\\s*\"([a-z0-9-]+)\""));
        rules.addAll(found(SOURCES, Pattern.compile("new Violation\\([^;]*?\\? \"([a-z0-9-]+)\" : \"([a-z0-9-]+)\"")));
        assertTrue(rules.size() > 20, "found the rules: " + rules);
        // a screen's "why not" may name a refusal by its problem type (access-denied: the roles do not allow it)
        assertEquals(List.of(), rules.stream().filter(r -> !documented(Problem.RULE_LIST, r) && !documented(Problem.TYPE_LIST, r))
                .toList(), "rule codes missing from Problem.RULE_LIST");
    }

    /** A refusal on a French or Japanese page is said in that language, not in the domain's English. */
    @Test
    void everyRuleCodeIsSaidInEachLanguageOfTheConsole() throws IOException {
        Path bundles = Path.of("src", "main", "resources", "io", "redress", "web");
        List<String> codes = Stream.of(Problem.RULE_LIST.split(",")).map(String::strip).toList();
        for (String language : List.of("fr", "ja")) {
            Set<String> keys = new TreeSet<>();
            Matcher m = Pattern.compile("(?m)^refusal\\.([a-z0-9-]+)(?:\\.\\d)?=")
                    .matcher(Files.readString(bundles.resolve("messages_" + language + ".properties")));
            while (m.find()) {
                keys.add(m.group(1));
            }
            assertEquals(List.of(), codes.stream().filter(c -> !keys.contains(c)).toList(),
                    "rule codes with no refusal.<code> sentence in messages_" + language);
        }
    }

    @Test
    void everyProblemTypeIsDocumented() throws IOException {
        Set<String> types = found(SOURCES, Pattern.compile("String type\\(\\) \\{\\s*return \"([a-z0-9-]+)\""));
        types.addAll(found(WEB_SOURCES, Pattern.compile("(?:case \\d+ -> |body\\(\\d+, |write\\(response, \\d+, )\"([a-z0-9-]+)\"")));
        assertTrue(types.containsAll(Set.of("invalid-input", "rule-violation", "unauthorized", "internal-error")), types.toString());
        assertEquals(List.of(), types.stream().filter(t -> !documented(Problem.TYPE_LIST, t)).toList(),
                "problem types missing from Problem.TYPE_LIST");
    }

    private static boolean documented(String list, String code) {
        return Pattern.compile("(^|[ ,:])" + Pattern.quote(code) + "($|[ ,;(])").matcher(list).find();
    }

    private static Set<String> found(Path root, Pattern pattern) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        out.add(m.group(g));
                    }
                }
            }
        }
        return out;
    }
}
