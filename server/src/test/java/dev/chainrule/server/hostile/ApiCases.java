package dev.chainrule.server.hostile;

import dev.chainrule.server.hostile.HostileCase.Csrf;
import dev.chainrule.server.hostile.HostileSite.Actor;
import dev.chainrule.server.hostile.HostileSite.Fixture;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.chainrule.server.hostile.HostileCatalog.BACKWARD;
import static dev.chainrule.server.hostile.HostileCatalog.CHOICE;
import static dev.chainrule.server.hostile.HostileCatalog.FORMULA;
import static dev.chainrule.server.hostile.HostileCatalog.GRADIENTS;
import static dev.chainrule.server.hostile.HostileCatalog.LAYER;
import static dev.chainrule.server.hostile.HostileCatalog.ONE_MB_PLUS;
import static dev.chainrule.server.hostile.Payloads.jsonString;

/** The hostile requests to the JSON API's routes (see {@link HostileCatalog} for the categories). */
final class ApiCases {

    static final String SUBMIT = "POST /api/v1/exercises/{id}/submissions";
    static final String VARIANT = "POST /api/v1/exercises/{id}/variants";
    static final String EXERCISE = "GET /api/v1/exercises/{id}";
    static final String CLASSES = "POST /api/v1/classes";
    static final String JOIN = "POST /api/v1/classes/join";
    static final String ACCOUNTS = "POST /api/v1/accounts";
    static final String TOKENS = "POST /api/v1/tokens";
    static final String REVOKE = "DELETE /api/v1/tokens/{id}";

    private final Fixture f;
    private final List<HostileCase> cases = new ArrayList<>();

    ApiCases(Fixture fixture) {
        this.f = fixture;
    }

    List<HostileCase> all() {
        malformedJson();
        wrongTypesAndFields();
        oversizedAndNested();
        specialNumbers();
        longStringsAndUnicode();
        injections();
        unknownIds();
        formulaBombs();
        authentication();
        return cases;
    }

    private HostileCase add(String category, String route, String what) {
        HostileCase c = HostileCase.of(category, route, what);
        cases.add(c);
        return c;
    }

    private String submit(String exercise) {
        return "/api/v1/exercises/" + exercise + "/submissions";
    }

    /** {"answers": {field: <json value>}} for the exercise's first asked field. */
    private String answer(String exercise, String jsonValue) {
        return "{\"answers\": {" + jsonString(f.ask(exercise).get(0)) + ": " + jsonValue + "}}";
    }

    private String first(String exercise) {
        return f.ask(exercise).get(0);
    }

