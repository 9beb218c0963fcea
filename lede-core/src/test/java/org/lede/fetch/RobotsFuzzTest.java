package org.lede.fetch;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;

/**
 * Any robots.txt is read into rules that then answer for any path, without an exception. Seeds: the hand-written
 * files beside this test.
 */
class RobotsFuzzTest {
  private static final URI ROBOTS = URI.create("https://news.example.org/robots.txt");

  @FuzzTest(maxDuration = "30s")
  void any_robots_txt_gives_rules_that_answer_any_path(byte[] robots) {
    var rules = RobotsRules.parse(ROBOTS, robots, "text/plain");
    rules.isAllowed("https://news.example.org/politics/2026/03/03/story.html?id=1");
    rules.isAllowed("https://news.example.org/");
    rules.getCrawlDelay();
  }
}
