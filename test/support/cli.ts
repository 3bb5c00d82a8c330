import { runCli } from '../../src/cli/kg';

/** What one in-process run of the `kg` command line wrote, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the `kg` command line in-process, capturing stdout and stderr apart. */
export async function kg(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await runCli(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Points the command line (which reads NEO4J_* like any user's shell) at the test Neo4j. */
export function pointCliAtTestNeo4j(): void {
  process.env.NEO4J_URI = process.env.KG_TEST_NEO4J_URI;
  process.env.NEO4J_USERNAME = process.env.KG_TEST_NEO4J_USERNAME;
  process.env.NEO4J_PASSWORD = process.env.KG_TEST_NEO4J_PASSWORD;
}
