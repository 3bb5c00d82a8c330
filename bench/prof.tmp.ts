import { readFileSync } from 'node:fs';
import { DatabaseGateway } from '../src/db/gateway';
import { runQuestions, formatTable } from './harness';
import { findTargets } from './questions';
import { startInProcess } from './servers';
(async () => {
  const c = JSON.parse(readFileSync('/tmp/nb/neo4j.json', 'utf8'));
  const g = await DatabaseGateway.connect(c);
  const targets = await findTargets(g);
  const impls = (process.argv[3] ?? 'service').split(',') as any[];
  const servers = [];
  for (const i of impls) servers.push(await startInProcess(i, c, { logLevel: process.env.LL ?? 'info' }, process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/nb/prof', `--cpu-prof-name=${i}.cpuprofile`] : []));
  const r = await runQuestions(servers, targets, { connections: 4, durationSeconds: Number(process.env.DUR ?? 8), warmupRequests: 100, sampleEvery: 25, neo4jPid: Number(process.env.NPID), questions: process.argv[2]!.split(',') as any, onResult: (l) => console.error(l) });
  console.log(formatTable(r));
  for (const s of servers) await s.close();
  await g.close();
})();
