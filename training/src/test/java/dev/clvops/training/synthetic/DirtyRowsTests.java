package dev.clvops.training.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DirtyRowsTests {

    private static final String[] CLEAN = {"C00000007", "O00000007-002", "2024-03-05", "81.20", "web", "books",
        "organic", "", "DE", "EUR", "34", "F", "Köln"};

    @ParameterizedTest
    @EnumSource(DirtyRows.Kind.class)
    void makesARowThatStrictValidationRejects(DirtyRows.Kind kind) {
        StrictOrderRows strict = new StrictOrderRows(LocalDate.of(2024, 12, 31));
        assertThat(strict.problem(Csv.line(CLEAN))).isEmpty();

        String bad = DirtyRows.badCopy(CLEAN, kind, new SplittableRandom(1));

        assertThat(strict.problem(bad)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(value = DirtyRows.Kind.class, names = {"MISSING_USER_ID", "MISSING_COLUMN"}, mode = EnumSource.Mode.EXCLUDE)
    void keepsTheOrderIdOfTheCleanRow(DirtyRows.Kind kind) {
        String bad = DirtyRows.badCopy(CLEAN, kind, new SplittableRandom(1));

        assertThat(StrictOrderRows.fields(bad).get(1)).isEqualTo("O00000007-002");
    }

    @Test
    void writesCorruptValuesTheWayRealExportsDo() {
        SplittableRandom random = new SplittableRandom(1);

        assertThat(DirtyRows.badCopy(CLEAN, DirtyRows.Kind.GROUPED_DECIMAL_VALUE, random)).contains(",\"12,34.5\",");
        assertThat(DirtyRows.badCopy(CLEAN, DirtyRows.Kind.DAY_FIRST_DATE, random)).contains(",31/02/2024,");
        assertThat(DirtyRows.badCopy(CLEAN, DirtyRows.Kind.EXACT_DUPLICATE, random)).isEqualTo(Csv.line(CLEAN));
        assertThat(DirtyRows.badCopy(CLEAN, DirtyRows.Kind.PADDED_AND_QUOTED, random)).startsWith("\"  C00000007 \",");
    }
}
