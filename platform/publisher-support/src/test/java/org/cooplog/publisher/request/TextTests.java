package org.cooplog.publisher.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTests {

    @Test
    void composesDecomposedVietnameseAndTrims() {
        String decomposed = " Thanh tra Chi\u0301nh phu\u0309 ";

        assertThat(Text.nfc(decomposed)).isEqualTo("Thanh tra Chính phủ").hasSize(19);
    }

    @Test
    void leavesNullAlone() {
        assertThat(Text.nfc((String) null)).isNull();
    }
}
