/**
 * Builds data/articles/prevent-2017.graph.json, the hand-reviewed article-graph document for the
 * seed article data/articles/prevent-2017.txt.
 *
 * Why a script: every offset in the document is derived here by locating an exact phrase of the
 * article (each phrase must occur exactly once inside the span it is searched in), so no offset is
 * typed by hand and a reviewer can read the modelling decisions as phrases rather than numbers.
 * Entity mentions are found by scanning the article body for the entity's name and aliases, and
 * each entity states how many mentions the reviewer expects, so a silent miss fails the build.
 * The document is validated (JSON Schema plus the cross-reference and span checks the schema
 * cannot express) before it is written; the committed JSON is the reviewed artefact.
 *
 * Run from the repository root (Node 20 cannot run TypeScript directly):
 *   npx tsc --outDir /tmp/seed-build --module commonjs --target ES2022 --strict --esModuleInterop \
 *     --skipLibCheck scripts/build-seed-document.ts
 *   NODE_PATH=$PWD/node_modules node /tmp/seed-build/build-seed-document.js
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

interface Span {
  start: number;
  end: number;
}

type EntityType = 'Person' | 'Organisation' | 'Place' | 'Event' | 'Programme' | 'Group' | 'Role';
type DatePrecision = 'year' | 'month' | 'day' | 'minute';
type DateCertainty = 'stated' | 'resolved' | 'approximate';
type StatementKind = 'direct' | 'indirect' | 'mixed';
type Stance = 'supports' | 'criticises' | 'neutral' | 'unclear';
type RelationType =
  | 'HAS_ROLE'
  | 'AFFILIATED_WITH'
  | 'MEMBER_OF'
  | 'PART_OF'
  | 'LOCATED_IN'
  | 'SET_UP'
  | 'CHANGED'
  | 'PARTICIPATED_IN'
  | 'OCCURRED_IN'
  | 'INVOLVES'
  | 'TARGETS'
  | 'ALSO_KNOWN_AS';

interface ArticleDate {
  value: string;
  precision: DatePrecision;
  certainty: DateCertainty;
  text: string;
  start: number;
  end: number;
}

interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description?: string;
  mentions: Span[];
  date?: ArticleDate;
  articleScoped?: boolean;
}

interface Statement {
  id: string;
  speakerId: string;
  text: string;
  kind: StatementKind;
  stance: Stance;
  stanceConfidence?: number;
  start: number;
  end: number;
  aboutIds: string[];
  reportingVerb?: string;
  speakerMention?: Span;
  audienceId?: string;
  date?: ArticleDate;
}

interface Relation {
  id: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  start: number;
  end: number;
  role?: string;
  qualifier?: string;
  organisationId?: string;
  confidence?: number;
}

interface ArticleGraphDocument {
  schemaVersion: '1.0';
  provenance: 'human-reviewed';
  reviewedBy: string;
  article: {
    id: string;
    title: string;
    text: string;
    publishedAt: string;
    publishedAtCertainty: 'stated' | 'inferred';
    source: string;
    url?: string;
  };
  entities: Entity[];
  statements: Statement[];
  relations: Relation[];
}

/** An entity as the reviewer specifies it: mentions are scanned, not listed. */
interface EntitySpec extends Omit<Entity, 'mentions'> {
  /** How many mentions the reviewer counted; the scan must find exactly this many. */
  expectedMentions: number;
  /** Occurrences of a name form inside these spans belong to another entity. */
  notWithin?: Span[];
}

/** A statement as the reviewer specifies it: its text is the slice of `span`. */
interface StatementSpec extends Omit<Statement, 'text' | 'start' | 'end'> {
  span: Span;
}

/** A relation as the reviewer specifies it: `evidence` is the span of words that state it. */
interface RelationSpec extends Omit<Relation, 'start' | 'end'> {
  evidence: Span;
}

const ARTICLE_ID = 'prevent-2017';
const repositoryRoot = process.cwd();
const articlePath = resolve(repositoryRoot, 'data/articles/prevent-2017.txt');
const documentPath = resolve(repositoryRoot, 'data/articles/prevent-2017.graph.json');
const schemaPath = resolve(repositoryRoot, 'schema/article-graph.schema.json');

const text = readFileSync(articlePath, 'utf8');
const wholeText: Span = { start: 0, end: text.length };

/** Offsets of every exact, case-sensitive occurrence of `phrase` inside `within`. */
function occurrencesOf(phrase: string, within: Span): number[] {
  const found: number[] = [];
  let from = within.start;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at === -1 || at + phrase.length > within.end) return found;
    found.push(at);
    from = at + 1;
  }
}

/** The span of `phrase`, which must occur exactly once inside `within` (default: the whole text). */
function locate(phrase: string, within: Span = wholeText): Span {
  const found = occurrencesOf(phrase, within);
  if (found.length !== 1) {
    throw new Error(
      `Phrase ${JSON.stringify(phrase)} occurs ${found.length} times in [${within.start}, ${within.end}); ` +
        'it must occur exactly once: lengthen the phrase or search inside a narrower span.',
    );
  }
  const start = found[0] as number;
  return { start, end: start + phrase.length };
}

/** The article's words at `span`. */
function sliceOf(span: Span): string {
  return text.slice(span.start, span.end);
}

/** A date tied to the words of the article that give it. */
function dateAt(value: string, precision: DatePrecision, certainty: DateCertainty, words: Span): ArticleDate {
  return { value, precision, certainty, text: sliceOf(words), start: words.start, end: words.end };
}

