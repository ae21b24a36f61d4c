package org.cooplog.audit.checkpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * An auditor's own copy of the checkpoints, one JSON object a line, so it can be kept anywhere (printed, signed,
 * mailed) and checked against the live cluster later. Field names are a file format: they never change.
 */
public final class CheckpointFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckpointFile() {}

    public static void write(Collection<Checkpoint> checkpoints, Writer out) throws IOException {
        for (Checkpoint checkpoint : checkpoints) {
            out.write(line(checkpoint));
            out.write('\n');
        }
        out.flush();
    }

    public static String line(Checkpoint checkpoint) {
        ObjectNode node = JSON.createObjectNode()
                .put("topic", checkpoint.topic())
                .put("partition", checkpoint.partition())
                .put("endOffset", checkpoint.endOffset())
                .put("records", checkpoint.records())
                .put("runningHash", checkpoint.hashHex())
                .put("checkpointedAt", checkpoint.checkpointedAt().toString());
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param name the file's name, for the source of each checkpoint and for messages
     * @throws IllegalArgumentException naming the line that is not a checkpoint
     */
    public static List<Checkpoint> read(BufferedReader in, String name) throws IOException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                checkpoints.add(new Checkpoint(
                        node.required("topic").asText(),
                        node.required("partition").asInt(),
                        node.required("endOffset").asLong(),
                        node.required("records").asLong(),
                        HexFormat.of().parseHex(node.required("runningHash").asText()),
                        Instant.parse(node.required("checkpointedAt").asText()),
                        name + ":" + number));
            } catch (RuntimeException | JsonProcessingException e) {
                throw new IllegalArgumentException(name + ":" + number + " is not a checkpoint: " + e.getMessage(), e);
            }
        }
        return checkpoints;
    }
}
