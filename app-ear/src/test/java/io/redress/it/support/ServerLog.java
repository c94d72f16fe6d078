package io.redress.it.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;

/**
 * The test domain's server.log (beside the EAR under test: {@code target/it-domain}), read from a mark on: what the
 * server logged while a test did something.
 */
public final class ServerLog {

    private final Path file;
    private final long mark;

    private ServerLog(Path file, long mark) {
        this.file = file;
        this.mark = mark;
    }

    /** Marks the log's end now; skips the test when the server's log is not on this machine. */
    public static ServerLog mark() throws IOException {
        Path file = Path.of(System.getProperty("redress.ear", "target/redress.ear")).toAbsolutePath().getParent()
                .resolve("it-domain/redress-it/logs/server.log");
        Assumptions.assumeTrue(Files.isRegularFile(file), "no server.log at " + file);
        return new ServerLog(file, Files.size(file));
    }

    /** What was logged since the mark. */
    public String since() throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            if (length <= mark) {
                return "";
            }
            byte[] bytes = new byte[(int) (length - mark)];
            raf.seek(mark);
            raf.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** What was logged since the mark, once it holds {@code text} (the server writes its log a moment later). */
    public String until(String text, Duration within) throws IOException, InterruptedException {
        Instant end = Instant.now().plus(within);
        String logged = since();
        while (!logged.contains(text) && Instant.now().isBefore(end)) {
            Thread.sleep(100);
            logged = since();
        }
        return logged;
    }
}
