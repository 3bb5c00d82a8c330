import neo4j, { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { ConflictError, ServiceUnavailableError, KgError } from '../errors';
import type { Neo4jConnectionConfig } from '../config';

/** A Cypher statement with its parameters: values never go into the text. */
export interface CypherQuery {
  cypher: string;
  params?: Record<string, unknown>;
}

/** Observes every statement sent to Neo4j (tests count round trips with it). */
export type QueryObserver = (query: CypherQuery, mode: 'READ' | 'WRITE') => void;

export interface GatewayOptions {
  database?: string;
  /** Transaction timeout for reads (ms); Neo4j aborts a read that runs longer. */
  readTimeoutMs?: number;
  /** Transaction timeout for writes (ms). */
  writeTimeoutMs?: number;
  /**
   * Attempts of a write transaction that lost a race with a concurrent write of the same ids
   * (see {@link isWriteConflict}); default {@link DEFAULT_WRITE_CONFLICT_ATTEMPTS}.
   */
  writeConflictAttempts?: number;
}

/** How the driver reaches Neo4j: these bound how long a request waits when Neo4j is down. */
export interface DriverTimeouts {
  /** Opening one TCP/Bolt connection (ms); default 3000. */
  connectionTimeoutMs?: number;
  /** Getting a connection from the pool, opening it included (ms); default 4000. */
  connectionAcquisitionTimeoutMs?: number;
  /**
   * How long the driver retries a transaction on connectivity and transient errors (ms); default
   * 2000, which with the driver's back-off (1 s, then 2 s) answers within about 3.5 s when Neo4j is
   * down, and still rides over a restart of a cluster member.
   */
  maxTransactionRetryTimeMs?: number;
}

/** Default attempts of a write that conflicts with a concurrent write of the same ids. */
export const DEFAULT_WRITE_CONFLICT_ATTEMPTS = 6;

/**
 * The only code that touches the Neo4j driver: reads through executeRead (routable to cluster
 * followers), writes through executeWrite, sessions closed in `finally`, driver errors mapped to
 * the service's own errors in one place.
 */
export class DatabaseGateway {
  private readonly observers = new Set<QueryObserver>();
  /** Write transactions re-run after losing a race with a concurrent write (for tests and metrics). */
  writeConflictRetries = 0;

  constructor(
    readonly driver: Driver,
    private readonly options: GatewayOptions = {},
  ) {}

  /** Connects to a Neo4j and waits until it answers, retrying for up to `waitMs`. */
  static async connect(
    connection: Neo4jConnectionConfig,
    options: GatewayOptions & DriverTimeouts & { waitMs?: number; onRetry?: (attempt: number, error: Error) => void } = {},
  ): Promise<DatabaseGateway> {
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 4_000,
      connectionTimeout: options.connectionTimeoutMs ?? 3_000,
      maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 2_000,
      userAgent: 'news-knowledge-graph/0.1',
    });
    const gateway = new DatabaseGateway(driver, { ...options, database: connection.database ?? options.database });
    const deadline = Date.now() + (options.waitMs ?? 0);
    for (let attempt = 1; ; attempt++) {
      try {
        await driver.getServerInfo({ database: gateway.options.database });
        return gateway;
      } catch (error) {
        const retryable = isConnectivityError(error) && Date.now() < deadline;
        if (!retryable) {
          await driver.close();
          throw describeConnectionFailure(connection.uri, error);
        }
        options.onRetry?.(attempt, error as Error);
        await new Promise((resolve) => setTimeout(resolve, Math.min(500 * attempt, 5_000)));
      }
    }
  }

  /** Registers an observer of every statement sent; returns a function that removes it. */
  observe(observer: QueryObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /** Runs one read statement in a read transaction and returns its records as plain objects. */
  async read<T extends RecordShape = RecordShape>(query: CypherQuery): Promise<T[]> {
    // One statement needs no explicit transaction: an auto-commit query is one RUN instead of
    // BEGIN, RUN and COMMIT, so one socket write and one wait for Neo4j instead of three writes
    // and two waits, which halves the driver's CPU per read (README, Performance). Auto-commit
    // queries are not retried by the driver, so a retriable failure (Neo4j restarting, a
    // cluster leader change, a transient error) falls back to the managed read transaction,
    // which retries it as before.
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      for (const observer of this.observers) observer(query, 'READ');
      const result = await session.run<T>(query.cypher, query.params ?? {}, { timeout: this.options.readTimeoutMs });
      return result.records.map((r) => r.toObject());
    } catch (error) {
      if (!neo4j.isRetriableError(error)) throw mapDriverError(error);
    } finally {
      await session.close();
    }
    return this.readTransaction(async (tx) => (await this.run<T>(tx, query, 'READ')).records.map((r) => r.toObject()));
  }

  /** Runs one write statement in a write transaction. */
  async write<T extends RecordShape = RecordShape>(query: CypherQuery): Promise<T[]> {
    return this.writeTransaction(async (tx) => (await this.run<T>(tx, query, 'WRITE')).records.map((r) => r.toObject()));
  }

  /** Runs `work` in one read transaction (retried by the driver on transient errors). */
  async readTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, { timeout: this.options.readTimeoutMs });
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work` in one write transaction: all of it is committed, or none of it. Besides the
   * driver's own retries (connectivity, transient errors), a transaction that lost a race with a
   * concurrent write of the same ids is re-run a bounded number of times after a jittered pause,
   * so `work` must be safe to run again (as the driver already requires).
   */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const attempts = this.options.writeConflictAttempts ?? DEFAULT_WRITE_CONFLICT_ATTEMPTS;
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(work, { timeout: this.options.writeTimeoutMs });
      } catch (error) {
        if (!isWriteConflict(error)) throw mapDriverError(error);
        if (attempt >= attempts) throw new ConflictError(attempts, (error as { code?: string }).code ?? 'unknown');
        this.writeConflictRetries++;
        await new Promise((resolve) => setTimeout(resolve, conflictBackoffMs(attempt)));
      } finally {
        await session.close();
      }
    }
  }

  /** Runs a statement inside a transaction given by readTransaction/writeTransaction. */
  async run<T extends RecordShape = RecordShape>(tx: ManagedTransaction, query: CypherQuery, mode: 'READ' | 'WRITE'): Promise<QueryResult<T>> {
    for (const observer of this.observers) observer(query, mode);
    return tx.run<T>(query.cypher, query.params ?? {});
  }

  /** Runs a schema statement (index, constraint) in an auto-commit transaction. */
  async runSchemaStatement(cypher: string): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      for (const observer of this.observers) observer({ cypher }, 'WRITE');
      await session.run(cypher);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  /** The server's product version, e.g. "5.26.30". */
  async serverVersion(): Promise<string> {
    const rows = await this.read<{ version: string }>({
      cypher: 'CALL dbms.components() YIELD name, versions WHERE name = "Neo4j Kernel" RETURN versions[0] AS version',
    });
    return rows[0]?.version ?? 'unknown';
  }

  /** True when Neo4j answers right now. */
  async ping(): Promise<boolean> {
    try {
      await this.driver.getServerInfo({ database: this.options.database });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

const CONNECTIVITY_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Cluster.NotALeader',
  // A database shutting down or still starting answers this while Bolt is up.
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * Codes of a write that lost a race with a concurrent write, where running it again succeeds:
 * two MERGEs creating the same new id (the loser sees the winner's node only on a fresh run), a
 * deadlock between two writers locking shared entities, and a node another writer deleted after
 * this transaction matched it.
 */
const WRITE_CONFLICT_CODES = new Set([
  'Neo.ClientError.Schema.ConstraintValidationFailed',
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.ClientError.Statement.EntityNotFound',
]);

/** True for a write that failed only because a concurrent write touched the same nodes. */
export function isWriteConflict(error: unknown): boolean {
  return WRITE_CONFLICT_CODES.has((error as { code?: string } | undefined)?.code ?? '');
}

/** Pause before re-running a conflicting write: exponential from 25 ms, capped, with full jitter so racers spread out. */
export function conflictBackoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(25 * 2 ** attempt, 1_000);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** True for errors that mean "Neo4j is not reachable now" rather than "the statement is wrong". */
export function isConnectivityError(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  if (code && CONNECTIVITY_CODES.has(code)) return true;
  const message = String((error as Error | undefined)?.message ?? '');
  return /ECONNREFUSED|ECONNRESET|connection.*(closed|refused|terminated)|Failed to connect|Pool is closed|acquisition timed out/i.test(message);
}

/** Maps a driver error to the service's typed errors; anything unknown is passed on as it is. */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof KgError) return error;
  if (isConnectivityError(error)) return new ServiceUnavailableError();
  const code = (error as { code?: string } | undefined)?.code ?? '';
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new KgError('The query took too long and was stopped; narrow it (smaller depth or page)', 'BAD_USER_INPUT', {
      reason: 'TIMEOUT',
    });
  }
  return error;
}

function describeConnectionFailure(uri: string, error: unknown): Error {
  const reason = (error as Error)?.message ?? String(error);
  const hint = /unauthorized|authentication/i.test(reason)
    ? 'check NEO4J_USERNAME and NEO4J_PASSWORD'
    : 'check that the server is running and NEO4J_URI is right (neo4j+s:// for Aura and clusters, bolt:// for a single server)';
  return new Error(`Could not connect to Neo4j at ${uri}: ${reason} (${hint})`);
}
