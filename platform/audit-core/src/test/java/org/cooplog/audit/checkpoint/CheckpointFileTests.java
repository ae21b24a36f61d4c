package org.cooplog.audit.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class CheckpointFileTests {

    @Test
    void readsBackWhatItWrote() throws Exception {
        Checkpoint checkpoint = Checkpoint.of(
                new TopicPartition("cooplog.bilateral.events", 2),
                17,
                RunningHash.START.next(3, 4, null, new byte[] {5}),
                Instant.parse("2026-03-01T08:00:00Z"));
        StringWriter out = new StringWriter();

        CheckpointFile.write(List.of(checkpoint), out);
        List<Checkpoint> read = CheckpointFile.read(new BufferedReader(new StringReader(out.toString())), "kept.jsonl");

        assertThat(out.toString())
                .startsWith("{\"topic\":\"cooplog.bilateral.events\",\"partition\":2,\"endOffset\":17,\"records\":1,")
                .endsWith("\"checkpointedAt\":\"2026-03-01T08:00:00Z\"}\n");
        assertThat(read).singleElement().satisfies(again -> {
            assertThat(again.agreesWith(checkpoint)).isTrue();
            assertThat(again.source()).isEqualTo("kept.jsonl:1");
            assertThat(again.checkpointedAt()).isEqualTo(checkpoint.checkpointedAt());
        });
    }

    @Test
    void namesTheLineThatIsNotACheckpoint() {
        String text = "\n{\"topic\":\"t\",\"partition\":0}\n";

        assertThatIllegalArgumentException()
                .isThrownBy(() -> CheckpointFile.read(new BufferedReader(new StringReader(text)), "kept.jsonl"))
                .withMessageStartingWith("kept.jsonl:2 is not a checkpoint");
    }
}
