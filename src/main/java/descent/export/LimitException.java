package descent.export;

/** The work would need more of the machine, such as memory, than Java may use; the message says how much. */
public class LimitException extends RuntimeException {

    public LimitException(String message) {
        super(message);
    }
}
