package dev.chainrule.server.web;

import dev.chainrule.grader.exercise.Language;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The language of each request, and the UI strings of every language. A request's language is, in order: its
 * {@code ?lang=} parameter, the signed-in user's setting, the language cookie a guest's switcher set, the browser's
 * {@code Accept-Language}, and English.
 */
public final class Languages {

    /** Every language the site's pages, messages and grader feedback are written in. */
    public static final List<Language> SUPPORTED = List.of(Language.EN, Language.KO);
    public static final String COOKIE = "chainrule_lang";
    private static final String ATTRIBUTE = "chainrule.language";
    private static final int COOKIE_SECONDS = 365 * 24 * 3600;

    private final Map<Language, Messages> messages;
    private final Function<Context, Optional<String>> userSetting;
    private final Predicate<Context> secure;

    /**
     * {@code userSetting}: the signed-in user's chosen language tag, if any; {@code secure}: whether a cookie set on
     * this request must be marked Secure.
     */
    public Languages(Map<Language, Messages> bundles, Function<Context, Optional<String>> userSetting, Predicate<Context> secure) {
        this.messages = new EnumMap<>(bundles);
        this.userSetting = userSetting;
        this.secure = secure;
    }

    /** The UI strings of every supported language. */
    public static Map<Language, Messages> bundles() {
        Map<Language, Messages> bundles = new EnumMap<>(Language.class);
        for (Language language : SUPPORTED) {
            bundles.put(language, new Messages(locale(language)));
        }
        return bundles;
    }

    public static Locale locale(Language language) {
        return Locale.forLanguageTag(language.tag());
    }

    /** The supported language with this exact tag ("en", "ko"), if any. */
    public static Optional<Language> byTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String wanted = tag.strip().toLowerCase(Locale.ROOT);
        return SUPPORTED.stream().filter(l -> l.tag().equals(wanted)).findFirst();
    }

    /**
     * The request's language.
     *
     * @throws ApiError 400 when {@code ?lang=} names a language the site does not have (a {@link PageError} outside /api/)
     */
    public Language of(Context ctx) {
        Language cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        Language language = resolve(ctx);
        ctx.attribute(ATTRIBUTE, language);
        return language;
    }

    private Language resolve(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null) {
            Optional<Language> known = byTag(asked);
            if (known.isEmpty()) {
                // the refusal's own page is shown in the language the request would have had without ?lang=
                ctx.attribute(ATTRIBUTE, unasked(ctx));
                if (!ctx.path().startsWith("/api/")) {
                    throw new PageError(400, "language.unknown.title", "language.unknown.text");
                }
                throw ApiError.badRequest("unknown_language", "unknown language '" + abbreviate(asked) + "' in ?lang=: use " + tags());
            }
            return known.get();
        }
        return unasked(ctx);
    }

    /** The request's language from everything but {@code ?lang=}. */
    private Language unasked(Context ctx) {
        Optional<Language> chosen = userSetting.apply(ctx).flatMap(Languages::byTag);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Optional<Language> remembered = byTag(ctx.cookie(COOKIE));
        if (remembered.isPresent()) {
            return remembered.get();
        }
        return fromAcceptLanguage(ctx.header("Accept-Language"));
    }

    /** The browser's most preferred supported language; English when it names none or the header cannot be read. */
    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Language.EN;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            List<String> tags = new ArrayList<>();
            SUPPORTED.forEach(l -> tags.add(l.tag()));
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String primary = range.getRange().split("-")[0];
                if (primary.equals("*")) {
                    return Language.EN;
                }
                if (tags.contains(primary)) {
                    return byTag(primary).orElseThrow();
                }
            }
        } catch (IllegalArgumentException e) {
            return Language.EN;
        }
        return Language.EN;
    }

    /** The language this browser chose explicitly (by {@code ?lang=} or the switcher's cookie), if any. */
    public Optional<Language> chosen(Context ctx) {
        return byTag(ctx.queryParam("lang")).or(() -> byTag(ctx.cookie(COOKIE)));
    }

    /** Remembers a guest's choice in a cookie (a signed-in user's choice is also stored with the account). */
    public void remember(Context ctx, Language language) {
        ctx.cookie(new Cookie(COOKIE, language.tag(), "/", COOKIE_SECONDS, secure.test(ctx), true, null, SameSite.LAX));
        ctx.attribute(ATTRIBUTE, language);
    }

    public Messages messages(Language language) {
        return messages.get(language);
    }

    /** The UI strings of the request's language. */
    public Messages messages(Context ctx) {
        return messages(of(ctx));
    }

    public static String tags() {
        return String.join(" or ", SUPPORTED.stream().map(Language::tag).toList());
    }

    private static String abbreviate(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 20 ? clean.substring(0, 20) + "…" : clean;
    }
}
