package dev.chainrule.server.hostile;

import dev.chainrule.server.hostile.HostileCase.Csrf;
import dev.chainrule.server.hostile.HostileSite.Actor;
import dev.chainrule.server.hostile.HostileSite.Fixture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.chainrule.server.hostile.HostileCatalog.ONE_MB_PLUS;
import static dev.chainrule.server.hostile.Payloads.encode;

/** The hostile requests to the site's pages and forms, static files, wrong methods and malformed HTTP. */
final class PageCases {

    static final String SIGNUP = "POST /signup";
    static final String LOGIN = "POST /login";
    static final String LOGOUT = "POST /logout";
    static final String LANGUAGE = "POST /language";
    static final String PASSWORD = "POST /account/password";
    static final String NEW_CLASS = "POST /classes";
    static final String REMOVE = "POST /classes/{id}/learners/{learnerId}/remove";
    static final String DEADLINES = "POST /classes/{id}/deadlines";
    static final String JOIN = "POST /join";
    static final String ROLE = "POST /admin/users/{id}/role";
    static final String LESSON = "GET /lessons/{slug}";
    static final String DASHBOARD = "GET /classes/{id}";
    static final String LEARNER_PAGE = "GET /classes/{id}/learners/{learnerId}";
    static final String JOIN_PAGE = "GET /join/{code}";

    static final String BIG = "bodies over 1 MB";
    static final String FORM_EXPIRED = "The form has expired";
    static final String NOT_FOUND = "Page not found";
    static final String BAD_EMAIL = "Enter a valid email address";
    static final String CLASS_NAME = "Give the class a name of 1 to 200 characters.";
    static final String NOT_SAVED = "The deadline was not saved";
    static final String NO_CHANGE = "That change is not possible";
    /** The page of a request that holds what the site cannot read or store (a NUL in a form field, say). */
    static final String UNREADABLE = "The request could not be read";

    private final Fixture f;
    private final HostileCatalog routes;
    private final List<HostileCase> cases = new ArrayList<>();

    PageCases(Fixture fixture, HostileCatalog routes) {
        this.f = fixture;
        this.routes = routes;
    }

    List<HostileCase> all() {
        accountForms();
        classForms();
        adminForm();
        pages();
        csrf();
        wrongMethods();
        staticFiles();
        malformedHttp();
        return cases;
    }

    private HostileCase add(String category, String route, String what) {
        HostileCase c = HostileCase.of(category, route, what);
        cases.add(c);
        return c;
    }

    private String signUp(String email, String password, String confirmation) {
        return "email=" + encode(email) + "&password=" + encode(password) + "&confirmation=" + encode(confirmation);
    }

