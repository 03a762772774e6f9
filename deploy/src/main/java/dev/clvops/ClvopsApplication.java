package dev.clvops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The clvops application: wires every module. */
@SpringBootApplication
public class ClvopsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClvopsApplication.class, args);
    }
}
