package io.redress.it.support;

import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The console's confirmation of a destructive action (a {@code p:confirm} shown in the page's global
 * {@code p:confirmDialog}): what it says, and its Yes and No, as a person reads and clicks them.
 */
public final class ConfirmDialog {

    private ConfirmDialog() {
    }

    /** Waits for the confirmation and answers its text. */
    public static String text(Browser b) {
        return b.until(d -> shown(d).map(dialog -> dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText())
                .filter(t -> !t.isBlank()).orElse(null));
    }

    /** Confirms: the action runs. */
    public static void yes(Browser b) {
        click(b, ".ui-confirmdialog-yes");
    }

    /** Declines: the dialog closes and nothing is sent. */
    public static void no(Browser b) {
        click(b, ".ui-confirmdialog-no");
    }

    private static void click(Browser b, String button) {
        WebElement dialog = b.until(d -> shown(d).orElse(null));
        b.clickWhenUncovered(dialog.findElement(By.cssSelector(button)));
        b.until(d -> shown(d).isEmpty());
    }

    private static Optional<WebElement> shown(WebDriver d) {
        return d.findElements(By.cssSelector(".ui-confirm-dialog")).stream().filter(WebElement::isDisplayed).findFirst();
    }
}
