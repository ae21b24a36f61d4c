package org.cooplog.kafka.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StandaloneOptionsTests {

    @Test
    void defaultsToOneBrokerOnTheUsualPortUnderData() {
        assertThat(StandaloneOptions.parse()).isEqualTo(new StandaloneOptions(Path.of("data/kafka"), 9092, 1));
    }

    @Test
    void readsEveryOption() {
        assertThat(StandaloneOptions.parse("--data-dir", "/srv/kafka", "--port", "0", "--brokers", "3"))
                .isEqualTo(new StandaloneOptions(Path.of("/srv/kafka"), 0, 3));
    }

    @Test
    void rejectsUnknownOptionsWithTheUsage() {
        assertThatThrownBy(() -> StandaloneOptions.parse("--dir", "x"))
                .hasMessageContaining("--dir")
                .hasMessageContaining("usage:");
    }
}
