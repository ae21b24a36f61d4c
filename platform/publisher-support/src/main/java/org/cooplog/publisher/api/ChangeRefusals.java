package org.cooplog.publisher.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Tells a reader of the OpenAPI document how a change to an activity is refused: every change is conditional and
 * idempotent in the same way, so it is said once here for every track's changes rather than on each of them.
 */
class ChangeRefusals implements OpenApiCustomizer {

    private static final String PROBLEM = "A problem (application/problem+json); nothing is recorded. ";

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            Operation post = item.getPost();
            if (post == null || !path.contains("/activities")) {
                return;
            }
            post.getResponses()
                    .addApiResponse(
                            "422",
                            new ApiResponse()
                                    .description(PROBLEM
                                            + "urn:cooplog:problem:key-reused: this caller already used the"
                                            + " Idempotency-Key for a different request. Keys are each caller's own:"
                                            + " another caller's key is a new request."
                                            + (isChange(path)
                                                    ? " urn:cooplog:problem:no-change: the change would leave the"
                                                            + " activity as it is (the same dates, the same modality"
                                                            + " and venue, a field corrected to its value); the"
                                                            + " detail says what is unchanged."
                                                    : "")));
            if (isChange(path)) {
                post.getResponses()
                        .addApiResponse(
                                "412",
                                new ApiResponse()
                                        .description(PROBLEM
                                                + "If-Match matches no current version of the activity. It is"
                                                + " compared strongly (RFC 9110): a weak tag such as W/\"2\" never"
                                                + " matches; * matches any version; in a list, any strong tag may"
                                                + " match. The ETag header gives the current version."))
                        .addApiResponse("428", new ApiResponse().description(PROBLEM + "If-Match is missing."))
                        .addApiResponse(
                                "409",
                                new ApiResponse()
                                        .description(PROBLEM
                                                + "Another change was recorded while this one was on its way, or"
                                                + " the activity cannot take this step from where it stands"
                                                + " (urn:cooplog:problem:not-allowed-now, whose activityStatus"
                                                + " says where it stands; the activity's allowedSteps lists what"
                                                + " it can take)."));
            }
        });
    }

    private static boolean isChange(String path) {
        return path.contains("/activities/{id}/");
    }
}