    private void accountForms() {
        String cat = "form fields";
        for (String email : List.of("not-an-email", "<script>alert(1)</script>", "a b@example.org", "x".repeat(300) + "@example.org",
                "' OR 1=1 --", "")) {
            add(cat, SIGNUP, "signing up as '" + HostileCatalog.shown(email) + "'").as(Actor.GUEST).post("/signup")
                    .form(signUp(email, HostileSite.PASSWORD, HostileSite.PASSWORD)).refusedPage(400, BAD_EMAIL);
        }
        add(cat, SIGNUP, "an email with NUL").as(Actor.GUEST).post("/signup")
                .form(signUp("nul\u0000byte@example.org", HostileSite.PASSWORD, HostileSite.PASSWORD)).refusedPage(400, UNREADABLE);
        add(cat, SIGNUP, "a password with NUL").as(Actor.GUEST).post("/signup")
                .form(signUp("nulpass@example.org", "gradient\u0000descent", "gradient\u0000descent")).refusedPage(400, UNREADABLE);
        add(cat, SIGNUP, "an email with a bell and an escape").as(Actor.GUEST).post("/signup")
                .form(signUp("bell\u0007\u001b@example.org", HostileSite.PASSWORD, HostileSite.PASSWORD)).refusedPage(400, BAD_EMAIL);
        add(cat, SIGNUP, "passwords that differ").as(Actor.GUEST).post("/signup")
                .form(signUp("differ@example.org", HostileSite.PASSWORD, HostileSite.PASSWORD + "x")).refusedPage(400, "do not match");
        add(cat, SIGNUP, "a 500,000-character password").as(Actor.GUEST).post("/signup")
                .form(signUp("long@example.org", "p".repeat(200_000), "p".repeat(200_000))).refusedPage(400, "too long");
        add(cat, SIGNUP, "an email already taken").as(Actor.GUEST).post("/signup")
                .form(signUp(HostileSite.TEACHER.toUpperCase(), HostileSite.PASSWORD, HostileSite.PASSWORD)).refusedPage(400, "already exists");
        add(cat, SIGNUP, "no fields at all").as(Actor.GUEST).post("/signup").form("").refusedPage(400, BAD_EMAIL);
        add(cat, SIGNUP, "broken percent-encoding").as(Actor.GUEST).post("/signup").form("email=%zz&password=%&confirmation=%e2%82")
                .refusedPage(400, null);
        add(BIG, SIGNUP, "a 1 MB form").as(Actor.GUEST).post("/signup").form("email=" + "a".repeat(ONE_MB_PLUS)).refusedPage(413, null);
        add(cat, LOGIN, "an email with NUL").as(Actor.GUEST).post("/login")
                .form("email=" + encode("nul\u0000@example.org") + "&password=x").refusedPage(400, UNREADABLE);
        for (String email : List.of(HostileSite.LEARNER, "' OR '1'='1' --", "x".repeat(100_000))) {
            add(cat, LOGIN, "logging in as '" + HostileCatalog.shown(email) + "' with a wrong password").as(Actor.GUEST).post("/login")
                    .form("email=" + encode(email) + "&password=" + encode("' OR '1'='1")).refusedPage(Set.of(401, 429), null);
        }
        add(cat, LOGIN, "a 500,000-character password").as(Actor.GUEST).post("/login")
                .form("email=ada%40example.org&password=" + "p".repeat(500_000)).refusedPage(Set.of(401, 429), null);
        add(cat, LOGIN, "broken percent-encoding").as(Actor.GUEST).post("/login").form("email=%&password=%G0").refusedPage(Set.of(400, 401, 429), null);
        add(BIG, LOGIN, "a 1 MB form").as(Actor.GUEST).post("/login").form("password=" + "a".repeat(ONE_MB_PLUS)).refusedPage(413, null);
        add(cat, LANGUAGE, "the language 'en' and NUL").as(Actor.ANONYMOUS).post("/language").form("lang=en%00&return=%2F")
                .refusedPage(400, UNREADABLE);
        for (String lang : List.of("fr", "<script>alert(1)</script>", "", "x".repeat(10_000))) {
            add(cat, LANGUAGE, "the language '" + HostileCatalog.shown(lang) + "'").as(Actor.ANONYMOUS).post("/language")
                    .form("lang=" + encode(lang) + "&return=%2F").refusedPage(400, "Unknown language");
        }
        add(BIG, LANGUAGE, "a 1 MB language form").as(Actor.ANONYMOUS).post("/language").form("lang=" + "e".repeat(ONE_MB_PLUS))
                .refusedPage(413, null);
        for (String target : List.of("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
                "/\r\nSet-Cookie: x=1", "\u202E/evil")) {
            add("open redirects", LANGUAGE, "returning to '" + HostileCatalog.shown(target) + "'").as(Actor.ANONYMOUS).post("/language")
                    .form("lang=en&return=" + encode(target)).redirected("/");
        }
        for (String[] fields : List.of(new String[] {"wrong-password-1", "new-password-77", "new-password-77", "current password is not right"},
                new String[] {HostileSite.PASSWORD, "new-password-77", "other-password-77", "do not match"},
                new String[] {HostileSite.PASSWORD, "short", "short", "too short"},
                new String[] {HostileSite.PASSWORD, "p".repeat(200_000), "p".repeat(200_000), "too long"},
                new String[] {"' OR '1'='1", "new-password-77", "new-password-77", "current password is not right"},
                new String[] {"", "", "", null})) {
            add(cat, PASSWORD, "changing the password with " + HostileCatalog.shown(fields[1])).post("/account/password")
                    .form("current=" + encode(fields[0]) + "&password=" + encode(fields[1]) + "&confirmation=" + encode(fields[2]))
                    .refusedPage(400, fields[3]);
        }
        add(cat, PASSWORD, "changing a password without an account").as(Actor.ANONYMOUS).post("/account/password")
                .form("current=x&password=new-password-77&confirmation=new-password-77").refusedPage(401, "You are not logged in");
        add(BIG, PASSWORD, "a 1 MB password form").post("/account/password").form("password=" + "a".repeat(ONE_MB_PLUS)).refusedPage(413, null);
    }

