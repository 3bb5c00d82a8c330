import type {
  ArticleGraphDocument,
  DocumentEntity,
  DocumentRelation,
  DocumentStatement,
  EntityType,
  RelationType,
  Span,
  Stance,
  StatementKind,
} from '../src/document/article-graph';

/*
 * A generator of synthetic but realistic article-graph documents for the benchmarks: shared
 * people, organisations, places, programmes and events whose popularity follows a power law
 * (Zipf: the k-th most popular is named about 1/k as often as the first), several statements per
 * article with speakers, topics, audiences and dates, and relations (roles, affiliations, events
 * and where they happened).
 *
 * The corpus is a stream: article i depends only on the seed and i, and every entity's attributes
 * only on its popularity rank, so the first 1,000 articles of a 100,000-article corpus are the
 * 1,000-article corpus. The pools of entities grow with the article index (new people keep
 * appearing), so a larger corpus also has more entities, not just more mentions of the same ones.
 */

/** Options of the generator. */
export interface CorpusOptions {
  /** Seed of every random choice: the same seed gives the same corpus. */
  seed: number;
}

/** The seed `npm run bench` uses (recorded in bench/results.json). */
export const DEFAULT_CORPUS_SEED = 20_240_601;

/** A small, fast, seedable PRNG (mulberry32): uniform numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A 32-bit hash of a few integers, to derive independent seeds (per article, per entity rank). */
function mix(...values: number[]): number {
  let h = 0x811c9dc5;
  for (const value of values) {
    h = Math.imul(h ^ (value & 0xffff), 0x01000193);
    h = Math.imul(h ^ (value >>> 16), 0x01000193);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/**
 * A popularity rank in 1..n with P(k) = ln((k+1)/k) / ln(n+1), a continuous Zipf law of exponent 1:
 * rank 1 takes about ln 2 / ln(n+1) of the draws, rank k about 1/k of that.
 */
export function zipfRank(uniform: number, n: number): number {
  return Math.min(n, Math.max(1, Math.floor(Math.exp(uniform * Math.log(n + 1)))));
}

// Pool sizes at article index i: a base plus new entities as the corpus grows.
const POOLS = {
  Person: { base: 40, perArticle: 0.25 },
  Organisation: { base: 15, perArticle: 0.02 },
  Place: { base: 20, perArticle: 0.005 },
  Programme: { base: 8, perArticle: 0.003 },
  Event: { base: 10, perArticle: 0.05 },
} as const;
type PooledKind = keyof typeof POOLS;

/** How many entities of a kind article `index` can choose from. */
export function poolSize(kind: PooledKind, index: number): number {
  return POOLS[kind].base + Math.floor(POOLS[kind].perArticle * index);
}

const FIRST_NAMES = [
  'Alice', 'Amir', 'Anna', 'Ben', 'Bethan', 'Carlos', 'Chloe', 'Daniel', 'Deepa', 'Edward', 'Elena', 'Fatima', 'Finn', 'Grace', 'Hamza',
  'Hannah', 'Isaac', 'Imogen', 'Jack', 'Jasmine', 'Kofi', 'Laura', 'Liam', 'Maya', 'Mohammed', 'Nadia', 'Nathan', 'Olivia', 'Owen', 'Priya',
  'Rachel', 'Rhys', 'Ruth', 'Samuel', 'Sara', 'Tariq', 'Thomas', 'Una', 'Victor', 'Wendy', 'Xavier', 'Yasmin', 'Zara', 'Aled', 'Bronwen',
  'Ciaran', 'Dominic', 'Eilidh',
];
const MIDDLE_NAMES = ['James', 'Rose', 'Ali', 'Mae', 'John', 'Louise', 'Kwame', 'Jane', 'Ravi', 'Anne', 'Lee', 'Marie', 'Omar', 'Kate', 'Paul', 'Joy'];
const LAST_NAMES = [
  'Abbott', 'Ahmed', 'Baker', 'Banerjee', 'Carter', 'Chen', 'Davies', 'Doyle', 'Evans', 'Fernandes', 'Fletcher', 'Gallagher', 'Green',
  'Hughes', 'Hussain', 'Ibrahim', 'Jenkins', 'Jones', 'Kaur', 'Kelly', 'Khan', 'Lewis', 'Lloyd', 'Macdonald', 'Malik', 'Mensah', 'Morgan',
  'Murphy', 'Nash', 'Novak', 'Okafor', 'Owens', 'Patel', 'Price', 'Quinn', 'Rahman', 'Reid', 'Roberts', 'Santos', 'Shah', 'Singh', 'Stewart',
  'Taylor', 'Thomas', 'Turner', 'Usman', 'Vaughan', 'Walsh', 'Ward', 'Watson', 'Williams', 'Wilson', 'Wright', 'Yates', 'Young', 'Zielinski',
  'Bennett', 'Campbell', 'Dixon', 'Ellis', 'Foster', 'Graham', 'Harper', 'Iqbal',
];
const REGIONS = [
  'Northern', 'Southern', 'Eastern', 'Western', 'National', 'Regional', 'Metropolitan', 'Coastal', 'Highland', 'Lowland', 'Central', 'Midland',
  'Border', 'Valley', 'Riverside', 'Pennine', 'Cambrian', 'Atlantic', 'Northumbrian', 'Mercian', 'Wessex', 'Anglian', 'Severn', 'Thames',
  'Humber', 'Clyde', 'Forth', 'Tyne', 'Mersey', 'Solent',
];
const SECTORS = [
  'Housing', 'Transport', 'Health', 'Education', 'Water', 'Energy', 'Policing', 'Justice', 'Farming', 'Fisheries', 'Arts', 'Sport', 'Planning',
  'Rail', 'Roads', 'Airports', 'Libraries', 'Parks', 'Schools', 'Hospitals', 'Care', 'Youth', 'Veterans', 'Tourism', 'Heritage', 'Science',
  'Digital', 'Climate', 'Waste', 'Flood',
];
const ORGANISATION_TYPES = ['Trust', 'Council', 'Authority', 'Association', 'Union', 'Board', 'Partnership', 'Commission', 'Alliance', 'Forum'];
const PROGRAMME_TYPES = ['Renewal Programme', 'Reform Scheme', 'Strategy', 'Investment Fund', 'Recovery Plan', 'Pilot', 'Review', 'Initiative', 'Levy', 'Charter'];
const TOWNS = [
  'Leeds', 'Bradford', 'Cardiff', 'Swansea', 'Glasgow', 'Dundee', 'Belfast', 'Derry', 'Norwich', 'Ipswich', 'Exeter', 'Plymouth', 'Bristol',
  'Bath', 'York', 'Hull', 'Durham', 'Carlisle', 'Preston', 'Bolton', 'Salford', 'Stockport', 'Chester', 'Wrexham', 'Bangor', 'Inverness',
  'Aberdeen', 'Perth', 'Stirling', 'Oxford', 'Reading', 'Swindon', 'Luton', 'Coventry', 'Leicester', 'Derby', 'Lincoln', 'Grimsby',
  'Sunderland', 'Gateshead', 'Wigan', 'Blackpool', 'Lancaster', 'Kendal', 'Hereford', 'Worcester', 'Gloucester', 'Truro', 'Dover', 'Margate',
  'Brighton', 'Hastings', 'Crawley', 'Slough', 'Watford', 'Stevenage', 'Peterborough', 'Cambridge', 'Colchester', 'Chelmsford',
];
const TOWN_PREFIXES = ['', 'North ', 'South ', 'East ', 'West ', 'Upper ', 'Lower ', 'Great ', 'Little '];
const EVENT_TYPES = ['Summit', 'Inquiry', 'Protest', 'Hearing', 'Conference', 'March', 'Strike', 'Vote', 'Debate', 'Launch', 'Audit', 'Consultation'];
const ROLES = [
  'Chief Executive', 'Chair', 'Director', 'Spokesperson', 'Councillor', 'Minister', 'Secretary', 'Commander', 'Professor', 'Treasurer',
  'Head of Policy', 'General Secretary', 'Deputy Leader', 'Leader', 'Campaigns Officer', 'Senior Researcher', 'Trustee', 'Ombudsman',
  'Inspector', 'Chief Constable', 'Governor', 'Mayor', 'Convenor', 'Registrar', 'Head Teacher',
];
const OUTLETS = ['Northern Courier', 'Daily Ledger', 'Evening Chronicle', 'Western Mail Online', 'City Gazette', 'Public Affairs Weekly'];
const SAYING_VERBS = ['said', 'warned', 'argued', 'claimed', 'insisted', 'admitted', 'added', 'stressed'];
const STANCE_WEIGHTS: [Stance, number][] = [
  ['criticises', 0.35],
  ['supports', 0.3],
  ['neutral', 0.25],
  ['unclear', 0.1],
];
/**
 * Words of quotes and reported speech, most frequent first: a word's frequency falls with its
 * rank (Zipf), so a full-text search for a word of middle rank matches a few per cent of
 * statements, as a real topical word would.
 */
export const VOCABULARY = [
  'the', 'plan', 'people', 'money', 'government', 'council', 'services', 'public', 'local', 'funding', 'decision', 'community', 'review',
  'future', 'support', 'change', 'families', 'staff', 'cuts', 'jobs', 'years', 'budget', 'report', 'risk', 'safety', 'residents', 'problem',
  'investment', 'scheme', 'failure', 'promise', 'evidence', 'pressure', 'crisis', 'reform', 'delay', 'costs', 'concern', 'progress', 'patients',
  'housing', 'transport', 'accountability', 'transparency', 'consultation', 'inequality', 'resilience', 'regeneration', 'infrastructure',
  'sustainability', 'affordability', 'workforce', 'recruitment', 'waiting', 'backlog', 'shortage', 'overspend', 'contract', 'tender',
  'procurement', 'inspection', 'standards', 'complaints', 'apology', 'resignation', 'scandal', 'leak', 'memo', 'whistleblower', 'audit',
  'deficit', 'surplus', 'levy', 'tax', 'rent', 'energy', 'flooding', 'drought', 'pollution', 'emissions', 'cycling', 'buses', 'trains',
  'potholes', 'libraries', 'schools', 'teachers', 'nurses', 'doctors', 'police', 'courts', 'prisons', 'victims', 'volunteers', 'charities',
  'landlords', 'tenants', 'developers', 'planners', 'farmers', 'fishermen', 'students', 'pensioners', 'carers', 'veterans', 'migrants',
  'visitors', 'tourists', 'shoppers', 'commuters', 'drivers', 'pupils', 'parents', 'governors', 'trustees', 'officers', 'inspectors',
  'campaign', 'petition', 'ballot', 'strike', 'protest', 'hearing', 'inquiry', 'verdict', 'appeal', 'ruling', 'guidance', 'legislation',
  'amendment', 'loophole', 'deadline', 'timetable', 'milestone', 'target', 'benchmark', 'pilot', 'trial', 'rollout', 'upgrade', 'closure',
  'merger', 'takeover', 'partnership', 'devolution', 'centralisation', 'privatisation', 'nationalisation', 'outsourcing', 'insourcing',
  'unacceptable', 'disgraceful', 'welcome', 'overdue', 'reckless', 'sensible', 'pragmatic', 'cynical', 'ambitious', 'modest', 'urgent',
  'fragile', 'robust', 'fair', 'unfair', 'clear', 'vague', 'honest', 'misleading', 'costly', 'cheap', 'slow', 'rapid', 'late', 'early',
  'broken', 'working', 'failing', 'improving', 'worsening', 'stalled', 'delivered', 'abandoned', 'postponed', 'rushed', 'ignored', 'heard',
];
const QUOTE_OPENERS = ['This is', 'We believe this is', 'It is', 'Frankly it is', 'Everyone knows this is', 'What we have seen is'];

/** The attributes of the entity of a kind and popularity rank: the same in every article and every corpus. */
export interface CorpusEntity {
  id: string;
  type: EntityType;
  name: string;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function cycleSuffix(cycle: number): string {
  return cycle === 0 ? '' : ` ${cycle + 1}`;
}

/** The person of popularity rank `rank` (1 = most named). */
export function personOfRank(rank: number): CorpusEntity & { surname: string } {
  const r = rank - 1;
  const first = FIRST_NAMES[r % FIRST_NAMES.length]!;
  // (r + r / 48) mod 64 with 48 first names: a bijection on the first 48 × 64 ranks that also
  // varies the surname from one rank to the next (the most popular people are not all Abbotts).
  const last = LAST_NAMES[(r + Math.floor(r / FIRST_NAMES.length)) % LAST_NAMES.length]!;
  const cycle = Math.floor(r / (FIRST_NAMES.length * LAST_NAMES.length));
  const middle = cycle === 0 ? '' : `${MIDDLE_NAMES[(cycle - 1) % MIDDLE_NAMES.length]!} `;
  const extra = cycle > MIDDLE_NAMES.length ? cycleSuffix(Math.floor((cycle - 1) / MIDDLE_NAMES.length)) : '';
  const name = `${first} ${middle}${last}${extra}`;
  return { id: `person:${slug(name)}`, type: 'Person', name, surname: last };
}

/** The organisation of popularity rank `rank`. */
export function organisationOfRank(rank: number): CorpusEntity {
  const r = rank - 1;
  const region = REGIONS[r % REGIONS.length]!;
  const sector = SECTORS[(r + Math.floor(r / REGIONS.length)) % SECTORS.length]!;
  const type = ORGANISATION_TYPES[Math.floor(r / (REGIONS.length * SECTORS.length)) % ORGANISATION_TYPES.length]!;
  const name = `${region} ${sector} ${type}${cycleSuffix(Math.floor(r / (REGIONS.length * SECTORS.length * ORGANISATION_TYPES.length)))}`;
  return { id: `org:${slug(name)}`, type: 'Organisation', name };
}

/** The place of popularity rank `rank`. */
export function placeOfRank(rank: number): CorpusEntity {
  const r = rank - 1;
  const town = TOWNS[r % TOWNS.length]!;
  const prefix = TOWN_PREFIXES[Math.floor(r / TOWNS.length) % TOWN_PREFIXES.length]!;
  const name = `${prefix}${town}${cycleSuffix(Math.floor(r / (TOWNS.length * TOWN_PREFIXES.length)))}`;
  return { id: `place:${slug(name)}`, type: 'Place', name };
}

/** The programme of popularity rank `rank`. */
export function programmeOfRank(rank: number): CorpusEntity {
  const r = rank - 1;
  const sector = SECTORS[r % SECTORS.length]!;
  const type = PROGRAMME_TYPES[Math.floor(r / SECTORS.length) % PROGRAMME_TYPES.length]!;
  const name = `${sector} ${type}${cycleSuffix(Math.floor(r / (SECTORS.length * PROGRAMME_TYPES.length)))}`;
  return { id: `programme:${slug(name)}`, type: 'Programme', name };
}

/** The event of popularity rank `rank`, with the date it happened. */
export function eventOfRank(rank: number): CorpusEntity & { date: string; dateText: string; placeRank: number } {
  const r = rank - 1;
  const type = EVENT_TYPES[r % EVENT_TYPES.length]!;
  const placeRank = 1 + (Math.floor(r / EVENT_TYPES.length) % POOLS.Place.base);
  const year = 2015 + (Math.floor(r / (EVENT_TYPES.length * POOLS.Place.base)) % 10);
  const cycle = Math.floor(r / (EVENT_TYPES.length * POOLS.Place.base * 10));
  const month = 1 + (mix(rank, 7) % 12);
  const day = 1 + (mix(rank, 11) % 28);
  const name = `${placeOfRank(placeRank).name} ${type} ${year}${cycleSuffix(cycle)}`;
  const monthName = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]!;
  return {
    id: `event:${slug(name)}`,
    type: 'Event',
    name,
    date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    dateText: `${day} ${monthName} ${year}`,
    placeRank,
  };
}

/** The role (title) of index `index` in the fixed list of titles. */
export function roleOfIndex(index: number): CorpusEntity {
  const name = ROLES[index % ROLES.length]!;
  return { id: `role:${slug(name)}`, type: 'Role', name };
}

/** The article id of article `index` (0-based). */
export function articleIdOf(index: number): string {
  return `bench-${String(index).padStart(7, '0')}`;
}

/**
 * Where a person works and what they are: fixed per person (derived from their rank), drawn from
 * the organisations that existed when the person first appeared, with the same Zipf popularity.
 */
export function careerOf(personRank: number): { organisationRank: number; roleIndex: number; relation: RelationType } {
  const firstArticle = Math.max(0, Math.ceil((personRank - POOLS.Person.base) / POOLS.Person.perArticle));
  const random = seededRandom(mix(personRank, 0x5eed));
  const organisationRank = zipfRank(random(), poolSize('Organisation', firstArticle));
  const roleIndex = Math.floor(random() * ROLES.length);
  const relation: RelationType = random() < 0.3 ? 'MEMBER_OF' : 'AFFILIATED_WITH';
  return { organisationRank, roleIndex, relation };
}

/** Article text with the offsets of what was added: every span points at the words it names. */
class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;

  add(text: string): Span {
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    return { start, end: this.length };
  }

  get position(): number {
    return this.length;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** The entities, statements and relations of one article as they are written. */
class ArticleFacts {
  readonly entities = new Map<string, DocumentEntity>();
  readonly statements: DocumentStatement[] = [];
  readonly relations: DocumentRelation[] = [];

  mention(entity: CorpusEntity, span: Span, extra: Partial<DocumentEntity> = {}, alias?: string): void {
    let found = this.entities.get(entity.id);
    if (!found) {
      found = { id: entity.id, type: entity.type, name: entity.name, aliases: [], mentions: [], ...extra };
      this.entities.set(entity.id, found);
    }
    found.mentions.push(span);
    if (alias && alias !== entity.name && !found.aliases.includes(alias)) found.aliases.push(alias);
  }

  relate(type: RelationType, sourceId: string, targetId: string, span: Span, extra: Partial<DocumentRelation> = {}): void {
    this.relations.push({ id: `r${this.relations.length + 1}`, type, sourceId, targetId, ...span, ...extra });
  }

  state(statement: Omit<DocumentStatement, 'id'>): void {
    this.statements.push({ id: `s${this.statements.length + 1}`, ...statement });
  }
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function weighted<T>(random: () => number, choices: [T, number][]): T {
  let u = random();
  for (const [value, weight] of choices) {
    if (u < weight) return value;
    u -= weight;
  }
  return choices[choices.length - 1]![0];
}

function words(random: () => number, count: number): string {
  const chosen: string[] = [];
  for (let i = 0; i < count; i++) chosen.push(VOCABULARY[zipfRank(random(), VOCABULARY.length) - 1]!);
  return chosen.join(' ');
}

/** Distinct Zipf ranks in 1..n (fewer when n is small). */
function distinctRanks(random: () => number, n: number, count: number): number[] {
  const ranks = new Set<number>();
  for (let attempt = 0; ranks.size < Math.min(count, n) && attempt < count * 10; attempt++) ranks.add(zipfRank(random(), n));
  return [...ranks];
}

function publishedAtOf(index: number): string {
  // About 30 articles a day from 1 January 2015: 100,000 articles span nine years.
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(index / 30) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Article `index` (0-based) of the corpus with `options.seed`: a valid article-graph document. */
export function corpusDocument(index: number, options: CorpusOptions = { seed: DEFAULT_CORPUS_SEED }): ArticleGraphDocument {
  const random = seededRandom(mix(options.seed, index));
  const text = new TextBuilder();
  const facts = new ArticleFacts();
  const articleId = articleIdOf(index);

  const programme = programmeOfRank(zipfRank(random(), poolSize('Programme', index)));
  const place = placeOfRank(zipfRank(random(), poolSize('Place', index)));
  const speakerRanks = distinctRanks(random, poolSize('Person', index), 2 + Math.floor(random() * 4));
  const audience = organisationOfRank(zipfRank(random(), poolSize('Organisation', index)));

  // Opening: the programme and where the story is.
  text.add('The ');
  facts.mention(programme, text.add(programme.name));
  text.add(' came under scrutiny in ');
  facts.mention(place, text.add(place.name));
  text.add(' this week. ');

  for (const [position, personRank] of speakerRanks.entries()) {
    const person = personOfRank(personRank);
    const career = careerOf(personRank);
    const organisation = organisationOfRank(career.organisationRank);
    const role = roleOfIndex(career.roleIndex);
    const stance = weighted(random, STANCE_WEIGHTS);
    const topic = random() < 0.7 ? programme : organisation;

    // "Alice Carter, Chief Executive of the Northern Housing Trust, said the X was "quote"."
    const introStart = text.position;
    const nameSpan = text.add(person.name);
    facts.mention(person, nameSpan);
    text.add(', ');
    const roleSpan = text.add(role.name);
    facts.mention(role, roleSpan);
    text.add(' of the ');
    const organisationSpan = text.add(organisation.name);
    facts.mention(organisation, organisationSpan);
    const introSpan = { start: introStart, end: text.position };
    if (random() < 0.5) facts.relate('HAS_ROLE', person.id, role.id, introSpan, { role: role.name, organisationId: organisation.id });
    if (random() < 0.5) facts.relate(career.relation, person.id, organisation.id, introSpan, { role: role.name });
    const verb = pick(random, SAYING_VERBS);
    text.add(`, ${verb} the `);
    const topicSpan = text.add(topic.name);
    facts.mention(topic, topicSpan);
    text.add(' was "');
    const quote = `${pick(random, QUOTE_OPENERS)} ${words(random, 5 + Math.floor(random() * 9))}`;
    const quoteSpan = text.add(quote);
    text.add('". ');
    const told = position === 0 && random() < 0.4;
    facts.state({
      speakerId: person.id,
      text: quote,
      kind: 'direct',
      stance,
      ...quoteSpan,
      aboutIds: [topic.id],
      reportingVerb: verb,
      speakerMention: nameSpan,
      ...(told ? { audienceId: audience.id } : {}),
    });
    if (told) {
      text.add('The remarks were made to the ');
      facts.mention(audience, text.add(audience.name));
      text.add('. ');
    }

    // Sometimes a second, reported statement: "Carter added that ...".
    if (random() < 0.6) {
      const surnameSpan = text.add(person.surname);
      facts.mention(person, surnameSpan, {}, person.surname);
      const addedVerb = pick(random, ['added', 'said', 'argued', 'suggested']);
      text.add(` ${addedVerb} that `);
      const clause = words(random, 6 + Math.floor(random() * 10));
      const clauseSpan = text.add(clause);
      text.add('. ');
      const kind: StatementKind = random() < 0.85 ? 'indirect' : 'mixed';
      facts.state({
        speakerId: person.id,
        text: clause,
        kind,
        stance: random() < 0.8 ? stance : weighted(random, STANCE_WEIGHTS),
        stanceConfidence: Math.round(random() * 100) / 100,
        ...clauseSpan,
        aboutIds: random() < 0.3 ? [programme.id, organisation.id] : [topic.id],
        reportingVerb: addedVerb,
        speakerMention: surnameSpan,
      });
    }
  }

  // An event with a date, where it happened and who took part.
  if (random() < 0.45) {
    const event = eventOfRank(zipfRank(random(), poolSize('Event', index)));
    const eventPlace = placeOfRank(event.placeRank);
    const participant = organisationOfRank(zipfRank(random(), poolSize('Organisation', index)));
    const sentenceStart = text.position;
    text.add('The ');
    const eventSpan = text.add(event.name);
    text.add(' in ');
    const placeSpan = text.add(eventPlace.name);
    text.add(' on ');
    const dateSpan = text.add(event.dateText);
    text.add(' was attended by the ');
    const participantSpan = text.add(participant.name);
    const sentence = { start: sentenceStart, end: text.position };
    text.add('. ');
    facts.mention(event, eventSpan, {
      date: { value: event.date, precision: 'day', certainty: 'stated', text: event.dateText, ...dateSpan },
    });
    facts.mention(eventPlace, placeSpan);
    facts.mention(participant, participantSpan);
    facts.relate('OCCURRED_IN', event.id, eventPlace.id, sentence);
    facts.relate('PARTICIPATED_IN', participant.id, event.id, sentence, { role: 'attendee' });
    if (random() < 0.5) facts.relate('INVOLVES', event.id, programme.id, sentence);
  }

  // Unnamed critics, kept apart per article.
  if (random() < 0.35) {
    const critics: CorpusEntity = { id: 'group:critics', type: 'Group', name: 'Critics' };
    const criticsSpan = text.add('Critics');
    facts.mention(critics, criticsSpan, { articleScoped: true });
    text.add(' said ');
    const clause = words(random, 5 + Math.floor(random() * 8));
    const clauseSpan = text.add(clause);
    text.add('.');
    facts.state({
      speakerId: critics.id,
      text: clause,
      kind: 'indirect',
      stance: 'criticises',
      ...clauseSpan,
      aboutIds: [programme.id],
      speakerMention: criticsSpan,
      date: { value: publishedAtOf(index).slice(0, 7), precision: 'month', certainty: 'resolved' },
    });
  }

  const firstOrganisation = [...facts.entities.values()].find((entity) => entity.type === 'Organisation');
  return {
    schemaVersion: '1.0',
    provenance: 'machine-extracted',
    article: {
      id: articleId,
      title: `${firstOrganisation?.name ?? place.name} and the ${programme.name}`,
      text: text.toString(),
      publishedAt: publishedAtOf(index),
      source: pick(random, OUTLETS),
    },
    entities: [...facts.entities.values()],
    statements: facts.statements,
    relations: facts.relations,
  };
}

/** Articles `from` (inclusive) to `to` (exclusive) of the corpus. */
export function corpusDocuments(from: number, to: number, options: CorpusOptions = { seed: DEFAULT_CORPUS_SEED }): ArticleGraphDocument[] {
  const documents: ArticleGraphDocument[] = [];
  for (let index = from; index < to; index++) documents.push(corpusDocument(index, options));
  return documents;
}
