package dev.clvops.platform.health;

/** Port: takes a snapshot of the system's health; a part that cannot be read is reported, never thrown. */
@FunctionalInterface
public interface SystemHealthSource {

    SystemSnapshot snapshot();
}