// The first two lines are an image caption ("armed police") and the caption text with its photo
// credit ("... strategy Reuters"). They are layout, not reporting: no mention, statement or
// relation may come from them, so every scan starts at the first sentence of the body.
const body: Span = { start: locate('A senior Scotland Yard police officer').start, end: text.length };

// Sentences (or sentence parts) that statements and relations are located in.
const leadSentence = locate(
  'A senior Scotland Yard police officer has hit out at attacks against a government counter-terrorism programme, saying such criticism is based on "ignorance".',
);
const criticsSentence = locate(
  'The Prevent programme is a key strand of the government\'s counter-terrorism strategy, but critics have called for it to be scrapped, labelling it a "toxic" charter that advocates spying on minority communities.',
);
const aimSentence = locate(
  'The programme is aimed at combating reports of male and female teenage Muslims from the UK absconding to join Islamic State in Syria, also known as Isis, where it is estimated over 3,000 Europeans already fill their ranks.',
);
const toldSentence = locate('Commander Dean Haydon told the BBC\'s Asian Network these groups "don\'t understand properly how Prevent works".');
const addedSentence = locate('He added that some criticism came from parts of the community that "don\'t want Prevent to work in the first place".');
const haydonSaidSentence = locate(
  'Haydon said the programme was not about spying on people but about keeping them safe, and said it had achieved "fantastic" results.',
);
const scrutinySentence = locate(
  'However, the effectiveness of the programme came under renewed scrutiny in the wake of the recent terror attacks in Manchester, Westminster and London Bridge.',
);
const muslimCouncilSentence = locate(
  'The Muslim Council of Britain has said young Muslims are being targeted, and a former senior Muslim policeman, Dal Babu, said Prevent had become a "toxic brand" because it was not trusted by communities.',
);
const lucasSentence = locate(
  'In May, the Green Party\'s Caroline Lucas said: "Many in the Muslim community believe it\'s been an attack on their group in particular."',
);
const policeSentence = locate('But police say Prevent is a crucial plank of wider counter-terrorism and extremism efforts.');
const ruddSentence = locate(
  'Earlier this year, Home Secretary Amber Rudd admitted there needed to be more of an effort "to sell it to communities... to show that this is a safeguarding initiative."',
);
const spokeswomanSentence = locate(
  'A government spokeswoman added: "Prevent does not target a specific faith or ethnic group - it deals with all forms of extremism and protects those who are targeted by terrorist recruiters."',
);
const figuresSentence = locate('Government figures say 150 people were stopped from entering war zones in Iraq and Syria in 2015 because of the programme.');
const historySentence = locate('The programme was set up by Labour in 2003 and its remit was widened by the Conservative-Lib Dem coalition in 2011.');
const broadcastSentence = locate("The interview with Commander Haydon will be broadcast on Tuesday 8 August at 10am on the BBC's Asian Network.");

const recentAttacks = locate('the recent terror attacks in Manchester, Westminster and London Bridge', scrutinySentence);
const attackPlaces = locate('terror attacks in Manchester, Westminster and London Bridge', scrutinySentence);
const recentAttacksDate = dateAt('2017', 'year', 'approximate', locate('recent', scrutinySentence));
const setUpClause = locate('The programme was set up by Labour in 2003', historySentence);
const remitClause = locate('its remit was widened by the Conservative-Lib Dem coalition in 2011', historySentence);
const stoppedClause = locate('150 people were stopped from entering war zones in Iraq and Syria in 2015', figuresSentence);
const broadcastClause = locate(
  "The interview with Commander Haydon will be broadcast on Tuesday 8 August at 10am on the BBC's Asian Network",
  broadcastSentence,
);

