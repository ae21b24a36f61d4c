package org.cooplog.publisher.api;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** The activity API every publisher shares: its track's activities and their lifecycle. */
@AutoConfiguration(afterName = "org.cooplog.publisher.kafka.PublisherAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ActivityController.class, PlannedValidation.class, ChangeRefusals.class})
public class PublisherApiAutoConfiguration {}
