package org.lede.explore;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws an {@link AttentionChart} as a PNG with Java's own 2D graphics (headless: no display needed), the same
 * geometry as the SVG on the page, twice the size for sharp print, with a legend below the axis.
 *
 * <p>Thread-safe: each call draws its own image.
 */
public final class ChartPng {
  private static final int SCALE = 2;
  private static final int LEGEND_ROW = 22;

  static {
    if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
  }

  private ChartPng() {}

  /** Returns the PNG bytes of {@code chart} with {@code title} above it. */
  public static byte[] render(AttentionChart chart, String title) {
    int titleHeight = 30;
    int legendRows = (chart.lines().size() + 1) / 2;
    int width = chart.width();
    int height = titleHeight + chart.height() + legendRows * LEGEND_ROW + 10;
    BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(SCALE, SCALE);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(new Color(0x1a1a1a));
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
      g.drawString(clip(g, title, width - 24), 12, 20);
      g.translate(0, titleHeight);
      axes(g, chart);
      for (AttentionChart.Line line : chart.lines()) line(g, chart, line);
      legend(g, chart);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void axes(Graphics2D g, AttentionChart c) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    FontMetrics fm = g.getFontMetrics();
    for (AttentionChart.Tick t : c.yTicks()) {
      int y = (int) Math.round(t.at());
      g.setColor(new Color(0xe4e0d8));
      g.setStroke(new BasicStroke(1f));
      g.drawLine(c.left(), y, c.right(), y);
      g.setColor(new Color(0x4a4a4a));
      g.drawString(t.label(), c.left() - 8 - fm.stringWidth(t.label()), y + 4);
    }
    g.setColor(new Color(0x4a4a4a));
    g.drawLine(c.left(), c.bottom(), c.right(), c.bottom());
    for (AttentionChart.Tick t : c.xTicks()) {
      int x = (int) Math.round(t.at());
      g.drawLine(x, c.bottom(), x, c.bottom() + 4);
      int w = fm.stringWidth(t.label());
      int left = Math.max(2, Math.min(c.width() - w - 2, x - w / 2));
      g.drawString(t.label(), left, c.bottom() + 18);
    }
  }

  private static void line(Graphics2D g, AttentionChart c, AttentionChart.Line line) {
    g.setColor(Color.decode(line.colour()));
    g.setStroke(stroke(line.dash(), 2f));
    Path2D path = new Path2D.Double();
    for (int i = 0; i < line.dots().size(); i++) {
      AttentionChart.Dot d = line.dots().get(i);
      if (i == 0) path.moveTo(d.x(), d.y());
      else path.lineTo(d.x(), d.y());
    }
    g.draw(path);
    if (c.dotsShown()) {
      for (AttentionChart.Dot d : line.dots()) g.fill(new java.awt.geom.Ellipse2D.Double(d.x() - 2.5, d.y() - 2.5, 5, 5));
    }
  }

  private static void legend(Graphics2D g, AttentionChart c) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int y0 = c.height() + 6;
    int column = (c.width() - 2 * c.left()) / 2;
    for (int i = 0; i < c.lines().size(); i++) {
      AttentionChart.Line line = c.lines().get(i);
      int x = c.left() + (i % 2) * column;
      int y = y0 + (i / 2) * LEGEND_ROW;
      g.setColor(Color.decode(line.colour()));
      g.setStroke(stroke(line.dash(), 3f));
      g.drawLine(x, y - 4, x + 28, y - 4);
      g.setColor(new Color(0x1a1a1a));
      g.drawString(clip(g, line.label(), column - 44), x + 36, y);
    }
  }

  private static BasicStroke stroke(String dash, float width) {
    if (dash.isEmpty()) return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    String[] parts = dash.split(" ");
    float[] pattern = new float[parts.length];
    for (int i = 0; i < parts.length; i++) pattern[i] = Float.parseFloat(parts[i]) * width / 2;
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
  }

  private static String clip(Graphics2D g, String s, int width) {
    FontMetrics fm = g.getFontMetrics();
    if (fm.stringWidth(s) <= width) return s;
    String t = s;
    while (!t.isEmpty() && fm.stringWidth(t + "…") > width) t = t.substring(0, t.length() - 1);
    return t + "…";
  }
}
