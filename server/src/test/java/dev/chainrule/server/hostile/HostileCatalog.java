package dev.chainrule.server.hostile;

import dev.chainrule.server.hostile.HostileSite.Fixture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The catalog of hostile requests, by category: malformed JSON, wrong JSON types and fields, bodies over 1 MB, deeply
 * nested JSON, special numbers, very long strings, control characters and unusual Unicode, XSS payloads, SQL
 * injection, path traversal, unknown ids, wrong methods and content types, bad CSRF and credentials,
 * expression-language bombs, form fields, query parameters, open redirects and malformed HTTP. {@link ApiCases} holds
 * the JSON API's, {@link PageCases} the pages', forms', static files' and raw HTTP's.
 */
final class HostileCatalog {

    /** The exercises the learner has variants of, one per kind that takes typed answers. */
    static final String GRADIENTS = "two-neuron-dw2";
    static final String FORMULA = "outer-weight-formula";
    static final String LAYER = "dmlp-layer-deltas";
    static final String CHOICE = "cg-gate-roles";
    static final String BACKWARD = "two-neuron-backward";
    static final List<String> EXERCISES = List.of(GRADIENTS, FORMULA, LAYER, CHOICE, BACKWARD);
    /** A little over Javalin's 1 MB request limit. */
    static final int ONE_MB_PLUS = 1_100_000;

    private final List<String> routes;

    /** {@code routes}: every route of the app as "METHOD /path/{param}". */
    HostileCatalog(List<String> routes) {
        this.routes = List.copyOf(routes);
    }

    List<HostileCase> cases(Fixture fixture) {
        List<HostileCase> cases = new ArrayList<>(new ApiCases(fixture).all());
        cases.addAll(new PageCases(fixture, this).all());
        return cases;
    }

    /** How many requests each category holds. */
    static Map<String, Integer> countByCategory(List<HostileCase> cases) {
        Map<String, Integer> counts = new TreeMap<>();
        cases.forEach(c -> counts.merge(c.category, 1, Integer::sum));
        return counts;
    }

    /** The route whose path matches {@code path} (the first declared, whatever its method), else {@link HostileCase#NO_ROUTE}. */
    String route(String path) {
        for (String route : routes) {
            String template = route.substring(route.indexOf(' ') + 1);
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                return route;
            }
        }
        return HostileCase.NO_ROUTE;
    }

    /** Text short enough for a test name, with control characters made visible. */
    static String shown(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(40).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || (cp >= 0x200b && cp <= 0x202e) || cp == 0xfeff || Character.isSurrogate((char) cp)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return "'" + out + (text.length() > 40 ? "...(" + text.length() + " chars)" : "") + "'";
    }
}
