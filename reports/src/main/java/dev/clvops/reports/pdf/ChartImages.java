package dev.clvops.reports.pdf;

import dev.clvops.reports.documents.ChartSpec;
import dev.clvops.reports.documents.Formats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws a chart with JFreeChart into a PNG at {@link #SCALE} times its size in points (216 dpi). */
final class ChartImages {

    static final int SCALE = 3;
    private static final Color[] PALETTE = {new Color(0x1F4E79), new Color(0xE07B39), new Color(0x3A9E6F),
        new Color(0x8E5EA2), new Color(0xC0392B)};
    private static final StandardChartTheme THEME = theme();

    private final Formats formats;

    ChartImages(Formats formats) {
        this.formats = formats;
    }

    byte[] png(ChartSpec spec, int widthPt, int heightPt) {
        JFreeChart chart = chart(spec);
        BufferedImage image = new BufferedImage(widthPt * SCALE, heightPt * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(SCALE, SCALE);
        chart.draw(g, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart " + spec.title(), e);
        }
        return out.toByteArray();
    }

    private JFreeChart chart(ChartSpec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartSpec.Series s : spec.series()) {
            for (int i = 0; i < spec.categories().size(); i++) {
                data.addValue(s.values().get(i), s.name(), spec.categories().get(i));
            }
        }
        boolean legend = spec.series().size() > 1;
        JFreeChart chart = spec.type() == ChartSpec.Type.BAR
                ? ChartFactory.createBarChart(spec.title(), spec.xLabel(), spec.yLabel(), data,
                        PlotOrientation.VERTICAL, legend, false, false)
                : ChartFactory.createLineChart(spec.title(), spec.xLabel(), spec.yLabel(), data,
                        PlotOrientation.VERTICAL, legend, false, false);
        THEME.apply(chart);
        style((CategoryPlot) chart.getPlot(), spec);
        return chart;
    }

    private void style(CategoryPlot plot, ChartSpec spec) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0D0D0));
        plot.setOutlineVisible(false);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        NumberFormat format = spec.percent() ? NumberFormat.getPercentInstance(formats.locale())
                : NumberFormat.getNumberInstance(formats.locale());
        range.setNumberFormatOverride(format);
        if (spec.categories().size() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setItemMargin(0.05);
        }
        if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
            lines.setDefaultShapesVisible(true);
        }
        for (int i = 0; i < spec.series().size(); i++) {
            plot.getRenderer().setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(1.6f));
        }
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("clvops");
        theme.setExtraLargeFont(PdfFonts.awt(true, 11f));
        theme.setLargeFont(PdfFonts.awt(false, 9f));
        theme.setRegularFont(PdfFonts.awt(false, 8f));
        theme.setSmallFont(PdfFonts.awt(false, 7f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        return theme;
    }
}
