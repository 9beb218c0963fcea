package org.lede.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on 127.0.0.1 for CLI tests: {@code /rss.xml} lists {@code items} invented stories at
 * {@code /story/N}, with an ETag so a repeat poll can be answered 304. Counts the story requests it serves.
 */
final class NewsServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private final AtomicInteger storyRequests = new AtomicInteger();
  private final AtomicInteger feedRequests = new AtomicInteger();
  private final int items;
  private final long storyDelayMs;

  NewsServer(int items, long storyDelayMs) {
    this.items = items;
    this.storyDelayMs = storyDelayMs;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext("/rss.xml", this::feed);
    server.createContext("/story/", this::story);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  int storyRequests() {
    return storyRequests.get();
  }

  int feedRequests() {
    return feedRequests.get();
  }

  private void feed(HttpExchange ex) throws IOException {
    feedRequests.incrementAndGet();
    String etag = "\"n" + items + "\"";
    if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      ex.sendResponseHeaders(304, -1);
      ex.close();
      return;
    }
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Island Wire</title>"
        + "<link>" + url("/") + "</link><description>d</description>");
    for (int i = 0; i < items; i++) {
      b.append("<item><title>Harbour board session ").append(i).append("</title><link>/story/").append(i)
          .append("</link><pubDate>Tue, 03 Mar 2026 09:15:00 GMT</pubDate></item>");
    }
    b.append("</channel></rss>");
    ex.getResponseHeaders().set("ETag", etag);
    send(ex, "application/rss+xml; charset=utf-8", b.toString());
  }

  private void story(HttpExchange ex) throws IOException {
    storyRequests.incrementAndGet();
    if (storyDelayMs > 0) {
      try {
        Thread.sleep(storyDelayMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String n = ex.getRequestURI().getPath().substring("/story/".length());
    send(ex, "text/html; charset=utf-8", page(n));
  }

  /** An invented article; the number varies its headline and text. */
  static String page(String n) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour board session " + n
        + "</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Harbour board session " + n + "</h1>"
        + "<p>MARROW ISLAND: The harbour board met for session " + n + " on Tuesday to decide how to repair the pier "
        + "that a storm damaged last week.</p><p>\u201cWe will not let the ferry stop again,\u201d said board chair "
        + "Tomas Reyes. Repairs will cost about two million pounds, the council said.</p>"
        + "<p>Fishermen said the work should start before the spring season, when the boats go out daily.</p>"
        + "</article></body></html>";
  }

  private static void send(HttpExchange ex, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
