import { readMigrations, splitStatements } from '../../src/db/migrations';

describe('migration files', () => {
  it('splits a file into statements and drops comment lines', () => {
    const source = '// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// more\nCREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y);\n';
    expect(splitStatements(source)).toEqual(['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)', 'CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y)']);
  });

  it('are versioned in order, and every statement is idempotent', async () => {
    const migrations = await readMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    for (const migration of migrations) {
      for (const statement of migration.statements) expect(statement).toMatch(/IF NOT EXISTS/);
    }
  });
});