    private void classForms() {
        String cat = "form fields";
        String classPath = "/classes/" + f.classId();
        for (String name : List.of("", "   ", "n".repeat(201), "n".repeat(100_000))) {
            add(cat, NEW_CLASS, "a class named " + HostileCatalog.shown(name)).as(Actor.TEACHER).post("/classes")
                    .form("name=" + encode(name)).refusedPage(400, CLASS_NAME);
        }
        add(BIG, NEW_CLASS, "a 1 MB class form").as(Actor.TEACHER).post("/classes").form("name=" + "n".repeat(ONE_MB_PLUS))
                .refusedPage(413, null);
        add(BIG, DEADLINES, "a 1 MB deadline form").as(Actor.TEACHER).post(classPath + "/deadlines")
                .form("lesson=" + "l".repeat(ONE_MB_PLUS)).refusedPage(413, null);
        add(BIG, REMOVE, "a 1 MB body to remove a learner").as(Actor.TEACHER).post(classPath + "/learners/" + f.learnerId() + "/remove")
                .form("x=" + "x".repeat(ONE_MB_PLUS)).refusedPage(413, null);
        add(BIG, JOIN, "a 1 MB join form").post("/join").form("code=" + "A".repeat(ONE_MB_PLUS)).refusedPage(413, null);
        add(BIG, LOGOUT, "a 1 MB body to log out").post("/logout").form("x=" + "x".repeat(ONE_MB_PLUS)).refusedPage(413, null);
        add(cat, NEW_CLASS, "a class name with NUL").as(Actor.TEACHER).post("/classes").form("name=a%00b").refusedPage(400, UNREADABLE);
        for (String due : List.of("tomorrow", "2026-13-45T25:61", "' OR 1=1", "+999999999-12-31T23:59", "-999999999-01-01T00:00",
                "0000-01-01T00:00", "2026-12-01T23:59:00Z")) {
            add(cat, NEW_CLASS, "a deadline of '" + due + "'").as(Actor.TEACHER).post("/classes")
                    .form("name=Deadline&deadline." + f.lessonSlug() + "=" + encode(due)).refusedPage(400, "Write each deadline");
            add(cat, DEADLINES, "a deadline of '" + due + "'").as(Actor.TEACHER).post(classPath + "/deadlines")
                    .form("lesson=" + f.lessonSlug() + "&deadline=" + encode(due)).refusedPage(400, NOT_SAVED);
        }
        for (String lesson : List.of("no-such-lesson", "../../etc/passwd", "..%2f..", "' OR 1=1 --", "<script>alert(1)</script>", "")) {
            add(cat, DEADLINES, "the lesson '" + lesson + "'").as(Actor.TEACHER).post(classPath + "/deadlines")
                    .form("lesson=" + encode(lesson) + "&deadline=2026-12-01T23%3A59").refusedPage(400, NOT_SAVED);
        }
        add(cat, DEADLINES, "a deadline for a class that does not exist").as(Actor.TEACHER).post("/classes/999999/deadlines")
                .form("lesson=" + f.lessonSlug() + "&deadline=2026-12-01T23%3A59").refusedPage(404, NOT_FOUND);
        add(cat, DEADLINES, "a deadline set by a learner").post(classPath + "/deadlines")
                .form("lesson=" + f.lessonSlug() + "&deadline=").refusedPage(403, "Not allowed");
        for (String learner : List.of("999999", "abc", "-1", "99999999999999999999", "' OR 1=1", String.valueOf(f.learnerUserId() + 1000))) {
            add("unknown ids", REMOVE, "removing learner '" + learner + "'").as(Actor.TEACHER)
                    .post(classPath + "/learners/" + encode(learner) + "/remove").form("").refusedPage(404, NOT_FOUND);
        }
        add("unknown ids", REMOVE, "removing from a class that does not exist").as(Actor.TEACHER)
                .post("/classes/999999/learners/" + f.learnerId() + "/remove").form("").refusedPage(404, NOT_FOUND);
        add("unknown ids", REMOVE, "a learner removing themselves").post(classPath + "/learners/" + f.learnerId() + "/remove").form("")
                .refusedPage(403, "Not allowed");
        for (String code : List.of("NOSUCHCODE", "' OR '1'='1", "<script>alert(1)</script>", "A".repeat(100_000), "", "%00")) {
            add("unknown ids", JOIN, "joining with the code '" + HostileCatalog.shown(code) + "'").post("/join")
                    .form("code=" + (code.equals("%00") ? code : encode(code))).refusedPage(code.equals("%00") ? 400 : 404, null);
        }
        add("unknown ids", JOIN, "joining without an account").as(Actor.GUEST).post("/join").form("code=" + f.joinCode())
                .refusedPage(401, "You are not logged in");
    }

