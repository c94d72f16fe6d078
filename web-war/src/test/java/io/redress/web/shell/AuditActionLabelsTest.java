package io.redress.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action the domain writes to the audit trail is shown to people in words, in each language of the console
 * ({@code label.auditAction.<CODE>}, read by {@code #{label.of('auditAction', e.action)}}): the codes are read from
 * domain-ejb's sources, so a new action without its three labels fails the build.
 * <p>
 * An action is the action argument of an {@code AuditTrail} or {@code AuditRecorder} call (the same methods): a
 * literal, a choice between literals, or a parameter of the calling method (then the literals its callers in the same
 * file pass), or a constant of the file.
 */
class AuditActionLabelsTest {

    private static final Path SOURCES = Path.of("..", "domain-ejb", "src", "main", "java");
    private static final Path BUNDLES = Path.of("src", "main", "resources", "io", "redress", "web");
    private static final Path PAGES = Path.of("src", "main", "webapp");

    /** Where the action argument sits in each of AuditTrail's methods (AuditRecorder's record and recordFor alike). */
    private static final Map<String, Integer> ACTION_ARGUMENT = Map.of(
            "record", 2, "recordFor", 3, "recordIndependently", 1, "recordIndependentlyFor", 2);

    /**
     * Actions this test cannot find by reading, by the call site ({@code File.java: argument}): add the codes here if a
     * call passes its action in a way the reading below does not follow.
     */
    private static final Map<String, Set<String>> BY_HAND = Map.of(
            // PostBulk passes its summary's action to PostBulkStep.summarize
            "PostBulkStep.java: action", Set.of("CAMPAIGN_POSTS_CLASSIFIED", "CAMPAIGN_POSTS_LINKED"));

    /** Where the action sits in an entry of AuditRecorder.recordAll (many appended at once). */
    private static final int APPEND_ACTION_ARGUMENT = 3;

    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Set<String> KEYWORDS = Set.of("if", "for", "while", "switch", "catch", "synchronized", "return",
            "new", "else", "try");
    private static final Pattern METHOD = Pattern.compile(
            "(?m)^\\s*(?:(?:public|protected|private|static|final|synchronized)\\s+)*[\\w<>\\[\\],.? ]+\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*(?:throws [\\w., ]+)?\\{");

    @Test
    void everyRecordedActionHasALabelInEachLanguage() throws IOException {
        Map<String, String> actions = recordedActions();
        assertTrue(actions.size() > 90, "found the actions: " + actions.keySet());
        assertTrue(actions.keySet().containsAll(Set.of("CASE_OPENED", "DUE_PROCESS_REFUSED", "STAFF_ROLES_CHANGED",
                "REASON_PROPOSED", "ALERT_ASSIGNED", "ACCOUNT_CONFIDENTIAL_CLEARED", "CLAIM_FIRST_APPROVAL")),
                "the reading follows literals, conditionals and parameters: " + actions.keySet());
        for (String bundle : List.of("messages.properties", "messages_fr.properties", "messages_ja.properties")) {
            Set<String> keys = labelled(BUNDLES.resolve(bundle));
            List<String> missing = actions.entrySet().stream().filter(a -> !keys.contains(a.getKey()))
                    .map(a -> "label.auditAction." + a.getKey() + " (recorded in " + a.getValue() + ")").toList();
            assertEquals(List.of(), missing, "audit actions with no label in " + bundle);
        }
    }

    @Test
    void theAuditTablesShowTheActionInWordsAndItsCodeOnHover() throws IOException {
        for (String page : List.of("WEB-INF/includes/audit-table.xhtml", "WEB-INF/includes/account-timeline.xhtml")) {
            String text = Files.readString(PAGES.resolve(page), StandardCharsets.UTF_8);
            assertTrue(text.contains("label.of('auditAction', e.action)"), page + " names the action in words");
            assertTrue(text.contains("title=\"#{e.action}\""), page + " keeps the code on hover, as the filter takes it");
            assertFalse(text.contains("value=\"#{e.action}\""), page + " shows no raw action code");
        }
    }

    /** Code to the first file recording it. */
    private static Map<String, String> recordedActions() throws IOException {
        Map<String, String> actions = new TreeMap<>();
        List<String> unread = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(f, StandardCharsets.UTF_8);
                String name = f.getFileName().toString();
                if (name.equals("AuditTrail.java")) {
                    continue; // it passes its callers' actions on to AuditRecorder: they are read at the callers
                }
                Matcher field = Pattern.compile("\\b(?:AuditTrail|AuditRecorder)\\s+(\\w+)\\s*[;=]").matcher(source);
                while (field.find()) {
                    Matcher call = Pattern.compile("\\b" + field.group(1) + "\\s*\\.\\s*(" + String.join("|", ACTION_ARGUMENT.keySet())
                            + ")\\s*\\(").matcher(source);
                    while (call.find()) {
                        List<String> args = arguments(source, call.end());
                        String action = args.get(ACTION_ARGUMENT.get(call.group(1))).strip();
                        Set<String> codes = codes(source, call.start(), action);
                        Set<String> byHand = BY_HAND.get(name + ": " + action);
                        if (byHand != null) {
                            codes.addAll(byHand);
                        }
                        if (codes.isEmpty()) {
                            unread.add(name + ": " + action);
                        }
                        codes.forEach(c -> actions.putIfAbsent(c, name));
                    }
                }
                Matcher append = Pattern.compile("\\bnew\\s+AuditRecorder\\.Append\\s*\\(").matcher(source);
                while (append.find()) {
                    String action = arguments(source, append.end()).get(APPEND_ACTION_ARGUMENT).strip();
                    Set<String> codes = codes(source, append.start(), action);
                    if (codes.isEmpty()) {
                        unread.add(name + ": " + action);
                    }
                    codes.forEach(c -> actions.putIfAbsent(c, name));
                }
            }
        }
        assertEquals(List.of(), unread, "audit actions this test cannot read: list their codes in BY_HAND");
        return actions;
    }

    private static Set<String> codes(String source, int at, String action) {
        Set<String> codes = new TreeSet<>();
        if (action.contains("\"")) {
            // a literal, or a choice between literals; never a code put together from pieces
            if (LITERAL.matcher(action).replaceAll("").contains("+")) {
                return codes;
            }
            Matcher m = CODE.matcher(action);
            while (m.find()) {
                codes.add(m.group(1));
            }
            return codes;
        }
        if (!IDENTIFIER.matcher(action).matches()) {
            return codes;
        }
        // a parameter of the calling method: the literals its callers in this file pass in that place
        Matcher method = METHOD.matcher(source);
        String caller = null;
        int index = -1;
        int declaredAt = -1;
        while (method.find() && method.start() < at) {
            if (KEYWORDS.contains(method.group(1))) {
                continue;
            }
            List<String> params = List.of(method.group(2).split(","));
            caller = method.group(1);
            declaredAt = method.start();
            index = -1;
            for (int i = 0; i < params.size(); i++) {
                String[] words = params.get(i).strip().split("\\s+");
                if (words[words.length - 1].equals(action)) {
                    index = i;
                }
            }
        }
        if (caller != null && index >= 0) {
            Matcher call = Pattern.compile("\\b" + caller + "\\s*\\(").matcher(source);
            while (call.find()) {
                if (call.start() > declaredAt && call.start() < source.indexOf('{', declaredAt)) {
                    continue; // the declaration itself
                }
                List<String> args = arguments(source, call.end());
                if (args.size() > index) {
                    Matcher m = CODE.matcher(args.get(index));
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
            return codes;
        }
        // a constant of the file
        Matcher constant = Pattern.compile("\\bString\\s+" + Pattern.quote(action) + "\\s*=\\s*\"([A-Z][A-Z0-9_]*)\"").matcher(source);
        if (constant.find()) {
            codes.add(constant.group(1));
        }
        return codes;
    }

    /** The top-level arguments of the call whose opening parenthesis ends just before {@code from}. */
    private static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 1;
        char quote = 0;
        for (int i = from; i < source.length() && depth > 0; i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == '\\') {
                    current.append(source.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                current.append(c);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                current.append(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (--depth > 0) {
                    current.append(c);
                }
            } else if (c == ',' && depth == 1) {
                args.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        args.add(current.toString());
        return args;
    }

    private static Set<String> labelled(Path bundle) throws IOException {
        Set<String> codes = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^label\\.auditAction\\.([A-Z][A-Z0-9_]*)\\s*=\\s*\\S")
                .matcher(Files.readString(bundle, StandardCharsets.UTF_8));
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
