package uk.gov.hmicfrs.findings.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import uk.gov.hmicfrs.findings.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Base class for browser tests ({@code *BrowserIT}, run by failsafe in {@code ./mvnw verify}): the
 * whole application on a random port, on the same database set-up as {@code @IntegrationTest}, driven
 * in Debian's headless Chromium through its own chromedriver. Nothing is ever downloaded: both paths are
 * set explicitly, so Selenium Manager never runs.
 * <p>
 * Where Chromium is missing the tests are skipped locally but fail on CI (CI=true), so a CI image
 * without the browser cannot pass silently. One browser per test class; cookies are cleared and the
 * desktop window size restored before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.embedded-database.data-directory=",
        "app.demo-accounts=true"})
@Import({TestDatabaseConfiguration.class, SqlStatementCounter.class, TestClock.class})
@ExtendWith(BrowserTest.RequireChromium.class)
public abstract class BrowserTest {

    public static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    public static final String MISSING = "Chromium not installed: apt-get install chromium chromium-driver";

    public static final Dimension DESKTOP = new Dimension(1280, 1024);
    /** A common phone: 375 CSS pixels wide. */
    public static final Dimension PHONE = new Dimension(375, 812);

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final String DEMO_PASSWORD = "demo-password";

    private static ChromeDriver sharedDriver;
    private static Path profileDirectory;

    @LocalServerPort
    protected int port;

    protected WebDriver driver;

    @BeforeEach
    void startBrowser() {
        if (sharedDriver == null) {
            sharedDriver = newChromium();
        }
        driver = sharedDriver;
        driver.manage().deleteAllCookies();
        useDesktopViewport();
    }

    @AfterAll
    static void stopBrowser() {
        if (sharedDriver != null) {
            sharedDriver.quit();
            sharedDriver = null;
        }
        if (profileDirectory != null) {
            deleteQuietly(profileDirectory);
            profileDirectory = null;
        }
    }

    /**
     * Decides before the application starts: skipped (reported with the reason) where Chromium is
     * missing, but a failure on CI, where a missing browser must never pass unnoticed.
     */
    static class RequireChromium implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
                return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(MISSING + " (CI=true, so browser tests may not be skipped; looked for "
                        + CHROMIUM + " and " + CHROMEDRIVER + ")");
            }
            return ConditionEvaluationResult.disabled(MISSING);
        }
    }

    private static ChromeDriver newChromium() {
        try {
            profileDirectory = Files.createTempDirectory("findings-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                // phones draw scrollbars over the page; a desktop scrollbar would steal 15px of a 375px viewport
                "--hide-scrollbars",
                "--user-data-dir=" + profileDirectory.toAbsolutePath(),
                "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /** The absolute URL of a path on the running application. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Loads a path of the application, e.g. {@code open("/search?q=4P+plans")}. */
    protected void open(String path) {
        driver.get(url(path));
    }

    /** Signs in through the real sign-in form as a demo user, and waits for the home page. */
    protected void signIn(String username) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        // The click can return before the browser has followed the redirect; wait for it (slow under load).
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
        } catch (org.openqa.selenium.TimeoutException e) {
            // fall through to the assertion, which names the user and the page
        }
        assertThat(driver.getCurrentUrl()).as("signed in as %s", username).doesNotContain("/login");
    }

    /**
     * Clicks something that loads a new page and waits until the old page is gone, so the next
     * lookup never reads the page being left (clicks can return before navigation under load).
     */
    protected void clickAndWaitForNewPage(WebElement element) {
        WebElement current = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(current));
    }

    /**
     * A phone-sized viewport (375 by 812 CSS pixels). Set through the
     * DevTools protocol as well as the window size, because a window cannot always be made that narrow.
     */
    protected void usePhoneViewport() {
        driver.manage().window().setSize(PHONE);
        sharedDriver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", PHONE.getWidth(), "height", PHONE.getHeight(), "deviceScaleFactor", 1, "mobile", false));
        driver.navigate().refresh();
        Object width = sharedDriver.executeScript("return window.innerWidth");
        assertThat(((Number) width).intValue()).as("phone viewport width").isEqualTo(PHONE.getWidth());
    }

    protected void useDesktopViewport() {
        sharedDriver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(DESKTOP);
    }

    protected WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    protected List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    protected String heading() {
        return find("h1").getText();
    }

    /**
     * Saves a screenshot of the whole current page (not just the viewport) to
     * target/screenshots/NAME.png, for a person to look at and for CI to keep.
     */
    protected Path screenshot(String name) {
        Map<String, Object> metrics = sharedDriver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) content.get("width")).doubleValue();
        double height = Math.min(((Number) content.get("height")).doubleValue(), 10000);
        Map<String, Object> shot = sharedDriver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Path directory = Files.createDirectories(Path.of("target", "screenshots"));
            Path target = directory.resolve(name + ".png");
            Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the current page against WCAG 2.2 AA and fails listing every violation. */
    protected void assertNoAxeViolations() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not analyse " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("axe-core found " + violations.size() + " violation(s) on " + driver.getCurrentUrl() + ":\n"
                    + violations.stream().map(BrowserTest::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        return "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " at " + targets;
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
