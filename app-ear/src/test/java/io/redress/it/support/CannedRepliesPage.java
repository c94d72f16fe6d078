package io.redress.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** ADMIN's canned replies page: the table, adding, editing and retiring a reply. */
public final class CannedRepliesPage {

    private final Browser b;

    private CannedRepliesPage(Browser b) {
        this.b = b;
    }

    /** Opens the page (signing in first when {@code who} is given). */
    public static CannedRepliesPage open(Browser b, Fixtures.Credentials who) {
        b.go("app/admin/canned-replies.xhtml");
        if (who != null) {
            b.signIn(who.username(), who.password());
        }
        b.find("[id='replies:table']");
        return new CannedRepliesPage(b);
    }

    /** Fills the add form and sends it; {@code language} is en, fr or ja. */
    public void add(String title, String language, String body) {
        WebElement titleField = b.find("[id='create:title']");
        titleField.clear();
        titleField.sendKeys(title);
        CasePage.choose(b, "create:language", language);
        WebElement bodyField = b.find("[id='create:body']");
        bodyField.clear();
        bodyField.sendKeys(body);
        b.find("[id='create:submit']").click();
    }

    /**
     * As {@link #add}, the title set as the field's value the way a paste sets it (characters a keyboard does not
     * type, such as a bidirectional override, reach the form whatever the driver makes of typing them).
     */
    public void addPastingTitle(String title, String language, String body) {
        WebElement titleField = b.find("[id='create:title']");
        titleField.clear();
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1]", titleField, title);
        CasePage.choose(b, "create:language", language);
        WebElement bodyField = b.find("[id='create:body']");
        bodyField.clear();
        bodyField.sendKeys(body);
        b.find("[id='create:submit']").click();
    }

    /** The message shown next to a field of the add form (its client id, e.g. create:title). */
    public String messageNextTo(String clientId) {
        return b.until(d -> {
            WebElement field = d.findElement(By.id(clientId));
            WebElement message = field.findElement(By.xpath("following-sibling::*[contains(@class,'ui-message')][1]"));
            String text = message.getText().strip();
            return text.isEmpty() ? null : text;
        });
    }

    /** Waits until the table shows a reply with this title, and answers its row. */
    public WebElement row(String title) {
        return b.until(d -> d.findElements(By.cssSelector("[id='replies:table'] tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector(".rd-canned-title")).isEmpty()
                        && r.findElement(By.cssSelector(".rd-canned-title")).getText().strip().equals(title))
                .findFirst().orElse(null));
    }

    public String state(String title) {
        return row(title).findElement(By.cssSelector(".rd-canned-state")).getText().strip();
    }

    public String text(String title) {
        return row(title).findElement(By.cssSelector("pre")).getText();
    }

    public boolean editable(String title) {
        return !row(title).findElements(By.cssSelector(".rd-canned-edit")).isEmpty();
    }

    /** Opens the edit dialog of a reply, replaces its text and saves. */
    public void edit(String title, String newBody) {
        row(title).findElement(By.cssSelector(".rd-canned-edit")).click();
        WebElement body = b.find("[id='edit:editBody']");
        b.until(d -> body.getAttribute("value").length() > 0);
        body.clear();
        body.sendKeys(newBody);
        b.find("[id='edit:save']").click();
        b.until(d -> text(title).equals(newBody));
    }

    /** Retires a reply, confirming, and waits until its row says so. */
    public void retire(String title, String retiredLabel) {
        row(title).findElement(By.cssSelector(".rd-canned-retire")).click();
        b.find(".ui-confirmdialog-yes").click();
        b.until(d -> state(title).equals(retiredLabel));
    }
}