    private void adminForm() {
        String cat = "form fields";
        String learner = "/admin/users/" + f.learnerUserId() + "/role";
        add(cat, ROLE, "the role 'teacher' and NUL").as(Actor.ADMIN).post(learner).form("role=teacher%00").refusedPage(400, UNREADABLE);
        for (String role : List.of("admin", "superuser", "", "<script>alert(1)</script>", "teacher' OR '1'='1")) {
            add(cat, ROLE, "the role '" + HostileCatalog.shown(role) + "'").as(Actor.ADMIN).post(learner).form("role=" + encode(role))
                    .refusedPage(400, NO_CHANGE);
        }
        add(cat, ROLE, "no role field").as(Actor.ADMIN).post(learner).form("").refusedPage(400, NO_CHANGE);
        add(cat, ROLE, "demoting the admin").as(Actor.ADMIN).post("/admin/users/1/role").form("role=learner").refusedPage(400, NO_CHANGE);
        for (String id : List.of("abc", "-1", "1.5", "99999999999999999999", "' OR 1=1")) {
            add("unknown ids", ROLE, "the user id '" + id + "'").as(Actor.ADMIN).post("/admin/users/" + encode(id) + "/role")
                    .form("role=teacher").refusedPage(Set.of(400, 404), null);
        }
        add("unknown ids", ROLE, "a user who does not exist").as(Actor.ADMIN).post("/admin/users/999999/role").form("role=teacher")
                .refusedPage(404, NOT_FOUND);
        add("unknown ids", ROLE, "a teacher giving roles").as(Actor.TEACHER).post(learner).form("role=teacher").refusedPage(403, "Not allowed");
        add(BIG, ROLE, "a 1 MB role form").as(Actor.ADMIN).post(learner).form("role=" + "t".repeat(ONE_MB_PLUS)).refusedPage(413, null);
    }

