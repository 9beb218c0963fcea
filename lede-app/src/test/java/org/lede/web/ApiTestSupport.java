package org.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.lede.json.ArticleJson;

/** Reads an API answer: 200, JSON, with an ETag. */
final class ApiTestSupport {
  private ApiTestSupport() {}

  static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(r.headers().firstValue("ETag")).isPresent();
    return ArticleJson.mapper().readTree(r.body());
  }
}
