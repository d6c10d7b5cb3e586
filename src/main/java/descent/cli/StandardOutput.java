package descent.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output that keeps the failure a PrintStream swallows (a full disk, a closed pipe), so that a command can
 * stop at the first failed write and say why, rather than compute to the end and exit 0.
 */
final class StandardOutput extends PrintStream {

    private final Keeper keeper;

    StandardOutput(OutputStream raw) {
        this(new Keeper(raw));
    }

    private StandardOutput(Keeper keeper) {
        super(keeper, true, StandardCharsets.UTF_8);
        this.keeper = keeper;
    }

    /** Why writing to a print stream failed, as far as it is known. */
    static String failure(PrintStream out) {
        IOException e = out instanceof StandardOutput s ? s.keeper.failure : null;
        return e == null || e.getMessage() == null ? "the write failed" : e.getMessage();
    }

    /** A stream that writes to {@code out} and throws as soon as it has failed, naming why when it is known. */
    static OutputStream checked(PrintStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                check();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                check();
            }

            @Override
            public void flush() throws IOException {
                check();
            }

            private void check() throws IOException {
                // checkError flushes first, so a failure shows at the write that caused it.
                if (out.checkError()) {
                    throw new IOException("standard output: " + failure(out));
                }
            }
        };
    }

    /** Remembers the first failure on its way to the PrintStream, which keeps only that there was one. */
    private static final class Keeper extends FilterOutputStream {
        private volatile IOException failure;

        Keeper(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        private IOException kept(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
