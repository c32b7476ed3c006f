package org.briefgen.render;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.briefgen.charts.ChartSpec;
import org.w3c.dom.Element;

/**
 * Draws {@code <object type="briefgen/chart" data-chart="ID">} elements through the output device's
 * Graphics2D, which on the PDF device is a PdfBoxGraphics2D: vector paths and real text, no bitmap.
 * (openhtmltopdf-objects' JFreeChart drawer emits untagged link annotations that break PDF/UA.)
 */
final class ChartDrawer implements FSObjectDrawer {
    static final String TYPE = "briefgen/chart";
    private final Map<String, ChartSpec> charts;

    ChartDrawer(Map<String, ChartSpec> charts) {
        this.charts = Map.copyOf(charts);
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
                                         OutputDevice device, RenderingContext ctx, int dotsPerPixel) {
        ChartSpec spec = charts.get(e.getAttribute("data-chart"));
        if (spec == null) return null;
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        device.drawWithGraphics((float) x, (float) y, w, h,
                g -> spec.chart().draw(g, new Rectangle2D.Float(0, 0, w, h)));
        return null;
    }
}
