package dev.clvops.deploy.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through its chromedriver, against the app on {@code port}. */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;

    Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        base = "http://localhost:" + port;
    }

    /** Signs in afresh (any earlier session is dropped) and waits for the shell. */
    void login(String user, String password) {
        driver.get(base + "/login");
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        WebElement name = waitFor(By.cssSelector("input[name='username']"));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        try {
            waitFor(By.id("current-user"));
        } catch (RuntimeException e) {
            screenshot("login-failed-" + user);
            throw e;
        }
    }

    void open(String path) {
        driver.get(base + "/" + path);
    }

    /** Waits until some grid cell shows exactly {@code text}. */
    void waitForCell(String gridId, String text) {
        waiting(Duration.ofSeconds(30)).until(d -> d.findElements(
                By.cssSelector("vaadin-grid#" + gridId + " vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().equals(text)));
    }

    /** The navigation's tab titles. */
    List<String> tabs() {
        waitFor(By.id("tabs"));
        return driver.findElements(By.cssSelector("#tabs vaadin-side-nav-item")).stream()
                .map(item -> item.getText().trim()).toList();
    }

    WebElement waitFor(By locator) {
        return waiting(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until {@code locator} finds at least {@code count} elements and returns them. */
    List<WebElement> waitForAtLeast(By locator, int count) {
        waiting(Duration.ofSeconds(30)).until(d -> d.findElements(locator).size() >= count);
        return driver.findElements(locator);
    }

    FluentWait<WebDriver> waiting(Duration timeout) {
        // views re-render while a wait polls them: a stale element means one more poll, not a failure
        return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class);
    }

    List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    ChromeDriver driver() {
        return driver;
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
