import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from '../../src/config';

/** The Python interpreter the consumer checks run with (python3 on the PATH unless KG_PYTHON says). */
export const PYTHON = process.env.KG_PYTHON ?? 'python3';

/** Runs a Python script of the repository and returns its stdout; fails with its stderr. */
export function runPython(script: string, args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      PYTHON,
      [path.join(REPO_ROOT, script), ...args],
      { env: { ...process.env, ...options.env }, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const hint = /ModuleNotFoundError/.test(stderr)
            ? '\n(install the Python test dependencies: python3 -m pip install -r requirements-dev.txt, or run .ci/install-system-deps.sh)'
            : '';
          reject(new Error(`${PYTHON} ${script} failed: ${error.message}\n${stderr}${hint}`));
        } else resolve(stdout);
      },
    );
  });
}