// Mention policy: a mention is an explicit naming of the entity: its proper name, a title plus
// name ("Commander Dean Haydon"), or the descriptive noun phrase the article uses in place of a
// name to introduce a speaker or a group ("A senior Scotland Yard police officer", "critics").
// Pronouns ("He", "it") and anaphoric common nouns ("the programme", "the scheme",
// "these groups") are not mentions. Names are spanned without a leading article ("Green Party"
// in "the Green Party's"); descriptive phrases keep theirs. Events are mentioned by the phrase
// that denotes them: a noun phrase where the article has one (the three attacks share "the
// recent terror attacks in ..."), otherwise the clause that reports the event.
// Article-scoped speakers and groups ("critics", "a government spokeswoman") carry bare ids such
// as 'group:critics' with articleScoped: true; the loader stores them as 'group:critics@prevent-2017'.
const entitySpecs: EntitySpec[] = [
  {
    id: 'person:dean-haydon',
    type: 'Person',
    name: 'Dean Haydon',
    aliases: ['Commander Dean Haydon', 'Commander Haydon', 'Haydon', 'A senior Scotland Yard police officer'],
    description: "Commander and senior Scotland Yard police officer who defended the Prevent programme in an interview with the BBC's Asian Network.",
    expectedMentions: 4,
  },
  {
    id: 'person:dal-babu',
    type: 'Person',
    name: 'Dal Babu',
    aliases: [],
    description: 'Former senior Muslim policeman who said Prevent had become a "toxic brand".',
    expectedMentions: 1,
  },
  {
    id: 'person:caroline-lucas',
    type: 'Person',
    name: 'Caroline Lucas',
    aliases: [],
    description: 'Green Party politician who said in May that many in the Muslim community see Prevent as an attack on their group.',
    expectedMentions: 1,
  },
  {
    id: 'person:amber-rudd',
    type: 'Person',
    name: 'Amber Rudd',
    aliases: ['Home Secretary Amber Rudd'],
    description: 'Home Secretary who admitted more effort was needed to sell Prevent to communities.',
    expectedMentions: 1,
  },
  {
    id: 'person:government-spokeswoman',
    type: 'Person',
    name: 'Government spokeswoman',
    aliases: ['A government spokeswoman'],
    description: 'Unnamed government spokeswoman who defended Prevent.',
    articleScoped: true,
    expectedMentions: 1,
  },
  {
    id: 'org:scotland-yard',
    type: 'Organisation',
    name: 'Scotland Yard',
    aliases: [],
    description: 'Police organisation in which Dean Haydon is a senior officer.',
    expectedMentions: 1,
  },
  {
    id: 'org:muslim-council-of-britain',
    type: 'Organisation',
    name: 'Muslim Council of Britain',
    aliases: [],
    description: 'Organisation that has said young Muslims are being targeted by Prevent.',
    expectedMentions: 1,
  },
  {
    id: 'org:green-party',
    type: 'Organisation',
    name: 'Green Party',
    aliases: [],
    description: 'Political party of Caroline Lucas.',
    expectedMentions: 1,
  },
  {
    id: 'org:bbc-asian-network',
    type: 'Organisation',
    name: 'BBC Asian Network',
    aliases: ["BBC's Asian Network", 'Asian Network'],
    description: 'BBC station to which Dean Haydon gave the interview and which broadcasts it.',
    expectedMentions: 2,
  },
  {
    id: 'org:bbc',
    type: 'Organisation',
    name: 'BBC',
    aliases: [],
    description: 'Broadcaster of which the Asian Network is part.',
    expectedMentions: 2,
  },
  {
    id: 'org:islamic-state',
    type: 'Organisation',
    name: 'Islamic State',
    aliases: ['Isis'],
    description: 'Extremist group in Syria, also known as Isis, which teenage Muslims from the UK were reported to be leaving to join.',
    expectedMentions: 2,
  },
  {
    id: 'org:labour-party',
    type: 'Organisation',
    name: 'Labour Party',
    aliases: ['Labour'],
    description: 'Political party that set up Prevent in 2003.',
    expectedMentions: 1,
  },
  {
    id: 'org:conservative-lib-dem-coalition',
    type: 'Organisation',
    name: 'Conservative-Lib Dem coalition',
    aliases: [],
    description: 'Coalition government that widened the remit of Prevent in 2011.',
    expectedMentions: 1,
  },
  {
    id: 'org:uk-government',
    type: 'Organisation',
    name: 'UK government',
    aliases: ['government'],
    description: 'The government whose counter-terrorism strategy Prevent is part of.',
    expectedMentions: 4,
  },
  {
    id: 'group:critics',
    type: 'Group',
    name: 'Critics of Prevent',
    aliases: ['critics'],
    description: 'Unnamed critics who called for Prevent to be scrapped; Haydon refers to them as "these groups".',
    articleScoped: true,
    expectedMentions: 1,
  },
  {
    id: 'group:police',
    type: 'Group',
    name: 'Police',
    aliases: [],
    description: 'The police, speaking collectively ("police say").',
    articleScoped: true,
    expectedMentions: 1,
    notWithin: [locate('police officer', leadSentence)],
  },
  {
    id: 'group:government-figures',
    type: 'Group',
    name: 'Government figures',
    aliases: [],
    description:
      'Source of the claim that 150 people were stopped from entering war zones in 2015: most likely official government statistics, possibly government officials; the article does not say which.',
    articleScoped: true,
    expectedMentions: 1,
  },
  {
    id: 'group:young-muslims',
    type: 'Group',
    name: 'Young Muslims',
    aliases: [],
    description: 'Young Muslims, who the Muslim Council of Britain says are being targeted.',
    articleScoped: true,
    expectedMentions: 1,
  },
  {
    id: 'group:muslim-community',
    type: 'Group',
    name: 'Muslim community',
    aliases: [],
    description: 'The Muslim community, many of whom, according to Caroline Lucas, see Prevent as an attack on their group.',
    articleScoped: true,
    expectedMentions: 1,
  },
  {
    id: 'group:minority-communities',
    type: 'Group',
    name: 'Minority communities',
    aliases: [],
    description: 'Communities that critics say Prevent advocates spying on.',
    articleScoped: true,
    expectedMentions: 1,
  },
  { id: 'place:uk', type: 'Place', name: 'United Kingdom', aliases: ['UK'], expectedMentions: 1 },
  { id: 'place:syria', type: 'Place', name: 'Syria', aliases: [], expectedMentions: 2 },
  { id: 'place:iraq', type: 'Place', name: 'Iraq', aliases: [], expectedMentions: 1 },
  { id: 'place:manchester', type: 'Place', name: 'Manchester', aliases: [], expectedMentions: 1 },
  { id: 'place:westminster', type: 'Place', name: 'Westminster', aliases: [], expectedMentions: 1 },
  { id: 'place:london-bridge', type: 'Place', name: 'London Bridge', aliases: [], expectedMentions: 1 },
  {
    id: 'programme:prevent',
    type: 'Programme',
    name: 'Prevent',
    aliases: ['Prevent programme'],
    description:
      'Government counter-terrorism programme designed to support people at risk of joining extremist groups; set up by Labour in 2003, remit widened in 2011.',
    expectedMentions: 6,
  },
  {
    id: 'programme:uk-counter-terrorism-strategy',
    type: 'Programme',
    name: 'UK government counter-terrorism strategy',
    aliases: ['counter-terrorism strategy'],
    description: "The government's counter-terrorism strategy, of which Prevent is a key strand.",
    expectedMentions: 1,
  },
  { id: 'role:commander', type: 'Role', name: 'Commander', aliases: [], expectedMentions: 2 },
  { id: 'role:home-secretary', type: 'Role', name: 'Home Secretary', aliases: [], expectedMentions: 1 },
  { id: 'role:police-officer', type: 'Role', name: 'Police officer', aliases: ['policeman'], expectedMentions: 2 },
  { id: 'role:spokeswoman', type: 'Role', name: 'Spokeswoman', aliases: [], expectedMentions: 1 },
  {
    id: 'event:manchester-attack',
    type: 'Event',
    name: 'Manchester attack',
    aliases: [sliceOf(recentAttacks)],
    description: 'Recent terror attack in Manchester, after which Prevent came under renewed scrutiny.',
    date: recentAttacksDate,
    expectedMentions: 1,
  },
  {
    id: 'event:westminster-attack',
    type: 'Event',
    name: 'Westminster attack',
    aliases: [sliceOf(recentAttacks)],
    description: 'Recent terror attack in Westminster, after which Prevent came under renewed scrutiny.',
    date: recentAttacksDate,
    expectedMentions: 1,
  },
  {
    id: 'event:london-bridge-attack',
    type: 'Event',
    name: 'London Bridge attack',
    aliases: [sliceOf(recentAttacks)],
    description: 'Recent terror attack at London Bridge, after which Prevent came under renewed scrutiny.',
    date: recentAttacksDate,
    expectedMentions: 1,
  },
  {
    id: 'event:prevent-set-up',
    type: 'Event',
    name: 'Prevent set up by Labour',
    aliases: [sliceOf(setUpClause)],
    date: dateAt('2003', 'year', 'stated', locate('in 2003', setUpClause)),
    expectedMentions: 1,
  },
  {
    id: 'event:prevent-remit-widened',
    type: 'Event',
    name: 'Prevent remit widened by the Conservative-Lib Dem coalition',
    aliases: [sliceOf(remitClause)],
    date: dateAt('2011', 'year', 'stated', locate('in 2011', remitClause)),
    expectedMentions: 1,
  },
  {
    id: 'event:war-zone-travel-stopped-2015',
    type: 'Event',
    name: '150 people stopped from entering war zones in Iraq and Syria',
    aliases: [sliceOf(stoppedClause)],
    description: 'According to government figures, 150 people were stopped from entering war zones in 2015 because of Prevent.',
    date: dateAt('2015', 'year', 'stated', locate('in 2015', stoppedClause)),
    expectedMentions: 1,
  },
  {
    id: 'event:haydon-interview-broadcast',
    type: 'Event',
    name: 'Broadcast of the BBC Asian Network interview with Commander Haydon',
    aliases: [sliceOf(broadcastClause)],
    // The year is not written: Tuesday 8 August is resolved against publishedAt (2017-08-07).
    date: dateAt('2017-08-08T10:00', 'minute', 'resolved', locate('on Tuesday 8 August at 10am', broadcastClause)),
    expectedMentions: 1,
  },
];

