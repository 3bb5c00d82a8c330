import { planArticleLoad, entityGraphId, scopedId, labelOf } from '../../src/loading/load-plan';
import { smallDocument } from '../support/fixtures';

describe('load plan', () => {
  it('puts no document value into query text: names, ids and text travel as parameters', () => {
    const doc = smallDocument();
    doc.entities[0]!.name = "Jane'}) DETACH DELETE n //";
    const plan = planArticleLoad(doc);
    for (const step of plan.steps) {
      expect(step.cypher).not.toContain('Jane');
      expect(step.cypher).not.toContain('test-council');
      expect(step.cypher).not.toContain('disaster');
    }
    expect(JSON.stringify(plan.steps.map((s) => s.params))).toContain("Jane'}) DETACH DELETE n //");
  });

  it('labels entities only with allow-listed labels', () => {
    expect(() => labelOf('Person); MATCH (x' as never)).toThrow(/Unknown entity type/);
    const labels = planArticleLoad(smallDocument())
      .steps.map((s) => s.name)
      .filter((n) => n.startsWith('label '));
    expect(labels).toEqual(['label Person', 'label Organisation', 'label Place', 'label Programme']);
  });

  it('scopes statement and relation ids by article, and article-scoped speakers too', () => {
    expect(scopedId('a1', 's1')).toBe('a1/s1');
    expect(scopedId('a1', 'a1/s1')).toBe('a1/s1');
    expect(entityGraphId('a1', 'group:critics', true)).toBe('group:critics@a1');
    expect(entityGraphId('a1', 'person:x', false)).toBe('person:x');
  });

  it('gives the same content hash to the same document and a new one to an edited document', () => {
    const a = planArticleLoad(smallDocument()).contentHash;
    expect(planArticleLoad(smallDocument()).contentHash).toBe(a);
    const edited = smallDocument();
    edited.statements[0]!.stance = 'neutral';
    expect(planArticleLoad(edited).contentHash).not.toBe(a);
  });
});
