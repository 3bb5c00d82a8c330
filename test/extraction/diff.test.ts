import { diffDocuments, formatDiff } from '../../src/extraction/diff';
import { extract } from './helpers';

describe('diffDocuments', () => {
  const text = 'Councillor Jane Smith said the plan was "a disaster". Mayor Tom Brown said: "The plan will bring jobs."';

  it('finds nothing to change between a document and itself', () => {
    const doc = extract(text);
    const diff = diffDocuments(doc, doc);
    expect([diff.entities, diff.statements, diff.relations].every((p) => p.added.length + p.removed.length + p.changed.length === 0)).toBe(true);
  });

  it('reports added, removed and changed facts in readable lines', () => {
    const reviewed = extract(text);
    const extracted = extract(text);
    reviewed.statements[0]!.speakerId = 'person:tom-brown';
    reviewed.statements.pop();
    reviewed.entities.push({ id: 'place:leeds', type: 'Place', name: 'Leeds', aliases: [], mentions: [] });
    const output = formatDiff(diffDocuments(extracted, reviewed));
    expect(output).toMatch(/^Entities: 0 added, 1 removed, 0 changed/m);
    expect(output).toMatch(/^ {2}- Place place:leeds "Leeds"/m);
    expect(output).toMatch(/^Statements: 1 added, 0 removed, 1 changed/m);
    expect(output).toMatch(/speaker person:tom-brown → person:jane-smith/);
    expect(output).toMatch(/^ {2}\+ \[direct\] person:tom-brown/m);
  });
});
