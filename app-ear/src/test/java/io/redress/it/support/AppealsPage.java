package io.redress.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The open appeals, and the dialog a reviewer decides one in. */
public final class AppealsPage {

    private final Browser b;

    private AppealsPage(Browser b) {
        this.b = b;
    }

    /** Opens the list (signed in already). */
    public static AppealsPage open(Browser b) {
        b.go("app/restrictions/appeals.xhtml");
        b.find("[id='appeals:open']");
        return new AppealsPage(b);
    }

    /** The row of the appeal against restriction {@code restrictionId}, as text; empty when it is not listed. */
    public String row(long restrictionId) {
        return b.driver().findElements(rowOf(restrictionId)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Opens the decision dialog of the appeal against {@code restrictionId}. */
    public AppealsPage decide(long restrictionId) {
        b.driver().findElement(rowOf(restrictionId)).findElement(By.xpath(".//*[contains(@id,'decide')]")).click();
        b.find("[id='appeal:outcome']");
        return this;
    }

    public String dialogText() {
        return b.find("[id='appeal']").getText();
    }

    /** Chooses an outcome by the start of its label as shown (e.g. "Modified"). */
    public AppealsPage outcome(String label) {
        b.driver().findElement(By.xpath("//*[@id='appeal:outcome']//label[starts-with(normalize-space(), '" + label + "')]")).click();
        return this;
    }

    /** After choosing Modified: days added to the withdrawal window (the field appears with the choice). */
    public AppealsPage extraWindowDays(int days) {
        b.until(d -> d.findElement(By.cssSelector("[id='appeal:extraWindowDays']"))).sendKeys(Integer.toString(days));
        return this;
    }

    /** After choosing Modify: the milder measure, by its label as shown. */
    public AppealsPage newMeasure(String label) {
        b.find("[id='appeal:newMeasure']").click();
        b.clickWhenUncovered(b.until(
                d -> d.findElement(By.xpath("//*[@id='appeal:newMeasure_items']/li[normalize-space()='" + label + "']"))));
        return this;
    }

    public AppealsPage reasons(String text) {
        b.find("[id='appeal:reasons']").sendKeys(text);
        return this;
    }

    public void submit() {
        b.find("[id='appeal:submit']").click();
    }

    /** The refusal shown inside the dialog (the dialog stays open). */
    public String refusal() {
        b.until(d -> !d.findElements(By.cssSelector("[id='appeal:refusals'] .ui-messages-error")).isEmpty());
        return b.find("[id='appeal:refusals']").getText();
    }

    public void close() {
        ((JavascriptExecutor) b.driver()).executeScript("PF('appealDialog').hide();");
    }

    private static By rowOf(long restrictionId) {
        return By.xpath("//*[@id='appeals:open']//tr[.//a[normalize-space()='" + restrictionId + "']]");
    }
}
