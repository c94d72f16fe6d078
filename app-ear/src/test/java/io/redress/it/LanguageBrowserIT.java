package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Browser;
import io.redress.it.support.ConsoleTable;
import io.redress.it.support.ConsoleHeader;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Restrictions;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The console in English, French and Japanese: the browser's language first, then the person's own choice. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageBrowserIT {

    /** What a Japanese reader sees for a case's state: words, never the internal constant. */
    private static final Map<String, String> STATE_JA = Map.of("NEW", "新規", "OPEN", "対応中", "WAITING_ON_CUSTOMER", "顧客の返答待ち");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b|\\b(?:OPEN|NEW|RUNNING|BREACHED)\\b");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    /** Opens a case through the exchange's API; answers it as the API gave it (ticket, state). */
    private static jakarta.json.JsonObject openCase(String marker) {
        Reply opened = Api.as(Api.newStaff("INTEGRATION")).post("cases", """
                {"channel":"EMAIL","customerName":"Aiko","customerContact":"aiko@example.org","language":"ja",
                 "subject":"%s withdrawal pending","description":"My withdrawal is pending.","category":"FUNDS_HOLD","priority":"P2"}"""
                .formatted(marker));
        assertEquals(201, opened.status(), opened.body());
        return opened.json();
    }

    @Test
    void aPersonSwitchesToJapaneseSeesTheQueueAndACaseInJapaneseAndFindsItAgainAfterSigningIn() throws Exception {
        String marker = "Kyoto" + UUID.randomUUID().toString().substring(0, 6);
        jakarta.json.JsonObject opened = openCase(marker);
        String ticket = opened.getString("ticket");
        String state = opened.getString("state");
        Credentials agent = Api.newStaff("AGENT");

        try (Browser b = Browser.open("language-ja")) {
            b.go("app/cases/queue.xhtml");
            b.signIn(agent.username(), agent.password());
            ConsoleHeader header = ConsoleHeader.of(b);
            assertEquals("en", ConsoleHeader.pageLanguage(b), "an English browser gets English");
            assertEquals("Sign out", header.signOutLabel());

            header = header.switchTo("ja");
            assertEquals("ja", header.currentChoice());
            assertEquals("ログアウト", header.signOutLabel());
            assertEquals("ケース", header.menu("nav-cases"));

            b.find("[id='filters:text']").sendKeys(marker);
            b.find("[id='filters:apply']").click();
            ConsoleTable.untilIdle(b); // the queue shows the most urgent cases before the filter answers
            b.waitForText("[id='filters:cases']", ticket);
            String row = b.find("[id='filters:cases_data'] tr").getText();
            assertTrue(row.contains(STATE_JA.get(state)), "the state in Japanese words: " + row);
            assertTrue(row.contains("進行中"), "the SLA clock in Japanese: " + row);
            assertFalse(CODE.matcher(row).find(), "no internal code in the row: " + row);
            assertTrue(b.find("[id='filters:apply']").getText().contains("絞り込み"));
            b.screenshot("ja-queue");

            b.driver().findElement(By.linkText(ticket)).click();
            b.waitForText("#ticket", ticket);
            assertEquals(STATE_JA.get(state), b.find("#state").getText().strip());
            assertTrue(b.find("#sla").getText().contains("進行中"), b.find("#sla").getText());
            String head = b.find("#head").getText();
            assertTrue(head.contains("メール") && head.contains("日本語"), "channel and language in words: " + head);
            assertFalse(CODE.matcher(b.find("#settings").getText()).find(), "the side panel offers words: " + b.find("#settings").getText());
            b.screenshot("ja-case");

            header = ConsoleHeader.of(b);
            header.signOut();
            assertEquals("en", ConsoleHeader.pageLanguage(b), "the sign-in page follows the browser");
            b.go("app/index.xhtml");
            b.signIn(agent.username(), agent.password());
            header = ConsoleHeader.of(b);
            assertEquals("ja", ConsoleHeader.pageLanguage(b), "the choice was kept with the person's preferences");
            assertEquals("ログアウト", header.signOutLabel());
            b.screenshot("ja-home");

            header.switchTo("en");
            assertEquals("Sign out", ConsoleHeader.of(b).signOutLabel());
        }
    }

    @Test
    void aBrowserAskingForFrenchGetsFrenchFromTheFirstVisit() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        try (Browser b = Browser.open("language-fr", "fr-FR,fr;q=0.9,en;q=0.5")) {
            b.go("app/index.xhtml");
            b.find("#login\\:username");
            assertEquals("fr", ConsoleHeader.pageLanguage(b));
            assertEquals("Se connecter", b.find("#login\\:submit").getText().strip());
            b.find("#login\\:submit").click();
            b.waitForText("#login", "Saisissez votre identifiant.");
            b.screenshot("fr-login");

            b.signIn(agent.username(), agent.password());
            ConsoleHeader header = ConsoleHeader.of(b);
            assertEquals("fr", ConsoleHeader.pageLanguage(b), "no choice made: the browser's language");
            assertEquals("Se déconnecter", header.signOutLabel());
            assertEquals("Dossiers", header.menu("nav-cases"));
            assertEquals("fr", header.currentChoice());
        }
    }

    /** Beside an action it does not offer, the inbox says why in the reader's language, not in the domain's English. */
    @Test
    void theApprovalInboxSaysWhyNotInFrench() throws Exception {
        Credentials supervisor = Api.newStaff("SUPERVISOR");
        String own = Restrictions.newAccount(Api.as(Api.newStaff("INTEGRATION")), 0);
        Restrictions.request(Api.as(supervisor), own, Restrictions.body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
        try (Browser b = Browser.open("language-fr-inbox", "fr-FR,fr;q=0.9")) {
            b.go("app/restrictions/inbox.xhtml");
            b.signIn(supervisor.username(), supervisor.password());
            b.waitForText("[id='inbox:pending']", own);
            String row = b.driver().findElement(By.xpath("//tr[.//a[text()='%s']]".formatted(own))).getText();
            assertTrue(row.contains("Une seconde personne décide"), "the four-eyes rule in French: " + row);
            assertFalse(row.contains("cannot approve"), "not the domain's English: " + row);
        }
    }

    /**
     * A field the domain refuses (the screen's own checks let it through) is explained next to the field in the
     * reader's language: a protective lock's reason too short for the domain's 10 to 500 characters.
     */
    @Test
    void aFieldTheDomainRefusesIsExplainedInFrenchNextToTheField() throws Exception {
        String account = Restrictions.newAccount(Api.as(Api.newStaff("INTEGRATION")), 0);
        Credentials security = Api.newStaff("SECURITY");
        try (Browser b = Browser.open("language-fr-field", "fr-FR,fr;q=0.9")) {
            b.go("app/accounts/detail.xhtml?id=" + account);
            b.signIn(security.username(), security.password());
            b.waitForText("[id$='lock-state']", "verrou"); // the account page, after the sign-in's redirect
            b.find("[id$='lock-reason-input']").sendKeys("volé");
            b.find("[id$='lock-place']").click();
            String next = "[id='protective-lock:lock-reason-input'] ~ .ui-message";
            b.waitForText(next, "de 10 à 500 caractères");
            assertFalse(b.find(next).getText().contains("characters"), "not the domain's English: " + b.find(next).getText());
            b.screenshot("fr-field-refusal");
        }
    }

    /** Each lazy table's text filters are announced with the bundle's Japanese label, not PrimeFaces' "Filter <column>". */
    @Test
    void theColumnFiltersAreAnnouncedInJapanese() throws Exception {
        Credentials supervisor = Api.newStaff("SUPERVISOR");
        try (Browser b = Browser.open("language-ja-filters", "ja-JP,ja;q=0.9")) {
            b.go("app/index.xhtml");
            b.signIn(supervisor.username(), supervisor.password());
            Map<String, String> labels = new java.util.TreeMap<>();
            for (String page : new String[] {"app/cases/queue.xhtml", "app/posts/inbox.xhtml", "app/restrictions/inbox.xhtml",
                    "app/accounts/search.xhtml"}) {
                b.go(page);
                assertEquals("ja", ConsoleHeader.pageLanguage(b), page);
                ConsoleTable.untilIdle(b);
                Map<String, String> found = ConsoleTable.filterLabels(b);
                assertFalse(found.isEmpty(), "the page has column filters: " + page);
                found.forEach((id, label) -> labels.put(page + " " + id, label));
            }
            assertEquals("件名で絞り込む", labels.get("app/cases/queue.xhtml filters:cases:subjectFilter"), labels.toString());
            // the menus too: PrimeFaces names a menu by its chosen value ("すべて") unless a label names it
            assertEquals(java.util.List.of("措置で絞り込む"), labels.entrySet().stream().filter(e -> e.getKey().contains("measureFilter"))
                    .map(Map.Entry::getValue).toList(), labels.toString());
            assertEquals(java.util.List.of("提案で絞り込む"), labels.entrySet().stream().filter(e -> e.getKey().contains("suggestionFilter"))
                    .map(Map.Entry::getValue).toList(), labels.toString());
            java.util.List<String> notJapanese = labels.entrySet().stream()
                    .filter(e -> !e.getValue().contains("絞り込む") || e.getValue().matches(".*[A-Za-z].*"))
                    .map(e -> e.getKey() + "=" + e.getValue()).toList();
            assertEquals(java.util.List.of(), notJapanese, "every column filter is named in Japanese");
        }
    }

    @Test
    void aBrowserAskingForALanguageTheConsoleDoesNotSpeakGetsEnglish() throws Exception {
        try (Browser b = Browser.open("language-de", "de-DE,de")) {
            b.go("login.xhtml");
            b.find("#login\\:username");
            assertEquals("en", ConsoleHeader.pageLanguage(b));
            assertEquals("Sign in", b.find("#login\\:submit").getText().strip());
        }
    }

    /** Every page a supervisor's menu offers, in each language, kept as screenshots ("ja-app-cases-queue.png"). */
    @Test
    void everyPageOfTheMenuIsShownInEachLanguage() throws Exception {
        String ticket = openCase("Lyon" + UUID.randomUUID().toString().substring(0, 6)).getString("ticket");
        for (String language : new String[] {"en", "fr", "ja"}) {
            Credentials supervisor = Api.newStaff("SUPERVISOR");
            try (Browser b = Browser.open("language-pages-" + language, language)) {
                b.go("app/index.xhtml");
                b.signIn(supervisor.username(), supervisor.password());
                ConsoleHeader header = ConsoleHeader.of(b);
                java.util.List<String> pages = new java.util.ArrayList<>(header.menuPages());
                pages.add("app/cases/case.xhtml?ticket=" + ticket);
                assertTrue(pages.size() >= 8, pages.toString());
                for (String page : pages) {
                    b.go(page);
                    ConsoleHeader.of(b);
                    assertEquals(language, ConsoleHeader.pageLanguage(b), page);
                    b.screenshot(language + "-" + page.replaceAll("\\.xhtml.*", "").replace('/', '-'));
                }
            }
        }
    }
}
