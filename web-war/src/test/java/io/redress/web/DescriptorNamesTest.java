package io.redress.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every Redress name the deployment descriptors mention, comments included, is a class or a bundle that exists. */
class DescriptorNamesTest {

    private static final Pattern NAME = Pattern.compile("io\\.redress\\.[A-Za-z0-9_.]*[A-Za-z0-9_]");
    private static final Pattern SIMPLE_CLASS_NAME = Pattern.compile("\\b(Redress[A-Z][A-Za-z]+)\\b");

    @Test
    void theDescriptorsNameOnlyWhatExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String descriptor : List.of("web.xml", "faces-config.xml", "glassfish-web.xml", "beans.xml")) {
            Path file = Path.of("src/main/webapp/WEB-INF", descriptor);
            if (!Files.exists(file)) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = NAME.matcher(text);
            while (m.find()) {
                String name = m.group();
                if (!exists(name)) {
                    missing.add(descriptor + ": " + name);
                }
            }
            Matcher simple = SIMPLE_CLASS_NAME.matcher(text);
            while (simple.find()) {
                if (!simpleNameExists(simple.group(1))) {
                    missing.add(descriptor + ": " + simple.group(1));
                }
            }
        }
        assertEquals(List.of(), missing, "names of classes or bundles that do not exist");
    }

    private static boolean exists(String name) {
        try {
            Class.forName(name, false, DescriptorNamesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return DescriptorNamesTest.class.getClassLoader().getResource(name.replace('.', '/') + ".properties") != null;
        }
    }

    private static boolean simpleNameExists(String simpleName) throws IOException {
        try (var files = Files.walk(Path.of("src/main/java"))) {
            return files.anyMatch(p -> p.getFileName().toString().equals(simpleName + ".java"));
        }
    }
}
