package org.cooplog.publisher.request;

import java.text.Normalizer;
import java.util.List;

/** Text as the log stores it: Unicode NFC, without surrounding blanks, so equal words compare equal. */
public final class Text {

    private Text() {}

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    public static List<String> nfc(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(Text::nfc).toList();
    }
}
