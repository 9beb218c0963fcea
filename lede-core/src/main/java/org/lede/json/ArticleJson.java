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
import org.lede.article.StatedTime;

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
    module.addSerializer(StatedTime.Precision.class, new JsonSerializer<>() {
      @Override
      public void serialize(StatedTime.Precision value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.name().toLowerCase(Locale.ROOT));
      }
    });
    module.addDeserializer(StatedTime.Precision.class, new JsonDeserializer<>() {
      @Override
      public StatedTime.Precision deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        return StatedTime.Precision.valueOf(p.getValueAsString().toUpperCase(Locale.ROOT));
      }
    });
    return new ObjectMapper()
        .registerModule(module)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
