package org.cooplog.publisher.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The files an import reads, told apart by their content rather than by their name or declared type, which depend
 * on the browser and on how staff saved the file.
 */
enum FileFormat {
    CSV,
    XLSX;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] UTF16_LE = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16_BE = {(byte) 0xFE, (byte) 0xFF};

    /**
     * @throws org.springframework.web.ErrorResponseException 415 naming how to save the file instead
     */
    static FileFormat of(byte[] content) {
        if (startsWith(content, ZIP)) {
            return XLSX;
        }
        if (startsWith(content, OLE2)) {
            throw ImportProblems.unsupported(
                    "Đây là tệp Excel 97-2003 (.xls) hoặc tệp có mật khẩu: hãy lưu thành Excel Workbook (.xlsx)"
                            + " không mật khẩu, hoặc CSV UTF-8.",
                    "This is an Excel 97-2003 (.xls) or password-protected workbook: save it as an Excel Workbook"
                            + " (.xlsx) without a password, or as CSV UTF-8.");
        }
        if (!startsWith(content, UTF16_LE)
                && !startsWith(content, UTF16_BE)
                && utf8(content).isPresent()) {
            return CSV;
        }
        throw ImportProblems.unsupported(
                "Chỉ nhận tệp CSV (mã UTF-8) hoặc Excel (.xlsx); tệp này không phải hai loại đó. Trong Excel, chọn"
                        + " Lưu thành > CSV UTF-8 hoặc Excel Workbook.",
                "Only CSV (UTF-8) and Excel (.xlsx) files are accepted, and this file is neither. In Excel, choose"
                        + " Save As > CSV UTF-8 or Excel Workbook.");
    }

    Sheet read(byte[] content, ImportProperties limits) {
        return switch (this) {
            case CSV -> CsvSheets.read(utf8(content).orElseThrow(), limits.maxRows());
            case XLSX -> XlsxSheets.read(content, limits.maxRows(), limits.maxUnpackedBytes());
        };
    }

    /** The text, if the bytes are UTF-8 and hold no NUL, which no spreadsheet text has but binary files do. */
    static Optional<String> utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
