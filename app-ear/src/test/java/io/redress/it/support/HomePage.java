package io.redress.it.support;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The home page's "my work" as a person reads it: the numbers, and where each leads. */
public final class HomePage {

    private final Browser b;

    private HomePage(Browser b) {
        this.b = b;
    }

    /** Opens the home page (signed in already). */
    public static HomePage open(Browser b) {
        b.go("app/index.xhtml");
        b.find("#my-work");
        return new HomePage(b);
    }

    /** The number a count shows, e.g. {@code count("cases-breached")}; separators removed. */
    public long count(String id) {
        return Long.parseLong(b.find("#" + id + " strong").getText().replace(",", "").strip());
    }

    public boolean shows(String id) {
        return !b.driver().findElements(By.id(id)).isEmpty();
    }

    /** Follows a count's link to the list it counts. */
    public void follow(String id) {
        b.find("#" + id).click();
    }

    public List<String> sectionTitles() {
        return b.driver().findElements(By.cssSelector("#my-work h3")).stream().map(WebElement::getText).toList();
    }
}
