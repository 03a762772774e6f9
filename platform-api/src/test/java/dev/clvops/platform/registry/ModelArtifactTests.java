package dev.clvops.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelArtifactTests {

    @Test
    void keepsItsBytesWhenTheCallerChangesTheArray() {
        byte[] bytes = {1, 2, 3};
        ModelArtifact artifact = new ModelArtifact("model.bin", bytes, "application/octet-stream");

        bytes[0] = 9;
        artifact.bytes()[1] = 9;

        assertThat(artifact.bytes()).containsExactly(1, 2, 3);
        assertThat(artifact).isEqualTo(new ModelArtifact("model.bin", new byte[] {1, 2, 3}, "application/octet-stream"));
    }

    @Test
    void refusesFileNamesWithDirectories() {
        assertThatThrownBy(() -> new ModelArtifact("../model.bin", new byte[0], "application/octet-stream"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../model.bin");
    }
}
