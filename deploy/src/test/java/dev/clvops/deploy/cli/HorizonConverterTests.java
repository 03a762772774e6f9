package dev.clvops.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class HorizonConverterTests {

    private final HorizonConverter converter = new HorizonConverter();

    @Test
    void readsDaysWeeksAndPlainNumbers() {
        assertThat(converter.convert("180d")).isEqualTo(180);
        assertThat(converter.convert("26w")).isEqualTo(182);
        assertThat(converter.convert("90")).isEqualTo(90);
        assertThat(converter.convert("0")).isZero();
    }

    @Test
    void rejectsNegativeAndUnknownUnits() {
        assertThatThrownBy(() -> converter.convert("-5d")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> converter.convert("6m")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("'6m' is not a horizon");
    }
}
