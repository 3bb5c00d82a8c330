import type { ArticleGraphDocument } from '../../src/document/article-graph';

/** Offsets of the n-th occurrence of `phrase` in `text`; throws when it is not there. */
export function spanOf(text: string, phrase: string, occurrence = 1): { start: number; end: number } {
  let from = 0;
  let start = -1;
  for (let i = 0; i < occurrence; i++) {
    start = text.indexOf(phrase, from);
    if (start < 0) throw new Error(`"${phrase}" (occurrence ${occurrence}) is not in the text`);
    from = start + 1;
  }
  return { start, end: start + phrase.length };
}

/**
 * A small valid document about a council planning row: two people, an organisation, a place and
 * two statements. `articleId` lets tests load several articles that share entities.
 */
export function smallDocument(articleId = 'test-council', extraSentence = ''): ArticleGraphDocument {
  const text =
    'Councillor Jane Smith of the Green Party said the Riverside plan was "a disaster for Leeds". ' +
    'Smith added that residents had not been asked. Mayor Tom Brown said: "The plan will bring jobs."' +
    extraSentence;
  const quote1 = 'a disaster for Leeds';
  const quote2 = 'residents had not been asked';
  const quote3 = 'The plan will bring jobs.';
  return {
    schemaVersion: '1.0',
    provenance: 'human-reviewed',
    article: { id: articleId, title: 'Row over Riverside plan', text, publishedAt: '2024-03-05', source: 'Test Gazette' },
    entities: [
      {
        id: 'person:jane-smith',
        type: 'Person',
        name: 'Jane Smith',
        aliases: ['Smith', 'Councillor Jane Smith'],
        mentions: [spanOf(text, 'Jane Smith'), spanOf(text, 'Smith', 2)],
      },
      { id: 'person:tom-brown', type: 'Person', name: 'Tom Brown', aliases: ['Mayor Tom Brown'], mentions: [spanOf(text, 'Tom Brown')] },
      { id: 'org:green-party', type: 'Organisation', name: 'Green Party', aliases: [], mentions: [spanOf(text, 'Green Party')] },
      { id: 'place:leeds', type: 'Place', name: 'Leeds', aliases: [], mentions: [spanOf(text, 'Leeds')] },
      { id: 'programme:riverside-plan', type: 'Programme', name: 'Riverside plan', aliases: ['the plan'], mentions: [spanOf(text, 'Riverside plan')] },
    ],
    statements: [
      {
        id: 's1',
        speakerId: 'person:jane-smith',
        text: quote1,
        kind: 'direct',
        stance: 'criticises',
        ...spanOf(text, quote1),
        aboutIds: ['programme:riverside-plan'],
        reportingVerb: 'said',
      },
      {
        id: 's2',
        speakerId: 'person:jane-smith',
        text: quote2,
        kind: 'indirect',
        stance: 'criticises',
        ...spanOf(text, quote2),
        aboutIds: ['programme:riverside-plan'],
        reportingVerb: 'added',
        speakerMention: spanOf(text, 'Smith', 2),
      },
      {
        id: 's3',
        speakerId: 'person:tom-brown',
        text: quote3,
        kind: 'direct',
        stance: 'supports',
        ...spanOf(text, quote3),
        aboutIds: ['programme:riverside-plan'],
        reportingVerb: 'said',
      },
    ],
    relations: [
      {
        id: 'r1',
        type: 'MEMBER_OF',
        sourceId: 'person:jane-smith',
        targetId: 'org:green-party',
        ...spanOf(text, 'Councillor Jane Smith of the Green Party'),
        role: 'Councillor',
      },
    ],
  };
}
