package io.redress.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Setting} is where configuration keys are read from: no key is written elsewhere, and none listed is unused. */
class SettingTest {

    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../web-war/src/main/java"));
    /** A key written as text where configuration is read: MicroProfile Config, a datasource's MPCONFIG, the JVM. */
    private static final Pattern KEY_LITERAL = Pattern.compile("ConfigProperty\\(\\s*name\\s*=\\s*\"|MPCONFIG=[a-z]"
            + "|get(Optional)?Value\\(\\s*\"|System\\.get(Property|env)\\(\\s*\"");

    private static List<Path> javaFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : SOURCES) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
                }
            }
        }
        return files;
    }

    @Test
    void noConfigurationKeyIsWrittenOutsideSetting() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (file.getFileName().toString().equals("Setting.java")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = KEY_LITERAL.matcher(lines.get(i));
                if (m.find()) {
                    found.add(file.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), found, "configuration keys are read through Setting's constants");
    }

    @Test
    void everyKeyInSettingIsRead() throws IOException, IllegalAccessException {
        StringBuilder code = new StringBuilder();
        for (Path file : javaFiles()) {
            if (!file.getFileName().toString().equals("Setting.java")) {
                code.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        List<String> unread = new ArrayList<>();
        for (Field f : Setting.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                    && !code.toString().contains("Setting." + f.getName())) {
                unread.add(f.getName() + " (" + f.get(null) + ")");
            }
        }
        assertEquals(List.of(), unread, "keys listed in Setting that nothing reads");
    }
}