const PREVENT = 'programme:prevent';
const HAYDON = 'person:dean-haydon';
const CRITICS = 'group:critics';

// Stance is the speaker's stance toward aboutIds[0], the statement's primary subject; later
// aboutIds are further subjects the statement is about.
const statementSpecs: StatementSpec[] = [
  {
    // The journalist's summary lead. It judges the criticism, not the programme itself, so it is
    // about the critics only; Haydon's statements about Prevent are the four from the interview.
    id: 'stmt-01-haydon-criticism-is-ignorance',
    speakerId: HAYDON,
    span: locate('such criticism is based on "ignorance"', leadSentence),
    kind: 'mixed',
    stance: 'criticises',
    stanceConfidence: 0.95,
    aboutIds: [CRITICS],
    reportingVerb: 'saying',
    speakerMention: locate('A senior Scotland Yard police officer', leadSentence),
  },
  {
    id: 'stmt-02-critics-scrap-toxic-charter',
    speakerId: CRITICS,
    span: locate('have called for it to be scrapped, labelling it a "toxic" charter that advocates spying on minority communities', criticsSentence),
    kind: 'mixed',
    stance: 'criticises',
    stanceConfidence: 1,
    aboutIds: [PREVENT, 'group:minority-communities'],
    reportingVerb: 'called for',
    speakerMention: locate('critics', criticsSentence),
  },
  {
    id: 'stmt-03-haydon-critics-do-not-understand',
    speakerId: HAYDON,
    span: locate("don't understand properly how Prevent works", toldSentence),
    kind: 'direct',
    stance: 'supports',
    stanceConfidence: 0.9,
    aboutIds: [PREVENT, CRITICS],
    reportingVerb: 'told',
    speakerMention: locate('Commander Dean Haydon', toldSentence),
    audienceId: 'org:bbc-asian-network',
  },
  {
    id: 'stmt-04-haydon-some-do-not-want-prevent-to-work',
    speakerId: HAYDON,
    span: locate('some criticism came from parts of the community that "don\'t want Prevent to work in the first place"', addedSentence),
    kind: 'mixed',
    stance: 'supports',
    stanceConfidence: 0.85,
    aboutIds: [PREVENT, CRITICS],
    reportingVerb: 'added',
    speakerMention: locate('He', addedSentence),
  },
  {
    id: 'stmt-05-haydon-not-spying-but-safety',
    speakerId: HAYDON,
    span: locate('the programme was not about spying on people but about keeping them safe', haydonSaidSentence),
    kind: 'indirect',
    stance: 'supports',
    stanceConfidence: 1,
    aboutIds: [PREVENT],
    reportingVerb: 'said',
    speakerMention: locate('Haydon', haydonSaidSentence),
  },
  {
    id: 'stmt-06-haydon-fantastic-results',
    speakerId: HAYDON,
    span: locate('it had achieved "fantastic" results', haydonSaidSentence),
    kind: 'mixed',
    stance: 'supports',
    stanceConfidence: 1,
    aboutIds: [PREVENT],
    reportingVerb: 'said',
    // "and said" has no subject of its own; the speaker is named once for both clauses.
    speakerMention: locate('Haydon', haydonSaidSentence),
  },
  {
    id: 'stmt-07-mcb-young-muslims-targeted',
    speakerId: 'org:muslim-council-of-britain',
    span: locate('young Muslims are being targeted', muslimCouncilSentence),
    kind: 'indirect',
    stance: 'criticises',
    // Prevent is the subject by context (the "Toxic scheme" section), not named in the clause.
    stanceConfidence: 0.8,
    aboutIds: [PREVENT, 'group:young-muslims'],
    reportingVerb: 'has said',
    speakerMention: locate('Muslim Council of Britain', muslimCouncilSentence),
  },
  {
    id: 'stmt-08-babu-toxic-brand',
    speakerId: 'person:dal-babu',
    span: locate('Prevent had become a "toxic brand" because it was not trusted by communities', muslimCouncilSentence),
    kind: 'mixed',
    stance: 'criticises',
    stanceConfidence: 1,
    aboutIds: [PREVENT],
    reportingVerb: 'said',
    speakerMention: locate('Dal Babu', muslimCouncilSentence),
  },
  {
    id: 'stmt-09-lucas-attack-on-their-group',
    speakerId: 'person:caroline-lucas',
    span: locate("Many in the Muslim community believe it's been an attack on their group in particular.", lucasSentence),
    kind: 'direct',
    stance: 'criticises',
    stanceConfidence: 0.9,
    aboutIds: [PREVENT, 'group:muslim-community'],
    reportingVerb: 'said',
    speakerMention: locate('Caroline Lucas', lucasSentence),
    // "In May" before an August 2017 publication is May 2017.
    date: dateAt('2017-05', 'month', 'resolved', locate('In May', lucasSentence)),
  },
  {
    id: 'stmt-10-police-crucial-plank',
    speakerId: 'group:police',
    span: locate('Prevent is a crucial plank of wider counter-terrorism and extremism efforts', policeSentence),
    kind: 'indirect',
    stance: 'supports',
    stanceConfidence: 1,
    aboutIds: [PREVENT],
    reportingVerb: 'say',
    speakerMention: locate('police', policeSentence),
  },
  {
    id: 'stmt-11-rudd-sell-it-to-communities',
    speakerId: 'person:amber-rudd',
    span: locate('there needed to be more of an effort "to sell it to communities... to show that this is a safeguarding initiative."', ruddSentence),
    kind: 'mixed',
    // An admission of a shortcoming made in defence of the programme ("a safeguarding initiative").
    stance: 'supports',
    stanceConfidence: 0.7,
    aboutIds: [PREVENT],
    reportingVerb: 'admitted',
    speakerMention: locate('Home Secretary Amber Rudd', ruddSentence),
    date: dateAt('2017', 'year', 'resolved', locate('Earlier this year', ruddSentence)),
  },
  {
    id: 'stmt-12-spokeswoman-all-forms-of-extremism',
    speakerId: 'person:government-spokeswoman',
    span: locate(
      'Prevent does not target a specific faith or ethnic group - it deals with all forms of extremism and protects those who are targeted by terrorist recruiters.',
      spokeswomanSentence,
    ),
    kind: 'direct',
    stance: 'supports',
    stanceConfidence: 1,
    aboutIds: [PREVENT],
    reportingVerb: 'added',
    speakerMention: locate('A government spokeswoman', spokeswomanSentence),
  },
  {
    id: 'stmt-13-government-figures-150-stopped',
    speakerId: 'group:government-figures',
    span: locate('150 people were stopped from entering war zones in Iraq and Syria in 2015 because of the programme', figuresSentence),
    kind: 'indirect',
    stance: 'supports',
    stanceConfidence: 0.9,
    aboutIds: [PREVENT, 'event:war-zone-travel-stopped-2015'],
    reportingVerb: 'say',
    speakerMention: locate('Government figures', figuresSentence),
  },
];

