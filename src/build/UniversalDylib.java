import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Joins JavaFX's macOS libraries for Intel and for Apple silicon into universal ones, as Apple's lipo does, so that
 * one runnable jar carries both: JavaFX loads "libglass.dylib" from the jar's root whatever the processor, and a
 * universal Mach-O file holds both processors' code, each slice byte for byte as built (and signed) by OpenJFX.
 *
 * <p>Run by the build: {@code java src/build/UniversalDylib.java INTEL_DIR ARM_DIR OUT_DIR}. Each .dylib in
 * INTEL_DIR is joined with the one of the same name in ARM_DIR.
 */
public final class UniversalDylib {

    /** The magic number of a universal ("fat") Mach-O file, written big-endian. */
    static final int FAT_MAGIC = 0xCAFEBABE;
    /** A 64-bit Mach-O file's magic number, as the little-endian processors write it. */
    static final int MH_MAGIC_64 = 0xFEEDFACF;

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java UniversalDylib.java INTEL_DIR ARM_DIR OUT_DIR");
            System.exit(2);
        }
        Path intel = Path.of(args[0]);
        Path arm = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        List<Path> libraries;
        try (Stream<Path> files = Files.list(intel)) {
            libraries = files.filter(p -> p.getFileName().toString().endsWith(".dylib")).sorted().toList();
        }
        if (libraries.isEmpty()) {
            throw new IOException("no .dylib in " + intel);
        }
        for (Path lib : libraries) {
            Path other = arm.resolve(lib.getFileName());
            if (!Files.isRegularFile(other)) {
                throw new IOException("no " + lib.getFileName() + " in " + arm);
            }
            byte[] joined = join(List.of(Files.readAllBytes(lib), Files.readAllBytes(other)));
            Files.write(out.resolve(lib.getFileName()), joined);
        }
        System.out.println("UniversalDylib: " + libraries.size() + " universal libraries in " + out);
    }

    /** A universal file of thin 64-bit Mach-O files, each aligned as lipo aligns it (16 KB for arm64, 4 KB else). */
    static byte[] join(List<byte[]> thin) throws IOException {
        int n = thin.size();
        int[] cpu = new int[n];
        int[] subtype = new int[n];
        int[] align = new int[n];
        int[] offset = new int[n];
        long end = 8 + 20L * n;
        for (int i = 0; i < n; i++) {
            ByteBuffer h = ByteBuffer.wrap(thin.get(i)).order(ByteOrder.LITTLE_ENDIAN);
            if (thin.get(i).length < 32 || h.getInt(0) != MH_MAGIC_64) {
                throw new IOException("not a 64-bit Mach-O file (slice " + i + ")");
            }
            cpu[i] = h.getInt(4);
            // The capability bits in the high byte are the loader's business, not the fat header's.
            subtype[i] = h.getInt(8) & 0x00FFFFFF;
            align[i] = cpu[i] == 0x0100000C ? 14 : 12;
            long a = 1L << align[i];
            end = (end + a - 1) / a * a;
            offset[i] = Math.toIntExact(end);
            end += thin.get(i).length;
        }
        ByteBuffer fat = ByteBuffer.allocate(Math.toIntExact(end)).order(ByteOrder.BIG_ENDIAN);
        fat.putInt(FAT_MAGIC).putInt(n);
        for (int i = 0; i < n; i++) {
            fat.putInt(cpu[i]).putInt(subtype[i]).putInt(offset[i]).putInt(thin.get(i).length).putInt(align[i]);
        }
        for (int i = 0; i < n; i++) {
            fat.position(offset[i]);
            fat.put(thin.get(i));
        }
        return fat.array();
    }
}