    private void pages() {
        String trav = "path traversal";
        for (String slug : Payloads.TRAVERSAL) {
            add(trav, LESSON, "the lesson " + slug).get("/lessons/" + slug).refusedPage(Set.of(400, 404), null);
            add(trav, "GET /api/v1/exercises/{id}", "the exercise " + slug).get("/api/v1/exercises/" + slug).refused(Set.of(400, 404), null);
            add(trav, JOIN_PAGE, "the join code " + slug).get("/join/" + slug).refusedPage(Set.of(400, 404), null);
        }
        add(trav, LESSON, "a lesson's source file").get("/lessons/chain-rule%2flesson.en.md").refusedPage(Set.of(400, 404), null);
        add(trav, LESSON, "an exercise file as a lesson").get("/lessons/chain-rule%2fexercises%2ftwo-neuron-dw2.yaml").refusedPage(Set.of(400, 404), null);
        add(trav, LESSON, "the course file").get("/lessons/..%2fcourse.yaml").refusedPage(Set.of(400, 404), null);
        add("very long strings", LESSON, "a 20,000-character lesson slug").get("/lessons/" + "x".repeat(20_000)).refusedPage(414, null);
        add(trav, LESSON, "a lesson slug with NUL").get("/lessons/chain-rule%00").refusedPage(Set.of(400, 404), null);

        String ids = "unknown ids";
        for (String slug : List.of("no-such-lesson", "CHAIN-RULE", "chain-rule.en", encode("' OR 1=1 --"), encode("<script>alert(1)</script>"), "%20")) {
            add(ids, LESSON, "the lesson '" + slug + "'").get("/lessons/" + slug).refusedPage(404, NOT_FOUND);
        }
        for (String id : List.of("999999", "abc", "-1", "99999999999999999999", "1%20OR%201%3D1")) {
            add(ids, DASHBOARD, "the class '" + id + "'").as(Actor.TEACHER).get("/classes/" + id).refusedPage(404, NOT_FOUND);
            add(ids, LEARNER_PAGE, "the learner '" + id + "'").as(Actor.TEACHER).get("/classes/" + f.classId() + "/learners/" + id)
                    .refusedPage(404, NOT_FOUND);
        }
        add(ids, DASHBOARD, "a class seen by its learner").get("/classes/" + f.classId()).refusedPage(403, "Not allowed");
        add(ids, LEARNER_PAGE, "the teacher's own learner row, not a member").as(Actor.TEACHER)
                .get("/classes/" + f.classId() + "/learners/" + (f.learnerId() - 1)).refusedPage(404, NOT_FOUND);
        for (String code : List.of("NOSUCHCODE", "' OR '1'='1", "%00", "A".repeat(5000))) {
            add(ids, JOIN_PAGE, "the join code '" + HostileCatalog.shown(code) + "'").as(Actor.ANONYMOUS).get("/join/" + code.replace("'", "%27").replace(" ", "%20"))
                    .refusedPage(code.equals("%00") ? Set.of(400) : Set.of(404), null);
        }
        add(ids, "GET /admin/users", "the users list as a teacher").as(Actor.TEACHER).get("/admin/users").refusedPage(403, "Not allowed");
        add(ids, "GET /classes", "the classes list as a learner").get("/classes").refusedPage(403, "Not allowed");
        add(ids, "GET /account/password", "the password form without an account").as(Actor.ANONYMOUS).get("/account/password")
                .refusedPage(401, "You are not logged in");

        String lang = "query parameters";
        for (String route : List.of("GET /", "GET /progress", "GET /signup", "GET /login")) {
            String path = route.substring(4);
            add(lang, route, "?lang=xx on " + path).as(Actor.ANONYMOUS).get(path + "?lang=xx").refusedPage(400, "Unknown language");
        }
        for (String path : List.of("/", "/progress", "/account/password", "/classes", "/admin/users")) {
            Actor actor = path.equals("/admin/users") ? Actor.ADMIN : path.equals("/classes") ? Actor.TEACHER : Actor.LEARNER;
            add(lang, "GET " + path, "?lang=' OR 1=1 on " + path).as(actor).get(path + "?lang=" + encode("' OR 1=1"))
                    .refusedPage(400, "Unknown language");
            add("wrong methods", "GET " + path, "PATCH " + path).as(actor).request("PATCH", path).form("").refusedPage(Set.of(404, 405), null);
        }
        add(lang, LESSON, "?lang=<script> on a lesson").get("/lessons/" + f.lessonSlug() + "?lang=" + encode("<script>alert(1)</script>"))
                .refusedPage(400, "Unknown language");
        String xss = "<script>alert('xss')</script>";
        for (String route : List.of("GET /", "GET /progress", "GET /signup", "GET /login", "GET /account/password", "GET /classes")) {
            String path = route.substring(4);
            add("XSS payloads", route, "markup in the query of " + path).as(path.equals("/classes") ? Actor.TEACHER : Actor.LEARNER)
                    .get(path + "?next=" + encode(xss) + "&" + encode("\"><svg onload=alert(1)>") + "=1").served(xss);
        }
        add("XSS payloads", LESSON, "markup in a lesson's query").get("/lessons/" + f.lessonSlug() + "?q=" + encode(xss)).served(xss);
        for (String param : List.of("q", "lesson", "sort", "dir", "page")) {
            add("XSS payloads", DASHBOARD, "markup in the dashboard's ?" + param).as(Actor.TEACHER)
                    .get("/classes/" + f.classId() + "?" + param + "=" + encode(xss)).served(xss);
        }
        add("XSS payloads", "GET /admin/users", "markup in ?changed").as(Actor.ADMIN).get("/admin/users?changed=" + encode(xss)).served(xss);
        add("XSS payloads", LEARNER_PAGE, "markup in a learner page's query").as(Actor.TEACHER)
                .get("/classes/" + f.classId() + "/learners/" + f.learnerId() + "?x=" + encode(xss)).served(xss);
        add("XSS payloads", JOIN_PAGE, "markup in a join page's query").get("/join/" + f.joinCode() + "?x=" + encode(xss)).served(xss);
        for (String page : List.of("-1", "0", "99999999999999999999", "1e309", "NaN")) {
            add(lang, DASHBOARD, "?page=" + page).as(Actor.TEACHER).get("/classes/" + f.classId() + "?page=" + page).served(xss);
        }
    }

