package org.cooplog.kafka.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BrokerSourceTests {

    private static final BooleanSupplier MUST_NOT_ASK_DOCKER = () -> {
        throw new AssertionError("Docker was asked although an external cluster is named");
    };

    @Test
    void anExternalClusterWinsWithoutAskingDocker() {
        assertThat(BrokerSource.choose("kafka-1:9092,kafka-2:9092", MUST_NOT_ASK_DOCKER))
                .isEqualTo(BrokerSource.EXTERNAL);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void dockerComesNextWhenNoClusterIsNamed(String variable) {
        assertThat(BrokerSource.choose(variable, () -> true)).isEqualTo(BrokerSource.TESTCONTAINERS);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void theStandaloneBrokerIsTheLastResort(String variable) {
        assertThat(BrokerSource.choose(variable, () -> false)).isEqualTo(BrokerSource.STANDALONE);
    }
}
