package dev.chainrule.server.web;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Resolves Thymeleaf {@code #{key}} expressions from the {@link Messages} bundle of the page's locale. */
final class BundleMessageResolver extends AbstractMessageResolver {

    private final Map<Locale, Messages> byLocale = new ConcurrentHashMap<>();

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        Messages messages = byLocale.computeIfAbsent(context.getLocale(), Messages::new);
        if (!messages.has(key)) {
            return null;
        }
        return messages.get(key, messageParameters == null ? new Object[0] : messageParameters);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return "??" + key + "_" + context.getLocale() + "??";
    }
}
