package io.redress.it.support;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The console's header as a person uses it: the language the page is in, the language switcher, the menu, signing out. */
public final class ConsoleHeader {

    private final Browser b;

    private ConsoleHeader(Browser b) {
        this.b = b;
    }

    /** The header of the page shown now (signed in). */
    public static ConsoleHeader of(Browser b) {
        b.find("#session\\:signout");
        return new ConsoleHeader(b);
    }

    /** The language the page says it is written in (its {@code <html lang>}). */
    public static String pageLanguage(Browser b) {
        return b.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Clicks the switcher's {@code language} ("ja") and waits for the page to come back in it. */
    public ConsoleHeader switchTo(String language) {
        b.find("#languages a[data-lang='" + language + "']").click();
        b.until(d -> language.equals(pageLanguage(b)));
        return of(b);
    }

    /** The switcher's entry marked as the current language. */
    public String currentChoice() {
        return b.find("#languages a[aria-current='true']").getAttribute("data-lang");
    }

    public String signOutLabel() {
        return b.find("#session\\:signout").getText().strip();
    }

    public String menu(String id) {
        return b.find("#" + id).getText().strip();
    }

    /** The pages the menu offers this person, as paths under the application ("app/cases/queue.xhtml"). */
    public List<String> menuPages() {
        String base = Api.baseUrl();
        return b.driver().findElements(By.cssSelector("nav.rd-nav a")).stream().map(a -> a.getAttribute("href"))
                .filter(h -> h != null && h.startsWith(base)).map(h -> h.substring(base.length()).replaceAll("[?;].*", ""))
                .distinct().toList();
    }

    public void signOut() {
        WebElement button = b.find("#session\\:signout");
        button.click();
        b.untilReplaced(button);
        b.find("#login\\:username");
    }
}