const relationSpecs: RelationSpec[] = [
  {
    id: 'rel-haydon-has-role-commander',
    type: 'HAS_ROLE',
    sourceId: HAYDON,
    targetId: 'role:commander',
    role: 'Commander',
    // The article places Haydon at Scotland Yard only through "A senior Scotland Yard police officer".
    organisationId: 'org:scotland-yard',
    confidence: 0.9,
    evidence: locate('Commander Dean Haydon', toldSentence),
  },
  {
    id: 'rel-haydon-has-role-police-officer',
    type: 'HAS_ROLE',
    sourceId: HAYDON,
    targetId: 'role:police-officer',
    role: 'police officer',
    qualifier: 'senior',
    organisationId: 'org:scotland-yard',
    evidence: locate('A senior Scotland Yard police officer', leadSentence),
  },
  {
    id: 'rel-haydon-affiliated-with-scotland-yard',
    type: 'AFFILIATED_WITH',
    sourceId: HAYDON,
    targetId: 'org:scotland-yard',
    role: 'police officer',
    qualifier: 'senior',
    evidence: locate('A senior Scotland Yard police officer', leadSentence),
  },
  {
    id: 'rel-babu-has-role-police-officer',
    type: 'HAS_ROLE',
    sourceId: 'person:dal-babu',
    targetId: 'role:police-officer',
    role: 'senior Muslim policeman',
    qualifier: 'former',
    evidence: locate('a former senior Muslim policeman, Dal Babu', muslimCouncilSentence),
  },
  {
    id: 'rel-lucas-member-of-green-party',
    type: 'MEMBER_OF',
    sourceId: 'person:caroline-lucas',
    targetId: 'org:green-party',
    evidence: locate("the Green Party's Caroline Lucas", lucasSentence),
  },
  {
    id: 'rel-rudd-has-role-home-secretary',
    type: 'HAS_ROLE',
    sourceId: 'person:amber-rudd',
    targetId: 'role:home-secretary',
    role: 'Home Secretary',
    organisationId: 'org:uk-government',
    evidence: locate('Home Secretary Amber Rudd', ruddSentence),
  },
  {
    id: 'rel-rudd-member-of-government',
    type: 'MEMBER_OF',
    sourceId: 'person:amber-rudd',
    targetId: 'org:uk-government',
    // Membership follows from the title; the article does not say "government" here.
    confidence: 0.9,
    evidence: locate('Home Secretary Amber Rudd', ruddSentence),
  },
  {
    id: 'rel-spokeswoman-affiliated-with-government',
    type: 'AFFILIATED_WITH',
    sourceId: 'person:government-spokeswoman',
    targetId: 'org:uk-government',
    role: 'spokeswoman',
    evidence: locate('A government spokeswoman', spokeswomanSentence),
  },
  {
    id: 'rel-spokeswoman-has-role-spokeswoman',
    type: 'HAS_ROLE',
    sourceId: 'person:government-spokeswoman',
    targetId: 'role:spokeswoman',
    role: 'spokeswoman',
    organisationId: 'org:uk-government',
    evidence: locate('A government spokeswoman', spokeswomanSentence),
  },
  {
    id: 'rel-government-figures-affiliated-with-government',
    type: 'AFFILIATED_WITH',
    sourceId: 'group:government-figures',
    targetId: 'org:uk-government',
    role: 'official figures',
    evidence: locate('Government figures', figuresSentence),
  },
  {
    id: 'rel-bbc-asian-network-part-of-bbc',
    type: 'PART_OF',
    sourceId: 'org:bbc-asian-network',
    targetId: 'org:bbc',
    evidence: locate("the BBC's Asian Network", toldSentence),
  },
  {
    id: 'rel-labour-set-up-prevent',
    type: 'SET_UP',
    sourceId: 'org:labour-party',
    targetId: PREVENT,
    evidence: locate('The programme was set up by Labour', historySentence),
  },
  {
    id: 'rel-coalition-changed-prevent',
    type: 'CHANGED',
    sourceId: 'org:conservative-lib-dem-coalition',
    targetId: PREVENT,
    role: 'widened its remit',
    evidence: locate('its remit was widened by the Conservative-Lib Dem coalition', historySentence),
  },
  {
    id: 'rel-labour-participated-in-prevent-set-up',
    type: 'PARTICIPATED_IN',
    sourceId: 'org:labour-party',
    targetId: 'event:prevent-set-up',
    role: 'set up by',
    evidence: setUpClause,
  },
  {
    id: 'rel-coalition-participated-in-prevent-remit-widened',
    type: 'PARTICIPATED_IN',
    sourceId: 'org:conservative-lib-dem-coalition',
    targetId: 'event:prevent-remit-widened',
    role: 'widened by',
    evidence: remitClause,
  },
  {
    id: 'rel-prevent-set-up-involves-prevent',
    type: 'INVOLVES',
    sourceId: 'event:prevent-set-up',
    targetId: PREVENT,
    evidence: setUpClause,
  },
  {
    id: 'rel-prevent-remit-widened-involves-prevent',
    type: 'INVOLVES',
    sourceId: 'event:prevent-remit-widened',
    targetId: PREVENT,
    evidence: remitClause,
  },
  {
    // Stated by "Government figures" (statement 13), not by the journalist.
    id: 'rel-war-zone-travel-stopped-involves-prevent',
    type: 'INVOLVES',
    sourceId: 'event:war-zone-travel-stopped-2015',
    targetId: PREVENT,
    evidence: locate('150 people were stopped from entering war zones in Iraq and Syria in 2015 because of the programme', figuresSentence),
  },
  {
    id: 'rel-war-zone-travel-stopped-involves-iraq',
    type: 'INVOLVES',
    sourceId: 'event:war-zone-travel-stopped-2015',
    targetId: 'place:iraq',
    evidence: locate('war zones in Iraq and Syria', figuresSentence),
  },
  {
    id: 'rel-war-zone-travel-stopped-involves-syria',
    type: 'INVOLVES',
    sourceId: 'event:war-zone-travel-stopped-2015',
    targetId: 'place:syria',
    evidence: locate('war zones in Iraq and Syria', figuresSentence),
  },
  {
    id: 'rel-manchester-attack-occurred-in-manchester',
    type: 'OCCURRED_IN',
    sourceId: 'event:manchester-attack',
    targetId: 'place:manchester',
    evidence: attackPlaces,
  },
  {
    id: 'rel-westminster-attack-occurred-in-westminster',
    type: 'OCCURRED_IN',
    sourceId: 'event:westminster-attack',
    targetId: 'place:westminster',
    evidence: attackPlaces,
  },
  {
    id: 'rel-london-bridge-attack-occurred-in-london-bridge',
    type: 'OCCURRED_IN',
    sourceId: 'event:london-bridge-attack',
    targetId: 'place:london-bridge',
    evidence: attackPlaces,
  },
  {
    id: 'rel-islamic-state-located-in-syria',
    type: 'LOCATED_IN',
    sourceId: 'org:islamic-state',
    targetId: 'place:syria',
    evidence: locate('Islamic State in Syria', aimSentence),
  },
  {
    id: 'rel-prevent-part-of-counter-terrorism-strategy',
    type: 'PART_OF',
    sourceId: PREVENT,
    targetId: 'programme:uk-counter-terrorism-strategy',
    evidence: locate("The Prevent programme is a key strand of the government's counter-terrorism strategy", criticsSentence),
  },
  {
    id: 'rel-haydon-participated-in-interview-broadcast',
    type: 'PARTICIPATED_IN',
    sourceId: HAYDON,
    targetId: 'event:haydon-interview-broadcast',
    role: 'interviewee',
    evidence: locate('The interview with Commander Haydon', broadcastSentence),
  },
  {
    id: 'rel-bbc-asian-network-participated-in-interview-broadcast',
    type: 'PARTICIPATED_IN',
    sourceId: 'org:bbc-asian-network',
    targetId: 'event:haydon-interview-broadcast',
    role: 'broadcaster',
    evidence: locate("broadcast on Tuesday 8 August at 10am on the BBC's Asian Network", broadcastSentence),
  },
];

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[A-Za-z0-9]/.test(character);
}

