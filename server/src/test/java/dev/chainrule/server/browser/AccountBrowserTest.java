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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A guest in headless Chromium submits an exercise, signs up through the form, submits again as the new user (the
 * page's CSRF meta tag now carries the session's token) and logs out with the header's button.
 */
class AccountBrowserTest {

    static final String LESSON = "/lessons/chain-rule";
    static final String EXERCISE = "two-neuron-both";

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
    void aGuestSignsUpKeepsTheirAttemptAndSubmitsAgainAsTheNewUser() {
        submitOnce();
        assertEquals(List.of("1"), strings("SELECT COUNT(*) FROM attempts"));

        browser.open("/");
        browser.find(".site-account a[href='/signup']").click();
        browser.waitFor(ExpectedConditions.urlToBe(browser.url("/signup")));
        browser.find("#email").sendKeys("ada@example.org");
        browser.find("#password").sendKeys("violet-tensor-bridge");
        browser.find("#confirmation").sendKeys("violet-tensor-bridge");
        browser.find(".account-form button[type='submit']").click();
        browser.waitFor(ExpectedConditions.urlToBe(browser.url("/")));
        assertTrue(browser.find(".site-account .signed-in").getText().contains("ada@example.org"));

        submitOnce();
        String learner = "(SELECT learner_id FROM users WHERE email = 'ada@example.org')";
        assertEquals(List.of("2"), strings("SELECT COUNT(*) FROM attempts WHERE learner_id = " + learner),
                "the guest's attempt came along and the signed-in submission was accepted");

        browser.find(".site-account form[action='/logout'] button").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-account a[href='/login']")));
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM sessions"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Opens the lesson, types an answer into every field of the exercise and submits it. */
    private static void submitOnce() {
        browser.open(LESSON);
        WebElement exercise = browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.exercise[data-exercise-id='" + EXERCISE + "'][data-client-ready='true']")));
        browser.scrollTo(exercise);
        for (WebElement input : exercise.findElements(By.cssSelector("input[data-field]"))) {
            input.sendKeys("1");
        }
        exercise.findElement(By.cssSelector("button.exercise-submit")).click();
        browser.waitFor(driver -> "submitted".equals(
                exercise.findElement(By.cssSelector(".exercise-result")).getDomAttribute("data-status")));
    }

    private static List<String> strings(String sql) {
        try (Connection connection = site.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
