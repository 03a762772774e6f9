package dev.clvops.deploy.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTests {

    @Test
    void tokensCarry32RandomBytesAndDiffer() {
        String a = Secrets.token();
        String b = Secrets.token();

        assertThat(a).startsWith("clvops_").hasSize(7 + 43).isNotEqualTo(b);
    }

    @Test
    void sha256IsTheKnownDigest() {
        assertThat(Secrets.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
