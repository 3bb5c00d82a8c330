import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../config';
import { articleTextHash } from '../document/text-hash';
import type { DatabaseGateway } from './gateway';

/** One versioned migration file, e.g. cypher/migrations/V0002__lookup_indexes.cypher. */
export interface Migration {
  version: number;
  description: string;
  file: string;
  checksum: string;
  statements: string[];
}

export const MIGRATIONS_DIR = path.join(REPO_ROOT, 'cypher', 'migrations');
const FILE_PATTERN = /^V(\d{4})__([a-z0-9_]+)\.cypher$/;

/** Splits a migration file into statements: `;` at the end of a line ends one, `//` lines are comments. */
export function splitStatements(source: string): string[] {
  const lines = source.split(/\r?\n/).filter((line) => !/^\s*\/\//.test(line));
  return lines
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** Reads and orders the migration files; fails on a misnamed file or a repeated version. */
export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await fs.readdir(dir)).filter((name) => name.endsWith('.cypher')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = FILE_PATTERN.exec(file);
    if (!match) throw new Error(`${path.join(dir, file)}: migration files are named V0001__what_it_does.cypher`);
    const source = await fs.readFile(path.join(dir, file), 'utf8');
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version)) throw new Error(`${file}: version ${version} is used twice`);
    migrations.push({
      version,
      description: match[2]!.replace(/_/g, ' '),
      file,
      checksum: createHash('sha256').update(source).digest('hex'),
      statements: splitStatements(source),
    });
  }
  return migrations;
}

export interface MigrationReport {
  applied: number[];
  alreadyApplied: number[];
}

/**
 * Applies the migrations not yet recorded in the database, in version order, and records each
 * as a (:KgMigration) node so it runs once. A recorded migration whose file changed since is an
 * error: applied migrations are never edited, a new version is added instead.
 */
export async function applyMigrations(gateway: DatabaseGateway, migrations?: Migration[]): Promise<MigrationReport> {
  const all = migrations ?? (await readMigrations());
  await gateway.runSchemaStatement('CREATE CONSTRAINT kg_migration_version IF NOT EXISTS FOR (m:KgMigration) REQUIRE m.version IS UNIQUE');
  const recorded = await gateway.read<{ version: number; checksum: string }>({
    cypher: 'MATCH (m:KgMigration) RETURN m.version AS version, m.checksum AS checksum',
  });
  const recordedByVersion = new Map(recorded.map((row) => [row.version, row.checksum]));
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of all) {
    const checksum = recordedByVersion.get(migration.version);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new Error(`Migration ${migration.file} was changed after it was applied to this database; add a new migration instead`);
      }
      report.alreadyApplied.push(migration.version);
      continue;
    }
    // Schema statements cannot share a transaction with writes, so each runs on its own; all
    // of them are IF NOT EXISTS, which makes a re-run after a crash half-way safe.
    for (const statement of migration.statements) await gateway.runSchemaStatement(statement);
    // A data step runs before the migration is recorded: after a crash half-way it runs again.
    await DATA_STEPS[migration.version]?.(gateway);
    await gateway.write({
      cypher: 'MERGE (m:KgMigration {version: $version}) SET m.description = $description, m.file = $file, m.checksum = $checksum, m.appliedAt = datetime()',
      params: { version: migration.version, description: migration.description, file: migration.file, checksum: migration.checksum },
    });
    report.applied.push(migration.version);
  }
  await gateway.runSchemaStatement('CALL db.awaitIndexes(300)');
  return report;
}

/**
 * Data step of V0004: articles loaded before Article.textHash existed get it, in batches, so the
 * ingest's "same text already loaded?" look-up finds them. Re-running it only finishes the rest.
 */
async function backfillArticleTextHashes(gateway: DatabaseGateway): Promise<void> {
  for (;;) {
    const rows = await gateway.read<{ id: string; text: string }>({
      cypher: 'MATCH (a:Article) WHERE a.textHash IS NULL AND a.text IS NOT NULL RETURN a.id AS id, a.text AS text LIMIT 500',
    });
    if (rows.length === 0) return;
    await gateway.write({
      cypher: 'UNWIND $rows AS row MATCH (a:Article {id: row.id}) SET a.textHash = row.textHash',
      params: { rows: rows.map((row) => ({ id: row.id, textHash: articleTextHash(row.text) })) },
    });
  }
}

/** Data changes that belong to a schema migration, by version; Cypher alone cannot compute them. */
const DATA_STEPS: Record<number, (gateway: DatabaseGateway) => Promise<void>> = { 4: backfillArticleTextHashes };

/** True when every migration file has been applied to the database. */
export async function migrationsUpToDate(gateway: DatabaseGateway, migrations?: Migration[]): Promise<boolean> {
  const all = migrations ?? (await readMigrations());
  const rows = await gateway.read<{ versions: number[] }>({
    cypher: 'MATCH (m:KgMigration) RETURN collect(m.version) AS versions',
  });
  const versions = new Set(rows[0]?.versions ?? []);
  return all.every((migration) => versions.has(migration.version));
}
