package io.redress.it.support;

import org.openqa.selenium.By;

/** The status matrix as a person reads it: for a status row and an action column, allowed or not, and its marks. */
public final class MatrixPage {

    private final Browser b;

    private MatrixPage(Browser b) {
        this.b = b;
    }

    /** Opens the matrix (signed in already). */
    public static MatrixPage open(Browser b) {
        b.go("app/restrictions/matrix.xhtml");
        b.find("#matrix");
        return new MatrixPage(b);
    }

    /** Whether the cell says allowed: its screen-reader word, as a person using one hears it. */
    public String said(String row, String action) {
        return b.driver().findElement(By.cssSelector("[data-cell='" + row + "-" + action + "'] .rd-sr")).getAttribute("textContent").strip();
    }

    public String marks(String row, String action) {
        return b.driver().findElement(By.cssSelector("[data-cell='" + row + "-" + action + "'] .rd-mark")).getText().strip();
    }

    /** The actions the columns name, in order. */
    public java.util.List<String> actions() {
        return b.driver().findElements(By.cssSelector("#matrix thead th.rd-mono")).stream().map(e -> e.getText().strip()).toList();
    }
}
