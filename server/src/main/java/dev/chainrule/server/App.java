package dev.chainrule.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.chainrule.content.ContentException;
import dev.chainrule.content.ContentSource;
import dev.chainrule.content.Course;
import dev.chainrule.content.CourseLoader;
import dev.chainrule.server.account.AccessControl;
import dev.chainrule.server.account.AccountApi;
import dev.chainrule.server.account.AccountPages;
import dev.chainrule.server.account.Accounts;
import dev.chainrule.server.account.AdminPages;
import dev.chainrule.server.account.Csrf;
import dev.chainrule.server.attempt.SubmissionApi;
import dev.chainrule.server.classes.ClassApi;
import dev.chainrule.server.classes.ClassPages;
import dev.chainrule.server.classes.Classes;
import dev.chainrule.server.classes.Dashboards;
import dev.chainrule.grader.exercise.Language;
import dev.chainrule.server.account.User;
import dev.chainrule.server.course.CourseHolder;
import dev.chainrule.server.db.PlainJdbc;
import dev.chainrule.server.course.Editions;
import dev.chainrule.server.course.ServedCourse;
import dev.chainrule.server.exercise.ExerciseApi;
import dev.chainrule.server.exercise.ExerciseBox;
import dev.chainrule.server.exercise.Variants;
import dev.chainrule.server.health.HealthCheck;
import dev.chainrule.server.learner.Learners;
import dev.chainrule.server.lesson.LessonApi;
import dev.chainrule.server.lesson.LessonPages;
import dev.chainrule.server.lesson.MarkdownRenderer;
import dev.chainrule.server.progress.Progress;
import dev.chainrule.server.progress.ProgressApi;
import dev.chainrule.server.progress.ProgressPages;
import dev.chainrule.server.session.ApiTokens;
import dev.chainrule.server.session.SessionStore;
import dev.chainrule.server.web.ErrorHandlers;
import dev.chainrule.server.web.Json;
import dev.chainrule.server.web.Languages;
import dev.chainrule.server.web.Messages;
import dev.chainrule.server.web.Pages;
import dev.chainrule.server.web.RefusedRequests;
import dev.chainrule.server.web.SiteAssets;
import dev.chainrule.server.web.ThymeleafRenderer;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The composition root: reads the configuration, opens and migrates the database, loads the course, wires the features
 * and starts Javalin. With the arguments {@code check <dir>} it checks a content directory instead.
 */
public final class App {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    /** How often, at most, development mode looks for changed content files. */
    static final Duration RELOAD_INTERVAL = Duration.ofSeconds(1);

    /** A started server: the port it listens on, and a way to stop it and close the database. */
    public record Running(Javalin javalin, HikariDataSource dataSource) {

        public int port() {
            return javalin.port();
        }

        public void stop() {
            javalin.stop();
            dataSource.close();
        }
    }

    private App() {
    }

    public static void main(String[] args) {
        if (CheckCommand.isCheck(args)) {
            System.exit(CheckCommand.run(args, System.out, System.err));
            return;
        }
        Config config;
        Running running;
        try {
            config = Config.fromEnvironment();
            running = start(config);
        } catch (IllegalArgumentException | ContentException e) {
            LOG.error("Chainrule cannot start: {}", e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "chainrule-shutdown"));
        LOG.info("Chainrule is listening on http://localhost:{}/ ({})", running.port(), config);
    }

    /** The built-in course, with the files of {@code directory} (when given) added or put in place of built-in ones. */
    static ContentSource contentSource(Path directory) {
        ContentSource builtIn = ContentSource.classpath("course");
        return directory == null ? builtIn : ContentSource.overlay(directory, builtIn);
    }

    /**
     * Starts the site with the built-in course, overlaid by {@code CHAINRULE_CONTENT_DIR} when set; in development mode
     * that directory is watched and the course reloaded when its files change.
     */
    public static Running start(Config config) {
        ContentSource source = contentSource(config.contentDir());
        return start(config, (markdown, bundles) -> {
            Supplier<Editions> load = () -> editions(source, markdown, bundles);
            return config.dev() && config.contentDir() != null
                    ? CourseHolder.reloading(config.contentDir(), load, RELOAD_INTERVAL, System::nanoTime)
                    : CourseHolder.fixed(load.get());
        });
    }

    /** Starts the site with {@code course} (in one language); port 0 picks a free port. */
    public static Running start(Config config, Course course) {
        Language language = course.lessons().isEmpty() ? Language.EN : Language.byTag(course.lessons().get(0).language());
        return start(config, (markdown, bundles) -> CourseHolder.fixed(Editions.of(ServedCourse.render(course, markdown, bundles.get(language)))));
    }

