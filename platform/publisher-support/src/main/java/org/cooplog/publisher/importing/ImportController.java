package org.cooplog.publisher.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of the spreadsheets the desks keep: upload a CSV or XLSX file of activities, then follow it until
 * every row is in the log, or until it is rejected with every problem of every row and nothing published.
 */
@RestController
@RequestMapping("/api/${cooplog.publisher.track}/imports")
class ImportController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Imports imports;
    private final ImportProperties limits;
    private final ImportTemplate template;

    ImportController(Imports imports, ImportProperties limits) {
        this.imports = imports;
        this.limits = limits;
        this.template = new ImportTemplate(imports.columns());
    }

    /**
     * Takes a file in; 202 with where to follow it. The same file again from the same caller is the same import, and is not published
     * twice.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SpreadsheetImport> upload(@RequestParam("file") MultipartFile file, Principal principal) {
        if (file.getSize() > limits.maxFileSize().toBytes()) {
            throw ImportProblems.tooLarge(limits.maxFileSize());
        }
        SpreadsheetImport accepted = imports.accept(file.getOriginalFilename(), bytes(file), caller(principal));
        return ResponseEntity.accepted()
                .location(URI.create("/api/" + accepted.track() + "/imports/" + accepted.importId()))
                .body(accepted);
    }

    @GetMapping("/{importId}")
    SpreadsheetImport status(@PathVariable String importId, Principal principal) {
        return imports.find(caller(principal), importId).orElseThrow(() -> ImportProblems.notFound(importId));
    }

    /** Who uploads or follows an import, by the name its events record. */
    private static String caller(Principal principal) {
        return principal == null ? "anonymous" : principal.getName();
    }

    /** The template in the desk's language: {@code lang=en} for English, else Vietnamese. */
    @GetMapping("/template.csv")
    ResponseEntity<byte[]> csvTemplate(@RequestParam(name = "lang", required = false) String lang) {
        Language language = Language.of(lang);
        return download(template.csv(language), CSV, language, "csv");
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate(@RequestParam(name = "lang", required = false) String lang) {
        Language language = Language.of(lang);
        return download(template.xlsx(language), XLSX, language, "xlsx");
    }

    private ResponseEntity<byte[]> download(byte[] content, MediaType type, Language language, String extension) {
        String stem = language == Language.EN ? "activity-import-template-" : "mau-nhap-hoat-dong-";
        String name = stem + imports.track() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }
}
