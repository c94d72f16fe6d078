package io.redress.cases.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a message template's {placeholders}. Every placeholder must have a value; unknown ones are refused. */
public final class TemplateText {

    public static final Set<String> PLACEHOLDERS = Set.of("ticket", "name", "received", "decisionDue", "message", "agent");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private TemplateText() {
    }

    /** The placeholders a template uses that Redress does not know; empty when the template is usable. */
    public static Set<String> unknownPlaceholders(String template) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    public static String fill(String template, Map<String, String> values) {
        return compile(template).fill(values);
    }

    /** The template split once into its text and its placeholders: filling it then takes no regular expression. */
    public static Compiled compile(String template) {
        List<String> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int from = 0;
        while (m.find()) {
            texts.add(template.substring(from, m.start()));
            names.add(m.group(1));
            from = m.end();
        }
        texts.add(template.substring(from));
        return new Compiled(List.copyOf(texts), List.copyOf(names));
    }

    /**
     * A template as text and placeholders alternating: {@code texts} has one element more than {@code names}.
     * Immutable, so one instance serves every message written from the template.
     */
    public record Compiled(List<String> texts, List<String> names) {

        public String fill(Map<String, String> values) {
            StringBuilder out = new StringBuilder(texts.get(0));
            for (int i = 0; i < names.size(); i++) {
                String value = values.get(names.get(i));
                if (value == null) {
                    throw new IllegalArgumentException("no value for {" + names.get(i) + "}");
                }
                out.append(value).append(texts.get(i + 1));
            }
            return out.toString();
        }
    }
}
