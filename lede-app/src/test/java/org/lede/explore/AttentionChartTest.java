package org.lede.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.lede.index.AttentionCounts;
import org.lede.index.AttentionQuery;
import org.lede.index.Interval;
import org.lede.index.Period;

class AttentionChartTest {
  private static AttentionCounts counts(int days, long[]... lines) {
    List<Period> periods = new ArrayList<>();
    LocalDate start = LocalDate.parse("2024-03-01");
    for (int i = 0; i < days; i++) {
      LocalDate d = start.plusDays(i);
      periods.add(new Period(d, Interval.DAY.label(d), d.atStartOfDay(ZoneOffset.UTC).toInstant(),
          d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
    List<AttentionCounts.Series> series = new ArrayList<>();
    long[] totals = new long[days];
    java.util.Arrays.fill(totals, 40);
    for (int i = 0; i < lines.length; i++) series.add(new AttentionCounts.Series(AttentionQuery.of("q" + i), lines[i], lines[i], 0, totals, false));
    return new AttentionCounts(periods, series);
  }

  @Test
  void ticks_are_round_numbers_above_the_peak_and_every_dot_links_to_its_period() {
    AttentionChart chart = AttentionChart.of(counts(3, new long[] {3, 17, 0}, new long[] {1, 2, 3}), Measure.ARTICLES,
        (s, i) -> "/search?line=" + s + "&period=" + i);
    assertThat(chart.yTicks()).extracting(AttentionChart.Tick::label).containsExactly("0", "5", "10", "15", "20");
    assertThat(chart.lines()).hasSize(2);
    assertThat(chart.lines().get(1).dots()).extracting(AttentionChart.Dot::href)
        .containsExactly("/search?line=1&period=0", "/search?line=1&period=1", "/search?line=1&period=2");
    assertThat(chart.lines().getFirst().dots().get(1).title()).isEqualTo("q0, 2024-03-02: 17 articles (43%), 17 stories");
    // the peak sits below the top tick, zero on the axis
    assertThat(chart.lines().getFirst().dots().get(1).y()).isGreaterThan(chart.top());
    assertThat(chart.lines().getFirst().dots().get(2).y()).isEqualTo(chart.bottom());
    assertThat(chart.lines().get(0).dash()).isNotEqualTo(chart.lines().get(1).dash());
  }

  @Test
  void shares_are_plotted_as_percentages_and_edge_labels_stay_inside() {
    AttentionChart chart = AttentionChart.of(counts(60, new long[60]), Measure.SHARE, null);
    assertThat(chart.yTicks().getLast().label()).endsWith("%");
    // a day label is about 60 units wide at the chart's type size
    assertThat(chart.xTicks()).allSatisfy(t -> {
      double left = switch (t.anchor()) {
        case "start" -> t.at();
        case "end" -> t.at() - 60;
        default -> t.at() - 30;
      };
      assertThat(left).isBetween(0.0, chart.width() - 60.0);
    });
    assertThat(AttentionChart.percentExact(0.0312)).isEqualTo("3.1%");
    assertThat(AttentionChart.percentExact(0.0005)).isEqualTo("0.05%");
  }

  @Test
  void the_png_is_the_chart_at_twice_its_size() throws Exception {
    AttentionChart chart = AttentionChart.of(counts(10, new long[] {1, 2, 3, 4, 5, 4, 3, 2, 1, 0}), Measure.ARTICLES, null);
    byte[] png = ChartPng.render(chart, "Articles per day <b>not markup</b>");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(chart.width() * 2);
    assertThat(image.getHeight()).isGreaterThan(chart.height() * 2);
  }
}
