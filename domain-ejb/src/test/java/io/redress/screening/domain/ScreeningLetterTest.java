package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.messaging.domain.MessageCheckpoint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a customer is told of a screened deposit, as the migrations seed it into the message catalogue: every template in
 * every language, filled in, passes the check point of a confidential account — the forbidden terms the migrations
 * seed, and their French and Japanese counterparts (the seeded list is English).
 */
class ScreeningLetterTest {

    private static final String TEMPLATES = "db/migration/common/V21_1__screening_customer_templates.sql";
    private static final String TERMS = "db/migration/common/V3__cases.sql";
    /** What may not be said in French or Japanese either: investigation, suspicion, report, sanctions, laundering, police. */
    private static final List<MessageCheckpoint.Term> OTHER_LANGUAGES = List.of(
            new MessageCheckpoint.Term("enquête", "investigation"), new MessageCheckpoint.Term("soupçon", "suspicion"),
            new MessageCheckpoint.Term("déclaration de soupçon", "suspicious activity report"),
            new MessageCheckpoint.Term("sanction", "sanctions"), new MessageCheckpoint.Term("sanctions", "sanctions"),
            new MessageCheckpoint.Term("blanchiment", "laundering"), new MessageCheckpoint.Term("signalement", "report"),
            new MessageCheckpoint.Term("police", "law enforcement"), new MessageCheckpoint.Term("piraté", "hacked"),
            new MessageCheckpoint.Term("調査", "investigation"), new MessageCheckpoint.Term("捜査", "investigation"),
            new MessageCheckpoint.Term("制裁", "sanctions"), new MessageCheckpoint.Term("疑わしい", "suspicious"),
            new MessageCheckpoint.Term("届出", "report"), new MessageCheckpoint.Term("通報", "report"),
            new MessageCheckpoint.Term("警察", "law enforcement"), new MessageCheckpoint.Term("マネーロンダリング", "laundering"),
            new MessageCheckpoint.Term("ハッキング", "hacking"));

    private record Template(String code, String language, String subject, String body) {
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ScreeningLetterTest.class.getClassLoader().getResourceAsStream(path)) {
            assertTrue(in != null, path + " is on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final String QUOTED = "'((?:[^']|'')*)'";

    private static String unquote(String s) {
        return s.replace("''", "'");
    }

    private static Map<String, Template> seeded() throws IOException {
        Matcher m = Pattern.compile("\\(" + QUOTED + ",\\s*" + QUOTED + ",\\s*" + QUOTED + ",\\s*" + QUOTED + ",\\s*0\\)")
                .matcher(resource(TEMPLATES));
        Map<String, Template> out = new HashMap<>();
        while (m.find()) {
            Template t = new Template(m.group(1), m.group(2), unquote(m.group(3)), unquote(m.group(4)));
            out.put(t.code() + "/" + t.language(), t);
        }
        return out;
    }

    private static List<MessageCheckpoint.Term> terms() throws IOException {
        String sql = resource(TERMS);
        String block = sql.substring(sql.indexOf("INSERT INTO forbidden_term"));
        block = block.substring(0, block.indexOf(";\n"));
        Matcher m = Pattern.compile("\\(\\d+,\\s*" + QUOTED + ",\\s*" + QUOTED).matcher(block);
        List<MessageCheckpoint.Term> out = new ArrayList<>();
        while (m.find()) {
            out.add(new MessageCheckpoint.Term(unquote(m.group(1)), unquote(m.group(2))));
        }
        assertTrue(out.size() >= 8, "the seeded forbidden terms were read: " + out);
        out.addAll(OTHER_LANGUAGES);
        return out;
    }

    @Test
    void everyTemplateExistsInEveryLanguage_andNothingElse() throws IOException {
        Map<String, Template> seeded = seeded();
        for (String code : ScreeningLetter.TEMPLATES) {
            for (String language : ScreeningLetter.LANGUAGES) {
                Template t = seeded.get(code + "/" + language);
                assertTrue(t != null, code + " in " + language);
                assertFalse(t.subject().isBlank(), code + "/" + language);
                assertTrue(t.body().contains("{asset}") && t.body().contains("{transaction}"), code + "/" + language);
            }
        }
        assertEquals(ScreeningLetter.TEMPLATES.size() * ScreeningLetter.LANGUAGES.size(), seeded.size(), seeded.keySet().toString());
    }

    @Test
    void everyTemplate_filledIn_passesTheCheckPointOfAConfidentialAccount() throws IOException {
        List<MessageCheckpoint.Term> terms = terms();
        for (Template t : seeded().values()) {
            String subject = ScreeningLetter.fill(t.subject(), "ETH", "0xabc123");
            String body = ScreeningLetter.fill(t.body(), "ETH", "0xabc123");
            assertFalse(body.contains("{") || subject.contains("{"), "every placeholder filled: " + body);
            assertTrue(body.contains("ETH") && body.contains("0xabc123"), body);
            assertEquals(java.util.Optional.empty(), MessageCheckpoint.check(subject, body, true, terms),
                    t.code() + "/" + t.language());
        }
    }

    @Test
    void theCheckPointWouldStopATemplateThatTippedTheCustomerOff() throws IOException {
        // the same check, on a text that says too much: the test above can fail
        assertTrue(MessageCheckpoint.check("", "Votre dépôt fait l'objet d'une enquête.", true, terms()).isPresent());
        assertTrue(MessageCheckpoint.check("", "ご入金は調査中です。", true, terms()).isPresent());
    }

    @Test
    void theCustomersLanguage_orEnglish() {
        assertEquals("fr", ScreeningLetter.language("fr"));
        assertEquals("ja", ScreeningLetter.language("ja"));
        assertEquals("en", ScreeningLetter.language(null));
        assertEquals("en", ScreeningLetter.language("de"));
    }
}
