package org.cooplog.console.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cooplog.console.api.ApiAnswer;
import org.cooplog.console.api.ApiClient;
import org.cooplog.console.api.ApiProblemException;
import org.cooplog.console.security.SignedInUser;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads a desk's CSV or XLSX list to its publisher and shows how the import ended: every problem of every row, or
 * the activities the rows became. The publisher checks the whole file first and publishes nothing if any row is wrong.
 */
@Controller
class ImportController {

    private static final Set<String> FINISHED = Set.of("REJECTED", "COMPLETED", "FAILED");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ApiClient api;

    ImportController(ApiClient api) {
        this.api = api;
    }

    @GetMapping("/tracks/{track}/imports")
    String form(@PathVariable String track, Model model) {
        known(track);
        model.addAttribute("track", track);
        return "import";
    }

    @PostMapping("/tracks/{track}/imports")
    String upload(@PathVariable String track, @RequestParam("file") MultipartFile file, Locale locale, Model model) {
        known(track);
        model.addAttribute("track", track);
        if (file.isEmpty()) {
            model.addAttribute("fileError", "import.noFile");
            return "import";
        }
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new NamedBytes(bytes(file), file.getOriginalFilename()));
        ApiAnswer answer = api.postMultipart(
                api.publisher(track, "/api/" + track + "/imports").build().toUri(), parts);
        if (!answer.ok()) {
            if (answer.status() >= 400 && answer.status() < 500 && answer.status() != 403) {
                model.addAttribute("refusal", refusal(answer, locale));
                return "import";
            }
            throw new ApiProblemException(answer.problem());
        }
        String importId = String.valueOf(answer.object().get("importId"));
        awaitFinished(track, importId);
        return "redirect:/tracks/" + track + "/imports/" + importId;
    }

    @GetMapping("/tracks/{track}/imports/{importId}")
    String result(@PathVariable String track, @PathVariable String importId, Model model) {
        known(track);
        Map<String, Object> status = status(track, importId).orThrow().object();
        model.addAttribute("track", track);
        model.addAttribute("result", status);
        model.addAttribute("finished", FINISHED.contains(String.valueOf(status.get("status"))));
        return "import-result";
    }

    /** The publisher's template in the language the desk reads the console in. */
    @GetMapping("/tracks/{track}/imports/template.{format:csv|xlsx}")
    ResponseEntity<byte[]> template(@PathVariable String track, @PathVariable String format, Locale locale) {
        known(track);
        ApiAnswer answer = api.get(api.publisher(track, "/api/" + track + "/imports/template." + format)
                        .queryParam("lang", locale.getLanguage())
                        .build()
                        .toUri())
                .orThrow();
        return ResponseEntity.ok()
                .contentType(answer.headers().getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, answer.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .body(answer.body());
    }

    /** Why the publisher refused the whole file, in the desk's language: it says so in Vietnamese and English. */
    private static String refusal(ApiAnswer answer, Locale locale) {
        Map<String, Object> problem = answer.object();
        Object english = problem.get("detailEn");
        return "en".equals(locale.getLanguage()) && english != null
                ? String.valueOf(english)
                : String.valueOf(problem.get("detail"));
    }

    private void awaitFinished(String track, String importId) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            ApiAnswer status = status(track, importId);
            if (!status.ok() || FINISHED.contains(String.valueOf(status.object().get("status")))) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private ApiAnswer status(String track, String importId) {
        return api.get(api.publisher(track, "/api/" + track + "/imports/{id}")
                .buildAndExpand(importId)
                .toUri());
    }

    private static void known(String track) {
        if (!SignedInUser.TRACKS.contains(track)) {
            throw new org.cooplog.console.UnknownTrackException(track);
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The uploaded bytes under the file's own name, which the publisher reads the format from. */
    private static final class NamedBytes extends ByteArrayResource {

        private final String name;

        NamedBytes(byte[] bytes, String name) {
            super(bytes);
            this.name = name;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
