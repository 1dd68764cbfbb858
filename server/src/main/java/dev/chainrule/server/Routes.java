package dev.chainrule.server;

import dev.chainrule.server.account.AccountPages;
import dev.chainrule.server.account.AdminPages;
import dev.chainrule.server.account.Csrf;
import dev.chainrule.server.attempt.SubmissionApi;
import dev.chainrule.server.exercise.ExerciseApi;
import dev.chainrule.server.health.HealthCheck;
import dev.chainrule.server.lesson.LessonApi;
import dev.chainrule.server.lesson.LessonPages;
import dev.chainrule.server.web.ApiError;
import dev.chainrule.server.web.ErrorHandlers;
import dev.chainrule.server.web.PageError;
import dev.chainrule.server.web.SiteAssets;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;

/**
 * Every route of the site in one place, with who may use it: pages, accounts, the JSON API, health, static files and
 * error replies. Access: everything is open to guests except {@code /admin/*} (admins only) and the change-password
 * page (signed-in users); every state-changing request passes the CSRF check first.
 */
record Routes(LessonPages lessonPages, LessonApi lessonApi, ExerciseApi exerciseApi, SubmissionApi submissionApi,
              AccountPages accountPages, AdminPages adminPages, Csrf csrf, HealthCheck health, ErrorHandlers errors) {

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
        routes.beforeMatched(csrf::check);
        routes.beforeMatched("/admin/*", adminPages::requireAdmin);
        routes.afterMatched("/api/*", csrf::expose);

        routes.get("/", lessonPages::home);
        routes.get("/lessons/{slug}", lessonPages::lesson);

        routes.get("/signup", accountPages::signUpForm);
        routes.post("/signup", accountPages::signUp);
        routes.get("/login", accountPages::logInForm);
        routes.post("/login", accountPages::logIn);
        routes.post("/logout", accountPages::logOut);
        routes.get("/account/password", accountPages::passwordForm);
        routes.post("/account/password", accountPages::changePassword);

        routes.get("/admin/users", adminPages::users);
        routes.post("/admin/users/{id}/role", adminPages::setRole);

        routes.get("/api/v1/lessons", lessonApi::list);
        routes.get("/api/v1/exercises/{id}", exerciseApi::current);
        routes.post("/api/v1/exercises/{id}/variants", exerciseApi::fresh);
        routes.post("/api/v1/exercises/{id}/submissions", submissionApi::submit);

        routes.get("/healthz", health::check);

        routes.exception(ApiError.class, errors::apiError);
        routes.exception(PageError.class, errors::pageError);
        routes.exception(HttpResponseException.class, errors::httpResponse);
        routes.exception(Exception.class, errors::unexpected);
        routes.error(404, "*", errors::notFound);
    }
}
