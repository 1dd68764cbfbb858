package dev.chainrule.server.browser;

import dev.chainrule.server.App;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In headless Chromium a guest solves a choice exercise and finds it on /progress, signs up and finds it carried over,
 * logs out, logs in again and still finds it there.
 */
class ProgressBrowserTest {

    static final String LESSON = "/lessons/chain-rule";
    static final String EXERCISE = "sigmoid-slope-source";
    static final String EMAIL = "grace@example.org";
    static final String PASSWORD = "amber-gradient-ladder";

    @TempDir
    static Path databaseDir;
    static App.Running site;
    static BrowserSession browser;

    @BeforeAll
    static void start() {
        site = App.start(BrowserSite.h2(databaseDir));
        browser = BrowserSession.start(site.port());
    }

    @AfterAll
    static void stop() {
        BrowserSite.stop(browser, site);
    }

    @Test
    void aGuestsSolvedExerciseStaysOnTheProgressPageThroughSignUpLogOutAndLogIn() {
        solve();
        openProgress();
        assertTrue(browser.find(".guest-hint").isDisplayed(), "a guest is asked to sign up");
        assertSolvedAttemptShown();

        browser.find(".guest-hint a[href='/signup']").click();
        browser.waitFor(ExpectedConditions.urlToBe(browser.url("/signup")));
        browser.find("#email").sendKeys(EMAIL);
        browser.find("#password").sendKeys(PASSWORD);
        browser.find("#confirmation").sendKeys(PASSWORD);
        browser.find(".account-form button[type='submit']").click();
        browser.waitFor(ExpectedConditions.urlToBe(browser.url("/")));
        openProgress();
        assertTrue(browser.findAll(".guest-hint").isEmpty(), "a signed-in learner is not asked to sign up");
        assertSolvedAttemptShown();

        browser.find(".site-account form[action='/logout'] button").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-account a[href='/login']")));
        openProgress();
        assertTrue(browser.findAll("tr.attempt").isEmpty(), "logged out, the browser shows no one's attempts");

        browser.find(".site-account a[href='/login']").click();
        browser.waitFor(ExpectedConditions.urlToBe(browser.url("/login")));
        browser.find("#email").sendKeys(EMAIL);
        browser.find("#password").sendKeys(PASSWORD);
        browser.find("main form button[type='submit']").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-account .signed-in")));
        openProgress();
        assertSolvedAttemptShown();
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Opens the lesson, picks the correct option of the choice exercise and submits it. */
    private static void solve() {
        browser.open(LESSON);
        WebElement exercise = browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.exercise[data-exercise-id='" + EXERCISE + "'][data-client-ready='true']")));
        WebElement option = exercise.findElement(By.cssSelector("input[value='output']"));
        browser.scrollTo(option);
        option.click();
        exercise.findElement(By.cssSelector("button.exercise-submit")).click();
        browser.waitFor(driver -> "submitted".equals(
                exercise.findElement(By.cssSelector(".exercise-result")).getDomAttribute("data-status")));
    }

    /** Follows the header's progress link. */
    private static void openProgress() {
        browser.find(".site-account a[href='/progress']").click();
        browser.waitFor(ExpectedConditions.urlToBe(browser.url("/progress")));
    }

    private static void assertSolvedAttemptShown() {
        List<WebElement> attempts = browser.findAll("tr.attempt");
        assertEquals(1, attempts.size());
        assertTrue(attempts.get(0).getText().contains("What the slope needs"), attempts.get(0).getText());
        assertEquals("100%", attempts.get(0).findElement(By.cssSelector("td.score")).getText());
        WebElement row = browser.find("tr[data-exercise-id='" + EXERCISE + "']");
        assertTrue(row.getText().contains("100%"), row.getText());
        assertEquals("practising", browser.find("tr[data-skill='chain-rule'] .mastery").getDomAttribute("data-mastery"));
    }
}
