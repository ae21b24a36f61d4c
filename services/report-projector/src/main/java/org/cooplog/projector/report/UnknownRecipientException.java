package org.cooplog.projector.report;

import java.util.List;

/** A recipient id the configuration does not know. */
final class UnknownRecipientException extends InvalidReportRequestException {

    private static final long serialVersionUID = 1L;

    UnknownRecipientException(String id, List<ReportsProperties.RecipientProperties> known) {
        super(List.of(new ParameterError(
                "recipient",
                "no recipient '" + id + "'; the configured ones are "
                        + String.join(
                                ", ",
                                known.stream()
                                        .map(ReportsProperties.RecipientProperties::id)
                                        .toList()))));
    }
}
