package org.cooplog.projector;

import org.cooplog.security.StrictJsonInput;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Report requests are read as strictly as the publishers read theirs: {@code "year": "2021"} is refused, not read.
 * The texts of a preview are refused as a number or a yes/no too ({@code "context": 19}), which the shared rules let
 * through to a text: the report officer meant something else, and a guess would be printed in the draft.
 */
@Configuration(proxyBeanMethods = false)
class StrictRequestBodies {

    @Bean
    JsonMapperBuilderCustomizer strictReportRequests() {
        return StrictJsonInput.customizer();
    }

    @Bean
    JsonMapperBuilderCustomizer textsAreText() {
        return builder -> builder.withCoercionConfig(
                LogicalType.Textual,
                coercion -> coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
