package io.redress.it.support;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A campaign's page as a caseworker reads it: its posts with their classification and case, and the bulk actions. */
public final class CampaignPage {

    private final Browser b;

    private CampaignPage(Browser b) {
        this.b = b;
    }

    /** Opens the campaign's page (signing in first when {@code who} is given). */
    public static CampaignPage open(Browser b, long campaignId, Fixtures.Credentials who) {
        b.go("app/posts/campaign.xhtml?id=" + campaignId);
        if (who != null) {
            b.signIn(who.username(), who.password());
        }
        b.find("#handleCount");
        return new CampaignPage(b);
    }

    /** Classifies every post as {@code kind} (the constant, e.g. FUD_CAMPAIGN), with a reason, and waits for the report. */
    public String classifyAll(String kind, String note) {
        CasePage.choose(b, "bulk:kind", kind);
        WebElement field = b.find("[id='bulk:note']");
        field.clear();
        field.sendKeys(note);
        return act("[id='bulk:classifyAll']");
    }

    /** Links every post to the case of this ticket and waits for the report. */
    public String linkAll(String ticket) {
        WebElement field = b.find("[id='bulk:ticket']");
        field.clear();
        field.sendKeys(ticket);
        return act("[id='bulk:linkAll']");
    }

    private String act(String button) {
        List<WebElement> before = b.driver().findElements(By.id("bulkSummary"));
        b.find(button).click();
        if (!before.isEmpty()) {
            b.untilReplaced(before.get(0));
        }
        return summary();
    }

    /** The report of the last bulk action: "N classified, M already so, K refused". */
    public String summary() {
        return b.find("#bulkSummary").getText().strip();
    }

    /** Why posts were refused, a line per reason. */
    public List<String> reasons() {
        return b.driver().findElements(By.cssSelector("#bulkReasons li")).stream().map(e -> e.getText().strip()).toList();
    }

    /** Tries to link every post to a ticket that is refused; answers the message shown next to the ticket field. */
    public String linkAllRefused(String ticket) {
        WebElement field = b.find("[id='bulk:ticket']");
        field.clear();
        field.sendKeys(ticket);
        b.find("[id='bulk:linkAll']").click();
        return ticketMessage();
    }

    /** The message next to the ticket field, once one is shown. */
    public String ticketMessage() {
        return b.until(d -> {
            String text = d.findElement(By.id("bulk:ticketError")).getText().strip();
            return text.isEmpty() ? null : text;
        });
    }

    /** The classification each post shows, in time order. */
    public List<String> kinds() {
        return b.driver().findElements(By.cssSelector("#timeline .rd-post-kind")).stream().map(e -> e.getText().strip()).toList();
    }

    /** The case ticket each linked post shows, in time order. */
    public List<String> tickets() {
        return b.driver().findElements(By.cssSelector("#timeline .rd-post-case")).stream().map(e -> e.getText().strip()).toList();
    }
}
