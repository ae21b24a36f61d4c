package org.cooplog.publisher.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.web.ErrorResponseException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the data sheet of an XLSX workbook (see {@link #dataSheet}) as a stream of rows, so memory stays bounded by the rows kept rather
 * than by what the workbook unpacks to; the unpacked size is checked first, against crafted archives. Cells come as
 * the request wants them: see {@link RequestCellFormatter}.
 */
final class XlsxSheets {

    private static final Set<String> DATA_SHEETS = Arrays.stream(Language.values())
            .map(language -> ColumnLabels.key(ImportWords.text(language, "sheet.data")))
            .collect(Collectors.toUnmodifiableSet());

    private XlsxSheets() {}

    static Sheet read(byte[] content, int maxRows, long maxUnpackedBytes) {
        Path file = null;
        try {
            file = Files.createTempFile("cooplog-import-", ".xlsx");
            Files.write(file, content);
            checkArchive(file, maxUnpackedBytes);
            OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                return dataSheet(new XSSFReader(workbook), maxRows);
            } finally {
                workbook.revert();
            }
        } catch (ErrorResponseException e) {
            throw e;
        } catch (IOException
                | OpenXML4JException
                | OpenXML4JRuntimeException
                | POIXMLException
                | SAXException
                | ParserConfigurationException
                | IllegalArgumentException e) {
            if (e.getCause() instanceof ErrorResponseException refusal) {
                throw refusal;
            }
            throw ImportProblems.unreadable(
                    "Không đọc được bảng tính .xlsx: tệp bị hỏng, có mật khẩu hoặc không phải bảng tính Excel. "
                            + "Hãy mở tệp và lưu lại dưới dạng Excel Workbook (.xlsx).",
                    "The .xlsx workbook cannot be read: it is damaged, protected by a password or not an Excel "
                            + "workbook. Open it and save it again as an Excel Workbook (.xlsx).");
        } finally {
            deleteQuietly(file);
        }
    }

    /** The sheet the template has desks fill in, by its name in either language; else the first, as files once had. */
    private static Sheet dataSheet(XSSFReader workbook, int maxRows)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        int chosen = 0;
        int index = 0;
        for (XSSFReader.SheetIterator names = workbook.getSheetIterator(); names.hasNext(); index++) {
            names.next().close();
            if (DATA_SHEETS.contains(ColumnLabels.key(names.getSheetName()))) {
                chosen = index;
                break;
            }
        }
        XSSFReader.SheetIterator sheets = workbook.getSheetIterator();
        for (int skipped = 0; skipped < chosen; skipped++) {
            sheets.next().close();
        }
        if (!sheets.hasNext()) {
            throw ImportProblems.empty();
        }
        Rows rows = new Rows(maxRows);
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(
                    workbook.getStylesTable(),
                    workbook.getSharedStringsTable(),
                    rows,
                    new RequestCellFormatter(),
                    false));
            parser.parse(new InputSource(sheet));
        }
        return rows.sheet.build();
    }

    /** Refuses an archive that is not a workbook (a .docx, a .zip) or that unpacks to more than the limit. */
    private static void checkArchive(Path file, long limit) throws IOException {
        long unpacked = 0;
        boolean workbook = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry next = entries.nextElement();
                workbook |= next.getName().startsWith("xl/");
                try (InputStream entry = zip.getInputStream(next)) {
                    for (int read = entry.read(buffer); read > 0; read = entry.read(buffer)) {
                        unpacked += read;
                        if (unpacked > limit) {
                            throw ImportProblems.unreadable(
                                    "Bảng tính giải nén ra hơn " + limit / (1024 * 1024) + " MB; không nhận.",
                                    "The workbook unpacks to more than " + limit / (1024 * 1024) + " MB; refused.");
                        }
                    }
                }
            }
        }
        if (!workbook) {
            throw ImportProblems.unsupported(
                    "Tệp nén này không phải bảng tính Excel (.xlsx).",
                    "This archive is not an Excel workbook (.xlsx).");
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** Lays the cells of each row out by their column letter, since the sheet leaves empty cells out. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Sheet.Builder sheet;
        private List<String> cells = new ArrayList<>();
        private int nextColumn;

        Rows(int maxRows) {
            this.sheet = new Sheet.Builder(maxRows);
        }

        @Override
        public void startRow(int rowIndex) {
            cells = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add("");
            }
            String text = value == null ? "" : value;
            cells.set(column, text.startsWith("ERROR:#") ? text.substring("ERROR:".length()) : text);
            nextColumn = column + 1;
        }

        @Override
        public void endRow(int rowIndex) {
            sheet.add(rowIndex + 1, cells);
        }
    }
}