/** Every whole-word, case-insensitive occurrence in the article body of the entity's name or aliases. */
function scanMentions(spec: EntitySpec): Span[] {
  const lowerText = text.toLowerCase();
  if (lowerText.length !== text.length) throw new Error('Lower-casing changed the text length; offsets would drift.');
  const candidates: Span[] = [];
  for (const form of [spec.name, ...spec.aliases]) {
    const lowerForm = form.toLowerCase();
    for (let at = lowerText.indexOf(lowerForm, body.start); at !== -1; at = lowerText.indexOf(lowerForm, at + 1)) {
      const end = at + form.length;
      if (isWordCharacter(text[at - 1]) || isWordCharacter(text[end])) continue;
      if ((spec.notWithin ?? []).some((outer) => at >= outer.start && end <= outer.end)) continue;
      candidates.push({ start: at, end });
    }
  }
  // The longest form wins where forms overlap ("Commander Dean Haydon" over "Haydon").
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const candidate of candidates) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  kept.sort((a, b) => a.start - b.start);
  if (kept.length !== spec.expectedMentions) {
    throw new Error(
      `${spec.id}: found ${kept.length} mentions (${kept.map((span) => JSON.stringify(sliceOf(span))).join(', ')}), ` +
        `the reviewer expects ${spec.expectedMentions}: check its aliases and notWithin.`,
    );
  }
  return kept;
}

