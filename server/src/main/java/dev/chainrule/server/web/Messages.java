package dev.chainrule.server.web;

import java.text.MessageFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Holds the UI strings of one language, read from the {@code messages_*.properties} bundles. */
public final class Messages {

    static final String BUNDLE = "messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    /** Parsed patterns by key; MessageFormat is not thread-safe, so each use formats with a clone. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... arguments) {
        try {
            if (arguments.length == 0) {
                return bundle.getString(key);
            }
            // parsing a pattern costs far more than formatting with it, and a dashboard formats thousands of cells
            MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale));
            return ((MessageFormat) format.clone()).format(arguments);
        } catch (MissingResourceException e) {
            return "??" + key + "_" + locale + "??";
        }
    }
}
