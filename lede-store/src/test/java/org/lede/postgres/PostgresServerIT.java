package org.lede.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresServerIT {
  @Test
  void a_server_starts_on_loopback_serves_a_new_database_and_leaves_nothing_behind_when_closed() throws Exception {
    Path dir;
    long started = System.nanoTime();
    try (PostgresServer pg = PostgresServer.start()) {
      System.out.printf("PostgresServerIT: started in %d ms on port %d%n", (System.nanoTime() - started) / 1_000_000, pg.port());
      assertThat(pg.createDatabase("news")).isEqualTo("postgres://postgres@127.0.0.1:" + pg.port() + "/news");
      try (Connection c = pg.connect("news"); Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT current_database(), inet_server_addr()::text, current_setting('unix_socket_directories')")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("news");
        assertThat(rs.getString(2)).startsWith("127.0.0.1");
        dir = Path.of(rs.getString(3));
        assertThat(dir).isDirectory();
      }
    }
    assertThat(Files.exists(dir)).as("the server's directory is deleted on close").isFalse();
  }
}
