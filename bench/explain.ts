import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import neo4j, { type Driver, type ManagedTransaction, type ProfiledPlan } from 'neo4j-driver';
import pino from 'pino';
import type { Neo4jConnectionConfig } from '../src/config';
import { DatabaseGateway, type CypherQuery } from '../src/db/gateway';
import { createApolloServer } from '../src/graphql/apollo';
import { createRequestContext } from '../src/graphql/context';
import { buildGraphQLSchema } from '../src/graphql/schema';
import { floorQuery } from './cypher-floor';
import { TYPE_DEFS_FILE } from './neo4j-graphql/server';
import { findTargets, QUESTIONS, type Question, type QuestionTargets } from './questions';

/*
 * `npm run bench:explain` (against NEO4J_URI, with a corpus already loaded by `npm run bench`'s
 * loader): for each question, the Cypher statements each implementation sends for one request,
 * with Neo4j's own figures for them: database hits and rows (PROFILE), and the server time
 * (result available + consumed) as the median of repeated runs. This is the "why" behind the
 * throughput table: round trips, and how much work each statement asks of Neo4j.
 */

interface StatementFigures {
  cypher: string;
  dbHits: number;
  rows: number;
  serverMs: number;
  operators: string[];
}

function totalDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + totalDbHits(child), 0);
}

function operators(plan: ProfiledPlan, depth = 0): string[] {
  const details = String((plan.arguments as Record<string, unknown>).Details ?? '')
    .replace(/\s+/g, ' ')
    .slice(0, 110);
  return [
    `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} hits=${plan.dbHits} ${details}`,
    ...plan.children.flatMap((child) => operators(child, depth + 1)),
  ];
}

async function figuresOf(driver: Driver, query: CypherQuery, repeats: number): Promise<StatementFigures> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const profiled = await session.run(`PROFILE ${query.cypher}`, query.params ?? {});
    const plan = profiled.summary.profile as ProfiledPlan;
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const result = await session.run(query.cypher, query.params ?? {});
      times.push(result.summary.resultAvailableAfter.toNumber() + result.summary.resultConsumedAfter.toNumber());
    }
    times.sort((a, b) => a - b);
    return {
      cypher: query.cypher,
      dbHits: totalDbHits(plan),
      rows: profiled.records.length,
      serverMs: times[Math.floor(times.length / 2)] ?? NaN,
      operators: operators(plan),
    };
  } finally {
    await session.close();
  }
}

/** A driver whose transactions record every statement run through them (to see what @neo4j/graphql sends). */
function recordingDriver(driver: Driver, recorded: CypherQuery[]): Driver {
  const record = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, property, receiver) {
        if (property === 'run') {
          return (cypher: string, params: Record<string, unknown>) => {
            recorded.push({ cypher, params });
            return target.run(cypher, params);
          };
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver) as unknown;
      return (...args: Parameters<Driver['session']>) => {
        const session = target.session(...args);
        return new Proxy(session, {
          get(s, p, r) {
            if (p === 'executeRead' || p === 'executeWrite') {
              return (work: (tx: ManagedTransaction) => Promise<unknown>, config?: unknown) =>
                (s[p] as (w: (tx: ManagedTransaction) => Promise<unknown>, c?: unknown) => Promise<unknown>)((tx) => work(record(tx)), config);
            }
            return Reflect.get(s, p, r) as unknown;
          },
        });
      };
    },
  });
}

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('Set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) to a Neo4j holding a benchmark corpus');
  const connection: Neo4jConnectionConfig = { uri, username: process.env.NEO4J_USERNAME ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' };
  const only = process.argv.slice(2).filter((arg) => /^q\d$/.test(arg));
  const verbose = process.argv.includes('--plans');
  const gateway = await DatabaseGateway.connect(connection);
  const driver = neo4j.driver(uri, neo4j.auth.basic(connection.username, connection.password));
  try {
    const targets: QuestionTargets = await findTargets(gateway);
    const apollo = createApolloServer(await buildGraphQLSchema(), pino({ level: 'silent' }), { development: false });
    await apollo.start();
    const theirs: CypherQuery[] = [];
    const library = new Neo4jGraphQL({ typeDefs: readFileSync(TYPE_DEFS_FILE, 'utf8'), driver: recordingDriver(driver, theirs) });
    const theirSchema = await library.getSchema();

    const sent = async (question: Question): Promise<Record<string, CypherQuery[]>> => {
      const bodies = question.bodies(targets);
      const ours: CypherQuery[] = [];
      const stop = gateway.observe((query) => ours.push(query));
      try {
        const response = await apollo.executeOperation(
          { query: bodies.service.query, variables: bodies.service.variables },
          { contextValue: createRequestContext({ gateway, logger: pino({ level: 'silent' }), authenticated: false }) },
        );
        if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`service: ${JSON.stringify(response.body)}`);
      } finally {
        stop();
      }
      theirs.length = 0;
      const result = await graphql({ schema: theirSchema, source: bodies.neo4jGraphql.query, variableValues: bodies.neo4jGraphql.variables, contextValue: {} });
      if (result.errors) throw new Error(`@neo4j/graphql: ${JSON.stringify(result.errors)}`);
      return { service: ours, neo4jGraphql: [...theirs], cypher: [floorQuery(bodies.service.operationName, bodies.service.variables)] };
    };

    for (const question of QUESTIONS.filter((q) => only.length === 0 || only.includes(q.key))) {
      process.stdout.write(`\n${question.key} ${question.title}\n`);
      for (const [implementation, queries] of Object.entries(await sent(question))) {
        const figures: StatementFigures[] = [];
        for (const query of queries) figures.push(await figuresOf(driver, query, 15));
        const hits = figures.reduce((sum, f) => sum + f.dbHits, 0);
        const ms = figures.reduce((sum, f) => sum + f.serverMs, 0);
        process.stdout.write(`  ${implementation.padEnd(12)} ${queries.length} statement(s), ${hits} db hits, ${ms} ms in Neo4j (median of 15)\n`);
        for (const f of figures) {
          process.stdout.write(`    - ${f.dbHits} hits, ${f.rows} rows, ${f.serverMs} ms: ${f.cypher.replace(/\s+/g, ' ').trim().slice(0, 160)}\n`);
          if (verbose) process.stdout.write(`${f.operators.map((line) => `        ${line}`).join('\n')}\n`);
        }
      }
    }
    await apollo.stop();
  } finally {
    await driver.close();
    await gateway.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`explain failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
