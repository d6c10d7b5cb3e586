package descent.cli;

/** Input the command line refuses; the message names the flag and what it accepts, in one line. */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
