package io.redress.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium. Without Chromium a newcomer's run skips the browser tests
 * with a visible message; with CI=true a missing browser fails them.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(Long.getLong("redress.browser.wait-seconds", 30));

    private final WebDriver driver;
    private final Path profile;
    private final String name;
    private String lastDownloadName;

    private Browser(WebDriver driver, Path profile, String name) {
        this.driver = driver;
        this.profile = profile;
        this.name = name;
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
        Path profile = Files.createTempDirectory("redress-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile,
                "--lang=" + acceptLanguage.split(",")[0]);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // headless Chromium may ignore the profile's languages for the header: say it through DevTools as well
        String agent = (String) driver.executeScript("return navigator.userAgent");
        driver.executeCdpCommand("Emulation.setUserAgentOverride", java.util.Map.of("userAgent", agent, "acceptLanguage", acceptLanguage));
        return new Browser(driver, profile, name);
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
                return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
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
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Clicks what downloads a file, as a person does, and answers the file Chromium saved (it must appear within the
     * wait). The page stays where it was: an attachment does not navigate.
     */
    public byte[] download(String css) throws IOException {
        Path dir = Files.createTempDirectory("redress-download");
        ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
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

    public void signIn(String username, String password) {
        find("#login\\:username").sendKeys(username);
        find("#login\\:password input, input#login\\:password").sendKeys(password);
        find("#login\\:submit").click();
    }

    public Path screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("redress.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            screenshot(name + "-last");
        } finally {
            driver.quit();
        }
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
