package kg.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * Runs a Neo4j Community DBMS in this JVM with only a Bolt connector, for the Node service's
 * "embedded" mode (src/db/embedded-neo4j.ts).
 *
 * <p>Protocol with the parent: exactly one line on stdout, {@code KG_NEO4J_READY {json}}, once the
 * default database accepts Bolt connections; everything else goes to stderr. The process exits
 * when stdin reaches EOF (the parent died or closed the pipe) and on SIGTERM/SIGINT, so it never
 * outlives its parent. Exit code 1 (plus a {@code kg-neo4j: startup failed: ...} line) when the
 * DBMS cannot start, e.g. because another process holds the data directory's store lock.
 */
public final class EmbeddedNeo4j {
    private static final String USAGE = String.join("\n",
            "usage: java -cp <neo4j jars>/*:<launcher jar> kg.launcher.EmbeddedNeo4j --data-dir DIR [options]",
            "  --data-dir DIR        Neo4j home: databases, transaction logs and logs/ live under it (required)",
            "  --bolt-host HOST      Bolt listen host (default 127.0.0.1)",
            "  --bolt-port PORT      Bolt listen port, 0 = any free port (default 0)",
            "  --page-cache SIZE     page cache size, e.g. 64m (default 64m)",
            "  --tx-timeout DURATION transaction timeout, e.g. 60s; 0 = none (default 0)",
            "  --password-file FILE  enable auth; user neo4j gets the password stored in FILE (UTF-8, one line)",
            "  --no-auth             disable auth (only sensible on a loopback host)",
            "  --ignore-stdin        do not exit on stdin EOF (for running by hand with </dev/null)");

    /** Stdout as it was at startup: reserved for the READY line; System.out is pointed at stderr. */
    private static PrintStream protocolOut;

    private static volatile DatabaseManagementService dbms;

    private EmbeddedNeo4j() {}

    /** Parsed command-line flags. */
    private static final class Options {
        Path dataDir;
        String boltHost = "127.0.0.1";
        int boltPort = 0;
        String pageCache = "64m";
        String txTimeout = "0";
        Path passwordFile;
        boolean noAuth;
        boolean ignoreStdin;
    }

    public static void main(String[] args) {
        protocolOut = System.out;
        // Any library that prints to stdout would corrupt the protocol, so send it to stderr.
        System.setOut(System.err);

        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("kg-neo4j: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::shutdown, "kg-neo4j-shutdown"));
        if (!options.ignoreStdin) {
            watchStdin();
        }

        int boltPort;
        String version;
        try {
            long started = System.nanoTime();
            boltPort = start(options);
            version = Version.getNeo4jVersion();
            log(String.format("Neo4j %s up in %d ms, Bolt on %s:%d, auth %s", version,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), options.boltHost, boltPort,
                    options.noAuth ? "DISABLED" : "enabled"));
        } catch (Throwable e) {
            String reason = describe(e);
            if (reason.contains("locked by another process")) {
                reason = "data directory " + options.dataDir + " is in use by another Neo4j process (" + reason + ")";
            }
            System.err.println("kg-neo4j: startup failed: " + reason);
            e.printStackTrace(System.err);
            // halt, not exit: the shutdown hook could block on a half-started DBMS, and there is
            // nothing left to flush (the store was either never opened or its lock is not ours).
            shutdown();
            Runtime.getRuntime().halt(1);
            return;
        }

        protocolOut.println("KG_NEO4J_READY {\"boltPort\":" + boltPort + ",\"version\":\"" + jsonEscape(version) + "\"}");
        protocolOut.flush();
        // Main thread is done; Neo4j's non-daemon threads keep the JVM alive until exit/EOF/signal.
    }

