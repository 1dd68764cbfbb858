package dev.chainrule.server.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.server.session.ApiTokens;
import dev.chainrule.server.web.ApiError;
import dev.chainrule.server.web.Languages;
import dev.chainrule.server.web.StorableText;
import io.javalin.http.Context;

import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Handles the account calls of the JSON API: {@code POST /api/v1/accounts} (sign up, with the form's rules) and the
 * bearer tokens of scripts, {@code POST /api/v1/tokens} (email + password for a token, throttled like log-in),
 * {@code GET /api/v1/tokens} and {@code DELETE /api/v1/tokens/{id}}.
 */
public final class AccountApi {

    /** The JSON body of sign-up and token requests. */
    record Credentials(String email, String password) {
    }

    /** A new account as the API shows it. */
    record AccountReply(long id, String email, String role) {
    }

    /** A token just made: the only reply that ever holds its secret. Times are ISO-8601 UTC. */
    record NewTokenReply(long id, String token, String createdAt) {
    }

    /** A caller's token in the list: never the secret; {@code lastUsedAt} is null until a call used it. */
    record TokenReply(long id, String createdAt, @JsonInclude(JsonInclude.Include.ALWAYS) String lastUsedAt) {
    }

    private static final Set<String> FIELDS = Set.of("email", "password");

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final Languages languages;
    private final ObjectMapper mapper;
    private final boolean signUpOpen;

    public AccountApi(Accounts accounts, ApiTokens tokens, Languages languages, ObjectMapper mapper, boolean signUpOpen) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.languages = languages;
        this.mapper = mapper;
        this.signUpOpen = signUpOpen;
    }

    /** Creates a learner account (it does not sign the caller in: ask for a token, or log in on the site). */
    public void signUp(Context ctx) {
        if (!signUpOpen) {
            throw new ApiError(403, "signup_closed", languages.messages(ctx).get("signup.closed.text"), null);
        }
        Credentials credentials = credentials(ctx);
        Accounts.Result<User> result = accounts.signUp(credentials.email(), credentials.password(), credentials.password(), null, null);
        if (!result.succeeded()) {
            Accounts.Problem problem = result.problem();
            String message = languages.messages(ctx).get(problem.key(), PasswordPolicy.MIN_LENGTH);
            if (problem.key().equals("account.error.emailTaken")) {
                throw new ApiError(409, "email_taken", message, "email");
            }
            throw ApiError.badField(problem.field().equals("email") ? "invalid_email" : "weak_password", problem.field(), message);
        }
        User user = result.value();
        ctx.status(201).json(new AccountReply(user.id(), user.email(), user.role().id()));
    }

    /** Exchanges email and password for a new bearer token, shown only in this reply. */
    public void createToken(Context ctx) {
        Credentials credentials = credentials(ctx);
        Accounts.LogIn outcome = accounts.logIn(credentials.email(), credentials.password(), ctx.ip());
        if (outcome instanceof Accounts.LogIn.Success success) {
            ApiTokens.Created created = tokens.create(success.user().id());
            ctx.status(201).json(new NewTokenReply(created.id(), created.token(), created.createdAt().toString()));
        } else if (outcome instanceof Accounts.LogIn.Throttled throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            ctx.header("Retry-After", String.valueOf(seconds));
            throw new ApiError(429, "too_many_attempts", "too many failed log-ins for this account or from this address;"
                    + " try again in " + seconds + " seconds", null);
        } else {
            throw new ApiError(401, "invalid_credentials", languages.messages(ctx).get("account.error.loginFailed"), null);
        }
    }

    public void listTokens(Context ctx) {
        User user = signedIn(ctx);
        List<TokenReply> list = tokens.list(user.id()).stream()
                .map(t -> new TokenReply(t.id(), t.createdAt().toString(), t.lastUsedAt() == null ? null : t.lastUsedAt().toString()))
                .toList();
        ctx.json(list);
    }

    /** Revokes one of the caller's tokens (204); someone else's token is as unknown as a missing one (404). */
    public void revokeToken(Context ctx) {
        User user = signedIn(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiError.notFound("no token with id '" + ctx.pathParam("id") + "'");
        }
        if (!tokens.revoke(user.id(), id)) {
            throw ApiError.notFound("you have no token with id " + id);
        }
        ctx.status(204);
    }

    private User signedIn(Context ctx) {
        return accounts.current(ctx).orElseThrow(() -> new ApiError(401, "sign_in_required", "sign in first", null));
    }

    private Credentials credentials(Context ctx) {
        String type = ctx.contentType();
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip();
        if (!mediaType.equalsIgnoreCase("application/json")) {
            throw new ApiError(415, "unsupported_media_type", "send the body as Content-Type: application/json", null);
        }
        JsonNode root;
        try {
            root = mapper.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("invalid_json", "the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiError.badRequest("invalid_body", "the body must be a JSON object {\"email\": ..., \"password\": ...}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiError.badField("unknown_field", name, "unknown field '" + name + "': the body holds \"email\" and \"password\"");
            }
        }
        return new Credentials(text(root, "email"), text(root, "password"));
    }

    private static String text(JsonNode root, String name) {
        JsonNode value = root.get(name);
        if (value == null || !value.isTextual()) {
            throw ApiError.badField("missing_field", name, "\"" + name + "\" must be a string");
        }
        String text = value.asText();
        if (text.length() > 1024) {
            throw ApiError.badField("too_long", name, "\"" + name + "\" is too long");
        }
        return StorableText.require(name, "\"" + name + "\"", text);
    }
}
