package org.lede.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  static String row(String... fields) throws IOException {
    StringWriter out = new StringWriter();
    Csv.row(out, Arrays.asList(fields));
    return out.toString();
  }

  @Test
  void plain_fields_are_written_as_they_are_and_records_end_with_crlf() throws IOException {
    assertThat(row("a", "b c", "")).isEqualTo("a,b c,\r\n");
  }

  @Test
  void commas_quotes_and_line_breaks_are_enclosed_and_quotes_doubled() throws IOException {
    assertThat(row("Smith, John", "he said \"no\"", "line\nbreak", "cr\rhere"))
        .isEqualTo("\"Smith, John\",\"he said \"\"no\"\"\",\"line\nbreak\",\"cr\rhere\"\r\n");
  }

  @Test
  void null_is_an_empty_field_and_edge_spaces_are_kept_by_quoting() throws IOException {
    assertThat(row(null, " padded ")).isEqualTo(",\" padded \"\r\n");
  }

  @Test
  void a_field_a_spreadsheet_would_run_as_a_formula_is_written_as_text() throws IOException {
    assertThat(row("=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(A1)", "+1+2", "-cmd", "\tx", "-3", "+4.5", "a=b"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'@SUM(A1),'+1+2,'-cmd,'\tx,-3,+4.5,a=b\r\n");
  }

  @Test
  void what_is_written_reads_back_field_for_field() throws IOException {
    List<String> fields = List.of("“Curly” quotes", "a,b", "\"", "x\r\ny", "plain");
    assertThat(CsvReader.parse(row(fields.toArray(String[]::new)))).containsExactly(fields);
  }
}
