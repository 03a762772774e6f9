package dev.clvops.deploy.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A second clvops-like process for {@link EmbeddedPostgresServerProcessIT}: starts or attaches, then closes on "close". */
public final class ServerProbe {

    private ServerProbe() {
    }

    public static void main(String[] args) throws IOException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(Path.of(args[0]), Path.of(args[1]), 0);
        System.out.println(server.port() + " " + server.startedHere());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (!"close".equals(in.readLine())) {
            Thread.onSpinWait();
        }
        server.close();
        System.out.println("closed");
    }
}
