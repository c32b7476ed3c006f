package org.briefgen.studio;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.build.Project;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The brief studio: an embedded Javalin server on the loopback address by default. It answers only
 * requests addressed to its own host name (DNS rebinding), takes changes only as POSTs carrying the
 * per-run CSRF token, validates every id, serves static files only from the jar, and escapes all text.
 */
public final class Studio implements AutoCloseable {
    static final String BRIEF_ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,79}";
    static final String PASSAGE_ID = "[A-Za-z0-9._-]{1,200}#p\\d{1,6}";

    private final Workspace workspace;
    private final String bind;
    private final String csrf;
    private final TemplateEngine pages = pages();
    private Javalin app;
    private volatile Set<String> hosts = Set.of();

    public Studio(Project project, String toolVersion, Instant sourceDateEpoch, String bind) {
        this.workspace = new Workspace(project, toolVersion, sourceDateEpoch);
        this.bind = bind;
        byte[] token = new byte[24];
        new SecureRandom().nextBytes(token);
        this.csrf = HexFormat.of().formatHex(token);
    }

    /** Starts listening; {@code port} 0 picks a free port. */
    public Studio start(int port) {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/org/briefgen/studio/static";
                s.location = Location.CLASSPATH;
            });
        });
        app.before(this::guard);
        Routes routes = new Routes(this, workspace);
        app.get("/", routes::list);
        app.get("/new", routes::newForm);
        app.post("/new", routes::create);
        app.get("/briefs/{file}", routes::brief);
        app.post("/briefs/{id}/passages", routes::passage);
        app.post("/briefs/{id}/cover", routes::cover);
        app.post("/briefs/{id}/written", routes::saveWritten);
        app.post("/briefs/{id}/written/new", routes::newWritten);
        app.post("/briefs/{id}/cite", routes::cite);
        app.exception(BriefgenException.class, (e, ctx) -> error(ctx, 400, e.diagnostics()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500,
                List.of(Diagnostic.error(null, e.getClass().getSimpleName() + ": " + e.getMessage()))));
        app.start(bind, port);
        int p = app.port();
        String b = bind.contains(":") ? "[" + bind + "]" : bind;
        // Set.copyOf: the bind address may repeat one of the others, and the set is published to request threads.
        hosts = Set.copyOf(List.of(b + ":" + p, "localhost:" + p, "127.0.0.1:" + p, "[::1]:" + p));
        return this;
    }

    public int port() {
        return app.port();
    }

    public String address() {
        return "http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + port() + "/";
    }

    @Override
    public void close() {
        if (app != null) app.stop();
    }

    String csrf() {
        return csrf;
    }

    /**
     * Refuses other Host names (DNS rebinding), requests a browser marks as coming from another site (a link
     * or script elsewhere must not make the studio build), and POSTs without the token or from another origin.
     * No page may be framed by another site (clickjacking).
     */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", "frame-ancestors 'none'");
        ctx.header("X-Frame-Options", "DENY");
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            ctx.status(403).result("briefgen studio: refused request for host '" + host + "'");
            ctx.skipRemainingHandlers();
            return;
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            ctx.status(403).result("briefgen studio: refused a request from another site (" + site + ")");
            ctx.skipRemainingHandlers();
            return;
        }
        if (ctx.method().name().equals("POST")) {
            String origin = ctx.header("Origin");
            boolean sameOrigin = origin == null || origin.equals("http://" + host);
            String token = ctx.formParam("csrf");
            if (!sameOrigin || token == null || !java.security.MessageDigest.isEqual(token.getBytes(), csrf.getBytes())) {
                ctx.status(403).result("briefgen studio: refused a change without a valid form token");
                ctx.skipRemainingHandlers();
            }
        }
    }

    void render(Context ctx, String page, Map<String, Object> vars) {
        org.thymeleaf.context.Context c = new org.thymeleaf.context.Context();
        c.setVariable("csrf", csrf);
        vars.forEach(c::setVariable);
        ctx.contentType("text/html; charset=utf-8").result(pages.process(page, c));
    }

    void error(Context ctx, int status, List<Diagnostic> problems) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("problems", problems.stream().map(d -> workspace.display(d)).toList());
        ctx.status(status);
        render(ctx, "error", vars);
    }

    static boolean isBriefId(String id) {
        return id != null && id.matches(BRIEF_ID);
    }

    static boolean isPassageId(String id) {
        return id != null && id.matches(PASSAGE_ID);
    }

    private static TemplateEngine pages() {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver(Studio.class.getClassLoader());
        r.setPrefix("org/briefgen/studio/");
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.HTML);
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        TemplateEngine e = new TemplateEngine();
        e.setTemplateResolver(r);
        return e;
    }
}
