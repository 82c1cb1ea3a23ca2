package org.icsdrill.evidence.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.record.TagInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * One attacked tag over the run: its true value against what the operators saw (the network view),
 * with the windows of the attacks that named it shaded and its high-high and low-low alarm limits
 * drawn, as an inline SVG element. A long run is thinned to the minimum and maximum of each of
 * {@link #BUCKETS} slices, so that a spike survives and a day's chart stays small.
 */
final class TagChart {

    static final int WIDTH = 960;
    static final int HEIGHT = 300;
    static final int BUCKETS = 600;

    private static final Color TRUE_COLOUR = new Color(0xB0, 0x3A, 0x2E);
    private static final Color VIEW_COLOUR = new Color(0x1F, 0x5F, 0xA8);
    private static final Color ATTACK_SHADE = new Color(0xF2, 0x9E, 0x4C, 0x48);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Font TEXT = new Font("SansSerif", Font.PLAIN, 12);

    /** An attack window to shade: {@code [start, end)} in plant seconds. */
    record Window(String label, double start, double end) {
    }

    private TagChart() {
    }

    /**
     * @param id      unique within the report: the SVG element's id and the prefix of its definitions
     * @param samples the tag's historian samples in time order
     * @param endTime the end of the time axis (the run's last second)
     */
    static String svg(String id, TagInfo tag, List<RecordReader.Sample> samples, List<Window> windows,
                      double endTime, ReportTexts texts) {
        XYSeries trueSeries = thin(texts.get("chart.true"), samples, true);
        XYSeries viewSeries = thin(texts.get("chart.view"), samples, false);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(trueSeries);
        data.addSeries(viewSeries);

        NumberAxis time = new NumberAxis(texts.get("chart.time"));
        time.setStandardTickUnits(timeUnits());
        time.setRange(0, Math.max(1, endTime));
        NumberAxis value = new NumberAxis(tag.unit() == null || tag.unit().isEmpty() ? tag.name()
                : tag.name() + " [" + tag.unit() + "]");
        value.setAutoRangeIncludesZero(false);
        for (NumberAxis axis : List.of(time, value)) {
            axis.setLabelFont(TEXT);
            axis.setTickLabelFont(TEXT.deriveFont(11f));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true); // one <path> per series, not an element per segment
        renderer.setSeriesPaint(0, TRUE_COLOUR);
        renderer.setSeriesStroke(0, new BasicStroke(1.6f));
        renderer.setSeriesPaint(1, VIEW_COLOUR);
        renderer.setSeriesStroke(1, new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                new float[] {6, 3}, 0));
        XYPlot plot = new XYPlot(data, time, value, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // the dashed view on top of the true value
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            IntervalMarker marker = new IntervalMarker(w.start(), w.end(), ATTACK_SHADE);
            marker.setLabel(w.label());
            marker.setLabelFont(TEXT.deriveFont(11f));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(4 + 15 * (i % 4), 4, 4, 4)); // a line each: windows may be close
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
        limit(plot, "HH", tag.highHigh(), samples);
        limit(plot, "LL", tag.lowLow(), samples);

        JFreeChart chart = new JFreeChart(null, TEXT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 18)); // room for the last time label
        chart.getLegend().setItemFont(TEXT);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.setAntiAlias(true);

        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix(id + "-");
        g2.setGeomDoubleConverter(d -> String.format(Locale.ROOT, "%.1f", d));
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGElement(id, true, new org.jfree.svg.ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    /** A dashed line at an alarm limit, when the tag has one and the true value came within reach of it. */
    private static void limit(XYPlot plot, String label, double limit, List<RecordReader.Sample> samples) {
        if (Double.isNaN(limit)) {
            return;
        }
        double min = samples.stream().mapToDouble(RecordReader.Sample::trueValue).filter(v -> !Double.isNaN(v))
                .min().orElse(limit);
        double max = samples.stream().mapToDouble(RecordReader.Sample::trueValue).filter(v -> !Double.isNaN(v))
                .max().orElse(limit);
        double reach = Math.max(max - min, Math.abs(limit) * 0.02);
        if (limit < min - reach || limit > max + reach) {
            return; // far from the data: drawing it would flatten the curves
        }
        ValueMarker marker = new ValueMarker(limit, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 1, new float[] {2, 3}, 0));
        marker.setLabel(label);
        marker.setLabelFont(TEXT.deriveFont(10f));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(marker);
    }

    /** The samples, or for a long run the minimum and maximum of each slice, in time order; NaN is a gap. */
    static XYSeries thin(String name, List<RecordReader.Sample> samples, boolean trueValue) {
        XYSeries series = new XYSeries(name, false, true);
        if (samples.size() <= 2 * BUCKETS) {
            for (RecordReader.Sample s : samples) {
                add(series, s.second(), trueValue ? s.trueValue() : s.view());
            }
            return series;
        }
        int per = (samples.size() + BUCKETS - 1) / BUCKETS;
        for (int from = 0; from < samples.size(); from += per) {
            List<RecordReader.Sample> slice = samples.subList(from, Math.min(samples.size(), from + per));
            RecordReader.Sample low = null;
            RecordReader.Sample high = null;
            boolean gap = false;
            for (RecordReader.Sample s : slice) {
                double v = trueValue ? s.trueValue() : s.view();
                if (Double.isNaN(v)) {
                    gap = true;
                    continue;
                }
                if (low == null || v < (trueValue ? low.trueValue() : low.view())) {
                    low = s;
                }
                if (high == null || v > (trueValue ? high.trueValue() : high.view())) {
                    high = s;
                }
            }
            List<RecordReader.Sample> points = new ArrayList<>();
            if (low != null) {
                points.add(low);
                if (high != low) {
                    points.add(high.second() < low.second() ? 0 : 1, high);
                }
            }
            for (RecordReader.Sample s : points) {
                add(series, s.second(), trueValue ? s.trueValue() : s.view());
            }
            if (gap && points.isEmpty()) {
                series.add(slice.get(0).second(), null);
            }
        }
        return series;
    }

    private static void add(XYSeries series, long second, double value) {
        if (Double.isNaN(value)) {
            series.add(second, null);
        } else {
            series.add(second, value);
        }
    }

    private static TickUnits timeUnits() {
        TickUnits units = new TickUnits();
        PlantTimeFormat withSeconds = new PlantTimeFormat(true);
        PlantTimeFormat minutes = new PlantTimeFormat(false);
        for (int s : new int[] {1, 2, 5, 10, 15, 30}) {
            units.add(new NumberTickUnit(s, withSeconds));
        }
        for (int s : new int[] {60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400}) {
            units.add(new NumberTickUnit(s, minutes));
        }
        return units;
    }
}
