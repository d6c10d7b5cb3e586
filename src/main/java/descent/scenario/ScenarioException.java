package descent.scenario;

/** A scenario file cannot be read or is not a valid scenario; the message says why, in one line. */
public class ScenarioException extends RuntimeException {

    public ScenarioException(String message) {
        super(message);
    }
}