    private void malformedJson() {
        String cat = "malformed JSON";
        List<String> broken = List.of("", "   ", "{", "}", "{\"answers\": {", "{\"answers\": {\"a\": }}", "{'answers': {}}",
                "{\"answers\": {}} trailing", "{\"answers\": {}}{\"answers\": {}}", "{\"answers\": {},}",
                "/* comment */ {\"answers\": {}}", "{\"answers\": {\"dP/dw2\": \"1\", \"dP/dw2\": \"2\"}}",
                "{\"answers\": {\"dP/dw2\": \"unterminated}}", "{\"answers\": {\"dP/dw2\": \"\\x41\"}}",
                "{\"answers\": {\"dP/dw2\": \"\\u12\"}}", "{answers: {}}", "null", "[]", "\"answers\"", "42", "true");
        for (String body : broken) {
            add(cat, SUBMIT, "the submission body " + HostileCatalog.shown(body)).post(submit(GRADIENTS)).json(body)
                    .refused(400, null);
        }
        add(cat, SUBMIT, "a body of UTF-16 bytes").post(submit(GRADIENTS))
                .body("application/json", answer(GRADIENTS, "\"1\"").getBytes(StandardCharsets.UTF_16)).refused(400, "invalid_json");
        add(cat, SUBMIT, "a body of bytes that are not UTF-8 at all").post(submit(GRADIENTS))
                .body("application/json", new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x7b, (byte) 0xc3, 0x28}).refused(400, "invalid_json");
        for (String body : List.of("", "{", "[1, 2]", "{\"name\": \"x\",}", "nul")) {
            add(cat, CLASSES, "the class body " + HostileCatalog.shown(body)).as(Actor.TEACHER).post("/api/v1/classes").json(body)
                    .refused(400, "invalid_json");
            add(cat, JOIN, "the join body " + HostileCatalog.shown(body)).post("/api/v1/classes/join").json(body)
                    .refused(400, "invalid_json");
        }
        for (String body : List.of("", "{", "[]", "{\"email\": \"a@b.c\", \"password\": \"x\"", "\"a@b.c\"")) {
            add(cat, ACCOUNTS, "the sign-up body " + HostileCatalog.shown(body)).as(Actor.ANONYMOUS).post("/api/v1/accounts").json(body)
                    .refused(400, null);
            add(cat, TOKENS, "the token body " + HostileCatalog.shown(body)).as(Actor.ANONYMOUS).post("/api/v1/tokens").json(body)
                    .refused(400, null);
        }
    }

    private void wrongTypesAndFields() {
        String cat = "wrong JSON types and fields";
        for (String answers : List.of("null", "[]", "\"1\"", "1", "true", "[{\"dP/dw2\": \"1\"}]")) {
            add(cat, SUBMIT, "answers as " + answers).post(submit(GRADIENTS)).json("{\"answers\": " + answers + "}")
                    .refused(400, "invalid_body");
        }
        for (String value : List.of("null", "true", "false", "[]", "[\"1\"]", "{}", "{\"value\": \"1\"}")) {
            add(cat, SUBMIT, "an answer of JSON type " + value).post(submit(GRADIENTS)).json(answer(GRADIENTS, value))
                    .refused(400, "invalid_answer");
        }
        add(cat, SUBMIT, "a matrix answer as a JSON array").post(submit(LAYER)).json(answer(LAYER, "[[0.1, 0.2], [0.3, 0.4]]"))
                .refused(400, "invalid_answer");
        add(cat, SUBMIT, "a choice answer as an array of ids").post(submit(CHOICE)).json(answer(CHOICE, "[\"a\", \"b\"]"))
                .refused(400, "invalid_answer");
        add(cat, SUBMIT, "no answers field").post(submit(GRADIENTS)).json("{}").refused(400, "invalid_body");
        add(cat, SUBMIT, "a field the exercise does not ask").post(submit(GRADIENTS)).json("{\"answers\": {\"dP/dw9\": \"1\"}}")
                .refused(400, "unknown_field");
        add(cat, SUBMIT, "a score sent by the client").post(submit(GRADIENTS)).json("{\"answers\": {}, \"score\": 1}")
                .refused(400, "unknown_field");
        add(cat, SUBMIT, "a seed sent by the client").post(submit(GRADIENTS)).json("{\"seed\": 1, \"answers\": {}}")
                .refused(400, "unknown_field");
        add(cat, SUBMIT, "another exercise's field").post(submit(GRADIENTS)).json(answer(BACKWARD, "\"1\""))
                .refused(400, "unknown_field");
        add(cat, SUBMIT, "an empty field name").post(submit(GRADIENTS)).json("{\"answers\": {\"\": \"1\"}}").refused(400, "unknown_field");

        for (String body : List.of("{}", "{\"name\": null}", "{\"name\": 42}", "{\"name\": [\"a\"]}", "{\"name\": {\"en\": \"x\"}}",
                "{\"name\": true}", "{\"name\": \"\"}", "{\"name\": \"   \"}", "{\"name\": \"x\", \"deadlines\": []}",
                "{\"name\": \"x\", \"deadlines\": \"chain-rule\"}", "{\"name\": \"x\", \"deadlines\": {\"chain-rule\": 12}}",
                "{\"name\": \"x\", \"deadlines\": {\"chain-rule\": \"tomorrow\"}}", "{\"name\": \"x\", \"deadlines\": {\"chain-rule\": \"2026-13-45T99:99:99Z\"}}",
                "{\"name\": \"x\", \"deadlines\": {\"chain-rule\": \"2026-12-01T23:59:00\"}}", "{\"name\": \"x\", \"deadlines\": {\"no-such-lesson\": \"2026-12-01T23:59:00Z\"}}",
                "{\"name\": \"x\", \"deadlines\": {\"chain-rule\": \"+999999999-12-31T23:59:59Z\"}}")) {
            add(cat, CLASSES, "a class body " + body).as(Actor.TEACHER).post("/api/v1/classes").json(body).refused(400, null);
        }
        for (String body : List.of("{}", "{\"code\": null}", "{\"code\": 12345678}", "{\"code\": [\"" + f.joinCode() + "\"]}",
                "{\"code\": {\"code\": \"" + f.joinCode() + "\"}}", "{\"code\": true}")) {
            add(cat, JOIN, "a join body " + body).post("/api/v1/classes/join").json(body).refused(400, "invalid_code");
        }
        for (String body : List.of("{}", "{\"email\": \"x@example.org\"}", "{\"password\": \"gradient-descent-42\"}",
                "{\"email\": 42, \"password\": \"gradient-descent-42\"}", "{\"email\": [\"x@example.org\"], \"password\": \"gradient-descent-42\"}",
                "{\"email\": \"x@example.org\", \"password\": null}", "{\"email\": \"x@example.org\", \"password\": 123456789}",
                "{\"email\": \"x@example.org\", \"password\": \"gradient-descent-42\", \"role\": \"admin\"}")) {
            add(cat, ACCOUNTS, "a sign-up body " + body).as(Actor.ANONYMOUS).post("/api/v1/accounts").json(body).refused(400, null);
        }
        for (String body : List.of("{}", "{\"email\": \"" + HostileSite.LEARNER + "\"}", "{\"email\": null, \"password\": null}",
                "{\"email\": \"" + HostileSite.LEARNER + "\", \"password\": 42}",
                "{\"email\": \"" + HostileSite.LEARNER + "\", \"password\": \"" + HostileSite.PASSWORD + "\", \"expires\": 0}")) {
            add(cat, TOKENS, "a token body " + body).as(Actor.ANONYMOUS).post("/api/v1/tokens").json(body).refused(400, null);
        }
        for (String email : List.of("not-an-email", "@example.org", "a@b", "a b@example.org", "a@@example.org", "")) {
            add(cat, ACCOUNTS, "the email '" + email + "'").as(Actor.ANONYMOUS).post("/api/v1/accounts")
                    .json("{\"email\": " + jsonString(email) + ", \"password\": \"gradient-descent-42\"}").refused(400, "invalid_email");
        }
        for (String password : List.of("", "short", "password", "12345678", "x".repeat(129))) {
            add(cat, ACCOUNTS, "the weak password '" + HostileCatalog.shown(password) + "'").as(Actor.ANONYMOUS).post("/api/v1/accounts")
                    .json("{\"email\": \"weak@example.org\", \"password\": " + jsonString(password) + "}").refused(400, "weak_password");
        }
        add(cat, ACCOUNTS, "an email already taken, in capitals").as(Actor.ANONYMOUS).post("/api/v1/accounts")
                .json("{\"email\": \"ADA@EXAMPLE.ORG\", \"password\": \"another-password-7\"}").refused(409, "email_taken");
    }

    private void oversizedAndNested() {
        String cat = "bodies over 1 MB";
        String big = "{\"answers\": {\"" + first(GRADIENTS) + "\": " + Payloads.bigString(ONE_MB_PLUS) + "}}";
        add(cat, SUBMIT, "a 1 MB answer").post(submit(GRADIENTS)).json(big).refused(413, null);
        add(cat, SUBMIT, "1 MB of spaces before the JSON").post(submit(GRADIENTS)).json(" ".repeat(ONE_MB_PLUS) + "{}").refused(413, null);
        add(cat, SUBMIT, "a bearer script's 1 MB answer").as(Actor.BEARER).post(submit(FORMULA)).json(big).refused(413, null);
        add(cat, VARIANT, "a 1 MB body to the variants call").post("/api/v1/exercises/" + GRADIENTS + "/variants").json(big)
                .refused(413, null);
        add(cat, CLASSES, "a 1 MB class name").as(Actor.TEACHER).post("/api/v1/classes")
                .json("{\"name\": " + Payloads.bigString(ONE_MB_PLUS) + "}").refused(413, null);
        add(cat, JOIN, "a 1 MB join code").post("/api/v1/classes/join").json("{\"code\": " + Payloads.bigString(ONE_MB_PLUS) + "}")
                .refused(413, null);
        add(cat, ACCOUNTS, "a 1 MB email").as(Actor.ANONYMOUS).post("/api/v1/accounts")
                .json("{\"email\": " + Payloads.bigString(ONE_MB_PLUS) + ", \"password\": \"gradient-descent-42\"}").refused(413, null);
        add(cat, TOKENS, "a 1 MB password").as(Actor.ANONYMOUS).post("/api/v1/tokens")
                .json("{\"email\": \"ada@example.org\", \"password\": " + Payloads.bigString(ONE_MB_PLUS) + "}").refused(413, null);

        add(cat, REVOKE, "a 1 MB body to revoke a token").request("DELETE", "/api/v1/tokens/" + f.tokenId()).json(big).refused(413, null);
        add(cat, "GET /api/v1/lessons", "a GET with a 1 MB body").as(Actor.ANONYMOUS).request("GET", "/api/v1/lessons").json(big)
                .refused(413, null);

        String nest = "deeply nested JSON";
        for (int depth : List.of(200, 1001, 5000, 100_000)) {
            add(nest, SUBMIT, "answers nested " + depth + " arrays deep").post(submit(GRADIENTS))
                    .json("{\"answers\": {\"" + first(GRADIENTS) + "\": " + Payloads.nestedArrays(depth) + "}}").refused(400, null);
            add(nest, SUBMIT, "a body nested " + depth + " objects deep").post(submit(GRADIENTS))
                    .json(Payloads.nestedObjects(depth)).refused(400, null);
        }
        add(nest, CLASSES, "deadlines nested 50,000 objects deep").as(Actor.TEACHER).post("/api/v1/classes")
                .json("{\"name\": \"x\", \"deadlines\": " + Payloads.nestedObjects(50_000) + "}").refused(400, null);
        add(nest, JOIN, "a code nested 50,000 arrays deep").post("/api/v1/classes/join")
                .json("{\"code\": " + Payloads.nestedArrays(50_000) + "}").refused(400, null);
        add(nest, ACCOUNTS, "an email nested 50,000 arrays deep").as(Actor.ANONYMOUS).post("/api/v1/accounts")
                .json("{\"email\": " + Payloads.nestedArrays(50_000) + ", \"password\": \"x\"}").refused(400, null);
        add(nest, TOKENS, "a password nested 50,000 objects deep").as(Actor.ANONYMOUS).post("/api/v1/tokens")
                .json("{\"email\": \"ada@example.org\", \"password\": " + Payloads.nestedObjects(50_000) + "}").refused(400, null);
        add(nest, SUBMIT, "50,000 answer fields").post(submit(GRADIENTS))
                .json("{\"answers\": {" + String.join(",", java.util.stream.IntStream.range(0, 50_000)
                        .mapToObj(i -> "\"f" + i + "\":1").toList()) + "}}").refused(400, "unknown_field");
    }

    private void specialNumbers() {
        String cat = "NaN, Infinity, -0, 1e309";
        for (String number : List.of("NaN", "Infinity", "-Infinity", "+1", "0x1F", ".5", "1.", "01", "1e", "--1")) {
            add(cat, SUBMIT, "the bare JSON number " + number).post(submit(GRADIENTS)).json(answer(GRADIENTS, number))
                    .refused(400, "invalid_json");
        }
        add(cat, SUBMIT, "a 2000-digit JSON number").post(submit(GRADIENTS)).json(answer(GRADIENTS, "9".repeat(2000)))
                .refused(400, "invalid_json");
        add(cat, SUBMIT, "the JSON number 1e309 (beyond a double)").post(submit(GRADIENTS)).json(answer(GRADIENTS, "1e309"))
                .gradedInvalid(first(GRADIENTS));
        add(cat, SUBMIT, "the JSON number -1e309").post(submit(GRADIENTS)).json(answer(GRADIENTS, "-1e309")).gradedInvalid(first(GRADIENTS));
        add(cat, SUBMIT, "the JSON number 1e-400 (below a double)").post(submit(GRADIENTS)).json(answer(GRADIENTS, "1e-400"))
                .graded(first(GRADIENTS));
        add(cat, SUBMIT, "the JSON number -0").post(submit(GRADIENTS)).json(answer(GRADIENTS, "-0")).graded(first(GRADIENTS));
        add(cat, SUBMIT, "the JSON number -0.0").post(submit(GRADIENTS)).json(answer(GRADIENTS, "-0.0")).graded(first(GRADIENTS));
        add(cat, SUBMIT, "a 30-digit JSON integer").post(submit(GRADIENTS)).json(answer(GRADIENTS, "123456789012345678901234567890"))
                .graded(first(GRADIENTS));
        for (String text : List.of("NaN", "nan", "Infinity", "-Infinity", "inf", "1e309", "-1e309", "1e999999999", "0x10", "1/0", "∞")) {
            add(cat, SUBMIT, "the answer string '" + text + "'").post(submit(GRADIENTS)).json(answer(GRADIENTS, jsonString(text)))
                    .gradedInvalid(first(GRADIENTS));
        }
        for (String text : List.of("-0", "-0.0", "0e0", "1e-400")) {
            add(cat, SUBMIT, "the answer string '" + text + "'").post(submit(GRADIENTS)).json(answer(GRADIENTS, jsonString(text)))
                    .graded(first(GRADIENTS));
        }
        add(cat, SUBMIT, "a matrix of NaN and 1e309").post(submit(LAYER)).json(answer(LAYER, "\"NaN 1e309; -Infinity -0\""))
                .gradedInvalid(first(LAYER));
        add(cat, SUBMIT, "a backward pass of NaN").post(submit(BACKWARD)).json(answer(BACKWARD, "\"NaN\"")).gradedInvalid(first(BACKWARD));
        add(cat, SUBMIT, "a formula answer 'NaN'").post(submit(FORMULA)).json(answer(FORMULA, "\"NaN\"")).gradedInvalid(first(FORMULA));
        add(cat, "GET /api/v1/me/attempts", "limit=NaN").get("/api/v1/me/attempts?limit=NaN").refused(400, "invalid_limit");
        add(cat, "GET /api/v1/me/attempts", "limit=1e309").get("/api/v1/me/attempts?limit=1e309").refused(400, "invalid_limit");
        add(cat, "GET /api/v1/me/attempts", "limit=-0").get("/api/v1/me/attempts?limit=-0").refused(400, "invalid_limit");
        add(cat, "GET /api/v1/me/attempts", "limit=Infinity").get("/api/v1/me/attempts?limit=Infinity").refused(400, "invalid_limit");
    }

    private void longStringsAndUnicode() {
        String cat = "very long strings";
        add(cat, SUBMIT, "a 201-character number").post(submit(GRADIENTS)).json(answer(GRADIENTS, jsonString("1".repeat(201))))
                .refused(400, "answer_too_long");
        add(cat, SUBMIT, "a 100,000-character answer").post(submit(GRADIENTS)).json(answer(GRADIENTS, jsonString("1".repeat(100_000))))
                .refused(400, "answer_too_long");
        add(cat, SUBMIT, "a 501-character formula").post(submit(FORMULA)).json(answer(FORMULA, jsonString("z+".repeat(250) + "z")))
                .refused(400, "answer_too_long");
        add(cat, SUBMIT, "a 2001-character matrix").post(submit(LAYER)).json(answer(LAYER, jsonString("1 ".repeat(1000) + "1")))
                .refused(400, "answer_too_long");
        add(cat, SUBMIT, "a 100,000-character field name").post(submit(GRADIENTS))
                .json("{\"answers\": {" + jsonString("f".repeat(100_000)) + ": \"1\"}}").refused(400, null);
        add(cat, CLASSES, "a 201-character class name").as(Actor.TEACHER).post("/api/v1/classes")
                .json("{\"name\": " + jsonString("n".repeat(201)) + "}").refused(400, "invalid_name");
        add(cat, CLASSES, "a 500,000-character deadline key").as(Actor.TEACHER).post("/api/v1/classes")
                .json("{\"name\": \"x\", \"deadlines\": {" + jsonString("k".repeat(500_000)) + ": \"2026-12-01T23:59:00Z\"}}")
                .refused(400, null);
        add(cat, JOIN, "a 100,000-character join code").post("/api/v1/classes/join")
                .json("{\"code\": " + jsonString("A".repeat(100_000)) + "}").refused(400, "invalid_code");
        add(cat, ACCOUNTS, "a 300-character email").as(Actor.ANONYMOUS).post("/api/v1/accounts")
                .json("{\"email\": " + jsonString("a".repeat(290) + "@example.org") + ", \"password\": \"gradient-descent-42\"}")
                .refused(400, "invalid_email");
        add(cat, ACCOUNTS, "a 500,000-character password").as(Actor.ANONYMOUS).post("/api/v1/accounts")
                .json("{\"email\": \"long@example.org\", \"password\": " + jsonString("p".repeat(500_000)) + "}").refused(400, null);
        add(cat, TOKENS, "a 500,000-character email").as(Actor.ANONYMOUS).post("/api/v1/tokens")
                .json("{\"email\": " + jsonString("e".repeat(500_000)) + ", \"password\": \"x\"}").refused(400, null);
        add(cat, EXERCISE, "a 6,000-character exercise id").get("/api/v1/exercises/" + "x".repeat(6000)).refused(404, "not_found");
        add(cat, "GET /api/v1/lessons", "a 6,000-character ?lang=").get("/api/v1/lessons?lang=" + "e".repeat(6000))
                .refused(400, "unknown_language");

        String uni = "control characters and unusual Unicode";
        for (String text : Payloads.UNICODE) {
            add(uni, SUBMIT, "the answer " + HostileCatalog.shown(text)).post(submit(GRADIENTS)).json(answer(GRADIENTS, jsonString(text)))
                    .gradedInvalid(first(GRADIENTS));
            add(uni, SUBMIT, "the formula " + HostileCatalog.shown(text)).post(submit(FORMULA)).json(answer(FORMULA, jsonString(text)))
                    .gradedInvalid(first(FORMULA));
            add(uni, CLASSES, "a class deadline key " + HostileCatalog.shown(text)).as(Actor.TEACHER).post("/api/v1/classes")
                    .json("{\"name\": \"x\", \"deadlines\": {" + jsonString(text) + ": \"2026-12-01T23:59:00Z\"}}").refused(400, "unknown_lesson");
            add(uni, JOIN, "the join code " + HostileCatalog.shown(text)).post("/api/v1/classes/join")
                    .json("{\"code\": " + jsonString(text) + "}").refused(404, "unknown_code");
            add(uni, EXERCISE, "the exercise id " + HostileCatalog.shown(text)).get("/api/v1/exercises/" + Payloads.encode(text))
                    .refused(404, "not_found");
        }
        for (String literal : Payloads.JSON_ESCAPES) {
            add(uni, SUBMIT, "the answer " + literal).post(submit(GRADIENTS)).json(answer(GRADIENTS, literal)).refused(400, "invalid_text");
            add(uni, SUBMIT, "the formula " + literal).post(submit(FORMULA)).json(answer(FORMULA, literal)).refused(400, "invalid_text");
            add(uni, SUBMIT, "the field name " + literal).post(submit(GRADIENTS)).json("{\"answers\": {" + literal + ": \"1\"}}")
                    .refused(400, null);
            add(uni, CLASSES, "the class name " + literal).as(Actor.TEACHER).post("/api/v1/classes").json("{\"name\": " + literal + "}")
                    .refused(400, "invalid_text");
            add(uni, JOIN, "the join code " + literal).post("/api/v1/classes/join").json("{\"code\": " + literal + "}")
                    .refused(400, null);
            add(uni, ACCOUNTS, "an email with " + literal).as(Actor.ANONYMOUS).post("/api/v1/accounts")
                    .json("{\"email\": " + literal.replace("\"", "").transform(s -> "\"x" + s + "@example.org\"")
                            + ", \"password\": \"gradient-descent-42\"}").refused(400, null);
            add(uni, TOKENS, "a password with " + literal).as(Actor.ANONYMOUS).post("/api/v1/tokens")
                    .json("{\"email\": \"ada@example.org\", \"password\": " + literal + "}").refused(Set.of(400, 401, 429), null);
        }
        add(uni, ACCOUNTS, "a password with a lone surrogate").as(Actor.ANONYMOUS).post("/api/v1/accounts")
                .json("{\"email\": \"surrogate@example.org\", \"password\": \"gradient-descent-\\ud800\"}").refused(400, null);
        add(uni, ACCOUNTS, "a password with NUL").as(Actor.ANONYMOUS).post("/api/v1/accounts")
                .json("{\"email\": \"nul@example.org\", \"password\": \"gradient\\u0000descent\"}").refused(400, null);
    }

    private void injections() {
        String sql = "SQL injection";
        for (String text : Payloads.SQL) {
            add(sql, SUBMIT, "the answer " + text).post(submit(GRADIENTS)).json(answer(GRADIENTS, jsonString(text)))
                    .gradedInvalid(first(GRADIENTS));
            add(sql, EXERCISE, "the exercise id " + text).get("/api/v1/exercises/" + Payloads.encode(text)).refused(404, "not_found");
            add(sql, JOIN, "the join code " + text).post("/api/v1/classes/join").json("{\"code\": " + jsonString(text) + "}")
                    .refused(Set.of(400, 404), null);
            add(sql, TOKENS, "the email " + text).as(Actor.ANONYMOUS).post("/api/v1/tokens")
                    .json("{\"email\": " + jsonString(text) + ", \"password\": " + jsonString(text) + "}").refused(Set.of(401, 429), null);
            add(sql, "GET /api/v1/classes/{id}/progress", "the class id " + text)
                    .as(Actor.TEACHER).get("/api/v1/classes/" + Payloads.encode(text) + "/progress").refused(404, "not_found");
        }
        add(sql, ACCOUNTS, "an email that is an injection").as(Actor.ANONYMOUS).post("/api/v1/accounts")
                .json("{\"email\": \"' OR 1=1 --@example.org\", \"password\": \"gradient-descent-42\"}").refused(400, "invalid_email");
        add(sql, "GET /api/v1/me/attempts", "limit=1 OR 1=1").get("/api/v1/me/attempts?limit=1%20OR%201%3D1").refused(400, "invalid_limit");
        add(sql, REVOKE, "a token id that is an injection").request("DELETE", "/api/v1/tokens/1%20OR%201%3D1").refused(404, "not_found");

        String xss = "XSS payloads";
        for (String text : Payloads.XSS) {
            add(xss, EXERCISE, "the exercise id " + text).get("/api/v1/exercises/" + Payloads.encode(text)).refused(404, "not_found");
            add(xss, "GET /api/v1/lessons", "?lang=" + text).get("/api/v1/lessons?lang=" + Payloads.encode(text)).refused(400, "unknown_language");
            add(xss, JOIN, "the join code " + text).post("/api/v1/classes/join").json("{\"code\": " + jsonString(text) + "}")
                    .refused(Set.of(400, 404), null);
            add(xss, SUBMIT, "the field name " + text).post(submit(GRADIENTS)).json("{\"answers\": {" + jsonString(text) + ": \"1\"}}")
                    .refused(400, "unknown_field");
        }
    }

    private void unknownIds() {
        String cat = "unknown ids";
        for (String id : List.of("no-such-exercise", "TWO-NEURON-DW2", "two-neuron-dw2 ", "two-neuron-dw2.yaml", "two-neuron-dw2.ko",
                "%20", "0", "-1")) {
            add(cat, EXERCISE, "the exercise '" + id + "'").get("/api/v1/exercises/" + id.replace(" ", "%20")).refused(404, "not_found");
            add(cat, SUBMIT, "a submission to exercise '" + id + "'").post(submit(id.replace(" ", "%20"))).json(answer(GRADIENTS, "\"1\""))
                    .refused(404, "not_found");
        }
        add(cat, VARIANT, "a variant of an unknown exercise").post("/api/v1/exercises/no-such-exercise/variants").refused(404, "not_found");
        add(cat, VARIANT, "a variant of an unknown exercise, as a first-time visitor").as(Actor.ANONYMOUS)
                .post("/api/v1/exercises/no-such-exercise/variants").refused(404, "not_found");
        add(cat, SUBMIT, "a submission before any variant, as a first-time visitor").as(Actor.ANONYMOUS).post(submit(GRADIENTS))
                .json(answer(GRADIENTS, "\"1\"")).refused(409, "no_variant");
        add(cat, SUBMIT, "a submission to an exercise the guest never opened").as(Actor.GUEST).post(submit(FORMULA))
                .json(answer(FORMULA, "\"z\"")).refused(409, "no_variant");
        for (String id : List.of("999999", "0", "-1", "abc", "99999999999999999999", "1.5", "1e3", "%20")) {
            for (String what : List.of("progress", "grades.csv", "attempts.csv")) {
                add(cat, "GET /api/v1/classes/{id}/" + what, "class '" + id + "'").as(Actor.TEACHER)
                        .get("/api/v1/classes/" + id + "/" + what).refused(404, "not_found");
            }
            add(cat, REVOKE, "token '" + id + "'").request("DELETE", "/api/v1/tokens/" + id).refused(404, "not_found");
        }
        add(cat, REVOKE, "another user's token").as(Actor.TEACHER).request("DELETE", "/api/v1/tokens/" + f.tokenId()).refused(404, "not_found");
        add(cat, JOIN, "a join code no class has").post("/api/v1/classes/join").json("{\"code\": \"NOSUCHCODE\"}").refused(404, "unknown_code");
        add(cat, "GET /api/v1/classes/{id}/progress", "a class as a learner of it").get("/api/v1/classes/" + f.classId() + "/progress")
                .refused(403, "forbidden");
        add(cat, "GET /api/v1/classes/{id}/grades.csv", "grades as the learner's script").as(Actor.BEARER)
                .get("/api/v1/classes/" + f.classId() + "/grades.csv").refused(403, "forbidden");
        add(cat, CLASSES, "a class made by a learner").post("/api/v1/classes").json("{\"name\": \"mine\"}").refused(403, "forbidden");
        add(cat, "GET /api/v1/tokens", "the tokens of nobody").as(Actor.ANONYMOUS).get("/api/v1/tokens").refused(401, "sign_in_required");
        add(cat, JOIN, "joining without an account").as(Actor.GUEST).post("/api/v1/classes/join")
                .json("{\"code\": \"" + f.joinCode() + "\"}").refused(401, "sign_in_required");
    }

    private void formulaBombs() {
        String cat = "expression-language bombs";
        for (String formula : Payloads.FORMULA_BOMBS) {
            add(cat, SUBMIT, "the formula " + HostileCatalog.shown(formula)).post(submit(FORMULA)).json(answer(FORMULA, jsonString(formula)))
                    .graded(first(FORMULA));
        }
        add(cat, SUBMIT, "a matrix of 1000 entries").post(submit(LAYER)).json(answer(LAYER, jsonString("1 ".repeat(999) + "1")))
                .gradedInvalid(first(LAYER));
        add(cat, SUBMIT, "a matrix of 1000 rows").post(submit(LAYER)).json(answer(LAYER, jsonString("1;".repeat(999) + "1")))
                .gradedInvalid(first(LAYER));
        add(cat, SUBMIT, "a choice of 100 unknown options").post(submit(CHOICE))
                .json(answer(CHOICE, jsonString(String.join(",", java.util.Collections.nCopies(66, "zz"))))).gradedInvalid(first(CHOICE));
    }

    private void authentication() {
        String cat = "bad CSRF and credentials";
        add(cat, SUBMIT, "no CSRF header with the session cookie").post(submit(GRADIENTS)).json(answer(GRADIENTS, "\"1\""))
                .csrf(Csrf.NONE).refused(403, "csrf_token_invalid");
        add(cat, SUBMIT, "a wrong CSRF header").post(submit(GRADIENTS)).json(answer(GRADIENTS, "\"1\"")).csrf(Csrf.WRONG)
                .refused(403, "csrf_token_invalid");
        add(cat, SUBMIT, "a made-up CSRF token").post(submit(GRADIENTS)).json(answer(GRADIENTS, "\"1\""))
                .header("X-CSRF-Token", "bWFkZS11cA==").csrf(Csrf.NONE).refused(403, "csrf_token_invalid");
        add(cat, SUBMIT, "a guest without a CSRF header").as(Actor.GUEST).post(submit(GRADIENTS)).json(answer(GRADIENTS, "\"1\""))
                .csrf(Csrf.NONE).refused(403, "csrf_token_invalid");
        add(cat, VARIANT, "a fresh variant without a CSRF header").post("/api/v1/exercises/" + GRADIENTS + "/variants").csrf(Csrf.NONE)
                .refused(403, "csrf_token_invalid");
        add(cat, VARIANT, "a fresh variant with the CSRF token in the query").post("/api/v1/exercises/" + GRADIENTS + "/variants?_csrf=x")
                .csrf(Csrf.NONE).refused(403, "csrf_token_invalid");
        add(cat, CLASSES, "a class without a CSRF header").as(Actor.TEACHER).post("/api/v1/classes").json("{\"name\": \"forged\"}")
                .csrf(Csrf.NONE).refused(403, "csrf_token_invalid");
        add(cat, JOIN, "joining with a wrong CSRF header").post("/api/v1/classes/join").json("{\"code\": \"" + f.joinCode() + "\"}")
                .csrf(Csrf.WRONG).refused(403, "csrf_token_invalid");
        add(cat, REVOKE, "revoking a token without a CSRF header").request("DELETE", "/api/v1/tokens/" + f.tokenId()).csrf(Csrf.NONE)
                .refused(403, "csrf_token_invalid");
        add(cat, ACCOUNTS, "signing up as a guest without a CSRF header").as(Actor.GUEST).post("/api/v1/accounts")
                .json("{\"email\": \"csrf@example.org\", \"password\": \"gradient-descent-42\"}").csrf(Csrf.NONE).refused(403, "csrf_token_invalid");
        add(cat, TOKENS, "a token as a signed-in user with a wrong CSRF header").post("/api/v1/tokens")
                .json("{\"email\": \"ada@example.org\", \"password\": \"gradient-descent-42\"}").csrf(Csrf.WRONG).refused(403, "csrf_token_invalid");
        for (String auth : List.of("Bearer", "Bearer ", "Bearer cr_", "Bearer cr_' OR '1'='1", "Bearer " + f.bearer() + "x",
                "Basic YWRhOnB3", "bearer  " + "A".repeat(4000), "Token " + f.bearer())) {
            add(cat, "GET /api/v1/me/progress", "Authorization: " + HostileCatalog.shown(auth)).as(Actor.ANONYMOUS).get("/api/v1/me/progress")
                    .header("Authorization", auth).refused(401, "invalid_token");
        }
        add(cat, SUBMIT, "a revoked-looking token on a submission").as(Actor.ANONYMOUS).post(submit(GRADIENTS))
                .header("Authorization", "Bearer cr_AAAAAAAAAAAAAAAAAAAAAA").json(answer(GRADIENTS, "\"1\"")).refused(401, "invalid_token");
        for (String cookie : List.of("chainrule_session=' OR 1=1 --", "chainrule_learner=" + "A".repeat(3000),
                "chainrule_session=%00%00", "chainrule_learner=<script>alert(1)</script>")) {
            add(cat, "GET /api/v1/classes/{id}/progress", "the cookie " + HostileCatalog.shown(cookie)).as(Actor.ANONYMOUS)
                    .get("/api/v1/classes/" + f.classId() + "/progress").header("Cookie", cookie).refused(401, "sign_in_required");
        }
        String types = "wrong content types";
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/jsonp", "application/xml", "json")) {
            add(types, SUBMIT, "a submission sent as " + type).post(submit(GRADIENTS)).body(type, answer(GRADIENTS, "\"1\""))
                    .refused(415, "unsupported_media_type");
        }
        add(types, SUBMIT, "a submission without a content type").post(submit(GRADIENTS)).body(null, answer(GRADIENTS, "\"1\""))
                .refused(415, "unsupported_media_type");
        add(types, CLASSES, "a class sent as a form").as(Actor.TEACHER).post("/api/v1/classes").form("name=x")
                .refused(415, "unsupported_media_type");
        add(types, JOIN, "a join sent as text").post("/api/v1/classes/join").body("text/plain", "{\"code\": \"" + f.joinCode() + "\"}")
                .refused(415, "unsupported_media_type");
        add(types, ACCOUNTS, "a sign-up sent as a form").as(Actor.ANONYMOUS).post("/api/v1/accounts")
                .form("email=form%40example.org&password=gradient-descent-42").refused(415, "unsupported_media_type");
        add(types, TOKENS, "a token request sent as XML").as(Actor.ANONYMOUS).post("/api/v1/tokens")
                .body("application/xml", "<email>ada@example.org</email>").refused(415, "unsupported_media_type");
        add(types, SUBMIT, "a JSON body in an unknown charset").post(submit(GRADIENTS))
                .body("application/json; charset=x-no-such-charset", answer(GRADIENTS, "\"1\"")).refused(Set.of(400, 415), null);
        add(types, SUBMIT, "a JSON body with an empty charset").post(submit(GRADIENTS))
                .body("application/json; charset=", answer(GRADIENTS, "\"1\"")).refused(Set.of(400, 415), null);
        add(types, SUBMIT, "a JSON body declared as UTF-16").post(submit(GRADIENTS))
                .body("application/json; charset=utf-16", answer(GRADIENTS, "\"1\"")).refused(400, "invalid_json");
    }
}
