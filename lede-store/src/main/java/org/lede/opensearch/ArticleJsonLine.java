package org.lede.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads one line of the JSON Lines contract as a tree, at most 1,000 levels deep as {@code lede ingest} reads it. */
final class ArticleJsonLine {
  private static final ObjectMapper READER = new ObjectMapper();

  static {
    READER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1000).build());
  }

  private ArticleJsonLine() {}

  static JsonNode read(String line) throws JsonProcessingException {
    return READER.readTree(line);
  }
}
