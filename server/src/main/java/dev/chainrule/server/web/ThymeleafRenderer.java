package dev.chainrule.server.web;

import dev.chainrule.grader.exercise.Language;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.function.Function;
import java.util.Map;

/** Renders the Thymeleaf templates in {@code templates/} for {@code ctx.render(name, model)}; the template cache is off in dev mode. */
public final class ThymeleafRenderer implements FileRenderer {

    private final TemplateEngine engine;
    private final Function<Context, Language> languages;

    /** {@code languages}: the language of a request, in which its page is rendered. */
    public ThymeleafRenderer(boolean dev, Function<Context, Language> languages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ThymeleafRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(!dev);
        this.engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver());
        this.languages = languages;
    }

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(Languages.locale(languages.apply(ctx)));
        model.forEach(context::setVariable);
        ctx.contentType("text/html; charset=utf-8");
        return engine.process(template, context);
    }
}
