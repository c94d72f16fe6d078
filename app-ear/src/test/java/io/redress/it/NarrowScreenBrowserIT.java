package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Browser;
import io.redress.it.support.ConsoleHeader;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.Incidents;
import io.redress.it.support.Restrictions;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The console on a phone (390 px wide): the header's language switcher and Sign out are on the screen and can be
 * clicked, and the case and claim pages are no wider than the screen, long words included; on a desktop the header
 * stays one bar.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NarrowScreenBrowserIT {

    /** A word no line can hold: a pasted hash or address. */
    private static final String LONG_WORD = "0x" + "9f3a".repeat(40);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return io.redress.it.support.RedressDeployment.ear();
    }

    private static Object js(Browser b, String script, Object... args) {
        return ((JavascriptExecutor) b.driver()).executeScript(script, args);
    }

    /** The element's box against the viewport, and whether a click at its centre reaches it (nothing covers it). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> placeOf(Browser b, String css) {
        return (Map<String, Object>) js(b, """
                const e = document.querySelector(arguments[0]);
                e.scrollIntoView({block: 'center', inline: 'nearest'});
                const r = e.getBoundingClientRect();
                const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return {left: r.left, right: r.right, viewport: document.documentElement.clientWidth,
                        reachable: top !== null && (top === e || e.contains(top))};""", css);
    }

    private static void assertOnScreen(Browser b, String css) {
        Map<String, Object> place = placeOf(b, css);
        double left = ((Number) place.get("left")).doubleValue();
        double right = ((Number) place.get("right")).doubleValue();
        double viewport = ((Number) place.get("viewport")).doubleValue();
        assertTrue(left >= 0 && right <= viewport, css + " lies within the screen: " + place);
        assertEquals(true, place.get("reachable"), css + " is not covered: " + place);
    }

    /** The page scrolls down only: nothing on it reaches past the right edge of the screen. */
    private static void assertNoWiderThanTheScreen(Browser b, String page) {
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) js(b,
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        assertTrue(widths.get(0).intValue() <= widths.get(1).intValue(),
                page + " is " + widths.get(0) + " px wide on a screen of " + widths.get(1) + " px");
    }

    @Test
    void onAPhoneTheHeaderFitsAndTheCaseAndClaimPagesAreNoWiderThanTheScreen() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        String account = Restrictions.newAccount(exchange, 0);
        Reply opened = exchange.post("cases", """
                {"channel":"CHAT","accountId":"%s","customerName":"Kenji","language":"en","subject":"Funds sent to %s",
                 "description":"My withdrawal to %s never arrived.","category":"FUNDS_HOLD","priority":"P2"}"""
                .formatted(account, LONG_WORD.substring(0, 60), LONG_WORD));
        assertEquals(201, opened.status(), opened.body());
        String ticket = opened.json().getString("ticket");
        Reply filed = exchange.post("claims", """
                {"accountId":"%s","asset":"USDT","amount":"250","incidentRef":"%s",
                 "description":"Pump trades on my key, paid to %s after the bot service leak."}"""
                .formatted(account, Incidents.newIncident(), LONG_WORD));
        assertEquals(201, filed.status(), filed.body());
        long claim = filed.json().getJsonNumber("id").longValue();
        Credentials supervisor = Api.newStaff("SUPERVISOR");

        try (Browser b = Browser.open("narrow-screen")) {
            b.go("app/index.xhtml");
            b.signIn(supervisor.username(), supervisor.password());
            ConsoleHeader.of(b);
            @SuppressWarnings("unchecked")
            Map<String, Number> desktop = (Map<String, Number>) js(b, """
                    const brand = document.querySelector('.rd-brand').getBoundingClientRect();
                    const nav = document.querySelector('nav.rd-nav').getBoundingClientRect();
                    const out = document.getElementById('session:signout').getBoundingClientRect();
                    return {brandRight: brand.right, navLeft: nav.left, navRight: nav.right, signOutLeft: out.left};""");
            assertTrue(desktop.get("navLeft").doubleValue() > desktop.get("brandRight").doubleValue()
                    && desktop.get("signOutLeft").doubleValue() >= desktop.get("navRight").doubleValue(),
                    "on a desktop the brand, the menu and Sign out share one bar: " + desktop);

            b.driver().manage().window().setSize(new Dimension(390, 844));
            b.until(d -> ((Number) js(b, "return window.innerWidth")).intValue() <= 390);
            assertOnScreen(b, "#session\\:signout");
            for (String language : List.of("en", "fr", "ja")) {
                assertOnScreen(b, "#languages a[data-lang='" + language + "']");
            }
            assertOnScreen(b, "#nav-claims");
            assertNoWiderThanTheScreen(b, "the home page");

            b.go("app/cases/case.xhtml?ticket=" + ticket);
            b.waitForText("#ticket", ticket);
            assertNoWiderThanTheScreen(b, "the case page");
            assertOnScreen(b, "#compose\\:message");
            @SuppressWarnings("unchecked")
            Map<String, Number> stacked = (Map<String, Number>) js(b, """
                    const thread = document.querySelector('.rd-case-thread').getBoundingClientRect();
                    const side = document.querySelector('.rd-side').getBoundingClientRect();
                    return {threadBottom: thread.bottom, sideTop: side.top};""");
            assertTrue(stacked.get("sideTop").doubleValue() >= stacked.get("threadBottom").doubleValue(),
                    "the case's settings come under the messages, not beside them: " + stacked);

            b.go("app/claims/claim.xhtml?id=" + claim);
            b.find("#claim-state");
            assertTrue(b.find("#claim").getText().contains(LONG_WORD.substring(0, 40)), "the claim's text is shown");
            assertNoWiderThanTheScreen(b, "the claim page");

            b.go("app/cases/queue.xhtml");
            b.find("[id='filters:cases']");
            assertNoWiderThanTheScreen(b, "the case queue (its table scrolls in its own box)");
            b.screenshot("narrow-queue");

            b.go("app/index.xhtml");
            ConsoleHeader.of(b).signOut();
        }
    }
}