/** Builds the document from the reviewer's specifications. */
function buildDocument(): ArticleGraphDocument {
  const entities: Entity[] = entitySpecs.map((spec) => {
    const { id, type, name, aliases, description, date, articleScoped } = spec;
    return {
      id,
      type,
      name,
      aliases,
      ...(description === undefined ? {} : { description }),
      mentions: scanMentions(spec),
      ...(date === undefined ? {} : { date }),
      ...(articleScoped === undefined ? {} : { articleScoped }),
    };
  });
  const statements: Statement[] = statementSpecs.map(({ span, ...statement }) => {
    const { id, speakerId, kind, stance, stanceConfidence, aboutIds, ...rest } = statement;
    return {
      id,
      speakerId,
      text: sliceOf(span),
      kind,
      stance,
      ...(stanceConfidence === undefined ? {} : { stanceConfidence }),
      start: span.start,
      end: span.end,
      aboutIds,
      ...rest,
    };
  });
  const relations: Relation[] = relationSpecs.map(({ evidence, ...relation }) => {
    const { id, type, sourceId, targetId, ...rest } = relation;
    return { id, type, sourceId, targetId, start: evidence.start, end: evidence.end, ...rest };
  });
  return {
    schemaVersion: '1.0',
    provenance: 'human-reviewed',
    reviewedBy: 'seed-review (hand-checked against the article text)',
    article: {
      id: ARTICLE_ID,
      title: 'Senior police officer hits out at critics of Prevent counter-terrorism programme',
      text,
      // Not in the text. The interview is to be broadcast "on Tuesday 8 August" (a Tuesday in 2017)
      // and the article looks back to May 2017, so it was published shortly before 2017-08-08;
      // other outlets ran the same story on 2017-08-07.
      publishedAt: '2017-08-07',
      publishedAtCertainty: 'inferred',
      source: 'International Business Times UK (reporting a BBC Asian Network interview)',
      url: 'https://www.ibtimes.co.uk/prevent-police-chief-says-critics-home-office-counter-terrorism-scheme-are-ignorant-1633810',
    },
    entities,
    statements,
    relations,
  };
}

const DATE_SHAPES: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  minute: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/,
};

