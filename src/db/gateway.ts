import neo4j, { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { ServiceUnavailableError, KgError } from '../errors';
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
}

/**
 * The only code that touches the Neo4j driver: reads through executeRead (routable to cluster
 * followers), writes through executeWrite, sessions closed in `finally`, driver errors mapped to
 * the service's own errors in one place.
 */
export class DatabaseGateway {
  private readonly observers = new Set<QueryObserver>();

  constructor(
    readonly driver: Driver,
    private readonly options: GatewayOptions = {},
  ) {}

  /** Connects to a Neo4j and waits until it answers, retrying for up to `waitMs`. */
  static async connect(
    connection: Neo4jConnectionConfig,
    options: GatewayOptions & { waitMs?: number; onRetry?: (attempt: number, error: Error) => void } = {},
  ): Promise<DatabaseGateway> {
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
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

  /** Runs `work` in one write transaction: all of it is committed, or none of it. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, { timeout: this.options.writeTimeoutMs });
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs a statement inside a transaction given by readTransaction/writeTransaction. */
  async run<T extends RecordShape = RecordShape>(
    tx: ManagedTransaction,
    query: CypherQuery,
    mode: 'READ' | 'WRITE',
  ): Promise<QueryResult<T>> {
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

const CONNECTIVITY_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Cluster.NotALeader']);

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
