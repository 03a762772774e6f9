package dev.clvops.platform;

/**
 * An input (file, argument, request) that cannot be used at all, for example a file with no recognisable header.
 * The message names the input and what is wrong; the CLI maps it to exit code 2 and the API to HTTP 400.
 */
public class UnusableInputException extends RuntimeException {

    public UnusableInputException(String message) {
        super(message);
    }

    public UnusableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