// Pronouns may name a speaker for a statement but are not entity mentions.
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/** Every way the document breaks the schema or the checks the schema cannot express. */
function findProblems(document: ArticleGraphDocument): string[] {
  const problems: string[] = [];
  const schema: unknown = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema as object);
  if (!validate(document)) {
    for (const error of validate.errors ?? []) problems.push(`schema: ${error.instancePath} ${error.message ?? ''}`);
  }

  const seen = new Set<string>();
  for (const { id } of [...document.entities, ...document.statements, ...document.relations]) {
    if (seen.has(id)) problems.push(`duplicate id ${id}`);
    seen.add(id);
  }
  const entitiesById = new Map(document.entities.map((entity) => [entity.id, entity]));
  const requireEntity = (id: string | undefined, where: string): void => {
    if (id !== undefined && !entitiesById.has(id)) problems.push(`${where} refers to unknown entity ${id}`);
  };
  const checkSpan = (span: Span, where: string): void => {
    if (!(span.start >= body.start && span.start < span.end && span.end <= text.length)) {
      problems.push(`${where}: span [${span.start}, ${span.end}) is not a non-empty span of the article body`);
    }
  };
  const checkDate = (date: ArticleDate | undefined, where: string): void => {
    if (date === undefined) return;
    if (!DATE_SHAPES[date.precision].test(date.value)) problems.push(`${where}: date ${date.value} does not match precision ${date.precision}`);
    checkSpan(date, `${where} date`);
    if (sliceOf(date) !== date.text) problems.push(`${where}: date text ${JSON.stringify(date.text)} is not the slice at its offsets`);
  };

  for (const entity of document.entities) {
    const forms = new Set([entity.name, ...entity.aliases].map((form) => form.toLowerCase()));
    for (const mention of entity.mentions) {
      checkSpan(mention, `${entity.id} mention`);
      if (!forms.has(sliceOf(mention).toLowerCase())) {
        problems.push(`${entity.id}: mention ${JSON.stringify(sliceOf(mention))} is neither its name nor an alias`);
      }
    }
    if (entity.mentions.length === 0) problems.push(`${entity.id}: no mentions`);
    if ((entity.type === 'Event') !== (entity.date !== undefined)) problems.push(`${entity.id}: events, and only events, carry a date`);
    checkDate(entity.date, entity.id);
    // The schema's id pattern has no '@': the loader itself appends `@${ARTICLE_ID}` to the ids of
    // article-scoped entities (entityGraphId), so the document carries the bare id.
    if (entity.id.includes('@')) problems.push(`${entity.id}: ids carry no article scope; set articleScoped instead`);
  }

  for (const statement of document.statements) {
    checkSpan(statement, statement.id);
    if (sliceOf(statement) !== statement.text) problems.push(`${statement.id}: text is not the slice at its offsets`);
    requireEntity(statement.speakerId, `${statement.id} speakerId`);
    requireEntity(statement.audienceId, `${statement.id} audienceId`);
    statement.aboutIds.forEach((id) => requireEntity(id, `${statement.id} aboutIds`));
    if (statement.aboutIds.length === 0) problems.push(`${statement.id}: about nothing`);
    if (statement.kind === 'direct' && /^["']|["']$/.test(statement.text)) problems.push(`${statement.id}: direct quote includes its quote marks`);
    checkDate(statement.date, statement.id);
    const speakerMention = statement.speakerMention;
    if (speakerMention === undefined) {
      problems.push(`${statement.id}: no speakerMention`);
    } else {
      checkSpan(speakerMention, `${statement.id} speakerMention`);
      const speaker = entitiesById.get(statement.speakerId);
      const namesSpeaker = speaker?.mentions.some((m) => m.start === speakerMention.start && m.end === speakerMention.end);
      if (!namesSpeaker && !SPEAKER_PRONOUNS.has(sliceOf(speakerMention).toLowerCase())) {
        problems.push(`${statement.id}: speakerMention ${JSON.stringify(sliceOf(speakerMention))} is neither a mention of the speaker nor a pronoun`);
      }
    }
  }

  for (const relation of document.relations) {
    checkSpan(relation, relation.id);
    requireEntity(relation.sourceId, `${relation.id} sourceId`);
    requireEntity(relation.targetId, `${relation.id} targetId`);
    requireEntity(relation.organisationId, `${relation.id} organisationId`);
    if (relation.sourceId === relation.targetId) problems.push(`${relation.id}: relates an entity to itself`);
  }

  const haydonOnPrevent = document.statements.filter((s) => s.speakerId === HAYDON && s.aboutIds.includes(PREVENT));
  if (haydonOnPrevent.length !== 4) problems.push(`Dean Haydon has ${haydonOnPrevent.length} statements about Prevent; the review counted 4`);
  return problems;
}

/** Counts per key, in first-seen order, for the build summary. */
function countBy<T>(items: T[], keyOf: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[keyOf(item)] = (counts[keyOf(item)] ?? 0) + 1;
  return counts;
}

const document = buildDocument();
const problems = findProblems(document);
if (problems.length > 0) {
  console.error(`Not written: ${problems.length} problem(s) in ${documentPath}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
writeFileSync(documentPath, `${JSON.stringify(document, null, 2)}\n`);
console.log(`Wrote ${documentPath}`);
console.log(
  'entities by type:',
  countBy(document.entities, (entity) => entity.type),
);
console.log(`entities: ${document.entities.length}, statements: ${document.statements.length}, relations: ${document.relations.length}`);
console.log(
  'relations by type:',
  countBy(document.relations, (relation) => relation.type),
);
