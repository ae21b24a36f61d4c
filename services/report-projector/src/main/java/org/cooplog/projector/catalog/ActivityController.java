package org.cooplog.projector.catalog;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only view of the activities in the log. */
@RestController
@RequestMapping("/api/activities")
class ActivityController {

    private final ActivityCatalog catalog;

    ActivityController(ActivityCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<ActivitySummary> list() {
        return catalog.list();
    }
}
