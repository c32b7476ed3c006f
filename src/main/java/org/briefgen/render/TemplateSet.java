package org.briefgen.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The Thymeleaf templates of a template folder ({@code brief.html}, {@code handout.html}) and their
 * shared stylesheet {@code style.css}, which is inlined so the HTML is self-contained. XML mode keeps the
 * output well-formed XHTML, which openhtmltopdf requires; {@code th:text} escapes all source text.
 */
final class TemplateSet {
    static final String STYLESHEET = "style.css";
    private final Path dir;
    private final TemplateEngine engine = new TemplateEngine();
    private final String css;

    TemplateSet(Path dir) throws BriefgenException {
        this.dir = dir;
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(dir.toString() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        Path cssFile = dir.resolve(STYLESHEET);
        try {
            css = Files.readString(cssFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BriefgenException(cssFile, "cannot read stylesheet: " + e.getMessage(), e);
        }
        if (css.contains("<") || css.contains("&")) {
            throw new BriefgenException(cssFile, "stylesheet must not contain '<' or '&' (it is inlined into XHTML)");
        }
    }

    Path file(String template) {
        return dir.resolve(template + ".html");
    }

    String render(BriefDocument doc) throws BriefgenException {
        Path file = file(doc.template());
        if (!Files.isRegularFile(file)) throw new BriefgenException(file, "template '" + doc.template() + "' not found");
        Context ctx = new Context();
        ctx.setVariable("brief", doc);
        ctx.setVariable("css", css);
        try {
            return engine.process(doc.template(), ctx);
        } catch (TemplateProcessingException e) {
            int line = e.getLine() == null ? 0 : e.getLine();
            int col = e.getCol() == null ? 0 : e.getCol();
            String msg = e.getMessage().replaceFirst("\\s*\\(template: .*$", "");
            throw new BriefgenException(Diagnostic.error(file, line, col, "template error: " + msg));
        }
    }
}
