package dev.clvops;

import dev.clvops.deploy.cli.ClvopsCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The clvops application: wires every module; {@link #main} runs the {@code clvops} command line. */
@SpringBootApplication
public class ClvopsApplication {

    public static void main(String[] args) {
        System.exit(ClvopsCli.run(args));
    }
}
