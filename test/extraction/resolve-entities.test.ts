import type { ArticleGraphDocument, DocumentEntity } from '../../src/document/article-graph';
import { assertValidDocument } from '../../src/document/validate';
import { chooseCandidate, resolveEntities, type CandidateLookup, type GraphEntityCandidate } from '../../src/extraction/resolve-entities';
import { extract } from './helpers';

const person = (id: string, name: string, aliases: string[] = []): DocumentEntity => ({ id, type: 'Person', name, aliases, mentions: [] });
const candidate = (id: string, name: string, aliases: string[] = [], kind: GraphEntityCandidate['kind'] = 'Person'): GraphEntityCandidate => ({
  id,
  kind,
  name,
  aliases,
});

describe('chooseCandidate', () => {
  it('keeps an entity whose id is already in the graph', () => {
    expect(chooseCandidate(person('person:dean-haydon', 'Dean Haydon'), [candidate('person:dean-haydon', 'Dean Haydon')])).toMatchObject({
      resolvedId: 'person:dean-haydon',
      reason: 'same-id',
    });
  });

  it('joins a full name to the one graph entity with that name or alias', () => {
    expect(
      chooseCandidate(person('person:keir-starmer', 'Keir Starmer'), [candidate('person:sir-keir-starmer', 'Sir Keir Starmer', ['Keir Starmer'])]),
    ).toMatchObject({
      resolvedId: 'person:sir-keir-starmer',
      reason: 'alias',
    });
  });

  it('joins a bare surname to an existing person only when exactly one candidate matches', () => {
    const smith = person('person:smith', 'Smith', ['Mr Smith']);
    expect(chooseCandidate(smith, [candidate('person:jane-smith', 'Jane Smith')])).toMatchObject({ resolvedId: 'person:jane-smith', reason: 'surname' });
    expect(chooseCandidate(smith, [candidate('person:jane-smith', 'Jane Smith'), candidate('person:tom-smith', 'Tom Smith')])).toMatchObject({
      resolvedId: 'person:smith',
      reason: 'ambiguous',
    });
  });

  it('never joins entities of different types', () => {
    expect(chooseCandidate(person('person:jefferies', 'Jefferies'), [candidate('org:jefferies', 'Jefferies', [], 'Organisation')]).reason).toBe('new');
  });
});

describe('resolveEntities', () => {
  it('asks the lookup once and rewrites every reference to a resolved entity', async () => {
    const doc = extract('Mr Starmer said the plan would work. Mr Starmer added that it was fair.');
    const requests: string[][] = [];
    const lookup: CandidateLookup = async (batch) => {
      requests.push(batch.map((r) => r.id));
      return new Map(batch.map((r) => [r.id, r.surname === 'starmer' ? [candidate('person:keir-starmer', 'Keir Starmer', ['Sir Keir'])] : []]));
    };
    const { document, decisions } = await resolveEntities(doc, lookup);
    expect(requests).toHaveLength(1);
    expect(decisions.find((d) => d.extractedId === 'person:starmer')).toMatchObject({ resolvedId: 'person:keir-starmer', reason: 'surname' });
    expect(document.statements.every((s) => s.speakerId === 'person:keir-starmer')).toBe(true);
    expect(assertValidDocument(document).entities.map((e) => e.id)).toContain('person:keir-starmer');
  });

  it('merges two extracted entities that resolve to one graph entity', async () => {
    const doc: ArticleGraphDocument = extract('Cisco Systems cut jobs. Cisco Systems said sales fell.');
    doc.entities.push({ id: 'org:cisco-inc', type: 'Organisation', name: 'Cisco Inc', aliases: [], mentions: [{ start: 0, end: 5 }] });
    const lookup: CandidateLookup = async (batch) =>
      new Map(batch.map((r) => [r.id, [candidate('org:cisco-systems', 'Cisco Systems', ['Cisco Inc'], 'Organisation')]]));
    const { document } = await resolveEntities(doc, lookup);
    const cisco = document.entities.filter((e) => e.id === 'org:cisco-systems');
    expect(cisco).toHaveLength(1);
    expect(cisco[0]!.aliases).toContain('Cisco Inc');
    expect(() => assertValidDocument(document)).not.toThrow();
  });

  it('leaves article-scoped speakers alone', async () => {
    const doc = extract('A government spokeswoman said the rules were clear.');
    const lookup = jest.fn<ReturnType<CandidateLookup>, Parameters<CandidateLookup>>(async (batch) => new Map(batch.map((r) => [r.id, []])));
    await resolveEntities(doc, lookup);
    const asked = lookup.mock.calls.flatMap(([batch]) => batch.map((r) => r.id));
    expect(asked).not.toContain('person:government-spokeswoman');
  });
});
