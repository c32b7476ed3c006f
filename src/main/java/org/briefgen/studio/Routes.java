package org.briefgen.studio;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefgen.BriefgenException;
import org.briefgen.compose.Brief;
import org.briefgen.render.OutputFormat;
import org.briefgen.build.PlannedBrief;
import org.briefgen.ingest.Passage;
import org.briefgen.render.BriefDocument.Segment;
import org.briefgen.compose.Highlighter;
import org.briefgen.rules.Theme;

/** The studio's pages and actions. Values handed to templates are records of plain text. */
final class Routes {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private final Studio studio;
    private final Workspace ws;

    Routes(Studio studio, Workspace ws) {
        this.studio = studio;
        this.ws = ws;
    }

    record Row(String id, String title, String audience, java.time.LocalDate meetingDate, String themes, String built, boolean upToDate,
               String reason, String problem) {
    }

    void list(Context ctx) throws BriefgenException, IOException {
        List<Workspace.Entry> entries = ws.briefs();
        List<PlannedBrief> plans = ws.plan(entries.stream().map(Workspace.Entry::file).toList());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Workspace.Entry e = entries.get(i);
            PlannedBrief plan = plans.get(i);
            if (e.brief() == null) {
                rows.add(new Row(null, ws.project().display(e.file()).toString(), null, null, null, null, false, null,
                        String.join("\n", e.problems().stream().map(ws::display).toList())));
                continue;
            }
            Brief b = e.brief();
            Path pdf = plan.output();
            String built = pdf != null && Files.isRegularFile(pdf) ? WHEN.format(Files.getLastModifiedTime(pdf).toInstant()) : null;
            rows.add(new Row(b.id(), b.title(), b.audience(), b.meetingDate(), String.join(", ", b.themes()), built,
                    plan.action() == PlannedBrief.Action.SKIP, plan.reason(), null));
        }
        studio.render(ctx, "list", Map.of("rows", rows));
    }

    record Card(String id, List<Segment> segments, String source, String citation, String score, List<String> terms,
                boolean selected, boolean pinned, boolean dropped, int merged, String why) {
    }

    record SectionView(String id, String title, String description, List<Card> cards) {
    }

    void brief(Context ctx) throws BriefgenException, IOException {
        String file = ctx.pathParam("file");
        if (file.endsWith(".pdf")) {
            Path pdf = ws.build(ws.brief(file.substring(0, file.length() - 4)), OutputFormat.PDF);
            serve(ctx, pdf, "application/pdf");
            return;
        }
        if (file.endsWith(".docx")) {
            Path docx = ws.build(ws.brief(file.substring(0, file.length() - 5)), OutputFormat.DOCX);
            serve(ctx, docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            return;
        }
        if (file.endsWith(".html")) {
            Path html = ws.build(ws.brief(file.substring(0, file.length() - 5)), OutputFormat.HTML);
            serve(ctx, html, "text/html; charset=utf-8");
            return;
        }
        review(ctx, ws.brief(file), null);
    }

    /**
     * A written section on the review page: its Markdown (as saved, or as being previewed), the file's hash
     * for a stale-save check, the rendered blocks with each citation shown as source and paragraph, and problems.
     */
    record WrittenView(int index, String file, String place, String title, String markdown, String hash,
                       List<org.briefgen.render.BriefDocument.Block> preview, List<String> problems) {
    }

    private List<WrittenView> written(Workspace.Entry e, int editing, String draft) throws BriefgenException {
        org.briefgen.compose.Citations citations = ws.evidence().citations();
        Map<String, String> titles = new java.util.HashMap<>();
        ws.evidence().corpus().sources().forEach(s -> titles.put(s.id(), s.displayTitle()));
        List<WrittenView> out = new ArrayList<>();
        List<Brief.WrittenRef> refs = e.brief().written();
        for (int i = 0; i < refs.size(); i++) {
            Path f = refs.get(i).file();
            String saved = BriefEditor.readWritten(f);
            String md = i == editing && draft != null ? draft : saved;
            List<String> problems = new ArrayList<>();
            String title = null;
            List<org.briefgen.render.BriefDocument.Block> preview = List.of();
            try {
                org.briefgen.compose.WrittenText w = org.briefgen.compose.WrittenText.parse(f, md);
                title = w.title();
                preview = w.resolved(c -> citations.find(c.ref()).map(p -> "[" + org.briefgen.Shortened.to(titles.get(p.sourceId()), 40)
                        + ", " + p.locator() + "]").orElse("[citation missing: " + c.ref() + "]"));
                citations.check(w).forEach(d -> problems.add(ws.display(d)));
                w.warnings().forEach(d -> problems.add(ws.display(d)));
            } catch (BriefgenException ex) {
                ex.diagnostics().forEach(d -> problems.add(ws.display(d)));
            }
            out.add(new WrittenView(i, ws.project().display(f).toString(), BriefEditor.placeName(refs.get(i)), title, md,
                    BriefEditor.hash(saved), preview, problems));
        }
        return out;
    }

    private void review(Context ctx, Workspace.Entry e, String message) throws BriefgenException {
        review(ctx, e, message, -1, null);
    }

    private void review(Context ctx, Workspace.Entry e, String message, int editing, String draft) throws BriefgenException {
        Review review = Review.of(e.brief(), ws.evidence());
        List<SectionView> sections = new ArrayList<>();
        for (Review.SectionReview s : review.sections()) {
            List<Card> cards = new ArrayList<>();
            for (Review.Candidate c : s.candidates()) {
                Passage p = c.passage();
                cards.add(new Card(p.id(), Highlighter.segments(p.text(), c.terms()), c.sourceTitle(), p.locator(),
                        String.format(Locale.ROOT, "%.1f", c.score()), c.terms(), c.selected(), c.pinned(), c.dropped(), c.merged(), c.why()));
            }
            Theme t = s.theme();
            sections.add(new SectionView(t.id(), t.title(), t.description(), cards));
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("brief", e.brief());
        vars.put("fileHash", e.hash());
        vars.put("written", written(e, editing, draft));
        vars.put("sections", sections);
        vars.put("warnings", review.warnings().stream().map(ws::display).toList());
        vars.put("message", message);
        studio.render(ctx, "review", vars);
    }

    void passage(Context ctx) throws BriefgenException {
        Workspace.Entry e = ws.brief(ctx.pathParam("id"));
        String id = ctx.formParam("passage");
        String action = ctx.formParam("action");
        BriefEditor.PinAction act = BriefEditor.PinAction.of(action == null ? "" : action, e.file());
        if (!Studio.isPassageId(id)) throw new BriefgenException(e.file(), "not a passage id: '" + id + "'");
        Passage p = ws.evidence().corpus().passages().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new BriefgenException(e.file(), "no passage " + id + " in the sources"));
        BriefEditor.pin(e.file(), new Brief.PassageRef(id, Passage.hashOf(p.text())),
                act);
        ctx.redirect("/briefs/" + e.brief().id() + "#" + anchor(id), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Saves (or, with action=preview, only shows) a written section's Markdown; a stale save is refused with 409. */
    void saveWritten(Context ctx) throws BriefgenException {
        Workspace.Entry e = ws.brief(ctx.pathParam("id"));
        int index = index(ctx, e);
        String text = ctx.formParam("markdown") == null ? "" : ctx.formParam("markdown").replace("\r\n", "\n");
        if ("preview".equals(ctx.formParam("action"))) {
            review(ctx, e, null, index, text);
            return;
        }
        Path file = e.brief().written().get(index).file();
        String hash = ctx.formParam("hash");
        if (hash == null) throw new BriefgenException(file, "the form did not say which version of the section it edits; reload the page");
        if (!BriefEditor.setWritten(file, hash, text)) {
            studio.error(ctx, 409, List.of(org.briefgen.Diagnostic.error(file, "the section's file changed since this page was"
                    + " opened, so it was not saved").withHint("reload the page to see the change, then save again")));
            return;
        }
        ctx.redirect("/briefs/" + e.brief().id() + "#written-" + (index + 1), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Starts a new written section in the brief. */
    void newWritten(Context ctx) throws BriefgenException {
        Workspace.Entry e = ws.brief(ctx.pathParam("id"));
        String title = ctx.formParam("title") == null ? "" : ctx.formParam("title").strip();
        String place = ctx.formParam("place") == null ? "start" : ctx.formParam("place");
        if (title.isEmpty()) throw new BriefgenException(e.file(), "a written section needs a title");
        BriefEditor.addWritten(e.file(), title, place);
        ctx.redirect("/briefs/" + e.brief().id() + "#written-" + (e.brief().written().size() + 1), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Pins a candidate and cites it at the end of a written section. */
    void cite(Context ctx) throws BriefgenException {
        Workspace.Entry e = ws.brief(ctx.pathParam("id"));
        int index = index(ctx, e);
        String id = ctx.formParam("passage");
        if (!Studio.isPassageId(id)) throw new BriefgenException(e.file(), "not a passage id: '" + id + "'");
        Passage p = ws.evidence().corpus().passages().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new BriefgenException(e.file(), "no passage " + id + " in the sources"));
        BriefEditor.cite(e.file(), e.brief().written().get(index).file(), new Brief.PassageRef(id, Passage.hashOf(p.text())));
        ctx.redirect("/briefs/" + e.brief().id() + "#written-" + (index + 1), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static int index(Context ctx, Workspace.Entry e) throws BriefgenException {
        String v = ctx.formParam("section");
        try {
            int i = Integer.parseInt(v == null ? "" : v);
            if (i >= 0 && i < e.brief().written().size()) return i;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BriefgenException(e.file(), "no written section '" + v + "' in this brief");
    }

    static final List<String> COVER = List.of("title", "subtitle", "audience", "meeting_date", "meeting_place", "marking");

    void cover(Context ctx) throws BriefgenException {
        Workspace.Entry e = ws.brief(ctx.pathParam("id"));
        Map<String, String> fields = new LinkedHashMap<>();
        for (String k : COVER) fields.put(k, ctx.formParam(k) == null ? null : ctx.formParam(k).strip());
        if (fields.get("title") == null || fields.get("title").isEmpty()) {
            throw new BriefgenException(e.file(), "a brief needs a title");
        }
        String hash = ctx.formParam("hash");
        if (hash == null) throw new BriefgenException(e.file(), "the cover form did not say which version of the brief it edits; reload the page");
        if (!BriefEditor.setFields(e.file(), hash, fields)) {
            studio.error(ctx, 409, List.of(org.briefgen.Diagnostic.error(e.file(), "the brief file changed since this page was"
                    + " opened, so the cover was not saved").withHint("reload the page to see the change, then save again")));
            return;
        }
        ctx.redirect("/briefs/" + e.brief().id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void newForm(Context ctx) throws BriefgenException {
        studio.render(ctx, "new", Map.of("themes", ws.evidence().book().themes()));
    }

    void create(Context ctx) throws BriefgenException {
        String title = ctx.formParam("title") == null ? "" : ctx.formParam("title").strip();
        List<String> themes = ctx.formParams("themes");
        if (title.isEmpty() || themes.isEmpty()) {
            throw new BriefgenException(ws.project().briefs(), "a new brief needs a title and at least one theme");
        }
        for (String t : themes) {
            if (ws.evidence().book().theme(t).isEmpty()) throw new BriefgenException(ws.project().themes(), "unknown theme '" + t + "'");
        }
        String id = slug(title);
        Path file = ws.project().briefs().resolve(id + ".yaml");
        StringBuilder y = new StringBuilder("# Started in the briefgen studio.\n");
        y.append("id: ").append(id).append('\n');
        y.append("title: ").append(BriefEditor.quote(title)).append('\n');
        String audience = ctx.formParam("audience");
        if (audience != null && !audience.isBlank()) y.append("audience: ").append(BriefEditor.quote(audience.strip())).append('\n');
        String date = ctx.formParam("meeting_date");
        if (date != null && !date.isBlank()) y.append("meeting_date: ").append(BriefEditor.quote(date.strip())).append('\n');
        y.append("themes: [").append(String.join(", ", themes)).append("]\n");
        BriefEditor.create(file, y.toString());
        ctx.redirect("/briefs/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** A brief id from a title: lower-case ASCII letters and digits joined by '-'. */
    static String slug(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (s.isEmpty()) s = "brief";
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-$", "") : s;
    }

    static String anchor(String passageId) {
        return "p-" + passageId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static void serve(Context ctx, Path file, String type) throws IOException {
        ctx.contentType(type);
        ctx.header("Content-Disposition", (type.startsWith("application/pdf") ? "attachment" : "inline")
                + "; filename=\"" + file.getFileName() + "\"");
        try (InputStream in = Files.newInputStream(file)) {
            ctx.result(in.readAllBytes());
        }
    }
}
