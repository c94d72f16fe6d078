package io.redress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The console's labels: each key defined once, and every key a page or bean uses exists. */
class MessagesBundleTest {

    private static final Path BUNDLE = Path.of("src/main/resources/io/redress/web/messages.properties");

    private static List<String> keys() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLE, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#") && l.contains("=")) {
                keys.add(l.substring(0, l.indexOf('=')).strip());
            }
        }
        return keys;
    }

    @Test
    void everyKeyIsDefinedOnce() throws IOException {
        List<String> keys = keys();
        Set<String> seen = new HashSet<>();
        List<String> twice = keys.stream().filter(k -> !seen.add(k)).toList();
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
