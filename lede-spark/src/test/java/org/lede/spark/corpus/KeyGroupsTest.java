package org.lede.spark.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lede.spark.SparkRuns;

class KeyGroupsTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkRuns.local();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static JavaRDD<List<String>> items() {
    // a chain a-b-c-x through three items, a second group e-f-g-h, and d alone
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(List.of(
        List.of("x", "c"), List.of("d"), List.of("f", "g", "h"), List.of("c", "b"), List.of("e", "f"),
        List.of("a", "b")), 3);
  }

  @Test
  void keys_chained_through_items_are_one_group_named_by_the_smallest_key_and_a_lone_key_is_its_own() {
    Map<String, String> expected = new TreeMap<>(Map.of("a", "a", "b", "a", "c", "a", "x", "a", "e", "e", "f", "e",
        "g", "e", "h", "e"));
    assertThat(new TreeMap<>(KeyGroups.of(items(), Long.MAX_VALUE).collectAsMap())).as("on the driver").isEqualTo(expected);
    assertThat(new TreeMap<>(KeyGroups.of(items(), 0).collectAsMap())).as("distributed").isEqualTo(expected);
  }
}
