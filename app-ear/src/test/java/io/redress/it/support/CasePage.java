package io.redress.it.support;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A case's page as an agent reads it: the canned replies offered, the reply box, the thread, the public posts linked
 * to the case on its timeline.
 */
public final class CasePage {

    private final Browser b;

    private CasePage(Browser b) {
        this.b = b;
    }

    /** Opens the case's page (signing in first when {@code who} is given). */
    public static CasePage open(Browser b, String ticket, Fixtures.Credentials who) {
        b.go("app/cases/case.xhtml?ticket=" + ticket);
        if (who != null) {
            b.signIn(who.username(), who.password());
        }
        b.find("#ticket");
        return new CasePage(b);
    }

    /** The titles of the canned replies offered beside the templates (none: the picker is not shown). */
    public List<String> cannedTitles() {
        b.find("[id='compose:message']");
        return b.driver().findElements(By.cssSelector("[id='compose:canned_input'] option")).stream()
                .filter(o -> !o.getAttribute("value").isEmpty())
                .map(o -> o.getAttribute("textContent").strip()).toList();
    }

    /**
     * Picks a canned reply by its title, as a person does: opens the menu and clicks the item, then waits for the reply
     * box to change. On a loaded CI machine the menu once left a click untaken (panel open, item highlighted, nothing
     * picked), once found the item while the panel was still opening (displayed, of zero size: not clickable), and once
     * saw the panel close again before its item could be clicked (CI on PostgreSQL, 7 December 2026); a person opens
     * the menu and clicks again, and so does this, at most three times. It clicks again only once the page has had no request
     * under way for 3 s with the box as it was: a pick the server is still answering is never made twice (the reply
     * would get the text twice). A request still under way after 30 s fails the test, saying what the box holds.
     */
    public void pickCanned(String title) throws InterruptedException {
        for (int attempt = 1; attempt <= 3; attempt++) {
            String before = replyBox();
            b.find("[id='compose:canned'] .ui-selectonemenu-trigger").click();
            WebElement item = b.until(d -> d.findElements(By.cssSelector("[id='compose:canned_items'] li")).stream()
                    .filter(li -> li.isDisplayed() && li.getSize().getHeight() > 0 && li.getText().strip().equals(title))
                    .findFirst().orElse(null));
            try {
                b.clickWhenUncovered(item, true);
            } catch (org.openqa.selenium.ElementNotInteractableException openingOrClosed) {
                b.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
                continue;
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            long quietSince = System.nanoTime();
            while (true) {
                Thread.sleep(250);
                List<?> page = boxAndBusy(); // one read: PrimeFaces updates the page before it ends a request
                String now = (String) page.get(0);
                if (now != null && !before.equals(now)) {
                    return;
                }
                if (now == null || Boolean.TRUE.equals(page.get(1))) {
                    quietSince = System.nanoTime();
                    if (System.nanoTime() - deadline > 0) {
                        throw new AssertionError("the pick of " + title + " was still being answered after 30 s; the"
                                + " reply box holds\n" + now);
                    }
                } else if (System.nanoTime() - quietSince > 3_000_000_000L) {
                    break; // nothing asked of the server for 3 s and the box as it was: the click was not taken
                }
            }
            b.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        }
        throw new AssertionError("the canned reply menu never took the pick of " + title);
    }

    /**
     * The reply box's text (null while an ajax update swaps it) and whether PrimeFaces has a request of this page
     * queued or awaiting its answer, read at one moment.
     */
    private List<?> boxAndBusy() {
        Object read = ((JavascriptExecutor) b.driver()).executeScript(
                "var box = document.getElementById('compose:message'), q = window.PrimeFaces && PrimeFaces.ajax"
                        + " && PrimeFaces.ajax.Queue;"
                        + " return [box ? box.value : null, !!(q && (!q.isEmpty() || q.xhrs.length > 0))];");
        return (List<?>) read;
    }

    private String replyBoxQuietly() {
        try {
            return b.driver().findElement(By.cssSelector("[id='compose:message']")).getAttribute("value");
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return null; // swapped by an ajax update this moment: read it again
        }
    }

    public void type(String text) {
        b.find("[id='compose:message']").sendKeys(text);
    }

    /** Waits until the reply box holds exactly {@code text}. */
    public void untilReplyBoxIs(String text) {
        try {
            b.until(d -> text.equals(box().getAttribute("value")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the reply box should hold\n" + text + "\nbut holds\n" + replyBoxQuietly(), e);
        }
    }

    public String replyBox() {
        return box().getAttribute("value");
    }

    private WebElement box() {
        return b.find("[id='compose:message']");
    }

    /** Sends the reply and waits until the thread shows {@code expected}. */
    public void send(String expected) {
        b.find("[id='compose:send']").click();
        b.waitForText("#thread", expected);
    }

    /** The linked public posts on the timeline, each as its line reads ("Posted on x by @handle Open the post"). */
    public List<String> linkedPosts() {
        b.find("[id='timeline']");
        return b.driver().findElements(By.cssSelector("[id='timeline'] .rd-linked-post")).stream()
                .map(e -> e.getText().replaceAll("\\s+", " ").strip()).toList();
    }

    /** Where the timeline's "Open the post" links lead, in the timeline's order. */
    public List<String> linkedPostAddresses() {
        return b.driver().findElements(By.cssSelector("[id='timeline'] a.rd-post-link")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }

    public String thread() {
        return b.find("#thread").getText();
    }

    /** Chooses a value in a PrimeFaces menu through its widget (for menus whose labels depend on the language). */
    static void choose(Browser b, String menuId, String value) {
        b.until(d -> ((JavascriptExecutor) d).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); if (!w) return false; w.selectValue(arguments[1]);"
                        + " if (w.triggerChange) { w.triggerChange(); } else { w.input.trigger('change'); } return true;",
                menuId, value));
    }
}
