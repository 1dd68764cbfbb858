package dev.chainrule.server;

import dev.chainrule.server.attempt.SubmissionApi;
import dev.chainrule.server.exercise.ExerciseApi;
import dev.chainrule.server.health.HealthCheck;
import dev.chainrule.server.lesson.LessonApi;
import dev.chainrule.server.lesson.LessonPages;
import dev.chainrule.server.web.ApiError;
import dev.chainrule.server.web.ErrorHandlers;
import dev.chainrule.server.web.SiteAssets;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;

/** Every route of the site in one place: pages, the JSON API, health, static files and error replies. */
record Routes(LessonPages lessonPages, LessonApi lessonApi, ExerciseApi exerciseApi, SubmissionApi submissionApi,
              HealthCheck health, ErrorHandlers errors) {

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
        routes.get("/", lessonPages::home);
        routes.get("/lessons/{slug}", lessonPages::lesson);

        routes.get("/api/v1/lessons", lessonApi::list);
        routes.get("/api/v1/exercises/{id}", exerciseApi::current);
        routes.post("/api/v1/exercises/{id}/variants", exerciseApi::fresh);
        routes.post("/api/v1/exercises/{id}/submissions", submissionApi::submit);

        routes.get("/healthz", health::check);

        routes.exception(ApiError.class, errors::apiError);
        routes.exception(HttpResponseException.class, errors::httpResponse);
        routes.exception(Exception.class, errors::unexpected);
        routes.error(404, "*", errors::notFound);
    }
}
