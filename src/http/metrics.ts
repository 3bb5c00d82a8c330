import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { DatabaseGateway } from '../db/gateway';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The service's Prometheus metrics, in a registry of its own (several services in one process,
 * as in the tests, never collide): GraphQL requests and their duration by operation, Neo4j round
 * trips, and Node's default process metrics.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<'operation' | 'outcome'>;
  readonly duration: Histogram<'operation'>;
  readonly roundTrips: Counter<'mode'>;
  private readonly operations = new Set<string>();

  constructor(private readonly maxOperations = 200) {
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'kg_graphql_requests_total',
      help: 'GraphQL operations served, by operation name and outcome (ok or error)',
      labelNames: ['operation', 'outcome'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'kg_graphql_request_duration_seconds',
      help: 'Time to serve a GraphQL operation, by operation name',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.roundTrips = new Counter({
      name: 'kg_neo4j_round_trips_total',
      help: 'Cypher statements sent to Neo4j, by access mode',
      labelNames: ['mode'],
      registers: [this.registry],
    });
  }

  /** Counts every statement the gateway sends; returns a function that stops counting. */
  observe(gateway: DatabaseGateway): () => void {
    return gateway.observe((_query, mode) => this.roundTrips.inc({ mode }));
  }

  /**
   * The label for an operation name. Clients choose names, so the label set is bounded: odd names
   * and any beyond the first `maxOperations` share one label instead of growing the series forever.
   */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= this.maxOperations) return 'other';
    this.operations.add(name);
    return name;
  }

  /** Records one served operation. */
  recordOperation(name: string | null | undefined, seconds: number, failed: boolean): void {
    const operation = this.operationLabel(name);
    this.requests.inc({ operation, outcome: failed ? 'error' : 'ok' });
    this.duration.observe({ operation }, seconds);
  }

  /** The Prometheus text exposition. */
  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
