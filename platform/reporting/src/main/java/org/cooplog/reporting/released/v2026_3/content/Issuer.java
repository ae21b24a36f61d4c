package org.cooplog.reporting.released.v2026_3.content;

import java.util.List;

/**
 * Who issues the reports: the configuration of the heading and the signature block.
 *
 * @param governingBody the body above the issuing unit, e.g. THANH TRA CHÍNH PHỦ
 * @param unit the issuing unit, e.g. VỤ HỢP TÁC QUỐC TẾ
 * @param unitCode the unit's abbreviation in document symbols, e.g. HTQT
 * @param place where the report is signed, e.g. Hà Nội
 * @param authority who signs on behalf, e.g. KT. VỤ TRƯỞNG; null when the head signs
 * @param copies the Nơi nhận list after the addressee, e.g. "Lưu: VT, HTQT."
 */
public record Issuer(
        Localized governingBody,
        Localized unit,
        String unitCode,
        Localized place,
        Localized authority,
        Localized signerTitle,
        String signerName,
        List<Localized> copies) {

    public Issuer {
        copies = List.copyOf(copies);
    }
}
