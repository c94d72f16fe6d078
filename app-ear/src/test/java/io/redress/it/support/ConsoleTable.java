package io.redress.it.support;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * A server-side console table (a PrimeFaces lazy DataTable) as a person uses it: the pager's "1-25 of 27", the rows of
 * the page on screen, a column filter typed and sent with Enter, a column header clicked to sort, the next page.
 * Every action waits for what the person would wait for: the pager's text or the rows to change.
 */
public final class ConsoleTable {

    private final Browser b;
    private final String id;

    private ConsoleTable(Browser b, String id) {
        this.b = b;
        this.id = id;
    }

    /** The table with this client id, e.g. {@code "filters:cases"}, once it is on screen. */
    public static ConsoleTable of(Browser b, String clientId) {
        b.find("[id='" + clientId + "']");
        return new ConsoleTable(b, clientId);
    }

    private String css(String inside) {
        return "[id='" + id + "'] " + inside;
    }

    /** What the pager says, e.g. "1-25 of 27". */
    public String report() {
        return b.find(css(".ui-paginator-current")).getText().strip();
    }

    /** Waits until the pager says {@code text} exactly and no ajax request is still on its way. */
    public ConsoleTable untilReport(String text) {
        b.until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector(css(".ui-paginator-current")));
            return !r.isEmpty() && r.get(0).getText().strip().equals(text);
        });
        untilIdle(b);
        return this;
    }

    /** Waits until PrimeFaces has no ajax request queued or on its way (its answer would replace what is read next). */
    public static void untilIdle(Browser b) {
        b.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Ticks a PrimeFaces check box (its id, e.g. "filters:mine") and waits until it shows ticked. */
    public static void tick(Browser b, String checkboxId) {
        untilIdle(b);
        b.find("[id='" + checkboxId + "'] .ui-chkbox-box").click();
        b.until(d -> d.findElement(By.id(checkboxId + "_input")).isSelected());
    }

    /** The text of each row on screen (an empty table has none). */
    public List<String> rows() {
        return texts("[id='" + id + "_data'] > tr[data-ri]");
    }

    /** The text of cell {@code column} (from 0) of each row on screen. */
    public List<String> column(int column) {
        return texts("[id='" + id + "_data'] > tr[data-ri] > td:nth-child(" + (column + 1) + ")");
    }

    /** Read as the browser has them once an ajax update has finished replacing them (a replaced row is read again). */
    private List<String> texts(String css) {
        return b.until(d -> {
            try {
                return d.findElements(By.cssSelector(css)).stream().map(e -> e.getText().strip()).toList();
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /**
     * What assistive technology announces for each column filter a person types into or picks from (an input or a menu
     * in a table header's filter cell): the browser's computed accessible name, keyed by the element's id.
     */
    @SuppressWarnings("unchecked")
    public static java.util.Map<String, String> filterLabels(Browser b) {
        // waits for the table's filter row: a page just navigated to may not have rendered it yet
        List<WebElement> filters = b.until(d -> {
            List<WebElement> found = (List<WebElement>) ((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                    return Array.from(document.querySelectorAll('th.ui-filter-column'))
                      .flatMap(th => Array.from(th.querySelectorAll('input, textarea, [role="combobox"]')))
                      .filter(e => e.type !== 'hidden' && !e.closest('[aria-hidden="true"]') && e.tabIndex >= 0);
                    """);
            return found.isEmpty() ? null : found;
        });
        java.util.Map<String, String> names = new java.util.TreeMap<>();
        filters.forEach(e -> names.put(e.getAttribute("id"), e.getAccessibleName()));
        return names;
    }

    /** Types into a column's filter (its input's id under the table, e.g. "subjectFilter") and sends it with Enter. */
    public ConsoleTable filter(String inputId, String text) {
        WebElement input = b.find("[id='" + id + ":" + inputId + "']");
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        return this;
    }

    /** Chooses an option of a column's drop-down filter by its label. */
    public ConsoleTable choose(String menuId, String label) {
        b.find("[id='" + id + ":" + menuId + "']").click();
        b.clickWhenUncovered(b.find("[id='" + id + ":" + menuId + "_panel'] li[data-label='" + label + "']"));
        return this;
    }

    /** Clicks the header of the column titled {@code title} (sorts by it, or reverses the sort). */
    public ConsoleTable sortBy(String title) {
        b.driver().findElement(By.xpath("//*[@id='" + id + "']//th[.//span[contains(@class,'ui-column-title') and normalize-space(.)='"
                + title + "']]//span[contains(@class,'ui-column-title')]")).click();
        return this;
    }

    /** Waits until the first row's cell {@code column} reads {@code text}. */
    public ConsoleTable untilFirst(int column, String text) {
        b.until(d -> {
            List<WebElement> cells = d.findElements(By.cssSelector("[id='" + id + "_data'] > tr[data-ri] > td:nth-child(" + (column + 1) + ")"));
            return !cells.isEmpty() && cells.get(0).getText().strip().equals(text);
        });
        return this;
    }

    /** Waits until the first row on screen contains {@code text}. */
    public ConsoleTable untilFirstRowContains(String text) {
        b.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("[id='" + id + "_data'] > tr[data-ri]"));
            return !rows.isEmpty() && rows.get(0).getText().contains(text);
        });
        return this;
    }

    public ConsoleTable nextPage() {
        b.find(css(".ui-paginator-next")).click();
        return this;
    }
}
