package org.cooplog.publisher.validation;

import org.cooplog.publisher.request.PartialDateValue;

/** Something with a start and an optional end, where the end may not come before the start. */
public interface DatedRange {
    PartialDateValue starts();

    PartialDateValue ends();
}
