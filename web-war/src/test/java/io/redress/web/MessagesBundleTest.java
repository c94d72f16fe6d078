package io.redress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console's labels: each key defined once, every key a page or bean uses exists, and French and Japanese say
 * everything English says, with the same placeholders.
 */
class MessagesBundleTest {

    private static final Path DIR = Path.of("src/main/resources/io/redress/web");
    private static final Path BUNDLE = DIR.resolve("messages.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(?:,[^}]*)?\\}");

    private static List<String> keys() throws IOException {
        return keys(BUNDLE);
    }

    private static List<String> keys(Path bundle) throws IOException {
        return new ArrayList<>(entries(bundle).keySet());
    }

    /** The bundle's lines in order, as Java 17 reads a property bundle: UTF-8. */
    private static Map<String, String> entries(Path bundle) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#") && l.contains("=")) {
                String key = l.substring(0, l.indexOf('=')).strip();
                entries.merge(key, l.substring(l.indexOf('=') + 1).strip(), (a, b) -> a + "\u0000twice");
            }
        }
        return entries;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @ParameterizedTest
    @CsvSource({"messages, fr", "messages, ja", "validation, fr", "validation, ja"})
    void everyEnglishLabelIsTranslatedWithTheSamePlaceholders(String name, String language) throws IOException {
        Map<String, String> english = entries(DIR.resolve(name + ".properties"));
        Map<String, String> translated = entries(DIR.resolve(name + "_" + language + ".properties"));
        List<String> missing = english.keySet().stream().filter(k -> !translated.containsKey(k)).toList();
        assertEquals(List.of(), missing, name + "_" + language + " lacks keys: English would show through");
        List<String> unknown = translated.keySet().stream().filter(k -> !english.containsKey(k)).toList();
        assertEquals(List.of(), unknown, name + "_" + language + " has keys English does not (renamed or removed)");
        List<String> differing = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (Map.Entry<String, String> e : english.entrySet()) {
            String other = translated.get(e.getKey());
            if (!placeholders(e.getValue()).equals(placeholders(other))) {
                differing.add(e.getKey() + ": " + placeholders(e.getValue()) + " vs " + placeholders(other));
            }
            if (!e.getValue().isEmpty() && other.isEmpty()) {
                empty.add(e.getKey());
            }
        }
        assertEquals(List.of(), differing, "placeholders must be the same in " + name + "_" + language);
        assertEquals(List.of(), empty, "empty translations in " + name + "_" + language);
    }

    /** A formatted message ({0} in it) loses a lone apostrophe: MessageFormat reads it as a quote. French writes ’. */
    @ParameterizedTest
    @CsvSource({"messages, fr", "messages, ja"})
    void aFormattedTranslationHasNoLoneApostrophe(String name, String language) throws IOException {
        List<String> eaten = entries(DIR.resolve(name + "_" + language + ".properties")).entrySet().stream()
                .filter(e -> !placeholders(e.getValue()).isEmpty() && e.getValue().replace("''", "").contains("'"))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), eaten);
    }

    @Test
    void theEnglishBundleOfEachLanguageIsTheBaseNeverTheServersDefaultLocale() throws IOException {
        for (String name : List.of("messages", "validation")) {
            assertTrue(Files.exists(DIR.resolve(name + "_en.properties")), name + "_en");
            assertEquals(Map.of(), entries(DIR.resolve(name + "_en.properties")), "English lives in the base bundle only");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties", "messages_ja.properties"})
    void everyKeyIsDefinedOnce(String bundle) throws IOException {
        List<String> twice = entries(DIR.resolve(bundle)).entrySet().stream().filter(e -> e.getValue().endsWith("\u0000twice"))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), twice, "keys defined twice: the second silently wins");
    }

    @Test
    void everyKeyThePagesAndBeansUseExists() throws IOException {
        Set<String> defined = new HashSet<>(keys());
        Pattern inPages = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");
        Pattern inBeans = Pattern.compile("Messages\\.(?:info|text)\\(\\w+, \"([a-zA-Z0-9.]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/webapp")), Files.walk(Path.of("src/main/java")))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = (f.toString().endsWith(".java") ? inBeans : inPages).matcher(text);
                while (m.find()) {
                    if (!defined.contains(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "labels used but not defined: " + missing);
    }
}
