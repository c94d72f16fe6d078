package io.redress.it.support;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** What a person using assistive technology, or reading a washed-out screen, meets on the page in the browser. */
public final class PageChecks {

    private PageChecks() {
    }

    /**
     * Every input, select and textarea a person can reach (not type=hidden, not hidden from assistive technology) that
     * has no label: no {@code label[for]} naming it, no {@code aria-label}, no {@code aria-labelledby}. Answers a short
     * description of each.
     */
    @SuppressWarnings("unchecked")
    public static List<String> unlabelledInputs(Browser b) {
        return (List<String>) ((JavascriptExecutor) b.driver()).executeScript("""
                return Array.from(document.querySelectorAll('input, select, textarea'))
                  .filter(e => e.type !== 'hidden' && !e.closest('[aria-hidden="true"]'))
                  .filter(e => !(e.id && document.querySelector('label[for="' + CSS.escape(e.id) + '"]'))
                            && !(e.getAttribute('aria-label') || '').trim()
                            && !(e.getAttribute('aria-labelledby') || '').trim())
                  .map(e => e.tagName.toLowerCase() + '#' + e.id + ' ' + (e.outerHTML || '').substring(0, 160));
                """);
    }

    /**
     * The contrast ratio (WCAG 2) of the element's text colour against the background it is drawn on: the first
     * background that is not transparent among it and its ancestors, a translucent one laid over white.
     */
    public static double contrast(Browser b, WebElement element) {
        return contrastOf(b, element, null, 0);
    }

    /**
     * The same for the {@code index}-th element (from 0, in document order) a CSS selector finds, looked up inside the
     * script: an ajax update that replaces the element between the lookup and the measure cannot make it stale. Fails
     * when there is no such element.
     */
    public static double contrast(Browser b, String css, int index) {
        return contrastOf(b, null, css, index);
    }

    private static double contrastOf(Browser b, WebElement element, String css, int index) {
        Object ratio = ((JavascriptExecutor) b.driver()).executeScript("""
                const el = arguments[0] || document.querySelectorAll(arguments[1])[arguments[2]];
                if (!el) { throw new Error('no element ' + arguments[2] + ' matches ' + arguments[1]); }
                const rgba = s => { const m = s.match(/rgba?\\(([^)]+)\\)/); const p = m[1].split(',').map(x => parseFloat(x));
                                   return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
                const over = (c, base) => ({r: c.r * c.a + base.r * (1 - c.a), g: c.g * c.a + base.g * (1 - c.a),
                                            b: c.b * c.a + base.b * (1 - c.a), a: 1});
                let bg = null;
                for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
                  const c = rgba(getComputedStyle(n).backgroundColor);
                  if (c.a > 0) { bg = c.a < 1 ? over(c, {r: 255, g: 255, b: 255}) : c; break; }
                }
                bg = bg || {r: 255, g: 255, b: 255, a: 1};
                const fg = over(rgba(getComputedStyle(el).color), bg);
                const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                                   return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
                const l1 = lum(fg), l2 = lum(bg);
                return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
                """, element, css, index);
        return ((Number) ratio).doubleValue();
    }

    /** Each {@code time} element's text, title and machine-readable moment. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, String>> times(Browser b) {
        return (List<Map<String, String>>) ((JavascriptExecutor) b.driver()).executeScript("""
                return Array.from(document.querySelectorAll('time.rd-time'))
                  .map(t => ({text: t.textContent.trim(), title: t.getAttribute('title'), datetime: t.getAttribute('datetime')}));
                """);
    }
}
