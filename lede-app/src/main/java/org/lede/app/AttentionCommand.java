package org.lede.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.lede.explore.AttentionChart;
import org.lede.explore.AttentionFormat;
import org.lede.explore.ChartLines;
import org.lede.index.AttentionCounts;
import org.lede.index.AttentionQuery;
import org.lede.index.Interval;
import org.lede.index.UnknownCollectionException;
import org.lede.json.ArticleJson;
import org.lede.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede attention}: how many articles matched each query per day, week or month. */
@Command(
    name = "attention",
    header = "Attention over time: matching articles per day, week or month, for up to five queries.",
    mixinStandardHelpOptions = true,
    description = {
        "Count the articles matching each query (Lede's search syntax, as `lede search`) in each period, and their",
        "share of all articles published in that period. Counts come from the search index; each equals the total",
        "of `lede search QUERY --since FROM --until TO` for the period. Undated articles are not counted.",
        "Beside each count: the distinct stories (`lede stories`) those articles are in, in that period.",
        "",
        "--collection compares the same queries across collections of sites (see `lede collection`): one line per",
        "query and collection, each a share of that collection's articles.",
        "",
        "Examples:  lede attention flood drought --since 2024-01-01 --until 2025-01-01 --interval week",
        "           lede attention 'entity:\"Borys Kremenetskyi\"' --interval month --csv > kremenetskyi.csv",
        "           lede attention flood --collection \"UK press\" --collection \"US press\"",
    })
final class AttentionCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--since", paramLabel = "DATE", description = "first day counted (YYYY-MM-DD; default: a year before --until)")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE",
      description = "day after the last one counted (YYYY-MM-DD; default: the day after the newest article)")
  LocalDate until;

  @Option(names = "--interval", defaultValue = "day", description = "day, week (Monday to Sunday) or month (default: ${DEFAULT-VALUE})")
  String interval;

  @Option(names = "--collection", paramLabel = "NAME", description = "compare across this collection of sites (repeatable)")
  List<String> collections;

  @Option(names = "--csv", description = "write CSV: query,period,count,share,stories, one row per query and period")
  boolean csv;

  @Option(names = "--json", description = "write the API's JSON: {series: [{query, points: [{period, count, share, stories}]}]}")
  boolean json;

  @Parameters(paramLabel = "QUERY", arity = "1..5", description = "one to five queries")
  List<String> queries;

  @Override
  public Integer call() throws Exception {
    List<AttentionQuery> lines;
    Interval every;
    try {
      every = Interval.parse(interval);
      lines = ChartLines.of(queries, collections);
    } catch (IllegalArgumentException e) {
      System.err.println("lede attention: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (Library library = data.open()) {
      LocalDate to = until != null ? until : library.publishedSpan().map(s -> s.last().plusDays(1))
          .orElse(LocalDate.now(ZoneOffset.UTC).plusDays(1));
      LocalDate from = since != null ? since : to.minusYears(1);
      AttentionCounts counts;
      try {
        counts = library.attention(lines, from, to, every);
      } catch (IllegalArgumentException | UnknownCollectionException e) {
        System.err.println("lede attention: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      Writer out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      if (csv) AttentionFormat.csv(counts, out);
      else if (json) out.write(ArticleJson.mapper().writeValueAsString(AttentionFormat.json(counts, every)) + "\n");
      else out.write(table(counts));
      out.flush();
    }
    return ExitCodes.OK;
  }

  /** A table for reading: the totals, then a row per period with count, stories and share columns per query. */
  static String table(AttentionCounts counts) {
    StringBuilder sb = new StringBuilder();
    List<AttentionCounts.Series> series = counts.series();
    for (int s = 0; s < series.size(); s++) {
      AttentionCounts.Series x = series.get(s);
      sb.append('[').append(s + 1).append("] ").append(x.query().label()).append(": ").append(x.total())
          .append(x.total() == 1 ? " article" : " articles");
      if (x.syntaxError()) sb.append(" (not valid syntax; counted as plain words)");
      sb.append('\n');
    }
    sb.append(String.format("%n%-10s", "period"));
    for (int s = 0; s < series.size(); s++) sb.append(String.format("  %22s", "[" + (s + 1) + "] count stories share"));
    sb.append('\n');
    for (int i = 0; i < counts.periods().size(); i++) {
      sb.append(String.format("%-10s", counts.periods().get(i).label()));
      for (AttentionCounts.Series x : series) {
        sb.append(String.format("  %7d %7d %6s", x.counts()[i], x.stories()[i], AttentionChart.percentExact(x.share(i))));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
