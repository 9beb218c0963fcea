package org.lede.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.source.InputException;

class SourcesFileTest {
  @TempDir Path tmp;

  @Test
  void plain_lines_and_a_yaml_list_read_the_same() throws Exception {
    Path f = tmp.resolve("sources.yaml");
    Files.writeString(f, """
        # world desk
        feed     https://news.example.org/world/rss.xml

        - sitemap: https://news.example.org/sitemap-news.xml
        - feed: https://news.example.org/world/rss.xml
        """);
    assertThat(SourcesFile.read(f)).containsExactly(
        Source.feed("https://news.example.org/world/rss.xml"), Source.sitemap("https://news.example.org/sitemap-news.xml"));
  }

  @Test
  void a_bad_line_is_named_with_its_number() throws Exception {
    Path f = tmp.resolve("sources.txt");
    Files.writeString(f, "feed https://news.example.org/rss\npodcast https://x.example.org/\n");
    assertThatThrownBy(() -> SourcesFile.read(f)).isInstanceOf(InputException.class)
        .hasMessage(f + " line 2: unknown source kind 'podcast' (feed or sitemap)");
    Files.writeString(f, "feed /relative/rss\n");
    assertThatThrownBy(() -> SourcesFile.read(f)).hasMessageContaining("not an absolute http(s) URL");
  }
}