    private void csrf() {
        String cat = "bad CSRF and credentials";
        String classPath = "/classes/" + f.classId();
        record Form(String route, Actor actor, String path, String body) {
        }
        List<Form> forms = List.of(
                new Form(SIGNUP, Actor.GUEST, "/signup", signUp("csrf@example.org", HostileSite.PASSWORD, HostileSite.PASSWORD)),
                new Form(LOGIN, Actor.GUEST, "/login", "email=ada%40example.org&password=" + HostileSite.PASSWORD),
                new Form(LOGOUT, Actor.LEARNER, "/logout", ""),
                new Form(PASSWORD, Actor.LEARNER, "/account/password", "current=" + HostileSite.PASSWORD
                        + "&password=new-password-77&confirmation=new-password-77"),
                new Form(NEW_CLASS, Actor.TEACHER, "/classes", "name=Forged"),
                new Form(REMOVE, Actor.TEACHER, classPath + "/learners/" + f.learnerId() + "/remove", ""),
                new Form(DEADLINES, Actor.TEACHER, classPath + "/deadlines", "lesson=" + f.lessonSlug() + "&deadline=2020-01-01T00%3A00"),
                new Form(JOIN, Actor.TEACHER, "/join", "code=" + f.joinCode()),
                new Form(ROLE, Actor.ADMIN, "/admin/users/" + f.learnerUserId() + "/role", "role=teacher"));
        for (Form form : forms) {
            add(cat, form.route(), "no CSRF token").as(form.actor()).post(form.path()).form(form.body()).csrf(Csrf.NONE)
                    .refusedPage(403, FORM_EXPIRED);
            add(cat, form.route(), "a wrong CSRF token").as(form.actor()).post(form.path()).form(form.body()).csrf(Csrf.WRONG)
                    .refusedPage(403, FORM_EXPIRED);
        }
        add(cat, LOGIN, "a form post with no cookie at all").as(Actor.ANONYMOUS).post("/login")
                .form("email=ada%40example.org&password=" + HostileSite.PASSWORD + "&_csrf=anything").refusedPage(403, FORM_EXPIRED);
        add(cat, ROLE, "the CSRF token sent as JSON").as(Actor.ADMIN).post("/admin/users/" + f.learnerUserId() + "/role")
                .json("{\"role\": \"teacher\", \"_csrf\": \"x\"}").csrf(Csrf.NONE).refusedPage(403, FORM_EXPIRED);
        add(cat, NEW_CLASS, "a form sent as multipart").as(Actor.TEACHER).post("/classes")
                .body("multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nMultipart\r\n--XyZ--\r\n")
                .csrf(Csrf.NONE).refusedPage(Set.of(400, 403, 415), null);
        add(cat, NEW_CLASS, "a form sent as broken multipart").as(Actor.TEACHER).post("/classes")
                .body("multipart/form-data", "garbage").csrf(Csrf.NONE).refusedPage(Set.of(400, 403, 415), null);
    }

    private void wrongMethods() {
        String cat = "wrong methods";
        for (String path : List.of("/api/v1/lessons", "/api/v1/exercises/two-neuron-dw2", "/api/v1/me/progress", "/api/v1/tokens/1",
                "/api/v1/classes/" + f.classId() + "/progress", "/api/v1/classes")) {
            for (String method : List.of("PUT", "PATCH")) {
                add(cat, routes.route(path), method + " " + path).request(method, path).json("{}").refused(Set.of(404, 405), null);
            }
        }
        add(cat, "POST /api/v1/exercises/{id}/submissions", "GET of the submissions call").get("/api/v1/exercises/two-neuron-dw2/submissions")
                .refused(Set.of(404, 405), null);
        add(cat, "DELETE /api/v1/tokens/{id}", "GET of a token").get("/api/v1/tokens/" + f.tokenId()).refused(Set.of(404, 405), null);
        add(cat, "POST /api/v1/accounts", "DELETE of the accounts").as(Actor.ANONYMOUS).request("DELETE", "/api/v1/accounts")
                .refused(Set.of(404, 405), null);
        for (String path : List.of("/login", "/signup", "/classes/" + f.classId(), "/admin/users/" + f.learnerUserId() + "/role",
                "/lessons/" + f.lessonSlug(), "/logout", "/healthz")) {
            for (String method : List.of("PUT", "DELETE")) {
                add(cat, routes.route(path), method + " " + path).as(Actor.ADMIN).request(method, path).form("")
                        .refusedPage(Set.of(404, 405), null);
            }
        }
        add(cat, "GET /healthz", "POST to the health check").as(Actor.ANONYMOUS).post("/healthz").form("").refusedPage(Set.of(404, 405), null);
        add(cat, "GET /api/v1/lessons", "TRACE").as(Actor.ANONYMOUS).request("TRACE", "/api/v1/lessons").refused(Set.of(400, 404, 405), null);
    }

