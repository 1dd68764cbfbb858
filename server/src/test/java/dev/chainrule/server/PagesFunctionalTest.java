package dev.chainrule.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagesFunctionalTest {

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void homePageListsEveryLessonWithNumberTitleSummaryAndLink() {
        HttpResponse<String> page = server.client().get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = page.body();
        assertTrue(html.contains("<title>Chainrule: learn backpropagation by working it out</title>"), html);
        assertTrue(html.contains("href=\"/lessons/first-steps\""), html);
        assertTrue(html.contains("href=\"/lessons/two-neurons\""), html);
        assertTrue(html.contains("Lesson 2"), html);
        assertTrue(html.contains("The chain rule through two sigmoids."), html);
        assertTrue(html.indexOf("First steps") < html.indexOf("Two neurons"));
        assertFalse(html.contains("??"), "every message key resolves");
    }

    @Test
    void lessonPageShowsTitleGoalsContentsBodyAndMath() {
        String html = server.client().get("/lessons/two-neurons").body();
        assertTrue(html.contains("<h1>Two neurons</h1>"), html);
        assertTrue(html.contains("In this lesson you will"), html);
        assertTrue(html.contains("<a href=\"#the-forward-pass\">The forward pass</a>"), html);
        assertTrue(html.contains("<h2 id=\"the-backward-pass\">The backward pass</h2>"), html);
        assertTrue(html.contains("<span class=\"math math-inline\">p_1 = w_1 x</span>"), html);
        assertTrue(html.contains("<div class=\"math math-display\">z = \\sigma(w_2 \\, \\sigma(p_1))</div>"), html);
        assertTrue(html.contains("<code>$not_math$</code>"), html);
        assertTrue(html.contains("<td><span class=\"math math-inline\">\\partial P/\\partial z</span></td>"), html);
        assertTrue(html.contains("href=\"/lessons/first-steps\""), "links the previous lesson");
    }

    @Test
    void lessonPageEmbedsTheLearnersVariantInTheExerciseBox() throws Exception {
        TestServer.Client client = server.client();
        String html = client.get("/lessons/two-neurons").body();
        assertTrue(html.contains("<section class=\"exercise\" id=\"exercise-two-neuron-test\" data-exercise-id=\"two-neuron-test\">"), html);
        assertTrue(html.contains("<h3>Both weights &lt;/script&gt;</h3>"), html);
        assertTrue(html.contains("<p class=\"exercise-params\">"), html);
        assertTrue(html.contains("<div class=\"exercise-widget\"><noscript>"), html);
        Matcher script = Pattern.compile("<script type=\"application/json\" class=\"exercise-variant\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(script.find(), html);
        assertFalse(script.group(1).contains("<"), "the embedded JSON escapes <");
        JsonNode embedded = TestServer.JSON.readTree(script.group(1));
        JsonNode api = client.json(client.get("/api/v1/exercises/two-neuron-test"));
        assertEquals(api, embedded);
        assertEquals("Both weights </script>", embedded.get("title").asText());
    }

    @Test
    void aLessonPageRenderedOnceShowsEachViewerOnlyTheirOwnEmailTokenReturnPathAndVariant() {
        TestServer.Client guest = server.client();
        String guestPage = guest.get("/lessons/two-neurons").body();
        String guestToken = guest.csrf;
        TestServer.Client member = server.client();
        assertEquals(303, AccountFunctionalTest.signUp(member, "shell@example.org", AccountFunctionalTest.PASSWORD).statusCode());
        String memberPage = member.get("/lessons/two-neurons?a=1&b='x'").body();
        String memberToken = member.csrf;
        String guestAgain = guest.get("/lessons/two-neurons").body();

        assertTrue(memberPage.contains("Signed in as shell@example.org"), memberPage);
        assertTrue(memberPage.contains("<input type=\"hidden\" name=\"_csrf\" value=\"" + memberToken + "\">"), "the log-out form's token");
        assertTrue(memberPage.contains("<input type=\"hidden\" name=\"return\" value=\"/lessons/two-neurons?a=1&amp;b=&#39;x&#39;\">"),
                "the switcher's return path, escaped");
        assertFalse(memberPage.contains(guestToken), "no other viewer's token");
        for (String page : List.of(guestPage, guestAgain)) {
            assertFalse(page.contains("shell@example.org"), "a guest never sees a member's email");
            assertFalse(page.contains(memberToken), "nor their token");
            assertTrue(page.contains("href=\"/signup\""), page);
            assertTrue(page.contains("<input type=\"hidden\" name=\"return\" value=\"/lessons/two-neurons\">"), page);
            assertFalse(page.contains("\uE000"), "no slot marker is left");
        }
        assertTrue(guestAgain.contains("<meta name=\"csrf-token\" content=\"" + guestToken + "\">"), guestAgain);
        assertFalse(memberPage.contains("\uE000"), "no slot marker is left");
        assertEquals(variantJson(guestPage), variantJson(guestAgain), "a guest keeps their variant");
        assertEquals(member.json(member.get("/api/v1/exercises/two-neuron-test")), variantJson(memberPage), "each learner sees their own variant");
    }

    @Test
    void aReturningGuestsPageMarksWhatTheySolvedAndAnUnknownGuestCookieGetsANewGuest() {
        TestServer.Client guest = server.client();
        guest.get("/lessons/two-neurons");
        java.util.Map<String, Double> params = new java.util.LinkedHashMap<>();
        guest.json(guest.get("/api/v1/exercises/two-neuron-test")).get("params").fields()
                .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asDouble()));
        HttpResponse<String> reply = guest.postJson("/api/v1/exercises/two-neuron-test/submissions", "{\"answers\": {\"dP/dw2\": "
                + TwoNeuronNetwork.slope(params, "w2") + ", \"dP/dw1\": " + TwoNeuronNetwork.slope(params, "w1") + "}}");
        assertEquals(201, reply.statusCode(), reply.body());
        HttpResponse<String> again = guest.get("/lessons/two-neurons");
        assertTrue(again.body().contains("<span class=\"exercise-mark done\">"), again.body());
        assertTrue(again.headers().allValues("Set-Cookie").isEmpty(), "the guest is recognised: " + again.headers());
        assertEquals(guest.json(guest.get("/api/v1/exercises/two-neuron-test")), variantJson(again.body()));

        HttpResponse<String> stranger = server.client().get("/lessons/two-neurons", "chainrule_learner=AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(200, stranger.statusCode());
        assertTrue(stranger.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("chainrule_learner=")
                && !c.startsWith("chainrule_learner=AAAAAAAAAAAAAAAAAAAAAA;")), "a new guest: " + stranger.headers());
        assertFalse(stranger.body().contains("exercise-mark"), "nothing solved yet");
    }

    private static JsonNode variantJson(String html) {
        Matcher script = Pattern.compile("<script type=\"application/json\" class=\"exercise-variant\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(script.find(), html);
        try {
            return TestServer.JSON.readTree(script.group(1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void pagesHaveNoInlineScriptsAndLoadTheClientFirstThenKatexAndMathDeferred() {
        String html = server.client().get("/lessons/two-neurons").body();
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        StringBuilder sources = new StringBuilder();
        while (scripts.find()) {
            String attributes = scripts.group(1);
            assertTrue(attributes.contains("src=") || attributes.contains("type=\"application/json\""), attributes);
            Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(attributes);
            if (src.find()) {
                sources.append(src.group(1)).append(attributes.contains(" defer") ? " (deferred)" : "").append(' ');
            }
        }
        assertTrue(sources.toString().matches("/js/chainrule-boot\\.js /webjars/katex/[^ ]+/dist/katex\\.min\\.js \\(deferred\\)"
                + " /assets/math\\.js \\(deferred\\) "), sources.toString());
    }

    @Test
    void staticAssetsKatexAndTheClientAreServed() {
        TestServer.Client client = server.client();
        String html = client.get("/").body();
        Matcher css = Pattern.compile("href=\"(/webjars/katex/[^\"]+/katex\\.min\\.css)\"").matcher(html);
        assertTrue(css.find(), html);
        assertEquals(200, client.get(css.group(1)).statusCode());
        assertEquals(200, client.get(css.group(1).replace(".css", ".js")).statusCode());
        assertEquals(200, client.get("/assets/chainrule.css").statusCode());
        assertTrue(client.get("/assets/math.js").body().contains("katex.render"));
        assertEquals(200, client.get("/js/chainrule.js").statusCode());
        assertEquals(200, client.get("/js/chainrule-boot.js").statusCode());
        assertEquals(200, client.get("/js/chainrule-wasm-runtime.js").statusCode());
        HttpResponse<String> wasm = client.get("/js/chainrule.wasm");
        assertEquals(200, wasm.statusCode());
        assertEquals("application/wasm", wasm.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void unknownLessonGetsTheNotFoundPage() {
        HttpResponse<String> page = server.client().get("/lessons/no-such-lesson");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Page not found"), page.body());
        assertTrue(page.body().contains("href=\"/\""), page.body());
    }

    @Test
    void unknownPathGetsTheNotFoundPage() {
        HttpResponse<String> page = server.client().get("/nothing/here");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Page not found"), page.body());
    }

    @Test
    void robotsTxtAllowsAllButTheApi() {
        HttpResponse<String> robots = server.client().get("/robots.txt");
        assertEquals(200, robots.statusCode());
        assertTrue(robots.body().contains("Disallow: /api/"), robots.body());
    }

    @Test
    void lessonWithoutExercisesSetsNoCookie() {
        HttpResponse<String> page = server.client().get("/lessons/first-steps");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), page.headers().toString());
    }
}
