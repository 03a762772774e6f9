package dev.clvops.training.xgboost;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.model.ModelProvenance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The byte form of an {@link XgboostClvModel}: a header, the provenance, feature names, summary figures, then the
 * value, quantile and orders boosters as length-prefixed UBJSON (length 0: not fitted). In-memory streams only.
 */
final class XgboostModelCodec {

    private static final String MAGIC = "clvops-xgboost";
    private static final int FORMAT = 1;

    private XgboostModelCodec() {
    }

    static byte[] encode(ModelProvenance provenance, List<String> featureNames, XgboostObjective objective,
                         XgboostBoosters boosters, Map<String, Double> parameters) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            writeProvenance(out, provenance);
            out.writeUTF(objective.name());
            out.writeInt(featureNames.size());
            for (var name : featureNames) {
                out.writeUTF(name);
            }
            writeMap(out, new TreeMap<>(parameters), (o, v) -> o.writeDouble(v));
            writeBooster(out, boosters.value());
            writeBooster(out, boosters.quantiles());
            writeBooster(out, boosters.orders());
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory stream failed", e);
        }
        return bytes.toByteArray();
    }

    static XgboostClvModel decode(byte[] bytes) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
                throw new IllegalArgumentException("not a clvops xgboost model of format " + FORMAT);
            }
            var provenance = readProvenance(in);
            var objective = XgboostObjective.valueOf(in.readUTF());
            var featureNames = new ArrayList<String>();
            for (int i = in.readInt(); i > 0; i--) {
                featureNames.add(in.readUTF());
            }
            Map<String, Double> parameters = readMap(in, DataInputStream::readDouble);
            var value = readBooster(in);
            if (value == null) {
                throw new IllegalArgumentException("xgboost model bytes hold no value booster");
            }
            var boosters = new XgboostBoosters(value, readBooster(in), readBooster(in));
            return new XgboostClvModel(provenance, featureNames, objective, boosters, parameters);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated or corrupt xgboost model bytes (" + bytes.length + ")", e);
        }
    }

    private static void writeProvenance(DataOutputStream out, ModelProvenance p) throws IOException {
        out.writeUTF(p.family());
        out.writeLong(p.snapshot().value());
        out.writeUTF(p.cutoff().toString());
        out.writeInt(p.horizonDays());
        out.writeUTF(p.featureSetVersion());
        writeMap(out, new TreeMap<>(p.hyperParameters()), DataOutputStream::writeUTF);
        out.writeLong(p.seed());
        out.writeUTF(p.codeVersion());
        out.writeUTF(p.trainedAt().toString());
    }

    private static ModelProvenance readProvenance(DataInputStream in) throws IOException {
        return new ModelProvenance(in.readUTF(), new SnapshotId(in.readLong()), LocalDate.parse(in.readUTF()),
                in.readInt(), in.readUTF(), readMap(in, input -> input.readUTF()), in.readLong(), in.readUTF(),
                Instant.parse(in.readUTF()));
    }

    private static <V> void writeMap(DataOutputStream out, Map<String, V> map, Writer<V> writer) throws IOException {
        out.writeInt(map.size());
        for (var entry : map.entrySet()) {
            out.writeUTF(entry.getKey());
            writer.write(out, entry.getValue());
        }
    }

    private static <V> Map<String, V> readMap(DataInputStream in, Reader<V> reader) throws IOException {
        var map = new LinkedHashMap<String, V>();
        for (int i = in.readInt(); i > 0; i--) {
            map.put(in.readUTF(), reader.read(in));
        }
        return map;
    }

    private static void writeBooster(DataOutputStream out, @Nullable FittedBooster booster) throws IOException {
        byte[] model = booster == null ? new byte[0] : booster.toBytes();
        out.writeInt(model.length);
        out.write(model);
    }

    private static @Nullable FittedBooster readBooster(DataInputStream in) throws IOException {
        byte[] model = new byte[in.readInt()];
        in.readFully(model);
        return model.length == 0 ? null : FittedBooster.fromBytes(model);
    }

    @FunctionalInterface
    private interface Writer<V> {
        void write(DataOutputStream out, V value) throws IOException;
    }

    @FunctionalInterface
    private interface Reader<V> {
        V read(DataInputStream in) throws IOException;
    }
}