    /**
     * Loads and renders the course in every language it is written in that the site can show (in parallel: each
     * edition parses and checks every exercise and draws every figure).
     *
     * @throws ContentException naming file, line and reason of the first problem
     */
    static Editions editions(ContentSource source, MarkdownRenderer markdown, Map<Language, Messages> bundles) {
        List<String> tags = CourseLoader.languages(source);
        Language original = Languages.byTag(tags.get(0)).orElseThrow(() -> new ContentException(source.describe("course.yaml"), 0,
                "the course's first language '" + tags.get(0) + "' is not one the site can show (" + Languages.tags() + ")"));
        Map<Language, CompletableFuture<ServedCourse>> loading = new EnumMap<>(Language.class);
        for (String tag : tags) {
            Optional<Language> language = Languages.byTag(tag);
            if (language.isEmpty()) {
                LOG.warn("The course is also written in '{}', which the site cannot show yet; only {} are served", tag, Languages.tags());
                continue;
            }
            loading.put(language.get(), CompletableFuture.supplyAsync(() -> ServedCourse.render(
                    CourseLoader.load(source, tag), source::describe, markdown, bundles.get(language.get())), ownThread("chainrule-course-" + tag)));
        }
        Map<Language, ServedCourse> editions = new EnumMap<>(Language.class);
        loading.forEach((language, future) -> editions.put(language, joinCourse(future)));
        return new Editions(original, editions);
    }

    /**
     * Runs each task on a thread of its own. The common pool has one thread on a two-core machine, and a task joined
     * inside it runs the tasks queued behind it: the languages would be rendered one after the other.
     */
    private static Executor ownThread(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }

    private static <T> T joinCourse(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    /** Makes the course holder once the renderer and every language's messages exist. */
    private interface Courses {
        CourseHolder hold(MarkdownRenderer markdown, Map<Language, Messages> bundles);
    }

    private static Running start(Config config, Courses courses) {
        Map<Language, Messages> bundles = Languages.bundles();
        MarkdownRenderer markdown = new MarkdownRenderer();
        // loading and rendering the course and migrating the database are independent: do both at once
        long started = System.nanoTime();
        CompletableFuture<CourseHolder> course = CompletableFuture.supplyAsync(() -> courses.hold(markdown, bundles), ownThread("chainrule-course"))
                .whenComplete((holder, failure) -> {
                    if (failure == null) {
                        LOG.info("Course ready after {} ms", millisSince(started));
                    }
                });
        HikariDataSource dataSource;
        try {
            dataSource = Database.open(config);
            LOG.info("Database ready after {} ms", millisSince(started));
        } catch (RuntimeException e) {
            course.cancel(false);
            throw e;
        }
        try {
            Jdbi jdbi = Jdbi.create(dataSource);
            PlainJdbc.Pool.use(jdbi, dataSource);
            SecureRandom random = new SecureRandom();
            ObjectMapper mapper = Json.mapper();
            Clock clock = Clock.systemUTC();
            SessionStore sessions = new SessionStore(jdbi, random, clock, SessionStore.DEFAULT_IDLE, SessionStore.DEFAULT_ABSOLUTE,
                    config.secureCookies());
            ownThread("chainrule-session-purge").execute(() -> { // housekeeping: the site need not wait for it
                try {
                    LOG.info("Deleted {} expired sessions", sessions.purgeExpired());
                } catch (RuntimeException e) {
                    LOG.warn("Could not delete the expired sessions at start; they stay refused all the same", e);
                }
            });
            Learners learners = new Learners(jdbi, random, sessions);
            Accounts accounts = new Accounts(jdbi, sessions, clock);
            if (config.adminEmail() != null) {
                accounts.bootstrapAdmin(config.adminEmail(), config.adminPassword());
            }
            Csrf csrf = new Csrf(learners);
            ApiTokens apiTokens = new ApiTokens(jdbi, random, clock);
            Variants variants = new Variants(jdbi, random);
            Languages languages = new Languages(bundles, ctx -> accounts.current(ctx).map(User::language), sessions::secure);
            ThymeleafRenderer renderer = new ThymeleafRenderer(config.dev(), languages::of);
            Pages pages = new Pages(SiteAssets.fromClasspath(App.class.getClassLoader()), ctx -> accounts.viewer(ctx, csrf.token(ctx)), renderer,
                    !config.dev());
            CourseHolder holder = joinCourse(course);
            ExerciseBox box = new ExerciseBox(mapper);
            Classes classes = new Classes(jdbi, accounts, random, clock);
            Dashboards dashboards = new Dashboards(jdbi, holder, languages);
            Routes routes = new Routes(
                    new LessonPages(holder, learners, variants, new Progress(jdbi, learners), box, pages, languages, jdbi),
                    new LessonApi(holder, languages),
                    new ExerciseApi(holder, learners, variants, languages),
                    new SubmissionApi(holder, learners, variants, jdbi, mapper, languages),
                    new ProgressPages(holder, learners, jdbi, languages, pages),
                    new ProgressApi(holder, learners, jdbi, languages),
                    new ClassPages(classes, dashboards, mapper, pages),
                    new ClassApi(classes, dashboards, mapper),
                    new AccountPages(accounts, sessions, learners, pages, languages, config.signUp()),
                    new AdminPages(accounts, pages),
                    new AccountApi(accounts, apiTokens, languages, mapper, config.signUp()),
                    new AccessControl(accounts, sessions, apiTokens),
                    csrf,
                    new HealthCheck(dataSource),
                    new ErrorHandlers(pages));
            Javalin javalin = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.jetty.port = config.port();
                cfg.jsonMapper(new JavalinJackson(mapper, false));
                cfg.fileRenderer(renderer);
                cfg.jetty.modifyServer(server -> server.setErrorHandler(new RefusedRequests()));
                routes.applyTo(cfg);
            });
            javalin.start();
            return new Running(javalin, dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }
}
