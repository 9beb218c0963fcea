package org.lede.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndexAddressTest {
  @Test
  void an_address_names_host_port_and_index() {
    IndexAddress a = IndexAddress.parse("opensearch://127.0.0.1:9200/news");
    assertThat(a).isEqualTo(new IndexAddress("127.0.0.1", 9200, "news"));
    assertThat(a.http()).hasToString("http://127.0.0.1:9200");
    assertThat(a).hasToString("opensearch://127.0.0.1:9200/news");
  }

  @Test
  void an_address_without_port_or_index_or_with_another_scheme_is_refused_saying_the_form() {
    assertThatThrownBy(() -> IndexAddress.parse("opensearch://localhost/news")).hasMessageContaining("opensearch://HOST:PORT/INDEX");
    assertThatThrownBy(() -> IndexAddress.parse("http://localhost:9200/news")).hasMessageContaining("opensearch://HOST:PORT/INDEX");
    assertThatThrownBy(() -> IndexAddress.parse("opensearch://localhost:9200/")).hasMessageContaining("not an index name");
    assertThatThrownBy(() -> IndexAddress.parse("opensearch://localhost:9200/News")).hasMessageContaining("not an index name");
    assertThatThrownBy(() -> IndexAddress.parse("opensearch://local host:9200/news")).hasMessageContaining("opensearch://HOST:PORT/INDEX");
  }
}
