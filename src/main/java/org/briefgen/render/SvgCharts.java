package org.briefgen.render;

import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefgen.charts.ChartSpec;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

/**
 * The HTML preview's charts. Every {@code <object type="briefgen/chart" data-chart="ID">} placeholder in
 * the template output becomes an inline SVG drawn by JFreeSVG from the same JFreeChart chart the PDF draws,
 * at the placeholder's size, titled with the chart's title and described by its alt text, so a browser shows
 * what the PDF shows. The rest of the page stays exactly as the template wrote it, whatever the template.
 */
final class SvgCharts {
    /**
     * A placeholder as Thymeleaf's XML mode writes it. Attribute values come out escaped (no '&gt;' inside
     * a tag), so the tag ends at the first '&gt;'.
     */
    private static final Pattern OBJECT = Pattern.compile("<object\\b([^>]*?)(?:/>|>\\s*</object>)");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern SIZE = Pattern.compile("(width|height)\\s*:\\s*(\\d+(?:\\.\\d+)?)px");

    private SvgCharts() {
    }

    /** The page with each placeholder of a known chart replaced by its SVG; other objects are left alone. */
    static String inline(String html, Map<String, ChartSpec> charts) {
        Matcher m = OBJECT.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + charts.size() * 20_000);
        while (m.find()) {
            Map<String, String> attributes = attributes(m.group(1));
            String id = attributes.get("data-chart");
            ChartSpec spec = id == null ? null : charts.get(id);
            boolean chart = ChartDrawer.TYPE.equals(attributes.get("type")) && spec != null;
            m.appendReplacement(out, Matcher.quoteReplacement(chart ? svg(spec, attributes.get("style")) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * One chart as an {@code <svg>} element at the size the placeholder's style gives (CSS pixels, as the
     * PDF drawer uses), else the chart's own size. Ids start with the chart id, so several charts share a
     * page without clashes and the same chart always gives the same text.
     */
    static String svg(ChartSpec spec, String style) {
        double[] size = size(style, spec);
        SVGGraphics2D g = new SVGGraphics2D(size[0], size[1]);
        String id = "chart-" + spec.id();
        g.setDefsKeyPrefix(id + "-");
        g.setFontFunction(FontLibrary::cssFamily);
        g.setGeomDoubleConverter(SvgCharts::hundredths);
        g.setTransformDoubleConverter(SvgCharts::hundredths);
        spec.chart().draw(g, new Rectangle2D.Double(0, 0, size[0], size[1]));
        String svg = g.getSVGElement(id, true, new ViewBox(0, 0, size[0], size[1]), null, null);
        int open = svg.indexOf('>') + 1;
        return svg.substring(0, open - 1) + " role='img' aria-labelledby='" + id + "-title " + id + "-desc'"
                + " class='chart'>"
                + "<title id='" + id + "-title'>" + SVGUtils.escapeForXML(spec.title()) + "</title>"
                + "<desc id='" + id + "-desc'>" + SVGUtils.escapeForXML(spec.altText()) + "</desc>"
                + svg.substring(open);
    }

    /**
     * A coordinate to a hundredth of a CSS pixel, finer than any screen or printer shows; JFreeSVG's default
     * of every digit of a double makes a chart's SVG three times as large.
     */
    static String hundredths(double v) {
        long h = Math.round(v * 100);
        if (h % 100 == 0) return Long.toString(h / 100);
        return java.math.BigDecimal.valueOf(h, 2).stripTrailingZeros().toPlainString();
    }

    private static double[] size(String style, ChartSpec spec) {
        double[] size = {spec.width(), spec.height()};
        if (style == null) return size;
        Matcher m = SIZE.matcher(style);
        while (m.find()) size[m.group(1).equals("width") ? 0 : 1] = Double.parseDouble(m.group(2));
        return size;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }
}
