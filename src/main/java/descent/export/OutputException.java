package descent.export;

/** A file cannot be written where the user asked; the message says why, in words for the user. */
public class OutputException extends RuntimeException {

    public OutputException(String message) {
        super(message);
    }
}
