package org.lede.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresAddressTest {
  @Test
  void an_address_gives_user_host_port_and_database() {
    PostgresAddress a = PostgresAddress.parse("postgres://lede@db.example:6543/news");
    assertThat(a.user()).isEqualTo("lede");
    assertThat(a.host()).isEqualTo("db.example");
    assertThat(a.port()).isEqualTo(6543);
    assertThat(a.database()).isEqualTo("news");
    assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/news");
  }

  @Test
  void the_port_defaults_to_5432_and_postgresql_is_accepted_as_scheme() {
    assertThat(PostgresAddress.parse("postgresql://lede@127.0.0.1/news").port()).isEqualTo(5432);
  }

  @Test
  void a_password_is_read_decoded_and_never_shown() {
    PostgresAddress a = PostgresAddress.parse("postgres://lede:s%40cret@db/news");
    assertThat(a.password()).isEqualTo("s@cret");
    assertThat(a.toString()).isEqualTo("postgres://lede@db:5432/news").doesNotContain("cret");
  }

  @Test
  void a_wrong_address_is_refused_saying_what_is_wrong_without_its_password() {
    assertThatThrownBy(() -> PostgresAddress.parse("mysql://lede:secret@db/news"))
        .hasMessageContaining("does not start with postgres://").hasMessageNotContaining("secret");
    assertThatThrownBy(() -> PostgresAddress.parse("postgres://db/news")).hasMessageContaining("no user");
    assertThatThrownBy(() -> PostgresAddress.parse("postgres://lede@db")).hasMessageContaining("no database");
    assertThatThrownBy(() -> PostgresAddress.parse("postgres://lede@db/news?ssl=true")).hasMessageContaining("options");
  }
}