    private void staticFiles() {
        String cat = "path traversal";
        for (String path : List.of("/assets/../../../../etc/passwd", "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2f..%2fetc%2fpasswd",
                "/assets/%2e%2e%2f%2e%2e%2fchainrule-build.properties", "/assets/..%5c..%5cchainrule-build.properties",
                "/assets/chainrule.css%00.html", "/assets/%252e%252e/chainrule-build.properties", "/webjars/../../chainrule-build.properties",
                "/webjars/katex/%2e%2e/%2e%2e/%2e%2e/META-INF/MANIFEST.MF", "/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                "/..%2f..%2fetc%2fpasswd", "/js/..%2f..%2fdb%2fmigration%2fV1__learners_variants_attempts.sql",
                "/assets/../db/migration/V3__users_sessions.sql", "/assets/../templates/layout.html", "/assets/../messages_en.properties",
                "/assets/..;/chainrule-build.properties", "/static/robots.txt", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
                "/dev/chainrule/server/App.class", "/assets/", "/assets/%c0%ae%c0%ae/chainrule-build.properties")) {
            add(cat, HostileCase.STATIC, "the static path " + path).as(Actor.ANONYMOUS).get(path).refusedPage(Set.of(400, 404), null);
        }
    }

    private void malformedHttp() {
        String cat = "malformed HTTP";
        String host = "Host: localhost\r\nConnection: close\r\n";
        raw(cat, "GET /lessons/%zz HTTP/1.1\r\n" + host + "\r\n", Set.of(400, 404));
        raw(cat, "GET /api/v1/lessons?lang=%zz HTTP/1.1\r\n" + host + "\r\n", Set.of(400));
        raw(cat, "GET /api/v1/me/attempts?limit=%G1 HTTP/1.1\r\n" + host + "\r\n", Set.of(400));
        raw(cat, "GET /api/v1/exercises/two-neuron-dw2%00 HTTP/1.1\r\n" + host + "\r\n", Set.of(400, 404));
        raw(cat, "GET /lessons/a b HTTP/1.1\r\n" + host + "\r\n", Set.of(400, 404));
        raw(cat, "GET /../../etc/passwd HTTP/1.1\r\n" + host + "\r\n", Set.of(400, 404));
        raw(cat, "GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n", Set.of(400));
        raw(cat, "GET /healthz HTTP/1.1\r\n" + host + "Broken header line\r\n\r\n", Set.of(400));
        raw(cat, "GET /api/v1/lessons HTTP/1.1\r\n" + host + "X-Big: " + "a".repeat(20_000) + "\r\n\r\n", Set.of(400, 431));
        raw(cat, "GET /" + "a".repeat(70_000) + " HTTP/1.1\r\n" + host + "\r\n", Set.of(400, 414, 431));
        raw(cat, "POST /api/v1/tokens HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: 99999999999999999999\r\n\r\n{}",
                Set.of(400, 413));
        raw(cat, "POST /api/v1/tokens HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}",
                Set.of(400));
        raw(cat, "POST /api/v1/tokens HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n",
                Set.of(400));
        raw(cat, "POST /api/v1/accounts HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "100000\r\n" + "x".repeat(0x100000) + "\r\n100\r\n" + "x".repeat(0x100) + "\r\n0\r\n\r\n", Set.of(413));
    }

    private void raw(String category, String request, Set<Integer> statuses) {
        add(category, routes.route(request.substring(request.indexOf(' ') + 1, request.indexOf(" HTTP/")).split("\\?")[0]),
                "the raw request " + HostileCatalog.shown(request.substring(0, request.indexOf("\r\n"))))
                .as(Actor.ANONYMOUS).raw(request).refusedPage(statuses, null);
    }
}
