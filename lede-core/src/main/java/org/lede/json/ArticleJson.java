package org.lede.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import org.lede.article.Article;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lede.annotate.Annotations;

/**
 * Lede's JSON Lines contract: one {@link Article} as one line of JSON, field names in lowerCamelCase, instants in
 * ISO-8601 UTC, precisions in lower case, absent values as {@code null}.
 *
 * <p>Thread-safe.
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = newMapper();

  private ArticleJson() {}

  /** Returns the mapper that writes and reads the contract, for callers that embed articles in larger JSON. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Returns {@code article} as one line of JSON, without a line end. */
  public static String toLine(Article article) {
    try {
      return MAPPER.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns {@code article} and what was found in it as one line of JSON: the article's fields, then
   * {@code quotes}, {@code entities}, {@code quantities} and {@code dates}.
   */
  public static String toLine(Article article, Annotations annotations) {
    ObjectNode node = MAPPER.valueToTree(article);
    node.setAll((ObjectNode) MAPPER.valueToTree(annotations));
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the annotations alone as JSON, as the store keeps them. */
  public static String annotationsJson(Annotations annotations) {
    try {
      return MAPPER.writeValueAsString(annotations);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads annotations back from JSON: a line of the contract or what {@link #annotationsJson} wrote. */
  public static Annotations annotationsFrom(String json) {
    try {
      return MAPPER.readValue(json, Annotations.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an article back from one line of the contract. */
  public static Article fromLine(String line) {
    try {
      return MAPPER.readValue(line, Article.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectMapper newMapper() {
    SimpleModule module = new SimpleModule("lede-contract");
    module.addSerializer(Instant.class, new JsonSerializer<>() {
      @Override
      public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toString());
      }
    });
    module.addDeserializer(Instant.class, new JsonDeserializer<>() {
      @Override
      public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        return Instant.parse(p.getValueAsString());
      }
    });
    module.addSerializer(java.time.LocalDate.class, new JsonSerializer<>() {
      @Override
      public void serialize(java.time.LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toString());
      }
    });
    module.addDeserializer(java.time.LocalDate.class, new JsonDeserializer<>() {
      @Override
      public java.time.LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        return java.time.LocalDate.parse(p.getValueAsString());
      }
    });
    // Every enum in the contract is written in lower case ("day", "direct", "person") and read in any case.
    module.addSerializer(Enum.class, new JsonSerializer<>() {
      @Override
      public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.name().toLowerCase(Locale.ROOT));
      }
    });
    return new ObjectMapper()
        .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .registerModule(module)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