    private static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--data-dir" -> o.dataDir = Path.of(value(args, ++i, flag)).toAbsolutePath().normalize();
                case "--bolt-host" -> o.boltHost = value(args, ++i, flag);
                case "--bolt-port" -> {
                    String v = value(args, ++i, flag);
                    try {
                        o.boltPort = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--bolt-port must be an integer, got '" + v + "'");
                    }
                    if (o.boltPort < 0 || o.boltPort > 65535) {
                        throw new IllegalArgumentException("--bolt-port out of range: " + o.boltPort);
                    }
                }
                case "--page-cache" -> o.pageCache = value(args, ++i, flag);
                case "--tx-timeout" -> o.txTimeout = value(args, ++i, flag);
                case "--password-file" -> o.passwordFile = Path.of(value(args, ++i, flag));
                case "--no-auth" -> o.noAuth = true;
                case "--ignore-stdin" -> o.ignoreStdin = true;
                case "--help", "-h" -> {
                    System.err.println(USAGE);
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown argument '" + flag + "'");
            }
        }
        if (o.dataDir == null) {
            throw new IllegalArgumentException("--data-dir is required");
        }
        if (o.noAuth == (o.passwordFile != null)) {
            throw new IllegalArgumentException("give exactly one of --password-file FILE or --no-auth");
        }
        return o;
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    /** Starts the DBMS and returns the Bolt port actually bound. */
    private static int start(Options o) throws IOException, InvalidAuthTokenException {
        Files.createDirectories(o.dataDir);
        String password = null;
        if (!o.noAuth) {
            password = readPassword(o.passwordFile);
            seedInitialPassword(o.dataDir, password);
        }

        long pageCache = SettingValueParsers.BYTES.parse(o.pageCache);
        Duration txTimeout = SettingValueParsers.DURATION.parse(o.txTimeout);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(o.dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(o.boltHost, o.boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(o.boltHost, o.boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Server-side routing would open a second listener (default 0.0.0.0:7688): a
                // single embedded instance has nothing to route, and it must not bind publicly.
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.routing_listen_address, new SocketAddress(o.boltHost, 0))
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                .setConfig(GraphDatabaseSettings.auth_enabled, !o.noAuth)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt's Netty shutdown otherwise idles 5 s twice (quiet period, connection wait), and
                // the parent waits for this process on every stop; nothing is in flight by then.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                // LOAD CSV FROM 'file:///x' may read <data-dir>/import/x only, not any file this user can read.
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, o.dataDir.resolve("import"))
                // Neo4j's own logs (debug.log, security.log, ...) go to files under the data dir.
                .setConfig(GraphDatabaseSettings.logs_directory, o.dataDir.resolve("logs"))
                .setUserLogProvider(NullLogProvider.getInstance());

        dbms = builder.build();

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.SECONDS.toMillis(60))) {
            throw new IllegalStateException("database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME
                    + "' did not become available within 60 s (see " + o.dataDir.resolve("logs/debug.log") + ")");
        }
        if (password != null) {
            syncPassword(db, password);
        }

        // With port 0 the OS picks the port; Neo4j records the bound address here (as neo4j-harness reads it).
        HostnamePort bound = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (bound == null) {
            throw new IllegalStateException("Bolt connector did not register a listen address");
        }
        return bound.getPort();
    }

    private static String readPassword(Path file) throws IOException {
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.length() < 8) {
            throw new IllegalArgumentException("password in " + file + " is shorter than Neo4j's minimum of 8 characters");
        }
        return password;
    }

    /**
     * Before the very first start (no system database yet), writes Neo4j's "initial password" file
     * ({@code data/dbms/auth.ini}, what {@code neo4j-admin dbms set-initial-password} writes): the system
     * database then creates user neo4j with this password and no forced change, so Bolt never accepts
     * the well-known neo4j/neo4j, not even for a moment.
     */
    private static void seedInitialPassword(Path home, String password) throws IOException {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        Path systemDb = config.get(GraphDatabaseSettings.data_directory)
                .resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (Files.exists(systemDb)) {
            return;
        }
        Path authIni = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        Files.createDirectories(authIni.getParent());
        Files.deleteIfExists(authIni);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            FileUserRepository repo = new FileUserRepository(fs, authIni, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            repo.start();
            SystemGraphCredential credential = SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(StandardCharsets.UTF_8), new SecureHasher());
            repo.create(new User("neo4j", null, credential, false, false));
            repo.shutdown();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not write initial password file " + authIni + ": " + e.getMessage(), e);
        }
    }

    /**
     * The password file is the source of truth: on a store created earlier (before the file existed,
     * or after it was deleted and regenerated) make user neo4j match it. Checking with the auth manager
     * first costs milliseconds; the Cypher ALTER (seconds, it warms up the planner) runs only on a
     * mismatch. Embedded transactions run with full privileges, so no old password is needed.
     */
    private static void syncPassword(GraphDatabaseService db, String password) throws InvalidAuthTokenException {
        AuthManager authManager = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(AuthManager.class);
        LoginContext login = authManager.login(
                Map.of("scheme", "basic", "principal", "neo4j", "credentials", password.getBytes(StandardCharsets.UTF_8)),
                ClientConnectionInfo.EMBEDDED_CONNECTION);
        AuthenticationResult result = login.subject().getAuthenticationResult();
        if (result == AuthenticationResult.SUCCESS) {
            return;
        }
        log("user neo4j does not have the password from the password file (" + result + "): setting it");
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
    }

    /** Exits when stdin reaches EOF: the parent closed the pipe or died (the OS closes it then). */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // Input is ignored; only EOF matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as EOF here.
            }
            log("stdin closed (parent stopped us or is gone): shutting down");
            System.exit(0);
        }, "kg-neo4j-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static synchronized void shutdown() {
        DatabaseManagementService service = dbms;
        dbms = null;
        if (service == null) {
            return;
        }
        // A clean shutdown takes about a second; never let a hung one keep this process (and its
        // store lock) alive after the parent asked it to go.
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(20));
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("kg-neo4j: shutdown took over 20 s, halting");
            Runtime.getRuntime().halt(3);
        }, "kg-neo4j-shutdown-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        long started = System.nanoTime();
        try {
            service.shutdown();
            log(String.format("Neo4j stopped in %d ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
        } catch (Throwable e) {
            System.err.println("kg-neo4j: error during shutdown: " + describe(e));
        }
    }

    private static void log(String message) {
        System.err.println("kg-neo4j: " + message);
        System.err.flush();
    }

    /** Joins the causes' messages: Neo4j wraps the useful one (e.g. the store lock) several levels deep. */
    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (sb.indexOf(m) < 0) {
                if (sb.length() > 0) {
                    sb.append(": ");
                }
                sb.append(m);
            }
        }
        return sb.toString().replace('\n', ' ');
    }

    private static String jsonEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
