package io.redress.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium. Without Chromium a newcomer's run skips the browser tests
 * with a visible message; with CI=true a missing browser fails them.
 *
 * <p>Starting Chromium and ChromeDriver costs seconds on a busy machine, so a closed browser is kept for the next
 * test that asks for the same language, instead of quitting: {@link #close} ends everything a person's browser
 * would carry over to the next person (every cookie, the site's storage and cache, other tabs, the window size, the
 * download folder) and the next {@link #open} gets a new tab, as a fresh profile would give. A browser that cannot be
 * cleaned is quit, never handed out again. The browsers kept are quit when the test run ends.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(Long.getLong("redress.browser.wait-seconds", 30));
    /**
     * How often a wait asks again. With Selenium's default of half a second, a page that is not ready at the first
     * look but ready 60 ms later is seen 500 ms later; the browser tests wait thousands of times.
     */
    private static final Duration POLL = Duration.ofMillis(Long.getLong("redress.browser.poll-millis", 50));

    private static final String WINDOW_WIDTH = "1280";
    private static final String WINDOW_HEIGHT = "900";
    /** Idle browsers by the Accept-Language they were started with. */
    private static final Map<String, Deque<Browser>> IDLE = new HashMap<>();
    private static final List<Browser> STARTED = new ArrayList<>();
    private static boolean quitAtExit;

    private final ChromeDriver driver;
    private final Path profile;
    private final String acceptLanguage;
    private String name;
    private String lastDownloadName;

    private Browser(ChromeDriver driver, Path profile, String acceptLanguage) {
        this.driver = driver;
        this.profile = profile;
        this.acceptLanguage = acceptLanguage;
    }

    /**
     * A browser whose person reads English (Accept-Language en-US, whatever the machine's locale).
     *
     * @param name names the screenshot of the last page, taken when the browser closes, pass or fail
     */
    public static Browser open(String name) throws IOException {
        return open(name, "en-US,en");
    }

    /** A browser sending {@code acceptLanguage} ("fr-FR,fr;q=0.9") with every request, as a person's browser set so. */
    public static Browser open(String name, String acceptLanguage) throws IOException {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but Chromium is missing: apt-get install -y chromium chromium-driver");
            }
            System.err.println("*** SKIPPING browser test: no Chromium at " + CHROMIUM
                    + " (apt-get install -y chromium chromium-driver) ***");
            Assumptions.abort("Chromium is not installed");
        }
        Browser b = idle(acceptLanguage);
        if (b == null) {
            b = start(acceptLanguage);
        }
        b.name = name;
        b.lastDownloadName = null;
        b.sayLanguage();
        return b;
    }

    /** A kept browser for this language that still answers, or null. */
    private static Browser idle(String acceptLanguage) {
        while (true) {
            Browser b;
            synchronized (IDLE) {
                Deque<Browser> kept = IDLE.get(acceptLanguage);
                b = kept == null ? null : kept.pollFirst();
            }
            if (b == null) {
                return null;
            }
            try {
                b.driver.getWindowHandles();
                return b;
            } catch (RuntimeException gone) {
                b.quit();
            }
        }
    }

    private static Browser start(String acceptLanguage) throws IOException {
        Path profile = Files.createTempDirectory("redress-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + WINDOW_WIDTH + "," + WINDOW_HEIGHT,
                "--user-data-dir=" + profile, "--lang=" + acceptLanguage.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        Browser b = new Browser(new ChromeDriver(service, options), profile, acceptLanguage);
        synchronized (IDLE) {
            STARTED.add(b);
            if (!quitAtExit) {
                quitAtExit = true;
                Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitAll, "quit-browsers"));
            }
        }
        return b;
    }

    /**
     * Headless Chromium may ignore the profile's languages for the header: say it through DevTools as well. The
     * override belongs to the tab, so each new tab is told.
     */
    private void sayLanguage() {
        String agent = (String) driver.executeScript("return navigator.userAgent");
        driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", agent, "acceptLanguage", acceptLanguage));
        // a tab opened by clean() starts unfocused: PrimeFaces' menus then open without taking the click on an item,
        // and focus and blur never fire. In front and focused, as a fresh browser's first tab is.
        driver.executeCdpCommand("Page.bringToFront", Map.of());
        driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String pathUnderRedress) {
        driver.get(Api.baseUrl() + pathUnderRedress);
    }

    public WebElement find(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public <T> T until(java.util.function.Function<? super WebDriver, T> condition) {
        return waiting().until(condition);
    }

    /**
     * Clicks an item of a menu panel once it can take the click. A PrimeFaces panel is shown with an animation and
     * placed after it appears: for a moment the item is displayed but lies elsewhere, under the top bar (a loaded CI
     * machine once clicked the navigation that way). A person clicks what they see settled; this waits until the item
     * is the topmost element at its own centre, scrolled into its panel, and clicks it then; should the panel still move
     * between that look and the click (the click lands on the top bar: CI, 3 December 2026), it looks again.
     */
    public void clickWhenUncovered(WebElement item) {
        clickWhenUncovered(item, false);
    }

    /**
     * {@link #clickWhenUncovered(WebElement)}, which, asked to, gives up as soon as the item is hidden or replaced (its
     * panel closed, or re-rendered by an ajax update) with an {@link org.openqa.selenium.ElementNotInteractableException},
     * so that the caller opens the panel again instead of waiting for an item that will not come back.
     */
    public void clickWhenUncovered(WebElement item, boolean giveUpWhenHidden) {
        waiting().until(d -> {
            if (giveUpWhenHidden) {
                boolean shown;
                try {
                    shown = item.isDisplayed();
                } catch (org.openqa.selenium.WebDriverException replaced) {
                    shown = false;
                }
                if (!shown) {
                    throw new org.openqa.selenium.ElementNotInteractableException("the item's panel closed or was replaced");
                }
            }
            boolean uncovered = (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                    const item = arguments[0];
                    item.scrollIntoView({block: 'nearest'});
                    const r = item.getBoundingClientRect();
                    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                    return r.height > 0 && top !== null && (top === item || item.contains(top));""", item);
            if (!uncovered) {
                return false;
            }
            try {
                item.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException moved) {
                // the overlay moved between the look and the click (a menu's panel aligning itself): look again
                return false;
            }
        });
    }

    /**
     * Waits until the page that held {@code old} has been replaced (a full-page submit answered). While the browser
     * swaps documents, asking about the old element may fail with other errors than "stale" (Chromium: "Node with
     * given id does not belong to the document"), which mean the same: it is gone.
     */
    public void untilReplaced(WebElement old) {
        waiting().until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                return gone(e);
            }
        });
    }

    public void waitForText(String css, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /**
     * An ajax update replaces the elements it renders: an element found a moment before may be gone when the
     * condition reads it, which means "not yet", not failure. A slow, busy machine makes that window wide.
     */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT) {
            @Override
            public <V> V until(java.util.function.Function<? super WebDriver, V> condition) {
                return super.until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (gone(e)) {
                            return null; // Chromium's way of saying "stale" while an ajax update swaps the node
                        }
                        throw e;
                    }
                });
            }
        };
        wait.pollingEvery(POLL);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Chromium reports an element an ajax update or a new page has replaced as not belonging to the document. */
    private static boolean gone(org.openqa.selenium.WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    /**
     * Clicks what downloads a file, as a person does, and answers the file Chromium saved (it must appear within the
     * wait). The page stays where it was: an attachment does not navigate.
     */
    public byte[] download(String css) throws IOException {
        Path dir = Files.createTempDirectory("redress-download");
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
        find(css).click();
        Path file = waiting().until(d -> {
            try (var list = Files.list(dir)) {
                return list.filter(f -> !f.getFileName().toString().endsWith(".crdownload") && f.toFile().length() > 0)
                        .findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        lastDownloadName = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        Files.delete(dir);
        return bytes;
    }

    /** The file name of the last {@link #download}. */
    public String lastDownloadName() {
        return lastDownloadName;
    }

    /**
     * Signs in on the sign-in page shown and waits for the answer (the page after it, or the sign-in page again with
     * its message): a test that navigated at once could have its page replaced by the sign-in's late redirect.
     */
    public void signIn(String username, String password) {
        find("#login\\:username").sendKeys(username);
        find("#login\\:password input, input#login\\:password").sendKeys(password);
        WebElement submit = find("#login\\:submit");
        submit.click();
        untilReplaced(submit);
    }

    public Path screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("redress.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Takes the screenshot of the last page, then cleans the browser and keeps it for the next test (or quits it). */
    @Override
    public void close() throws IOException {
        try {
            screenshot(name + "-last");
        } catch (RuntimeException | IOException e) {
            quit();
            throw e;
        }
        try {
            clean();
        } catch (RuntimeException e) {
            quit();
            return;
        }
        synchronized (IDLE) {
            IDLE.computeIfAbsent(acceptLanguage, k -> new ArrayDeque<>()).addFirst(this);
        }
    }

    /**
     * Leaves nothing of this test for the next: a new blank tab in place of every open one (a tab keeps its session
     * storage and its history), no cookie of any site, no storage or cache of the site under test, downloads as
     * Chromium does them by default, the window at its starting size.
     */
    private void clean() {
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(fresh)) {
                driver.switchTo().window(handle);
                driver.close();
            }
        }
        driver.switchTo().window(fresh);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        for (String origin : origins()) {
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
        driver.manage().window().setSize(new Dimension(Integer.parseInt(WINDOW_WIDTH), Integer.parseInt(WINDOW_HEIGHT)));
        if (!driver.manage().getCookies().isEmpty() || driver.getWindowHandles().size() != 1) {
            throw new IllegalStateException("the browser kept a cookie or a tab");
        }
    }

    /** The site under test, by the names a test may call it. */
    private static List<String> origins() {
        URI base = URI.create(Api.baseUrl());
        String port = base.getPort() < 0 ? "" : ":" + base.getPort();
        return List.of(base.getScheme() + "://localhost" + port, base.getScheme() + "://127.0.0.1" + port,
                base.getScheme() + "://" + base.getHost() + port).stream().distinct().toList();
    }

    private void quit() {
        synchronized (IDLE) {
            STARTED.remove(this);
        }
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // the process may be dead already: nothing more to end
        }
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // a temporary directory left behind does no harm
        }
    }

    private static void quitAll() {
        List<Browser> all;
        synchronized (IDLE) {
            all = new ArrayList<>(STARTED);
            STARTED.clear();
            IDLE.clear();
        }
        all.forEach(Browser::quit);
    }
}
