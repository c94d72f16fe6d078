package io.redress.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;

class ExpiredPageTest {

    @Test
    void aViewThatCannotBeRestoredIsAnExpiredPageHoweverDeepTheFrameworkWrappedIt() {
        ViewExpiredException expired = new ViewExpiredException("View /app/cases/case.xhtml could not be restored.", "/app/cases/case.xhtml");
        assertTrue(ExpiredPage.is(expired));
        assertTrue(ExpiredPage.is(new FacesException(new RuntimeException(expired))));
    }

    @Test
    void anyOtherFailureStaysAnIncident() {
        assertFalse(ExpiredPage.is(new IllegalStateException("boom", new NullPointerException())));
        assertFalse(ExpiredPage.is(null));
    }

    @Test
    void itsLogLineIsOneLineNamingThePageWithoutAStackTrace() {
        ViewExpiredException expired = new ViewExpiredException("View /app/cases/case.xhtml\ncould not be restored.",
                "/app/cases/case.xhtml");
        String line = ExpiredPage.logLine("ajax /app/cases/case.xhtml", new FacesException(expired));
        assertEquals("Page expired, the expired page shown: ajax /app/cases/case.xhtml (ViewExpiredException: "
                + "viewId:/app/cases/case.xhtml - View /app/cases/case.xhtml could not be restored.)", line);
    }
}
