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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every page must do, read from the pages' source: every input has a label (a {@code for} pointing at it, or an
 * {@code aria-label}), and every moment is written through {@code <rd:time>} (one format, the reader's time zone, UTC in
 * the title), never printed as it comes (an Instant's {@code toString} has nanoseconds and a 'T').
 */
class ConsolePagesTest {

    private static final Pattern INPUT = Pattern.compile("<(p:inputText|p:inputTextarea|p:selectOneMenu|p:password|p:inputNumber"
            + "|p:selectBooleanCheckbox|p:selectCheckboxMenu|p:selectManyCheckbox|p:selectOneRadio|p:datePicker|p:autoComplete"
            + "|p:spinner|p:chips|h:inputText|h:inputTextarea|h:selectOneMenu|h:inputSecret)\\b([^>]*)>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    /** An EL expression naming a moment: a property ending in At, a deadline, a since. */
    private static final Pattern MOMENT = Pattern.compile("#\\{[\\w.()]*\\.(\\w+At|deadline|\\w*[sS]ince)\\}");

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    @Test
    void everyInputHasALabel() throws IOException {
        List<String> unlabelled = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = INPUT.matcher(text);
            while (m.find()) {
                Matcher id = ID.matcher(m.group(2));
                boolean labelled = m.group(2).contains("aria-label") || m.group(2).contains("itemLabel=")
                        || id.find() && text.contains("for=\"" + id.group(1) + "\"");
                if (!labelled) {
                    unlabelled.add(page.getFileName() + ": " + m.group(0));
                }
            }
        }
        assertEquals(List.of(), unlabelled, "inputs without a label (p:outputLabel for=..., or aria-label)");
    }

    @Test
    void everyMomentIsWrittenThroughTheTimeTag() throws IOException {
        List<String> raw = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            if (text.contains("utc.minute(") || text.contains("convertDateTime")) {
                raw.add(page.getFileName() + ": a converter of its own");
            }
            Matcher m = MOMENT.matcher(text);
            while (m.find()) {
                int open = text.lastIndexOf('<', m.start());
                int close = text.lastIndexOf('>', m.start());
                boolean inTag = open > close;
                String tag = inTag ? text.substring(open, m.start()) : "";
                boolean printed = !inTag || tag.startsWith("<h:outputText") && tag.endsWith("value=\"");
                if (printed) {
                    raw.add(page.getFileName() + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), raw, "moments printed as they come instead of through <rd:time value=\"...\"/>");
    }
}
