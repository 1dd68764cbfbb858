package dev.chainrule.server.account;

import dev.chainrule.server.learner.Learners;
import dev.chainrule.server.session.SessionStore;
import dev.chainrule.server.web.PageError;
import dev.chainrule.grader.exercise.Language;
import dev.chainrule.server.web.Languages;
import dev.chainrule.server.web.Pages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Handles the sign-up, log-in, log-out and change-password pages and their form posts. */
public final class AccountPages {

    private final Accounts accounts;
    private final SessionStore sessions;
    private final Learners learners;
    private final Pages pages;
    private final Languages languages;
    private final boolean signUpOpen;

    public AccountPages(Accounts accounts, SessionStore sessions, Learners learners, Pages pages, Languages languages, boolean signUpOpen) {
        this.languages = languages;
        this.accounts = accounts;
        this.sessions = sessions;
        this.learners = learners;
        this.pages = pages;
        this.signUpOpen = signUpOpen;
    }

    /**
     * The language switcher's form post: remembers the choice (with the account when signed in, else in a cookie) and
     * goes back to the page it came from.
     */
    public void setLanguage(Context ctx) {
        String tag = ctx.formParam("lang");
        Language language = Languages.byTag(tag).orElseThrow(() -> new PageError(400, "language.unknown.title", "language.unknown.text"));
        languages.remember(ctx, language);
        accounts.current(ctx).ifPresent(user -> accounts.setLanguage(user, language.tag()));
        ctx.redirect(localPath(ctx.formParam("return")), HttpStatus.SEE_OTHER);
    }

    /** {@code target} when it is a path on this site ("/lessons/x#y"), else "/": the switcher never sends anyone elsewhere. */
    static String localPath(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\") || target.length() > 2000
                || target.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        return target;
    }

    public void signUpForm(Context ctx) {
        ensureCsrfCookie(ctx);
        form(ctx, "account/signup", "", null);
    }

    public void signUp(Context ctx) {
        if (!signUpOpen) {
            throw new PageError(403, "signup.closed.title", "signup.closed.text");
        }
        String email = field(ctx, "email");
        Long guest = sessions.find(ctx).isPresent() ? null : learners.guest(ctx).orElse(null);
        Accounts.Result<User> result = accounts.signUp(email, field(ctx, "password"), field(ctx, "confirmation"), guest,
                languages.chosen(ctx).map(Language::tag).orElse(null));
        if (!result.succeeded()) {
            ctx.status(400);
            form(ctx, "account/signup", email, result.problem());
            return;
        }
        User user = result.value();
        if (guest != null && user.learnerId() == guest) {
            learners.forgetGuest(ctx);
        }
        signIn(ctx, user);
    }

    public void logInForm(Context ctx) {
        ensureCsrfCookie(ctx);
        form(ctx, "account/login", "", null);
    }

    public void logIn(Context ctx) {
        String email = field(ctx, "email");
        Accounts.LogIn outcome = accounts.logIn(email, field(ctx, "password"), ctx.ip());
        if (outcome instanceof Accounts.LogIn.Success success) {
            signIn(ctx, success.user());
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        if (outcome instanceof Accounts.LogIn.Throttled throttled) {
            ctx.status(429);
            ctx.header("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            model.put("minutes", Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60));
            form(ctx, "account/login", email, new Accounts.Problem("email", "account.error.throttled"), model);
        } else {
            ctx.status(401);
            form(ctx, "account/login", email, new Accounts.Problem("password", "account.error.loginFailed"), model);
        }
    }

    public void logOut(Context ctx) {
        sessions.end(ctx);
        accounts.refresh(ctx, Optional.empty());
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** The change-password form; signed-in users only (declared in Routes). */
    public void passwordForm(Context ctx) {
        form(ctx, "account/password", "", null);
    }

    /** Changes the password, then ends every other session of the user and rotates this one. */
    public void changePassword(Context ctx) {
        User user = accounts.current(ctx).orElseThrow(() -> new PageError(403, "error.signedOut.title", "error.signedOut.text"));
        Optional<Accounts.Problem> problem = accounts.changePassword(user, field(ctx, "current"), field(ctx, "password"), field(ctx, "confirmation"));
        if (problem.isPresent()) {
            ctx.status(400);
            form(ctx, "account/password", "", problem.get());
            return;
        }
        sessions.deleteOthers(user.id(), null);
        sessions.start(ctx, user.id(), user.learnerId());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("changed", true);
        form(ctx, "account/password", "", null, model);
    }

    private void signIn(Context ctx, User user) {
        sessions.start(ctx, user.id(), user.learnerId());
        accounts.refresh(ctx, Optional.of(user));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /**
     * Forms need a CSRF token, derived from a cookie: a first-time visitor gets a guest cookie here, once the request's
     * language is known (an unknown {@code ?lang=} is refused before any guest is made).
     */
    private void ensureCsrfCookie(Context ctx) {
        languages.of(ctx);
        if (learners.secret(ctx).isEmpty()) {
            learners.identify(ctx);
        }
    }

    private void form(Context ctx, String template, String email, Accounts.Problem problem) {
        form(ctx, template, email, problem, new LinkedHashMap<>());
    }

    private void form(Context ctx, String template, String email, Accounts.Problem problem, Map<String, Object> model) {
        model.put("email", email == null ? "" : email);
        model.put("problem", problem);
        model.put("signUpOpen", signUpOpen);
        model.put("minLength", PasswordPolicy.MIN_LENGTH);
        pages.render(ctx, template, model);
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
