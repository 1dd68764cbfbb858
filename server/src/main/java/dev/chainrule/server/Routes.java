package dev.chainrule.server;

import dev.chainrule.server.account.Access;
import dev.chainrule.server.account.AccessControl;
import dev.chainrule.server.account.AccountApi;
import dev.chainrule.server.account.AccountPages;
import dev.chainrule.server.account.AdminPages;
import dev.chainrule.server.account.Csrf;
import dev.chainrule.server.attempt.SubmissionApi;
import dev.chainrule.server.classes.ClassApi;
import dev.chainrule.server.classes.ClassPages;
import dev.chainrule.server.exercise.ExerciseApi;
import dev.chainrule.server.health.HealthCheck;
import dev.chainrule.server.lesson.LessonApi;
import dev.chainrule.server.lesson.LessonPages;
import dev.chainrule.server.progress.ProgressApi;
import dev.chainrule.server.progress.ProgressPages;
import dev.chainrule.server.web.ApiError;
import dev.chainrule.server.web.ErrorHandlers;
import dev.chainrule.server.web.InputGuard;
import dev.chainrule.server.web.PageError;
import dev.chainrule.server.web.SecurityHeaders;
import dev.chainrule.server.web.SiteAssets;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;

import java.util.List;
import java.util.Set;

/**
 * Every route of the site in one place, with who may use it: pages, accounts, the JSON API, health, static files and
 * error replies. Each route declares its {@link Access}; {@link AccessControl} checks it before any matched route
 * (a route without one is refused, and {@code RouteAccessFunctionalTest} fails), then every state-changing request
 * passes the CSRF check. Before both, {@link InputGuard} refuses input the site cannot read or store. Every reply
 * carries the {@link SecurityHeaders}.
 */
record Routes(LessonPages lessonPages, LessonApi lessonApi, ExerciseApi exerciseApi, SubmissionApi submissionApi,
              ProgressPages progressPages, ProgressApi progressApi, ClassPages classPages, ClassApi classApi,
              AccountPages accountPages, AdminPages adminPages, AccountApi accountApi, AccessControl access, Csrf csrf, HealthCheck health, ErrorHandlers errors) {

    void applyTo(JavalinConfig config) {
        config.staticFiles.enableWebjars();
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
        });
        if (SiteAssets.hasClient(Routes.class.getClassLoader())) {
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
        }

        var routes = config.routes;
        routes.before(SecurityHeaders::apply);
        routes.beforeMatched(new InputGuard(config.http.maxRequestSize)::check);
        routes.beforeMatched(access::check);
        routes.beforeMatched(csrf::check);
        routes.afterMatched("/api/*", csrf::expose);

        routes.get("/", lessonPages::home, Access.LEARNER_IDENTITY);
        routes.get("/lessons/{slug}", lessonPages::lesson, Access.LEARNER_IDENTITY);
        routes.get("/progress", progressPages::page, Access.LEARNER_IDENTITY);

        routes.get("/signup", accountPages::signUpForm, Access.ANYONE);
        routes.post("/signup", accountPages::signUp, Access.ANYONE);
        routes.get("/login", accountPages::logInForm, Access.ANYONE);
        routes.post("/login", accountPages::logIn, Access.ANYONE);
        routes.post("/logout", accountPages::logOut, Access.ANYONE);
        routes.post("/language", accountPages::setLanguage, Access.ANYONE);
        routes.get("/account/password", accountPages::passwordForm, Access.SIGNED_IN);
        routes.post("/account/password", accountPages::changePassword, Access.SIGNED_IN);

        routes.get("/classes", classPages::list, Access.TEACHER);
        routes.post("/classes", classPages::create, Access.TEACHER);
        routes.get("/classes/{id}", classPages::dashboard, Access.TEACHER);
        routes.get("/classes/{id}/learners/{learnerId}", classPages::learner, Access.TEACHER);
        routes.post("/classes/{id}/learners/{learnerId}/remove", classPages::remove, Access.TEACHER);
        routes.post("/classes/{id}/deadlines", classPages::setDeadline, Access.TEACHER);
        routes.get("/join/{code}", classPages::joinPage, Access.ANYONE);
        routes.post("/join", classPages::join, Access.SIGNED_IN);

        routes.get("/admin/users", adminPages::users, Access.ADMIN);
        routes.post("/admin/users/{id}/role", adminPages::setRole, Access.ADMIN);

        routes.get("/api/v1/lessons", lessonApi::list, Access.ANYONE);
        routes.get("/api/v1/exercises/{id}", exerciseApi::current, Access.LEARNER_IDENTITY);
        routes.post("/api/v1/exercises/{id}/variants", exerciseApi::fresh, Access.LEARNER_IDENTITY);
        routes.post("/api/v1/exercises/{id}/submissions", submissionApi::submit, Access.LEARNER_IDENTITY);
        routes.get("/api/v1/me/progress", progressApi::progress, Access.LEARNER_IDENTITY);
        routes.get("/api/v1/me/attempts", progressApi::attempts, Access.LEARNER_IDENTITY);
        routes.post("/api/v1/classes", classApi::create, Access.TEACHER);
        routes.post("/api/v1/classes/join", classApi::join, Access.SIGNED_IN);
        routes.get("/api/v1/classes/{id}/progress", classApi::progress, Access.TEACHER);
        routes.get("/api/v1/classes/{id}/grades.csv", classApi::grades, Access.TEACHER);
        routes.get("/api/v1/classes/{id}/attempts.csv", classApi::attempts, Access.TEACHER);
        routes.post("/api/v1/accounts", accountApi::signUp, Access.ANYONE);
        routes.post("/api/v1/tokens", accountApi::createToken, Access.ANYONE);
        routes.get("/api/v1/tokens", accountApi::listTokens, Access.SIGNED_IN);
        routes.delete("/api/v1/tokens/{id}", accountApi::revokeToken, Access.SIGNED_IN);

        routes.get("/healthz", health::check, Access.ANYONE);

        routes.exception(ApiError.class, errors::apiError);
        routes.exception(PageError.class, errors::pageError);
        routes.exception(HttpResponseException.class, errors::httpResponse);
        routes.exception(Exception.class, errors::unexpected);
        routes.error(404, "*", errors::notFound);
        headLikeGet(config);
    }

    /**
     * Registers a HEAD route beside every GET route, with the same handler and access. Without it Javalin answers a
     * HEAD for a GET route with 200 without checking the route's access (or running it), so the answer would not match
     * what a GET gets.
     */
    private static void headLikeGet(JavalinConfig config) {
        List<Endpoint> gets = config.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.equals(HandlerType.GET))
                .toList();
        for (Endpoint get : gets) {
            Roles roles = get.metadata(Roles.class);
            config.routes.addEndpoint(new Endpoint(HandlerType.HEAD, get.path, get.handler,
                    roles == null ? Set.of() : Set.of(roles)));
        }
    }
}
