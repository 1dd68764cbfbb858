package dev.chainrule.server;

import dev.chainrule.server.web.SecurityHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of reply carries the Content-Security-Policy, nosniff and Referrer-Policy headers. */
class SecurityHeadersFunctionalTest {

    @TempDir
    Path dir;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pagesApiRepliesStaticAssetsAndErrorsCarryTheSecurityHeaders() {
        TestServer.Client client = server.client();
        List<String> paths = List.of("/", "/api/v1/lessons", "/assets/chainrule.css", "/no-such-page", "/api/v1/no-such-call",
                "/account/password", "/healthz");
        List<Integer> statuses = List.of(200, 200, 200, 404, 404, 401, 200);
        for (int i = 0; i < paths.size(); i++) {
            HttpResponse<String> response = client.get(paths.get(i));
            assertEquals(statuses.get(i), response.statusCode(), paths.get(i));
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, response.headers().firstValue("Content-Security-Policy").orElse(null), paths.get(i));
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), paths.get(i));
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), paths.get(i));
        }
    }

    @Test
    void thePolicyAllowsOnlyTheSitesOwnAssets() {
        String policy = SecurityHeaders.CONTENT_SECURITY_POLICY;
        assertTrue(policy.startsWith("default-src 'self'; "), policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), policy);
        assertTrue(!policy.contains("http") && !policy.contains("*"), "no other origin: " + policy);
        assertTrue(!policy.contains("script-src 'self' 'unsafe-inline'"), "no inline scripts: " + policy);
    }
}
