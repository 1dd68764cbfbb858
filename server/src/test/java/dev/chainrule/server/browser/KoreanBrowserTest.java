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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In headless Chromium (whose language is English): a visitor switches the site to Korean in the header, signs up on
 * the Korean form, and works a choice exercise of the computational-graphs lesson: a wrong option is explained in
 * Korean by the in-browser grader, the right one is accepted by the server, and no English sentence is left on the page.
 */
class KoreanBrowserTest {

    static final String EXERCISE = "#exercise-cg-gate-roles";
    /** Four English words in a row outside math and code. */
    static final Pattern ENGLISH_RUN = Pattern.compile("\\b[A-Za-z][a-z']+(?:[ ,-]+[A-Za-z][a-z']+){3,}\\b");

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

    private static boolean hasHangul(String text) {
        return text.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    private static String language() {
        return (String) browser.script("return document.documentElement.lang;");
    }

    @Test
    void aVisitorSwitchesToKoreanSignsUpAndWorksAnExerciseInKorean() {
        browser.open("/");
        assertEquals("en", language(), "Chromium asks for English");
        browser.find(".language-switch button[value='ko']").click();
        browser.waitFor(d -> "ko".equals(language()));
        assertTrue(hasHangul(browser.find("main h1").getText()), browser.find("main h1").getText());

        browser.open("/signup");
        assertTrue(hasHangul(browser.find("label[for='email']").getText()), "the form is in Korean");
        browser.find("#email").sendKeys("minji@example.org");
        browser.find("#password").sendKeys("amber-gradient-ladder");
        browser.find("#confirmation").sendKeys("amber-gradient-ladder");
        browser.find(".account-form button[type='submit']").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-account .signed-in")));
        assertEquals("ko", language(), "signing up keeps the choice");

        browser.open("/lessons/computational-graphs");
        browser.waitFor(d -> "true".equals(browser.find(EXERCISE).getAttribute("data-client-ready")));
        choose("add");
        browser.find(EXERCISE + " button.exercise-check").click();
        WebElement local = browser.find(EXERCISE + " .verdict-local[data-field='choice']");
        browser.waitFor(d -> "incorrect".equals(local.getAttribute("data-status")));
        assertTrue(hasHangul(local.getText()) && local.getText().contains("덧셈 게이트"), "explained in Korean: " + local.getText());

        choose("mul");
        browser.find(EXERCISE + " button.exercise-submit").click();
        WebElement server = browser.find(EXERCISE + " .verdict-server[data-field='choice']");
        browser.waitFor(d -> "correct".equals(server.getAttribute("data-status")));
        String result = browser.find(EXERCISE + " .exercise-result").getText();
        assertTrue(hasHangul(result), "the submission is reported in Korean: " + result);

        browser.waitForMath();
        String page = (String) browser.script("const body = document.body.cloneNode(true);"
                + "body.querySelectorAll('.katex, script, noscript, code, pre').forEach(e => e.remove());"
                + "return body.innerText;");
        Matcher english = ENGLISH_RUN.matcher(page.replaceAll("(?i)\\b(sigmoid|tanh|relu|leaky_relu|exp|log|max|min)\\b", "·"));
        boolean found = english.find();
        assertFalse(found, "English left on the Korean page: '" + (found ? english.group() : "") + "'");
        assertEquals(List.of(), browser.consoleErrors());

        // logged out in another tab: the server refuses the next submission, and the page says so in Korean
        browser.script("return fetch('/logout', {method: 'POST', headers: {'X-CSRF-Token':"
                + " document.querySelector('meta[name=csrf-token]').content}}).then(r => r.status);");
        choose("add");
        browser.find(EXERCISE + " button.exercise-submit").click();
        browser.waitFor(d -> !browser.find(EXERCISE + " .exercise-result").getText().equals(result));
        String refused = browser.find(EXERCISE + " .exercise-result").getText();
        assertTrue(hasHangul(refused) && !ENGLISH_RUN.matcher(refused).find(), "refusal in Korean: " + refused);
    }

    private static void choose(String option) {
        WebElement input = browser.find(EXERCISE + " input[value='" + option + "']");
        browser.scrollTo(input);
        input.click();
    }
}
