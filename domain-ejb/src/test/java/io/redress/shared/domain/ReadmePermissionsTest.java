package io.redress.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's "who" tables and the console's pages say what the permission catalogue says: every row names its
 * permissions with exactly their roles, every permission is in a table, and pages ask only names that exist.
 */
class ReadmePermissionsTest {

    private static final String HEADER = "| endpoint | permission | who |";
    private static final Pattern NAME = Pattern.compile("`([a-z][a-z.-]*)`");
    private static final Pattern ROLE = Pattern.compile("\\b(" + Arrays.stream(Role.values()).map(Enum::name)
            .collect(Collectors.joining("|")) + ")\\b");
    private static final Pattern PAGE_ASKS = Pattern.compile("permissions\\.can\\('([^']*)'\\)");

    record Row(int line, String text, List<String> permissions, Set<Role> roles) {
    }

    @Test
    void everyRowGrantsExactlyTheRolesOfItsPermissions() throws IOException {
        List<Row> rows = rows();
        assertFalse(rows.isEmpty(), "the README has no table headed " + HEADER);
        for (Row row : rows) {
            assertFalse(row.permissions().isEmpty(), "README line " + row.line() + " names no permission: " + row.text());
            for (String name : row.permissions()) {
                Permission p = Permission.named(name).orElseThrow(
                        () -> new AssertionError("README line " + row.line() + " names " + name + ", not in the catalogue"));
                assertEquals(p.roles(), row.roles(), "README line " + row.line() + " lists other roles than " + name);
            }
        }
    }

    @Test
    void everyPermissionIsInAWhoTable() throws IOException {
        Set<String> listed = rows().stream().flatMap(r -> r.permissions().stream()).collect(Collectors.toSet());
        Set<String> missing = Arrays.stream(Permission.values()).map(Permission::action).filter(a -> !listed.contains(a))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "permissions missing from the README's who tables: " + missing);
    }

    @Test
    void pagesAskOnlyForPermissionsInTheCatalogueAndNeverForRoles() throws IOException {
        Path webapp = project().resolve("web-war/src/main/webapp");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml")).toList();
        }
        assertFalse(pages.isEmpty());
        for (Path page : pages) {
            String text = Files.readString(page);
            Matcher asks = PAGE_ASKS.matcher(text);
            while (asks.find()) {
                assertTrue(Permission.named(asks.group(1)).isPresent(), page + " asks for " + asks.group(1));
            }
            assertFalse(text.contains("shell.has("), page + " checks a role instead of a permission");
        }
    }

    private static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(project().resolve("README.md"));
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.equals(HEADER)) {
                inTable = true;
            } else if (!line.startsWith("|")) {
                inTable = false;
            } else if (inTable && !line.startsWith("| ---")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                assertEquals(3, cells.length, "README line " + (i + 1) + " is not endpoint | permission | who: " + line);
                List<String> names = new ArrayList<>();
                Matcher m = NAME.matcher(cells[1]);
                while (m.find()) {
                    names.add(m.group(1));
                }
                Set<Role> roles = EnumSet.noneOf(Role.class);
                Matcher r = ROLE.matcher(cells[2]);
                while (r.find()) {
                    roles.add(Role.valueOf(r.group(1)));
                }
                rows.add(new Row(i + 1, line, names, roles));
            }
        }
        return rows;
    }

    private static Path project() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("no README.md above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
