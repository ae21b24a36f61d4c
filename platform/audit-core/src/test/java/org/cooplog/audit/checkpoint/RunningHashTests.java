package org.cooplog.audit.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RunningHashTests {

    private static final byte[] KEY = "a".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = {1, 2, 3};

    /** Worked out independently (Python hashlib, struct '>q' and '>i'), so the definition in docs/audit.md is the code's. */
    @Test
    void followsTheDocumentedDefinition() {
        RunningHash first = RunningHash.START.next(0, 1634515200000L, KEY, VALUE);
        RunningHash second = first.next(2, 1634515200001L, null, null);

        assertThat(first.hex()).isEqualTo("99491b2d68c92dd5089829901863a30975d3b9c7316edd6651232ff58805a3cb");
        assertThat(second.hex()).isEqualTo("096f5ef929b24de20018a2071f855684613acbf3ef514234eddce2f4b3624b38");
        assertThat(second.records()).isEqualTo(2);
    }

    @Test
    void startsFromThirtyTwoZeroBytes() {
        assertThat(RunningHash.START.hash()).isEqualTo(new byte[32]);
        assertThat(RunningHash.START.records()).isZero();
    }

    @Test
    void changesWithEveryPartOfARecord() {
        RunningHash base = RunningHash.START.next(0, 1, KEY, VALUE);

        assertThat(RunningHash.START.next(1, 1, KEY, VALUE)).isNotEqualTo(base);
        assertThat(RunningHash.START.next(0, 2, KEY, VALUE)).isNotEqualTo(base);
        assertThat(RunningHash.START.next(0, 1, "b".getBytes(StandardCharsets.UTF_8), VALUE))
                .isNotEqualTo(base);
        assertThat(RunningHash.START.next(0, 1, KEY, new byte[] {1, 2, 4})).isNotEqualTo(base);
    }

    @Test
    void tellsAnEmptyValueFromNoValueAndAKeyFromTheValue() {
        assertThat(RunningHash.START.next(0, 1, null, new byte[0]))
                .isNotEqualTo(RunningHash.START.next(0, 1, new byte[0], null));
        assertThat(RunningHash.START.next(0, 1, new byte[] {1}, new byte[] {2}))
                .isNotEqualTo(RunningHash.START.next(0, 1, new byte[] {1, 2}, new byte[0]));
    }

    @Test
    void dependsOnTheOrderOfRecords() {
        RunningHash inOrder = RunningHash.START.next(0, 1, KEY, VALUE).next(1, 1, KEY, new byte[] {9});
        RunningHash swapped = RunningHash.START.next(0, 1, KEY, new byte[] {9}).next(1, 1, KEY, VALUE);

        assertThat(swapped).isNotEqualTo(inOrder);
    }

    @Test
    void isImmutable() {
        RunningHash hash = RunningHash.START.next(0, 1, KEY, VALUE);
        hash.hash()[0] ^= 1;

        assertThat(hash.hex()).isEqualTo(HexFormat.of().formatHex(hash.hash()));
        assertThat(RunningHash.START.hash()).isEqualTo(new byte[32]);
    }

    @Test
    void refusesAHashOfTheWrongLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RunningHash(new byte[31], 0));
    }
}
