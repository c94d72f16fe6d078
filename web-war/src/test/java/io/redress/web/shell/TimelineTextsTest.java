package io.redress.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The codes inside the timelines' stored texts, as a French reader reads them; a text of another shape as written. */
class TimelineTextsTest {

    private static final TimelineTexts.Wording FRENCH = wording("messages_fr.properties");

    private static TimelineTexts.Wording wording(String bundle) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/io/redress/web", bundle), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new TimelineTexts.Wording() {
            @Override
            public String label(String kind, String code) {
                return p.getProperty("label." + kind + "." + code, Labels.words(code));
            }

            @Override
            public String text(String key, Object... args) {
                return MessageFormat.format(p.getProperty(key), args);
            }
        };
    }

    @Test
    void aQueuedMessageNamesItsTemplateAndLanguageInWords() {
        assertEquals("Accusé de réception (Anglais) : We received your request REF-1 (it's: {0})",
                TimelineTexts.caseDetail("MESSAGE_QUEUED", "ACKNOWLEDGEMENT (en): We received your request REF-1 (it's: {0})", FRENCH));
    }

    @Test
    void anOpenedCaseNamesItsChannelAndQueueInWords() {
        assertEquals("Reçu par E-mail ; file : Premier niveau", TimelineTexts.caseDetail("OPENED", "via EMAIL into queue frontline", FRENCH));
        assertEquals("Reçu par Interne ; file : Sécurité ; pas d’accusé de réception : le courrier du client cite ce dossier",
                TimelineTexts.caseDetail("OPENED",
                        "via INTERNAL into queue security; no acknowledgement: the customer's letter quotes this case", FRENCH));
    }

    @Test
    void aLinkAndAReplyNameTheirCodesInWords() {
        assertEquals("Demande d’indemnisation 42", TimelineTexts.caseDetail("LINKED", "CLAIM 42", FRENCH));
        assertEquals("Résolu → Ouvert (rouvert dans les 14 jours suivant la résolution)",
                TimelineTexts.caseDetail("CUSTOMER_REPLIED", "RESOLVED → OPEN (reopened within 14 days of resolution)", FRENCH));
        assertEquals("En attente du client → Ouvert", TimelineTexts.caseDetail("CUSTOMER_REPLIED", "WAITING_ON_CUSTOMER → OPEN", FRENCH));
    }

    @Test
    void aCasesChangesNameTheirCodesInWordsAndKeepTheNote() {
        assertEquals("attribué à ana, Nouveau → Ouvert ; priorité P3 · normale → P1 · urgente ; file Premier niveau → Sécurité"
                        + " — P1; the customer's money {0}",
                TimelineTexts.caseDetail("CHANGED",
                        "assigned to ana, NEW → OPEN; priority P3 → P1; queue frontline → security — P1; the customer's money {0}", FRENCH));
        assertEquals("état Ouvert → Résolu (En faveur du client) ; marqué comme réclamation ; attribution retirée",
                TimelineTexts.caseDetail("CHANGED", "state OPEN → RESOLVED (IN_CUSTOMER_FAVOUR); marked as a complaint; unassigned", FRENCH));
        assertEquals("catégorie Fonds retenus / a sub; category; with a semicolon",
                TimelineTexts.caseDetail("CHANGED", "category FUNDS_HOLD / a sub; category; with a semicolon", FRENCH).replace(" ; ", "; "));
    }

    @Test
    void aTextOfAnotherShapeIsShownAsWritten() {
        assertEquals("via a pigeon", TimelineTexts.caseDetail("OPENED", "via a pigeon", FRENCH));
        assertEquals("moved somewhere", TimelineTexts.caseDetail("CHANGED", "moved somewhere", FRENCH));
        assertEquals(null, TimelineTexts.caseDetail("NOTE", null, FRENCH));
        assertEquals("why", TimelineTexts.auditReason("CASE_CHANGED", "why", FRENCH));
    }

    @Test
    void anAuditedMessageNamesItsKindInWords() {
        assertEquals("Accusé de réception : We received your request",
                TimelineTexts.auditReason("MESSAGE_QUEUED", "ACKNOWLEDGEMENT: We received your request", FRENCH));
        assertEquals("Restriction appliquée", TimelineTexts.auditReason("MESSAGE_DELIVERED", "RESTRICTION_APPLIED", FRENCH));
    }
}
