package dev.chainrule.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.chainrule.server.AccountFunctionalTest.PASSWORD;
import static dev.chainrule.server.AccountFunctionalTest.logIn;
import static dev.chainrule.server.AccountFunctionalTest.signUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bootstrap admin from the settings and the admin's users page, on a real server with an H2 database. */
class AdminFunctionalTest {

    static final String ADMIN = "Admin@Example.org";
    static final String ADMIN_PASSWORD = "bootstrap-admin-secret";

    @TempDir
    Path dir;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(TestServer.config(dir).withAdmin(ADMIN, ADMIN_PASSWORD));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theAdminFromTheSettingsIsCreatedOnceAndCanLogIn() {
        assertEquals(List.of("admin@example.org|admin"), TestDatabase.strings(server, "SELECT email || '|' || role FROM users"));
        server.close();
        server = TestServer.start(TestServer.config(dir).withAdmin(ADMIN, "a-different-password-now"));
        assertEquals(List.of("admin@example.org|admin"), TestDatabase.strings(server, "SELECT email || '|' || role FROM users"));
        TestServer.Client admin = server.client();
        assertEquals(303, logIn(admin, ADMIN, ADMIN_PASSWORD).statusCode(), "the setting only bootstraps: the password stays");
        String home = admin.get("/").body();
        assertTrue(home.contains("href=\"/admin/users\""), home);
    }

    @Test
    void anExistingAccountNamedInTheSettingsBecomesAdmin(@TempDir Path other) {
        try (TestServer first = TestServer.start(other)) {
            signUp(first.client(), "teacher@example.org", PASSWORD);
        }
        try (TestServer again = TestServer.start(TestServer.config(other).withAdmin("teacher@example.org", "ignored-password"))) {
            assertEquals(List.of("admin"), TestDatabase.strings(again, "SELECT role FROM users"));
        }
    }

    @Test
    void aWeakBootstrapPasswordStopsTheStartWithAClearMessage(@TempDir Path other) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TestServer.start(TestServer.config(other).withAdmin("root@example.org", "password1")));
        assertTrue(e.getMessage().contains("CHAINRULE_ADMIN_PASSWORD") && e.getMessage().contains("common"), e.getMessage());
    }

    @Test
    void theAdminListsUsersAndMakesALearnerATeacher() {
        signUp(server.client(), "ada@example.org", PASSWORD);
        String id = TestDatabase.strings(server, "SELECT id FROM users WHERE email = 'ada@example.org'").get(0);
        TestServer.Client admin = server.client();
        logIn(admin, ADMIN, ADMIN_PASSWORD);
        String page = admin.get("/admin/users").body();
        assertTrue(page.contains("ada@example.org") && page.contains("admin@example.org"), page);
        assertTrue(page.contains("action=\"/admin/users/" + id + "/role\""), page);

        HttpResponse<String> promoted = admin.postForm("/admin/users/" + id + "/role", Map.of("role", "teacher"));
        assertEquals(303, promoted.statusCode(), promoted.body());
        assertEquals(List.of("teacher"), TestDatabase.strings(server, "SELECT role FROM users WHERE id = " + id));
        assertTrue(admin.get("/admin/users?changed=" + id).body().contains("The role was changed."));
    }

    @Test
    void theAdminCannotHandOutTheAdminRoleOrChangeAnAdmin() {
        signUp(server.client(), "ada@example.org", PASSWORD);
        String ada = TestDatabase.strings(server, "SELECT id FROM users WHERE email = 'ada@example.org'").get(0);
        String root = TestDatabase.strings(server, "SELECT id FROM users WHERE role = 'admin'").get(0);
        TestServer.Client admin = server.client();
        logIn(admin, ADMIN, ADMIN_PASSWORD);
        admin.get("/admin/users");
        assertEquals(400, admin.postForm("/admin/users/" + ada + "/role", Map.of("role", "admin")).statusCode());
        assertEquals(400, admin.postForm("/admin/users/" + root + "/role", Map.of("role", "learner")).statusCode());
        assertEquals(400, admin.postForm("/admin/users/" + ada + "/role", Map.of("role", "wizard")).statusCode());
        assertEquals(404, admin.postForm("/admin/users/999999/role", Map.of("role", "teacher")).statusCode());
        assertEquals(List.of("admin", "learner"), TestDatabase.strings(server, "SELECT role FROM users ORDER BY id"));
    }

    @Test
    void learnersGet403AndGuests401FromTheAdminPages() {
        TestServer.Client learner = server.client();
        signUp(learner, "ada@example.org", PASSWORD);
        String id = TestDatabase.strings(server, "SELECT id FROM users WHERE email = 'ada@example.org'").get(0);
        HttpResponse<String> page = learner.get("/admin/users");
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("for site administrators only"), page.body());
        learner.get("/");
        HttpResponse<String> post = learner.postForm("/admin/users/" + id + "/role", Map.of("role", "teacher"));
        assertEquals(403, post.statusCode());
        assertTrue(post.body().contains("for site administrators only"), "refused for the role, not the token: " + post.body());
        assertEquals(401, server.client().get("/admin/users").statusCode(), "a guest is told to sign in first");
        assertEquals(List.of("learner"), TestDatabase.strings(server, "SELECT role FROM users WHERE id = " + id));
    }

    @Test
    void aPromotionWithoutTheCsrfTokenIsRefused() {
        signUp(server.client(), "ada@example.org", PASSWORD);
        String id = TestDatabase.strings(server, "SELECT id FROM users WHERE email = 'ada@example.org'").get(0);
        TestServer.Client admin = server.client();
        logIn(admin, ADMIN, ADMIN_PASSWORD);
        admin.csrf = null;
        assertEquals(403, admin.postForm("/admin/users/" + id + "/role", Map.of("role", "teacher")).statusCode());
        assertEquals(List.of("learner"), TestDatabase.strings(server, "SELECT role FROM users WHERE id = " + id));
    }
}
