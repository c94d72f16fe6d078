import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The database drill's TCP proxy: forwards 127.0.0.1:LISTEN to 127.0.0.1:TARGET. While the file SILENCE exists, it
 * is a network partition: nothing is forwarded either way on open connections (their data waits, nothing is closed),
 * new connections are accepted and never answered; when the file goes, the open connections carry on with what
 * waited, and those accepted meanwhile are closed (their clients have given up). Unlike freezing a proxy process, no
 * backlog of abandoned connections reaches the database afterwards, as none would in a real partition.
 *
 * <pre>java DrillProxy.java LISTEN TARGET SILENCE-FILE</pre>
 */
public final class DrillProxy {

    private static volatile boolean silent;
    private static final List<Socket> HELD = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        int listen = Integer.parseInt(args[0]);
        int target = Integer.parseInt(args[1]);
        Path flag = Path.of(args[2]);
        Thread watcher = new Thread(() -> {
            while (true) {
                boolean now = Files.exists(flag);
                if (now != silent) {
                    silent = now;
                    if (!now) {
                        synchronized (HELD) {
                            HELD.forEach(DrillProxy::close);
                            HELD.clear();
                        }
                    }
                }
                pause(5);
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        try (ServerSocket server = new ServerSocket(listen, 512, InetAddress.getLoopbackAddress())) {
            while (true) {
                Socket client = server.accept();
                if (silent) {
                    synchronized (HELD) {
                        HELD.add(client);
                    }
                    continue;
                }
                Socket db;
                try {
                    db = new Socket(InetAddress.getLoopbackAddress(), target);
                } catch (IOException refused) {
                    close(client); // the database refuses: so does the proxy, at once
                    continue;
                }
                pump(client, db);
                pump(db, client);
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    while (silent) {
                        pause(2);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away
            }
            while (silent) {
                pause(2); // a partition delivers no close either
            }
            close(from);
            close(to);
        });
        t.setDaemon(true);
        t.start();
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closed already
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private DrillProxy() {
    }
}
