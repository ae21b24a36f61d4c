package org.cooplog.console;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the console finds the APIs it shows.
 *
 * @param projector the report projector's base URL
 * @param publishers each track's publisher, by the track's slug ({@code bilateral})
 */
@Validated
@ConfigurationProperties("cooplog.console")
public record ConsoleProperties(
        @NotNull URI projector, @NotEmpty Map<String, URI> publishers) {

    /** The publisher of a track; fails for a track the console does not know. */
    public URI publisher(String track) {
        URI uri = publishers.get(track);
        if (uri == null) {
            throw new UnknownTrackException(track);
        }
        return uri;
    }
}
