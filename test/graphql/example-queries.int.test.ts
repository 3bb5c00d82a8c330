/**
 * The example operations in docs/queries/ (also the playground's tabs) run against the seed
 * article, and their answers agree with what the article says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { REPO_ROOT } from '../../src/config';
import { LIMITS } from '../../src/graphql/common/limits';
import { operationCost } from '../../src/graphql/plugins/complexity';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { dataOf, startSeededApi, type SeededApi } from './support';

const QUERIES_DIR = path.join(REPO_ROOT, 'docs', 'queries');
const example = (name: string): string => readFileSync(path.join(QUERIES_DIR, `${name}.graphql`), 'utf8');

let api: SeededApi;

beforeAll(async () => {
  api = await startSeededApi();
});

afterAll(async () => {
  await api.close();
});

interface SaidStatement {
  id: string;
  text: string;
  stance: string;
  speaker: { id: string; name: string };
  evidence: { articleId: string; start: number; end: number; excerpt: string };
}

async function articleText(): Promise<string> {
  return dataOf(await api.run('{ article(id: "prevent-2017") { text } }')).article.text as string;
}

describe('docs/queries', () => {
  it('are named operations within the cost limit', async () => {
    const schema = await buildGraphQLSchema();
    const files = readdirSync(QUERIES_DIR).filter((file) => file.endsWith('.graphql'));
    expect(files.sort()).toEqual([
      'haydon-to-mcb.graphql',
      'prevent-timeline.graphql',
      'said-by-government.graphql',
      'who-criticised-prevent.graphql',
      'who-defends-prevent.graphql',
    ]);
    for (const file of files) {
      const document = parse(readFileSync(path.join(QUERIES_DIR, file), 'utf8'));
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      expect(operation?.name?.value).toBeTruthy();
      expect(operationCost(schema, document, {})).toBeLessThanOrEqual(LIMITS.maxCost);
    }
  });

  it('who-criticised-prevent: Dal Babu, Caroline Lucas and the Muslim Council of Britain, in their own words', async () => {
    const data = dataOf(await api.run(example('who-criticised-prevent')));
    const said: SaidStatement[] = data.statements.edges.map((edge: { node: SaidStatement }) => edge.node);
    const bySpeaker = new Map(said.map((s) => [s.speaker.id, s]));
    expect([...bySpeaker.keys()]).toEqual(expect.arrayContaining(['person:dal-babu', 'person:caroline-lucas', 'org:muslim-council-of-britain']));
    expect([...bySpeaker.keys()]).not.toContain('person:dean-haydon');
    expect(said.every((s) => s.stance === 'CRITICISES')).toBe(true);
    expect(bySpeaker.get('person:dal-babu')!.evidence.excerpt).toContain('toxic brand');
    expect(bySpeaker.get('person:caroline-lucas')!.text).toBe("Many in the Muslim community believe it's been an attack on their group in particular.");
    expect(bySpeaker.get('org:muslim-council-of-britain')!.text).toBe('young Muslims are being targeted');
    const text = await articleText();
    for (const s of said) expect(text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.excerpt);
  });

  it('who-defends-prevent: Commander Dean Haydon, the government spokeswoman, Amber Rudd and the police', async () => {
    const data = dataOf(await api.run(example('who-defends-prevent')));
    const said = data.statements.edges.map((edge: { node: SaidStatement & { speaker: { roles?: { title: string }[] } } }) => edge.node);
    const speakerIds = said.map((s: SaidStatement) => s.speaker.id);
    expect(speakerIds).toEqual(
      expect.arrayContaining(['person:dean-haydon', 'person:government-spokeswoman@prevent-2017', 'person:amber-rudd', 'group:police@prevent-2017']),
    );
    expect(speakerIds).not.toContain('person:dal-babu');
    const haydon = said.find((s: SaidStatement) => s.speaker.id === 'person:dean-haydon');
    expect(haydon.speaker.roles.map((role: { title: string }) => role.title)).toContain('Commander');
    const spokeswoman = said.find((s: SaidStatement) => s.speaker.id === 'person:government-spokeswoman@prevent-2017');
    expect(spokeswoman.evidence.excerpt).toContain('Prevent does not target a specific faith or ethnic group');
    expect(said.filter((s: SaidStatement) => s.speaker.id === 'person:dean-haydon').length).toBeGreaterThanOrEqual(3);
  });

  it('haydon-to-mcb: both spoke about Prevent, he for it and they against it', async () => {
    const data = dataOf(await api.run(example('haydon-to-mcb')));
    expect(data.paths.length).toBeGreaterThan(0);
    for (const path of data.paths) {
      expect(path.length).toBe(4);
      const middle = path.hops[1].to;
      expect(middle).toMatchObject({ id: 'programme:prevent', label: 'PROGRAMME', caption: 'Prevent' });
      expect(path.hops[0].to.statement.stance).toBe('SUPPORTS');
      expect(path.hops[2].to.statement.stance).toBe('CRITICISES');
      expect(path.hops[3].to.id).toBe('org:muslim-council-of-britain');
    }
    expect(data.paths[0].summary).toMatch(
      /^Dean Haydon -SAID-> .* -ABOUT-> Prevent <-ABOUT- .*young Muslims are being targeted.* <-SAID- Muslim Council of Britain$/,
    );
  });

  it('said-by-government: the Home Secretary, the government spokeswoman and government figures, and nobody else', async () => {
    const data = dataOf(await api.run(example('said-by-government')));
    const government = data.entity;
    const statements = new Map<string, string>();
    const add = (speakerId: string, edges: { node: { id: string; text: string } }[]): void => {
      for (const { node } of edges) statements.set(node.id, speakerId);
    };
    add(government.id, government.statementsMade.edges);
    for (const { node } of government.members.edges) add(node.member.id, node.member.statementsMade.edges);
    for (const holder of government.roleHolders) add(holder.holder.id, holder.holder.statementsMade.edges);
    expect(government.roleHolders).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: 'Home Secretary', holder: expect.objectContaining({ id: 'person:amber-rudd' }) })]),
    );
    expect(new Set(statements.values())).toEqual(
      new Set(['person:amber-rudd', 'person:government-spokeswoman@prevent-2017', 'group:government-figures@prevent-2017']),
    );
    expect([...statements.keys()]).toEqual(
      expect.arrayContaining([
        'prevent-2017/stmt-11-rudd-sell-it-to-communities',
        'prevent-2017/stmt-12-spokeswoman-all-forms-of-extremism',
        'prevent-2017/stmt-13-government-figures-150-stopped',
      ]),
    );
  });

  it('prevent-timeline: 2003, 2011, 2015, then 2017 up to the broadcast on 8 August 2017 at 10:00', async () => {
    const data = dataOf(await api.run(example('prevent-timeline')));
    const entries: { date: { value: string; precision: string }; kind: string; event: { id: string } | null }[] = data.timeline.entries;
    const values = entries.map((entry) => entry.date.value);
    expect(values.slice(0, 3)).toEqual(['2003', '2011', '2015']);
    expect(values[values.length - 1]).toBe('2017-08-08T10:00');
    expect(values).toEqual([...values].sort());
    expect(entries.slice(0, 3).map((entry) => entry.event?.id)).toEqual([
      'event:prevent-set-up',
      'event:prevent-remit-widened',
      'event:war-zone-travel-stopped-2015',
    ]);
    expect(entries[entries.length - 1]).toMatchObject({ kind: 'EVENT', date: { precision: 'MINUTE' }, event: { id: 'event:haydon-interview-broadcast' } });
    expect(entries.filter((entry) => entry.date.value.startsWith('2017')).length).toBeGreaterThanOrEqual(3);
  });
});
