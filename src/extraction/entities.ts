import type { EntityType } from '../document/article-graph';
import { isCommonWord, isDictionaryWord, neverStartsName, wordKnowledge, type Gender } from './gazetteers/lexicon';
import { officeHolderBySurname } from './gazetteers/office-holders';
import { ORGANISATION_ANAPHORS, ORGANISATION_HEADS, ORGANISATIONS, type OrganisationKind } from './gazetteers/organisations';
import { DEMONYMS, PLACE_HEADS, PLACES } from './gazetteers/places';
import { UK_GEONAMES_PLACES } from './gazetteers/uk-places.generated';
import { GROUP_NOUNS, HONORIFICS, PERSON_NOUNS, ROLE_TITLES } from './gazetteers/titles';
import { REPORTING_VERB_FORMS, particleFits } from './gazetteers/reporting-verbs';
import { EntityRegistry, nameKey, type EntityDraft } from './registry';
import { tokenIndexAt, tokenize, type ArticleText, type Token } from './text';

/** A title used without a name ("the Prime Minister", "Chief Constable"), for resolving title speakers. */
export interface TitleMention {
  start: number;
  end: number;
  role: string;
}

/** "the Green Party's Caroline Lucas": an organisation and a member it introduces. */
export interface PossessiveLink {
  owner: EntityDraft;
  member: EntityDraft;
  start: number;
  end: number;
}

/** What entity recognition found: the entities and mentions, titles used alone, possessive links. */
export interface EntityRecognition {
  registry: EntityRegistry;
  titleMentions: TitleMention[];
  possessives: PossessiveLink[];
  /** "X's Y" units: Y is part of X (the BBC's Asian Network). */
  parts: PossessiveLink[];
}

interface GazetteerName {
  tokens: string[];
  capitalised: boolean[];
  /** Words written in capitals in the list ("WHO"): the text must write them so too ("Who was that?" is no WHO). */
  allCaps: boolean[];
  type: 'Organisation' | 'Place';
  name: string;
  id?: string;
  kind?: OrganisationKind;
  /** From the generated GeoNames list: trusted less than the curated names (see recogniseEntities). */
  generated?: boolean;
}

let gazetteer: Map<string, GazetteerName[]> | undefined;

/** Curated names indexed by their first word, longest first. */
function gazetteerIndex(): Map<string, GazetteerName[]> {
  if (gazetteer) return gazetteer;
  const index = new Map<string, GazetteerName[]>();
  const addSurface = (surface: string, entry: Omit<GazetteerName, 'tokens' | 'capitalised' | 'allCaps'>): void => {
    const trimmed = surface.replace(/^the\s+/i, '');
    const tokens = tokenize(trimmed);
    if (tokens.length === 0) return;
    const name: GazetteerName = {
      ...entry,
      tokens: tokens.map((t) => t.lower),
      capitalised: tokens.map((t) => t.capitalised),
      allCaps: tokens.map((t) => t.allCaps),
    };
    const list = index.get(name.tokens[0]!) ?? [];
    list.push(name);
    index.set(name.tokens[0]!, list);
  };
  for (const org of ORGANISATIONS) {
    for (const surface of [org.name, ...org.aliases]) addSurface(surface, { type: 'Organisation', name: org.name, id: org.id, kind: org.kind });
  }
  for (const place of PLACES) {
    for (const surface of [place.name, ...place.aliases]) addSurface(surface, { type: 'Place', name: place.name, id: place.id });
  }
  const curatedPlaces = new Set(PLACES.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase()));
  for (const place of UK_GEONAMES_PLACES) {
    if (!curatedPlaces.has(place.toLowerCase())) addSurface(place, { type: 'Place', name: place, generated: true });
  }
  // Longest first; at equal length a curated name wins over a generated one.
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || Number(a.generated ?? false) - Number(b.generated ?? false));
  gazetteer = index;
  return index;
}

const CONNECTORS = new Set([
  'ap',
  'of',
  'for',
  'and',
  '&',
  'de',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'upon',
  'ap',
  'ab',
]);
const POST_NOMINALS = new Set(['qc', 'kc', 'mp', 'mep', 'msp', 'mla', 'obe', 'mbe', 'cbe', 'dbe', 'qpm', 'jr', 'sr']);
/** Letters after a name ("Peter Gower QC", "Rhun ap Iorwerth MS"): part of how the person is named. */
export function isPostNominal(token: Token): boolean {
  return POST_NOMINALS.has(token.lower) || token.text === 'MS';
}
const PROGRAMME_HEADS = new Set([
  'agreement',
  'payment',
  'programme',
  'program',
  'scheme',
  'strategy',
  'initiative',
  'code',
  'policy',
  'plan',
  'bill',
  'act',
  'review',
  'inquiry',
  'fund',
  'project',
  'guarantee',
  'deal',
  'framework',
  'agenda',
  'charter',
  'pledge',
  'convention',
  'treaty',
  'accord',
]);
const KINSHIP = new Set([
  'brother',
  'sister',
  'son',
  'daughter',
  'wife',
  'husband',
  'partner',
  'father',
  'mother',
  'uncle',
  'aunt',
  'nephew',
  'niece',
  'cousin',
  'friend',
  'girlfriend',
  'boyfriend',
  'fiancée',
  'fiance',
  'fiancé',
  'grandson',
  'granddaughter',
  'stepfather',
  'stepmother',
  'colleague',
  'mum',
  'dad',
]);
const APPOSITION_CUES =
  /^(?:\.\s*(?=(?:defending|prosecuting|representing|mitigating)\b)|,\s*)(?:\d{1,3}\s*,|\d{1,3}\s*$|aged\s+\d|defending|prosecuting|representing|mitigating|who\b|the\s+(?:\p{L}+\s+){0,4}(?:of|at|for)\b|(?:\p{Ll}+\s+){0,2}(?:chair\w*|director|leader|head|founder|president|secretary|spokes\w+|manager|owner|treasurer|organiser|co-ordinator|coordinator)\s+(?:of|at|for)\b|(?:a|an|the)\s+(?:former\s+)?(?:[\p{L}’'-]+\s+){0,4}(?:commander|director|executive|officer|secretary|minister|spokes\w+|analyst|economist|leader|chair\w*|founder|head|manager|councillor|mp|lawyer|barrister|solicitor|judge|professor|president))/u;
/** ", the commanding officer" / " is the chief executive": a role given to the name just before. */
const PREDICATE_ROLE =
  /^(?:,\s+|\s+(?:is|was|has been|had been|became|becomes|remains)\s+)(?:the|a|an|its|their|his|her)\s+((?:[\p{Ll}’'-]+\s+){0,3}?)(officer|director|executive|secretary|minister|chairman|chairwoman|chair|president|leader|spokesman|spokeswoman|spokesperson|commander|commissioner|constable|superintendent|inspector|judge|coroner|head|editor|founder|manager|analyst|economist|governor|mayor|councillor|mp|ambassador|captain|barrister|solicitor|prosecutor|lawyer)\b/u;
/** The descriptors among COMPANY_DESCRIPTORS that say the body is a paper, a site or a broadcaster. */
const MEDIA_DESCRIPTORS = /^(?:newspapers?|daily|tabloid|station|websites?|magazine|broadcaster|publisher)$/;
/** Lower-case kinds of company before a name ("pub group JD Wetherspoon", "supermarket chain Asda"). */
const COMPANY_DESCRIPTORS = new Set([
  'group',
  'chain',
  'retailer',
  'supermarket',
  'firm',
  'company',
  'giant',
  'bank',
  'lender',
  'insurer',
  'airline',
  'carrier',
  'housebuilder',
  'developer',
  'broadcaster',
  'publisher',
  'manufacturer',
  'maker',
  'operator',
  'brand',
  'grocer',
  'conglomerate',
  'outsourcer',
  'contractor',
  'arm',
  'subsidiary',
  'division',
  'newspaper',
  'newspapers',
  'daily',
  'tabloid',
  'station',
  'website',
  'websites',
  'magazine',
  'charity',
  'consultancy',
  'startup',
  'start-up',
  'applicant',
  'applicants',
  'landlord',
  'landowner',
  'owner',
  'owners',
  'promoter',
  'objector',
  'objectors',
]);
/** What a company owns, after the owned body's name ("its Magasin du Nord subsidiary"). */
const OWNED_UNITS = new Set(['subsidiary', 'subsidiaries', 'brand', 'brands', 'chain', 'division', 'arm', 'business', 'unit', 'label', 'franchise']);
/** Heads of a local team's name after a place ("Richmondshire neighbourhood policing team"). */
const LOCAL_UNIT_HEADS = new Set(['team', 'unit', 'squad', 'taskforce']);
/** Posts that cover an area, named after "for" ("the MP for Bassetlaw", "inspector for Ashfield"). */
const TERRITORIAL_POSTS = new Set([
  'mp',
  'councillor',
  'member',
  'msp',
  'mep',
  'ms',
  'inspector',
  'commander',
  'superintendent',
  'sergeant',
  'mayor',
  'candidate',
]);
/** Name words after which "on" stays inside the name ("Convention on Human Rights", "Committee on Standards"). */
const NAMES_WITH_ON = new Set(['convention', 'treaty', 'agreement', 'committee', 'commission']);
/** Words that may join a name's words before a bracketed abbreviation ("Convention on Human Rights (ECHR)"). */
const BRACKETED_NAME_JOINERS = new Set(['of', 'for', 'and', '&', 'on', 'the']);
/** Words "council" describes rather than ends a name before ("council leader", "council tax"). */
const COUNCIL_AS_MODIFIER =
  /^(?:leader|leaders|tax|house|houses|housing|homes|meeting|meetings|officer|officers|estate|chamber|budget|elections?|flats?|members?|staff|workers?|spokes\w+|chief|boss)$/;

/** Words that open a portfolio after "member for" ("Planning", "Economic Development", "Children's Services"). */
const PORTFOLIO_WORDS =
  /^(?:planning|economic|economy|finance|resources|housing|health|education|transport|environment|regeneration|children|adult|adults|community|communities|culture|leisure|highways|waste|safety|skills|social|public|customer|corporate|strategic|climate|sustainability)$/;

/** A company's legal suffix written small ("Stanhope plc", "Tragus ltd"). */
const SMALL_SUFFIX = /^(?:plc|ltd|llp)$/;

/** What a business is, after its name ("Elmer Cotton sports shop", "the Bamboo Korean restaurant"). */
const SHOP_NOUNS =
  /^(?:shop|store|restaurant|cafe|café|bakery|takeaway|boutique|salon|garage|bistro|brasserie|deli|butchers?|jewellers?|florists?|newsagents?|supermarket|showroom)$/;

/** A party's control of a body, written before its name ("Labour-run", "Tory-led", "Dem-controlled"). */
const PARTY_CONTROL =
  /^(?:Labour|Tory|Conservative|Dem|Democrat|SNP|Plaid|Green|Reform|Independent|Alliance|DUP|Coalition)-(?:run|led|controlled|dominated|held)$/;

/** Posts whose portfolio follows "for" ("Minister for Health", "Secretary of State for Wales", "spokesperson for health"). */
const PORTFOLIO_POSTS = new Set([
  'minister',
  'secretary',
  'state',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'commissioner',
  'champion',
  'tsar',
  'czar',
  'member',
  'holder',
]);
/** Kinds of business after a name ("the Lasani restaurant"). */
const VENUE_NOUNS = new Set([
  'restaurant',
  'cafe',
  'café',
  'pub',
  'takeaway',
  'shop',
  'store',
  'hotel',
  'bar',
  'salon',
  'bakery',
  'nightclub',
  'brewery',
  'garage',
  'dealership',
]);
/** Capitalised terms that name no entity: sentences ("community order") and a kind of crime ("County Lines"). */
const SENTENCE_TERMS = new Set(['community service', 'community order', 'unpaid work', 'suspended sentence', 'county lines']);
/** Party short forms in a councillor's bracketed tag ("(Con, Mortimer)", "(Lab)"). */
export const PARTY_TAGS = new Set(['Con', 'Lab', 'LD', 'Lib', 'Ind', 'Grn', 'Green', 'SNP', 'PC', 'UKIP', 'Reform', 'Ref', 'Res', 'Alliance']);
/** Words that open a place's or a body's name before a town's ("the Royal Blackburn Hospital"). */
const NAME_LEAD_WORDS = new Set(['royal', 'queen', 'princess', 'prince', 'king', 'st', 'saint', 'new', 'old', 'great', 'little', 'upper', 'lower']);
/** Posts written with their remit ("Head of Health", "Director of Operations"): a title, not a body. */
const POST_HEADS = new Set([
  'head',
  'director',
  'deputy',
  'assistant',
  'chief',
  'controller',
  'manager',
  'dean',
  'provost',
  'principal',
  'chair',
  'chairman',
  'chairwoman',
  'president',
  'lead',
  'leader',
]);
/** English regions and the nations, after a body's name for its branch there ("UNISON North West"). */
const REGION_NAMES = [
  'north west',
  'north east',
  'south west',
  'south east',
  'east midlands',
  'west midlands',
  'east of england',
  'yorkshire',
  'london',
  'scotland',
  'wales',
  'cymru',
  'northern ireland',
].map((r) => r.split(' '));
const REGION_FIRST_WORDS = new Set(REGION_NAMES.map((r) => r[0]!));
const COMPANY_SUFFIXES = new Set(['plc', 'Plc', 'PLC', 'ltd', 'Ltd', 'LLP', 'llp']);
/** Nouns for a settlement or a part of one ("the village of X", "the X estate"). */
const SETTLEMENT_NOUNS = new Set([
  'village',
  'town',
  'city',
  'hamlet',
  'suburb',
  'district',
  'borough',
  'parish',
  'estate',
  'area',
  'neighbourhood',
  'island',
  'county',
  'ward',
]);
const PARTY_MEMBER_NAMES = new Set([
  'liberal democrat',
  'lib dem',
  'conservative',
  'tory',
  'labour',
  'democrat',
  'republican',
  'independent',
  'green',
  'snp',
  'ukip',
  'reform',
  'plaid',
]);
/** First words of the party labels above, to test cheaply before joining two words. */
const PARTY_LABEL_FIRST_WORDS = new Set([...PARTY_MEMBER_NAMES].map((name) => name.split(' ')[0]!));

/** "Liberal Democrat", "Tory": a party member named by the party, never a person's name. */
function isPartyMemberName(name: string): boolean {
  return PARTY_MEMBER_NAMES.has(name);
}
const MONTH_OR_DAY =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

function firstNameGender(word: string): { known: boolean; gender?: Gender } {
  const names = wordKnowledge().firstNames;
  const key = word.toLowerCase();
  if (names.has(key)) return { known: true, gender: names.get(key) };
  // "Emma-Lou", "Jean-Paul": a hyphenated first name whose parts are all first names; the first part gives the gender.
  const parts = key.split('-');
  if (parts.length === 2 && parts.every((part) => part.length > 1 && names.has(part)))
    return { known: true, gender: names.get(parts[0]!) ?? names.get(parts[1]!) };
  return { known: false };
}

/** Members elected for a seat: "East Antrim MLA", "MP for Bermondsey". */
const MEMBER_TITLES = new Set(['MP', 'MLA', 'MSP', 'MS', 'AM', 'MEP']);

/** Honorifics that take a surname, never a first name or a place: "Mr Brent". */
const SURNAME_HONORIFIC = /^(?:mr|mrs|ms|miss|dr)\.?$/;

/** Compass words before or after a place's name ("West Lynn", "Hexham East"), and their adjectives ("Northern Premier League"). */
const COMPASS_WORDS = /^(?:North|South|East|West)$/;
const COMPASS_ADJECTIVES = /^(?:Northern|Southern|Eastern|Western)$/;
/** Heads of an institution's name that may follow a possessive ("St Mary’s Hospital", "Queens’ School"). */
const INSTITUTION_HEADS = new Set(['school', 'college', 'academy', 'church', 'hospital', 'hospice', 'university']);
/** Heads of a body's or a place's name that may open with a title word ("Queen Elizabeth Hospital", "King Edward VI School"). */
const TITLED_NAME_HEADS = new Set([
  'hospital',
  'school',
  'college',
  'university',
  'academy',
  'station',
  'airport',
  'court',
  'bridge',
  'centre',
  'square',
  'infirmary',
]);

/** Places whose names are also given names ("Jordan Wills", "Chelsea Smith"). */
const PLACES_AS_FIRST_NAMES = new Set([
  'lynn',
  'jordan',
  'chelsea',
  'florence',
  'georgia',
  'devon',
  'austin',
  'lincoln',
  'sydney',
  'madison',
  'dallas',
  'phoenix',
  'brooklyn',
  'india',
  'israel',
  'victoria',
  'adelaide',
  'charlotte',
  'savannah',
  'orlando',
  'preston',
  'stanley',
  'clifton',
  'kendal',
  'darwin',
  'denver',
  'houston',
  'kingston',
  'carlton',
  'ashley',
  'shirley',
  'beverley',
  'milton',
  'morgan',
  'paris',
  'vienna',
  'kenya',
  'asia',
  'africa',
]);

/** Last words of a street's name ("Margaret Avenue", "Thelwall Lane"). */
const STREET_HEADS = new Set([
  'street',
  'road',
  'avenue',
  'lane',
  'drive',
  'close',
  'crescent',
  'terrace',
  'grove',
  'gardens',
  'way',
  'walk',
  'mews',
  'row',
  'parade',
  'view',
  'rise',
  'causeway',
]);
/** Heads that make a place of a known place's name ("Marlow Field", "Ascot Green"), unlike "City" or "Town" (clubs). */
const LOCALITY_HEADS = new Set([
  'field',
  'fields',
  'green',
  'common',
  'park',
  'meadow',
  'meadows',
  'estate',
  'heath',
  'moor',
  'station',
  'airport',
  'hall',
  'hospital',
  'infirmary',
  'cathedral',
]);
/** Titles that only come before a person's name ("Judge Roach", "Cllr Bird"), never before an ordinary word. */
const SURNAME_TITLES =
  /^(?:judge|recorder|sheriff|cllr|clr|colr|coun|councillor|inspector|insp|sergeant|sgt|constable|pc|detective|superintendent|supt|bishop|rev|reverend|canon)$/;
/** Place heads that are also surnames ("Damon Hill", "Tony Green"): after a first name they make a person. */
const SURNAME_PLACE_HEADS = new Set([
  'hill',
  'park',
  'green',
  'heath',
  'moor',
  'field',
  'fields',
  'bridge',
  'lane',
  'banks',
  'bay',
  'ford',
  'port',
  'town',
  'street',
  'rise',
  'view',
  'way',
  'close',
  'river',
  'beach',
  'grove',
  'parade',
  'county',
  'farm',
  'pier',
  'square',
  'place',
  'island',
  'drive',
  'sea',
  'meadow',
  'meadows',
  'wharf',
  'quay',
  'gate',
]);
/** Words before a street or place that say an address follows ("of Margaret Avenue", "on Thelwall Lane"). */
const ADDRESS_CUES = new Set(['of', 'in', 'on', 'at', 'from', 'near', 'along', 'into', 'off', 'onto', 'to']);

/**
 * Finds the people, organisations, places and programmes an article names: curated names first
 * (longest match), then runs of capitalised words classified by titles, name lists, the last word
 * ("… Police", "… Avenue", "… Bill"), and context ("Dal Babu, said", "his brother Ottis Jefferies",
 * "analyst at Conlumino"); then short forms ("Haydon", "Mr Coupe", "TVP") are tied to full names.
 */
export function recogniseEntities(article: ArticleText): EntityRecognition {
  const { text, tokens } = article;
  const registry = new EntityRegistry();
  const titleMentions: TitleMention[] = [];
  const possessives: PossessiveLink[] = [];
  const parts: PossessiveLink[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);
  const usable = usableTokens(article);
  const sentenceInitial = sentenceInitialTokens(article);
  const joined = (i: number): boolean => {
    const gap = text.slice(tokens[i]!.end, tokens[i + 1]?.start ?? tokens[i]!.end);
    return /^[ \t\u00a0]*$/.test(gap);
  };

  const abbreviations = new Map<string, EntityDraft>();
  /** Where letters stand in brackets ("(ECHR)"): found once, on first need. */
  let bracketedLetters: number[] | undefined;
  let devolved: GazetteerName | null | undefined;
  /** firstNameOfSomeone's answers per word. */
  const firstNameCache = new Map<string, boolean>();
  /** companyCues' answers per word: the cue scan reads the whole text. */
  const companyCueCache = new Map<string, boolean>();

  // 0. Share tickers: "Footasylum (LON: FOOT)", "Debenhams (DEB)". The bracket names no entity; the name before it is a company.
  const tickerAfter = new Set<number>();
  for (let k = 1; k < tokens.length; k++) {
    const length = tickerLength(tokens, k);
    if (length === 0 || !isNameWord(tokens[k - 1]!)) continue;
    const exchange = length > 3;
    // A bare "(ABC)" is a ticker only after a one-word name: after longer names it is their abbreviation ("Thames Valley Police (TVP)").
    const nameBefore = tokens[k - 2];
    if (
      !exchange &&
      nameBefore &&
      isNameWord(nameBefore) &&
      joined(k - 2) &&
      !(sentenceInitial.has(k - 2) && (isCommonWord(nameBefore.lower) || COMPANY_DESCRIPTORS.has(nameBefore.lower)))
    )
      continue;
    tickerAfter.add(k - 1);
    for (let c = k; c < k + length; c++) covered[c] = true;
  }

  // "Olwyn Barnett (Con/ Mortimer)", "Pauline Robinson (Con Lyonshall with Titley)": a councillor's party and ward in
  // brackets; the party's short form names no one.
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k - 1]!.text !== '(' || !PARTY_TAGS.has(tokens[k]!.text)) continue;
    if (tokens[k + 1]!.text === ')' || tokens[k + 1]!.text === '/' || tokens[k + 1]!.text === ',' || isNameWord(tokens[k + 1]!)) covered[k] = true;
  }

  // "A&E", "R&D", "Q&A": departments and formats written with an ampersand, no one's name.
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k + 1]!.text !== '&') continue;
    const initials = `${tokens[k]!.text}&${tokens[k + 2]!.text}`;
    if (/^(?:A&E|R&D|Q&A)$/.test(initials) && joined(k) && joined(k + 1)) covered[k] = covered[k + 1] = covered[k + 2] = true;
  }

  // "Child Poverty in the UK (Target for Reduction) Bill": a bill whose name holds a bracket is one programme.
  BRACKETED_BILL.lastIndex = 0;
  for (let match = BRACKETED_BILL.exec(text); match; match = BRACKETED_BILL.exec(text)) {
    // "Mr Jarvis's Child Poverty … Bill": the owner before a possessive is not part of the name.
    const owner = /^.*['’]s\s+/su.exec(match[0].slice(0, match[0].indexOf('(')));
    const start = match.index + (owner ? owner[0].length : 0);
    const from = tokenIndexAt(tokens, start);
    const end = match.index + match[0].length;
    if (!usable[from]) continue;
    const name = text.slice(start, end);
    const draft = registry.add('Programme', name, { confidence: 0.8 });
    registry.addMention(draft, start, end, name);
    for (let k = from; k < tokens.length && tokens[k]!.start < end; k++) covered[k] = true;
  }

  // 1. Curated organisations and places, longest match first.
  const index = gazetteerIndex();
  spelledOutBodies();
  findConstituencies();
  for (let i = 0; i < tokens.length; i++) {
    if (!usable[i] || covered[i]) continue;
    const token = tokens[i]!;
    if (!token.isWord) continue;
    // "Conservative MP Sarah Jones", "Lib Dem councillor …": a party label before a member's role is no name of its own.
    const labelLength = !PARTY_LABEL_FIRST_WORDS.has(token.lower)
      ? 0
      : PARTY_MEMBER_NAMES.has(`${token.lower} ${tokens[i + 1]?.lower ?? ''}`)
        ? 2
        : PARTY_MEMBER_NAMES.has(token.lower)
          ? 1
          : 0;
    if (labelLength > 0 && token.capitalised && AFFILIATION_ROLES.has(tokens[i + labelLength]?.lower ?? '')) {
      for (let k = i; k < i + labelLength; k++) covered[k] = true;
      continue;
    }
    // "FTSE 100", "FTSE 250-listed", "FTSE AIM": a share index, not a body.
    if (token.lower === 'ftse') {
      covered[i] = true;
      if (tokens[i + 1] && joined(i) && /^(?:\d+(?:-\p{L}+)?|aim|all-share)$/iu.test(tokens[i + 1]!.text)) covered[i + 1] = true;
      continue;
    }
    let match = matchGazetteer(tokens, i, index, joined);
    if (!match) continue;
    // "the new Halifax bus station", "in Halifax": a name that is both a curated body and a curated town is the town where
    // the words around it say so ("Halifax profits rose" stays the bank).
    if (match.type === 'Organisation' && !match.generated) {
      const twin = index.get(match.tokens[0]!)?.find((e) => e.type === 'Place' && !e.generated && e.tokens.join(' ') === match!.tokens.join(' '));
      const after = tokens[i + match.tokens.length];
      const locative = /^(?:in|at|from|near|to|across|around|outside|into|through)$/.test(tokens[i - 1]?.lower ?? '');
      const placeNoun =
        after !== undefined &&
        ((!after.capitalised &&
          /^(?:town|city|bus|train|railway|station|centre|area|district|residents?|people|shoppers|streets?|roads?|high)$/.test(after.lower)) ||
          /^(?:Bus|Railway|Train)$/.test(after.text));
      if (twin && (locative || placeNoun)) match = twin;
    }
    const government = match.name === 'UK government';
    if (government && !governmentIsBritish(tokens, i)) continue;
    // "The Stratford SNT said" after "the Stratford Safer Neighbourhood Team (SNT)": a place before letters defined here.
    const lettersAfter = tokens[i + match.tokens.length];
    const defined = match.type === 'Place' && lettersAfter?.allCaps && joined(i + match.tokens.length - 1) ? abbreviations.get(lettersAfter.text) : undefined;
    if (defined) {
      registry.addMention(defined, token.start, lettersAfter!.end, text.slice(token.start, lettersAfter!.end));
      for (let k = i; k <= i + match.tokens.length; k++) covered[k] = true;
      continue;
    }
    // "Copeland council": a place before a council with a small c names the council (left to the runs below).
    // (Not "UK plc", the country as a business.)
    const nation = ['United Kingdom', 'England', 'Scotland', 'Wales'].includes(match.name);
    if (match.type === 'Place' && smallHeadAt(i + match.tokens.length, !nation) && joined(i + match.tokens.length - 1)) continue;
    // "Grantham and District Hospital": a town "and District" before a head names the institution (left to the runs below,
    // where splitOnAnd keeps it whole).
    const andDistrict = tokens[i + match.tokens.length];
    if (
      match.type === 'Place' &&
      andDistrict?.lower === 'and' &&
      tokens[i + match.tokens.length + 1]?.text === 'District' &&
      isNameWord(tokens[i + match.tokens.length + 2] ?? andDistrict)
    )
      continue;
    // "a graduate of the University of Glasgow": a place after an institution's head and "of" names the institution (left to
    // the runs below).
    const headBefore = tokens[i - 2];
    if (
      match.type === 'Place' &&
      tokens[i - 1]?.text === 'of' &&
      headBefore?.capitalised &&
      /^(?:university|college|institute|academy|school|department|ministry)$/.test(headBefore.lower) &&
      !covered[i - 2] &&
      joined(i - 2) &&
      joined(i - 1)
    )
      continue;
    // "why many government IT projects fail": a quantifier before "government" and a noun after it, an adjective.
    if (
      government &&
      match.tokens.length === 1 &&
      /^(?:many|most|some|several|various|other|few|no|all)$/.test(tokens[i - 1]?.lower ?? '') &&
      tokens[i + 1]?.isWord
    )
      continue;
    // "back in government" in a story about the Scottish Government that never names the UK's: the devolved one.
    if (match.name === 'UK government' && match.tokens[match.tokens.length - 1] === 'government' && /^(?:the|government)$/.test(match.tokens[0]!)) {
      const devolvedBody = devolvedGovernment();
      if (devolvedBody) match = { ...match, name: devolvedBody.name, id: devolvedBody.id, kind: devolvedBody.kind };
    }
    const last = tokens[i + match.tokens.length - 1]!;
    const single = match.tokens.length === 1;
    // "Bus company Salisbury Reds": after a kind of business, a place's name and more words name the business.
    const kindWord = tokens[i - 1];
    if (match.type === 'Place' && kindWord && !kindWord.capitalised && COMPANY_DESCRIPTORS.has(kindWord.lower) && joined(i - 1)) {
      const end = capitalisedRunEnd(i);
      if (end > i + match.tokens.length && tokens.slice(i, end).every((t) => isNameWord(t))) {
        registerOrganisation(i, end, MEDIA_DESCRIPTORS.test(kindWord.lower) ? 'media' : 'company');
        continue;
      }
    }
    // "the European Convention on Human Rights (ECHR)": letters in brackets after a name they abbreviate are that name,
    // whatever a gazetteer says they stand for elsewhere (the European Court of Human Rights).
    if (single && token.allCaps && abbreviatesAnotherName(token.text, match.name)) continue;
    if (match.generated && !generatedPlaceFits(i, i + match.tokens.length)) continue;
    // A curated one-word name that is also an ordinary word ("Labour", "Reading") counts at a sentence's start only when
    // a name, a verb or a possessive follows ("Labour MP…", "Unison hit out…", "Labour's plan").
    if (single && sentenceInitial.has(i) && isCommonWord(token.lower) && !government) {
      const next = tokens[i + 1];
      const nameFollows =
        next !== undefined &&
        joined(i) &&
        (isNameWord(next) ||
          next.lower === "'s" ||
          REPORTING_VERB_FORMS.has(next.lower) ||
          // ("Parliament and the public should be…": another subject joined to it.)
          (next.lower === 'and' && tokens[i + 2]?.lower === 'the') ||
          ['has', 'have', 'had', 'is', 'was', 'will', 'would', 'says'].includes(next.lower) ||
          // "– Labour, Liberals, DUP, SDLP –": a list of curated names.
          (next.text === ',' && matchGazetteer(tokens, i + 2, index, joined) !== undefined));
      if (!nameFollows) continue;
    }
    // "Llanelli Magistrates' Court": a place's name before a generic court names that court.
    const placeBefore = tokens[i - 1];
    if (
      match.type === 'Organisation' &&
      match.kind === 'court' &&
      /^(?:crown court|magistrates' court|county court)$/.test(match.name.toLowerCase()) &&
      placeBefore &&
      isNameWord(placeBefore) &&
      joined(i - 1) &&
      (!covered[i - 1] || registry.mentionEndingAt(placeBefore.end)?.entity.type === 'Place') &&
      !(sentenceInitial.has(i - 1) && isCommonWord(placeBefore.lower))
    ) {
      // The place was taken on its own a moment ago: it is part of the court's name.
      // ("Isle of Wight Magistrates’ Court": the whole place's name, however many words.)
      const placeMention = registry.mentionEndingAt(placeBefore.end);
      let courtStart = placeMention && placeMention.entity.type === 'Place' ? placeMention.start : placeBefore.start;
      // ("South Cumbria Magistrates' Court": a compass word before the place belongs to the court's name.)
      const compass = tokens[tokenIndexAt(tokens, courtStart) - 1];
      if (compass && (COMPASS_WORDS.test(compass.text) || /^(?:Mid|Central|Greater)$/.test(compass.text)) && text.slice(compass.end, courtStart) === ' ')
        courtStart = compass.start;
      if (placeMention && placeMention.entity.type === 'Place') {
        registry.removeMention(placeMention);
        if (placeMention.entity.mentions.length === 0) registry.remove(placeMention.entity);
      }
      const end = tokens[i + match.tokens.length - 1]!.end;
      const court = registry.add('Organisation', text.slice(courtStart, end), { confidence: 0.85, organisationKind: 'court' });
      registry.addMention(court, courtStart, end);
      for (let k = tokenIndexAt(tokens, courtStart); k < i + match.tokens.length; k++) covered[k] = true;
      continue;
    }
    // "A Crown Court judge", "inside a Magistrates' Court": some court or other, not a named one.
    // ("a High Court judge" is the one High Court.)
    if (
      match.type === 'Organisation' &&
      match.kind === 'court' &&
      !/^(?:high court|court of appeal|supreme court|old bailey|court of session)$/i.test(match.name) &&
      ['a', 'an', 'any', 'every'].includes(tokens[i - 1]?.lower ?? '')
    ) {
      for (let k = i; k < i + match.tokens.length; k++) covered[k] = true;
      continue;
    }
    // "the Crown Court" after "Bristol Crown Court": the court the article has named.
    if (match.type === 'Organisation' && match.kind === 'court' && /^(?:crown court|magistrates' court|county court)$/.test(match.name.toLowerCase())) {
      const named = [...registry.entities.values()].filter(
        (d) => d.type === 'Organisation' && d.name.length > match!.name.length && d.name.endsWith(` ${match!.name}`),
      );
      if (named.length === 1) {
        registry.addMention(named[0]!, token.start, last.end, text.slice(token.start, last.end));
        for (let k = i; k < i + match.tokens.length; k++) covered[k] = true;
        continue;
      }
    }
    // "Labour MP", "Tory councillors", "Independent councillor": a party label before a member's role is an affiliation,
    // not a mention of the body (nor of The Independent).
    // ("deputy leader of the Liberal Democrats Cllr Geoff Evans": after "of the" the party is the body.)
    const ofTheBody = tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'of';
    // ("the Conservative, Labour and independent administration": party labels in a list before what they describe.)
    let afterLabels = i + match.tokens.length;
    if (match.kind === 'party') {
      while (
        afterLabels < tokens.length &&
        afterLabels - i < 8 &&
        (/^(?:,|and|independent|independents)$/i.test(tokens[afterLabels]!.text) || PARTY_MEMBER_NAMES.has(tokens[afterLabels]!.lower))
      )
        afterLabels++;
    }
    const describedNoun = tokens[afterLabels]?.lower ?? '';
    if (
      match.type === 'Organisation' &&
      (match.kind === 'party' || single) &&
      (AFFILIATION_ROLES.has(tokens[i + match.tokens.length]?.lower ?? '') ||
        (afterLabels > i + match.tokens.length && (AFFILIATION_ROLES.has(describedNoun) || /^(?:administration|coalition|groups?)$/.test(describedNoun)))) &&
      !ofTheBody
    ) {
      for (let k = i; k < i + match.tokens.length; k++) covered[k] = true;
      continue;
    }
    if (single && !token.capitalised && !government) continue;
    // "Cardiff Crown Court", "Gloucestershire Police and Crime Panel": a longer body whose name starts with a curated one;
    // "Kirkby Fleetham Church of England Primary School": or holds one, with words before it too.
    const run = bodyRunEnd(i, capitalisedRunEnd(i));
    let lead = i;
    const leadWord = (k: number): boolean =>
      usable[k]! &&
      !covered[k] &&
      isNameWord(tokens[k]!) &&
      !tokens[k]!.text.includes('-') &&
      !tokens[k]!.allCaps &&
      !ROLE_TITLES[tokens[k]!.lower] &&
      tokens[k]!.lower !== 'the' &&
      joined(k);
    for (;;) {
      // ("Northern Premier League rivals…", "North Lincolnshire Council will…": a compass word opening the sentence is the name's too.)
      const leadWordText = tokens[lead - 1]?.text ?? '';
      const compass = COMPASS_ADJECTIVES.test(leadWordText) || COMPASS_WORDS.test(leadWordText);
      if (lead > 0 && leadWord(lead - 1) && (!sentenceInitial.has(lead - 1) || !isCommonWord(tokens[lead - 1]!.lower) || compass)) lead--;
      // "… Church of England Primary School": "of" between name words.
      // (Not across "of" after a post: "Chief Executive of Rochdale Borough Council" is a person's post and the body.)
      else if (
        lead > 1 &&
        tokens[lead - 1]!.lower === 'of' &&
        joined(lead - 1) &&
        leadWord(lead - 2) &&
        !ROLE_TITLES[`${tokens[lead - 3]?.lower ?? ''} ${tokens[lead - 2]!.lower}`] &&
        !ROLE_TITLES[tokens[lead - 2]!.lower]
      )
        lead -= 2;
      else break;
      if (sentenceInitial.has(lead)) break;
    }
    // "UNISON North West", "Unite Wales": a union's, party's or charity's branch in a region.
    const region =
      REGION_FIRST_WORDS.has(tokens[i + match.tokens.length]?.lower ?? '') &&
      REGION_NAMES.find(
        (r) =>
          tokens
            .slice(i + match.tokens.length, i + match.tokens.length + r.length)
            .map((t) => t.lower)
            .join(' ') === r.join(' '),
      );
    if (
      region &&
      match.type === 'Organisation' &&
      ['union', 'party', 'charity'].includes(match.kind ?? '') &&
      joined(i + match.tokens.length - 1) &&
      tokens.slice(i + match.tokens.length, i + match.tokens.length + region.length).every((t) => t.capitalised)
    ) {
      // (One node for the body, the branch's name kept as an alias: news uses both for the same union.)
      const end = tokens[i + match.tokens.length + region.length - 1]!.end;
      const body = registry.add(match.type, match.name, { id: match.id, confidence: 0.9, organisationKind: match.kind });
      registry.addMention(body, token.start, end, text.slice(token.start, end));
      registry.addAlias(body, text.slice(token.start, end));
      for (let k = i; k < i + match.tokens.length + region.length; k++) covered[k] = true;
      continue;
    }
    // "NHS Fife", "NHS Lothian", "NHS Highland": a health board is the NHS and its area.
    if (
      match.name === 'NHS' &&
      run > i + 1 &&
      run - i <= 3 &&
      !ORGANISATION_HEADS[tokens[run - 1]!.lower] &&
      tokens.slice(i + 1, run).every((t) => t.capitalised && !t.allCaps)
    ) {
      const board = registry.add('Organisation', text.slice(token.start, tokens[run - 1]!.end), { confidence: 0.8, organisationKind: 'public-body' });
      registry.addMention(board, token.start, tokens[run - 1]!.end);
      for (let k = i; k < run; k++) covered[k] = true;
      continue;
    }
    // "the Western Isles Labour Party": a place's name before a party's full name is its local party.
    if (
      lead < i &&
      match.kind === 'party' &&
      / Party$/.test(text.slice(token.start, last.end)) &&
      run === i + match.tokens.length &&
      // ("Keir Starmer Labour Party leader": not a person's name before it.)
      tokens.slice(lead, i).every((t) => !firstNameGender(t.text).known && registry.personsNamed(t.text).length === 0)
    ) {
      const local = registry.add('Organisation', text.slice(tokens[lead]!.start, last.end), { confidence: 0.8, organisationKind: 'party' });
      registry.addMention(local, tokens[lead]!.start, last.end);
      for (let k = lead; k < run; k++) covered[k] = true;
      continue;
    }
    // "Northern Premier League": a compass word before a curated body's whole name is part of another body's name.
    if (lead === i - 1 && run === i + match.tokens.length && match.type === 'Organisation' && COMPASS_ADJECTIVES.test(tokens[lead]!.text)) {
      const body = registry.add('Organisation', text.slice(tokens[lead]!.start, last.end), { confidence: 0.8, organisationKind: match.kind });
      registry.addMention(body, tokens[lead]!.start, last.end);
      for (let k = lead; k < run; k++) covered[k] = true;
      continue;
    }
    // "the Greater Manchester Spatial Framework": a curated place, then words ending in a programme's head.
    if (
      match.type === 'Place' &&
      lead === i &&
      run > i + match.tokens.length &&
      PROGRAMME_HEADS.has(tokens[run - 1]!.lower) &&
      tokens.slice(i + match.tokens.length, run).every((t) => isNameWord(t))
    ) {
      const programme = registry.add('Programme', text.slice(token.start, tokens[run - 1]!.end), { confidence: 0.75 });
      registry.addMention(programme, token.start, tokens[run - 1]!.end);
      for (let k = i; k < run; k++) covered[k] = true;
      continue;
    }
    if (lead < i && run > i + match.tokens.length && ORGANISATION_HEADS[tokens[run - 1]!.lower]) {
      const body = registry.add('Organisation', text.slice(tokens[lead]!.start, tokens[run - 1]!.end), {
        confidence: 0.8,
        organisationKind: ORGANISATION_HEADS[tokens[run - 1]!.lower],
      });
      registry.addMention(body, tokens[lead]!.start, tokens[run - 1]!.end);
      for (let k = lead; k < run; k++) covered[k] = true;
      continue;
    }
    // ("Watford Grammar School for Boys": a school's name may end in whom it teaches.)
    const forPupils =
      /^(?:boys|girls)$/.test(tokens[run - 1]?.lower ?? '') && tokens[run - 2]?.lower === 'for' && ORGANISATION_HEADS[tokens[run - 3]?.lower ?? ''];
    if (run > i + match.tokens.length && (ORGANISATION_HEADS[tokens[run - 1]!.lower] || forPupils)) {
      const body = registry.add('Organisation', text.slice(token.start, tokens[run - 1]!.end), {
        confidence: 0.85,
        organisationKind: ORGANISATION_HEADS[tokens[run - 1]!.lower],
      });
      registry.addMention(body, token.start, tokens[run - 1]!.end);
      for (let k = i; k < run; k++) covered[k] = true;
      noteAbbreviation(body, run);
      continue;
    }
    // "Huddersfield Town Hall", "Leeds Bus Station": a curated place, a word, then a place's head
    // ("Dunstable Community Fire Station": or two words).
    const headAt = [i + match.tokens.length + 1, i + match.tokens.length + 2].find(
      (h) =>
        tokens[h] &&
        (LOCALITY_HEADS.has(tokens[h]!.lower) || STREET_HEADS.has(tokens[h]!.lower)) &&
        !isNameWord(tokens[h + 1] ?? tokens[h]!) &&
        tokens.slice(i + match.tokens.length, h + 1).every((t, n) => isNameWord(t) && joined(i + match.tokens.length - 1 + n)),
    );
    if (match.type === 'Place' && headAt !== undefined) {
      const twoWordHead = tokens[headAt]!;
      const place = registry.add('Place', text.slice(token.start, twoWordHead.end), { confidence: 0.75 });
      registry.addMention(place, token.start, twoWordHead.end);
      for (let k = i; k <= headAt; k++) covered[k] = true;
      continue;
    }
    // "of Bankside, West Lynn": a compass word before a curated place names a place of its own.
    const compassBefore = tokens[i - 1];
    if (
      match.type === 'Place' &&
      compassBefore &&
      COMPASS_WORDS.test(compassBefore.text) &&
      joined(i - 1) &&
      !covered[i - 1] &&
      !sentenceInitial.has(i - 1) &&
      !isNameWord(tokens[i + match.tokens.length] ?? compassBefore) &&
      // ("University Hospitals of North Midlands": inside a longer name, the body takes it.)
      !['of', 'and', '&'].includes(tokens[i - 2]?.lower ?? '') &&
      !isNameWord(tokens[i - 2] ?? compassBefore)
    ) {
      const place = registry.add('Place', text.slice(compassBefore.start, last.end), { confidence: 0.75 });
      registry.addMention(place, compassBefore.start, last.end);
      for (let k = i - 1; k < i + match.tokens.length; k++) covered[k] = true;
      continue;
    }
    // "Coun. Cath Homer from Hexham East": a curated place and a compass word name a ward or a constituency.
    const compassAfter = tokens[i + match.tokens.length];
    if (
      match.type === 'Place' &&
      compassAfter &&
      (COMPASS_WORDS.test(compassAfter.text) || compassAfter.text === 'Central') &&
      joined(i + match.tokens.length - 1) &&
      !isNameWord(tokens[i + match.tokens.length + 1] ?? token) &&
      tokens[i + match.tokens.length + 1]?.text !== '-'
    ) {
      const ward = registry.add('Place', text.slice(token.start, compassAfter.end), { confidence: 0.75 });
      registry.addMention(ward, token.start, compassAfter.end);
      for (let k = i; k <= i + match.tokens.length; k++) covered[k] = true;
      continue;
    }
    // "Sefton Road", "London Road": a curated place that names a street.
    const streetHead = tokens[i + match.tokens.length];
    if (
      match.type === 'Place' &&
      streetHead &&
      streetHead.capitalised &&
      (STREET_HEADS.has(streetHead.lower) || LOCALITY_HEADS.has(streetHead.lower)) &&
      joined(i + match.tokens.length - 1) &&
      // ("Kirklees Green party chief": the Greens of a place, not a green.)
      !(streetHead.lower === 'green' && /^(?:party|parties|councillors?|group|candidates?)$/i.test(tokens[i + match.tokens.length + 1]?.text ?? ''))
    ) {
      // "the Royal Blackburn Hospital", "Great Yarmouth Road": a name word before the place belongs to the name.
      const leadWord = tokens[i - 1];
      const led = leadWord !== undefined && !covered[i - 1] && joined(i - 1) && leadWord.capitalised && NAME_LEAD_WORDS.has(leadWord.lower);
      const from = led ? leadWord.start : token.start;
      const street = registry.add('Place', text.slice(from, streetHead.end), { confidence: 0.8 });
      registry.addMention(street, from, streetHead.end);
      for (let k = led ? i - 1 : i; k <= i + match.tokens.length; k++) covered[k] = true;
      continue;
    }
    // "in Co. Derry", "Co Antrim": a county written short is a place of its own, as written.
    const countyWord = tokens[i - 1]?.text === '.' && tokens[i - 2]?.text === 'Co' ? tokens[i - 2] : tokens[i - 1];
    if (match.type === 'Place' && countyWord && /^Co\.?$/.test(countyWord.text) && /^\.?\s?$/.test(text.slice(countyWord.end, token.start))) {
      const county = registry.add('Place', text.slice(countyWord.start, last.end), { confidence: 0.8 });
      registry.addMention(county, countyWord.start, last.end);
      for (let k = tokenIndexAt(tokens, countyWord.start); k < i + match.tokens.length; k++) covered[k] = true;
      continue;
    }
    // "Mr Brent said": after Mr, Mrs, Ms or Dr a place's name is a surname.
    if (single && match.type === 'Place' && SURNAME_HONORIFIC.test(tokens[i - 1]?.lower ?? '') && joined(i - 1)) continue;
    // "Jordan Wills", "Chelsea Smith": a place's name that is also a first name, before a capitalised word, opens a person's name.
    const following = tokens[i + 1];
    if (
      single &&
      match.type === 'Place' &&
      (firstNameGender(token.text).known || PLACES_AS_FIRST_NAMES.has(token.lower)) &&
      following &&
      isNameWord(following) &&
      joined(i) &&
      !STREET_HEADS.has(following.lower) &&
      !PLACE_HEADS.has(following.lower) &&
      ORGANISATION_HEADS[following.lower] === undefined &&
      // ("Israel Russell": a first name that is a surname too.)
      (!firstNameGender(following.text).known || wordKnowledge().lastNames.has(following.lower) || PLACES_AS_FIRST_NAMES.has(token.lower)) &&
      !(tokens[i - 1]?.lower === 'for' || tokens[i - 1]?.lower === 'of' || tokens[i - 1]?.lower === 'in') &&
      (!matchGazetteer(tokens, i + 1, index, joined) || wordKnowledge().lastNames.has(following.lower) || firstNameGender(following.text).known)
    )
      continue;
    // "The company's customers include Four Seasons, Hilton, Marriott…": a list of customers names bodies, not villages.
    if (match.type === 'Place' && bodyContextBefore(token.start, 160)) continue;
    // "struck Jordan over the head" after "Jordan Simcock": a place's name that is the first name of someone here is that person.
    if (single && match.type === 'Place' && PLACES_AS_FIRST_NAMES.has(token.lower) && firstNameOfSomeone(i)) continue;
    // "Ottis Jefferies": a curated one-word name after a capitalised word is a surname; not after a full name
    // ("told BBC presenter Laura Kuenssberg Tesco had…") when the article also names it on its own.
    const previous = tokens[i - 1];
    const afterFullName = tokens[i - 2] !== undefined && isNameWord(tokens[i - 2]!) && joined(i - 2) && standsAlone(i);
    if (
      single &&
      !afterFullName &&
      previous &&
      previous.capitalised &&
      previous.isWord &&
      !covered[i - 1] &&
      joined(i - 1) &&
      // "Gavin Wilkinson struck…": a known first name opening the sentence still makes the curated word a surname.
      (!sentenceInitial.has(i - 1) || (firstNameGender(previous.text).known && !isCommonWord(previous.lower))) &&
      !(previous.lower in HONORIFICS) &&
      !ROLE_TITLES[previous.lower] &&
      // ("…, The Guardian said": a capital T inside a sentence is the paper's own.)
      !(previous.lower === 'the' && match.kind === 'media')
    )
      continue;
    const draft = registry.add(match.type, match.name, { id: match.id, confidence: 0.95, organisationKind: match.kind });
    registry.addMention(draft, token.start, last.end, text.slice(token.start, last.end));
    for (let k = i; k < i + match.tokens.length; k++) covered[k] = true;
  }

  /** The devolved government an article names, when it never names the UK's: the one its bare "government" means. */
  function devolvedGovernment(): GazetteerName | undefined {
    if (devolved === undefined) {
      const named = /\b(?:Scottish Government|Welsh Government|Northern Ireland Executive)\b/i.exec(text);
      const british =
        /\b(?:UK|British|Westminster|HM|Conservative|Tory|(?<!Welsh |Scottish )Labour) [Gg]overnment\b|\bDowning Street\b|\bWhitehall\b|\bWestminster\b/.test(
          text,
        );
      devolved = (named && !british && curatedOrganisation(named[0])) || null;
    }
    return devolved ?? undefined;
  }

  /** Does the text define these letters in brackets after a name they abbreviate, other than this one? */
  function abbreviatesAnotherName(letters: string, name: string): boolean {
    bracketedLetters ??= tokens.flatMap((t, k) => (k >= 2 && t.allCaps && tokens[k - 1]!.text === '(' && tokens[k + 1]?.text === ')' ? [k] : []));
    for (const k of bracketedLetters) {
      if (tokens[k]!.text !== letters || !isNameWord(tokens[k - 2]!)) continue;
      let from = k - 2;
      while (from > 0 && (isNameWord(tokens[from - 1]!) || BRACKETED_NAME_JOINERS.has(tokens[from - 1]!.lower)) && joined(from - 1)) from--;
      while (from < k - 2 && BRACKETED_NAME_JOINERS.has(tokens[from]!.lower)) from++;
      const named = text.slice(tokens[from]!.start, tokens[k - 2]!.end);
      if (nameKey(named) !== nameKey(name) && initialsFit(letters, named)) return true;
    }
    return false;
  }

  /** Is the word at i, elsewhere in the text, the first name of a person ("Jordan Simcock")? */
  function firstNameOfSomeone(i: number): boolean {
    const word = tokens[i]!.lower;
    const cached = firstNameCache.get(word);
    if (cached !== undefined) return cached;
    let found = false;
    for (let k = 0; k + 1 < tokens.length && !found; k++) {
      if (tokens[k]!.lower !== word || !joined(k)) continue;
      const next = tokens[k + 1]!;
      found = isNameWord(next) && !STREET_HEADS.has(next.lower) && !PLACE_HEADS.has(next.lower) && !ORGANISATION_HEADS[next.lower] && !isCommonWord(next.lower);
    }
    firstNameCache.set(word, found);
    return found;
  }

  /** The one organisation named here whose name differs from these words by one letter in one word, if any. */
  function misprintedBody(words: string[]): EntityDraft | undefined {
    const fits = [...registry.entities.values()].filter((d) => {
      if (d.type !== 'Organisation') return false;
      const other = d.name.split(' ');
      if (other.length !== words.length) return false;
      let differences = 0;
      for (let k = 0; k < words.length; k++) {
        if (other[k] === words[k]) continue;
        if (!oneEditApart(other[k]!, words[k]!)) return false;
        differences++;
      }
      return differences === 1;
    });
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** Does the word at i also occur elsewhere with no capitalised word joined before it ("Tesco's", "with Tesco")? */
  function standsAlone(i: number): boolean {
    const word = tokens[i]!.text;
    return tokens.some((t, k) => k !== i && t.text === word && !(k > 0 && isNameWord(tokens[k - 1]!) && joined(k - 1)));
  }

  /**
   * A name from the generated GeoNames list is taken only where nothing says it is part of a
   * longer name or a person: no capitalised word joined before or after it ("Mr Burnham",
   * "Acton Town Hall"), no honorific or title before it, no reporting verb right after it
   * ("Featherstone said"), and never at a sentence's start when it is an ordinary word.
   */
  function generatedPlaceFits(from: number, to: number): boolean {
    const previous = tokens[from - 1];
    const next = tokens[to];
    if (previous && previous.isWord && previous.capitalised && joined(from - 1) && !sentenceInitial.has(from)) return false;
    if (previous && (previous.lower.replace(/\.$/, '') in HONORIFICS || ROLE_TITLES[previous.lower])) return false;
    if (next && next.isWord && next.capitalised && joined(to - 1)) return false;
    if (
      next &&
      (REPORTING_VERB_FORMS.has(next.lower) ||
        (next.lower === 'and' && isNameWord(tokens[to + 1] ?? next) && firstNameGender(tokens[to + 1]?.text ?? '').known))
    )
      return false;
    // ("Beer sales slowed": a village's name that is an ordinary word opening a sentence is the word.)
    if (to - from === 1 && sentenceInitial.has(from) && (isCommonWord(tokens[from]!.lower) || isDictionaryWord(tokens[from]!.lower))) return false;
    return true;
  }

  /**
   * "Suffolk Coastal MP Therese Coffey", "MP for Bermondsey and Old Southwark": a constituency is one place, however many
   * words it has, when it starts with a known place.
   */
  function findConstituencies(): void {
    const isPlaceAt = (k: number): boolean => {
      const match = tokens[k] && usable[k] ? matchGazetteer(tokens, k, index, joined) : undefined;
      return match?.type === 'Place';
    };
    const COMPASS = /^(?:north|south|east|west|mid|central|north-east|north-west|south-east|south-west)$/;
    const addConstituency = (from: number, to: number): void => {
      const placeFirst = isPlaceAt(from) || (COMPASS.test(tokens[from]!.lower) && isPlaceAt(from + 1));
      if (to - from < 2 || !placeFirst || covered.slice(from, to).some(Boolean)) return;
      const name = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
      const place = registry.add('Place', name, { confidence: 0.7 });
      registry.addMention(place, tokens[from]!.start, tokens[to - 1]!.end, name);
      for (let k = from; k < to; k++) covered[k] = true;
    };
    for (let m = 0; m < tokens.length; m++) {
      if (!MEMBER_TITLES.has(tokens[m]!.text) || !usable[m]) continue;
      // "X Y MP": capitalised words joined before "MP".
      let from = m;
      while (
        from - 1 >= 0 &&
        isNameWord(tokens[from - 1]!) &&
        joined(from - 1) &&
        !PARTY_MEMBER_NAMES.has(tokens[from - 1]!.lower) &&
        !ROLE_TITLES[tokens[from - 1]!.lower] &&
        m - from < 5
      ) {
        from--;
        // ("Blackpool North and Cleveleys MP": a seat's name with "and" in it.)
        if (tokens[from - 1]?.lower === 'and' && tokens[from - 2] && isNameWord(tokens[from - 2]!) && m - from < 3) from--;
      }
      if (tokens[from]!.lower === 'the' && from < m) from++;
      if (from < m && !sentenceInitial.has(from)) addConstituency(from, m);
      else if (from < m && sentenceInitial.has(from) && !isCommonWord(tokens[from]!.lower)) addConstituency(from, m);
      // "MP for X and Y Z".
      if (tokens[m + 1]?.lower === 'for' && tokens[m + 2] && isNameWord(tokens[m + 2]!)) forConstituency(m);
    }
    for (let k = 1; k < tokens.length; k++) {
      if (!usable[k]) continue;
      // "the honourable member for Barnsley Central's Bill".
      // ("Cabinet member for Planning and Economic Development": a portfolio, not a seat.)
      if (
        tokens[k]!.lower === 'member' &&
        tokens[k + 1]?.lower === 'for' &&
        tokens[k + 2] &&
        isNameWord(tokens[k + 2]!) &&
        !/^(?:cabinet|executive|lead|portfolio)$/.test(tokens[k - 1]?.lower ?? '') &&
        !PORTFOLIO_WORDS.test(tokens[k + 2]!.lower)
      )
        forConstituency(k);
      // "Wes Streeting (Ilford North)", "Jo Churchill (Bury St Edmunds)": a seat in brackets after a member's name.
      if (tokens[k]!.text === '(' && isNameWord(tokens[k - 1]!) && tokens[k + 1] && isNameWord(tokens[k + 1]!)) {
        let to = k + 2;
        while (to < tokens.length && to - k < 6 && isNameWord(tokens[to]!) && joined(to - 1)) to++;
        if (tokens[to]?.text === ')') addConstituency(k + 1, to);
      }
    }
    /** "MP for X and Y Z", "member for X Central": the seat after "for" (token m is "MP" or "member"). */
    function forConstituency(m: number): void {
      let to = m + 3;
      while (
        to < tokens.length &&
        to - m < 9 &&
        joined(to - 1) &&
        ((isNameWord(tokens[to]!) && !(firstNameGender(tokens[to]!.text).known && !isPlaceAt(to))) ||
          (CONNECTORS.has(tokens[to]!.lower) && tokens[to + 1] !== undefined && isNameWord(tokens[to + 1]!)))
      )
        to++;
      addConstituency(m + 2, to);
    }
  }

  /** Is token j the apostrophe of a plural possessive ("Supporters’") before a body's head word ("Trust")? */
  function pluralPossessiveHead(j: number): boolean {
    const mark = tokens[j];
    const head = tokens[j + 1];
    return (
      mark !== undefined &&
      /^['’]$/.test(mark.text) &&
      /s$/.test(tokens[j - 1]?.text ?? '') &&
      tokens[j - 1]!.end === mark.start &&
      head !== undefined &&
      isNameWord(head) &&
      ORGANISATION_HEADS[head.lower] !== undefined &&
      joined(j)
    );
  }

  /**
   * Where a body's name that opens with a curated place ends: "Croydon Health Services Trust CEO Matthew Kershaw" stops at
   * the head before a post; "Barking, Havering and Redbridge University Hospitals Trust" runs on through a list of places.
   */
  function bodyRunEnd(i: number, runIn: number): number {
    const beforePost = (run: number): number => {
      if (ORGANISATION_HEADS[tokens[run - 1]!.lower]) return run;
      for (let k = run - 2; k > i; k--) {
        const post = tokens[k + 1]!;
        if (ORGANISATION_HEADS[tokens[k]!.lower] && (ROLE_TITLES[post.lower] || ROLE_TITLES[`${post.lower} ${tokens[k + 2]?.lower ?? ''}`]) && post.capitalised)
          return k + 1;
      }
      return run;
    };
    const run = beforePost(runIn);
    // (Only three places at most, each one word: "Highbury, Gateshead, Richmond-upon-Thames and East Sussex College Group"
    // is a list of colleges, "Microsoft Corp, Oracle Corp, IBM and Hewlett-Packard Co" a list of companies.)
    const onePlace = (k: number): boolean => matchGazetteer(tokens, k, index, joined)?.type === 'Place' && isNameWord(tokens[k]!);
    if (run !== i + 1 || tokens[run]?.text !== ',' || !onePlace(i)) return run;
    let k = run;
    let places = 1;
    while (tokens[k]?.text === ',' && onePlace(k + 1) && tokens[k + 2]?.text === ',') {
      k += 2;
      places++;
    }
    const and = tokens[k]?.text === ',' && onePlace(k + 1) && tokens[k + 2]?.lower === 'and' ? k + 2 : -1;
    if (and < 0 || places + 1 > 2 || !onePlace(and + 1)) return run;
    let end = and + 2;
    while (end < tokens.length && isNameWord(tokens[end]!) && joined(end - 1)) end++;
    end = beforePost(end);
    return ORGANISATION_HEADS[tokens[end - 1]!.lower] && end > and + 2 ? end : run;
  }

  /** Where a run of capitalised words (with "of", "and", "for" inside) starting at i ends. */
  function capitalisedRunEnd(i: number): number {
    let j = i + 1;
    while (j < tokens.length && usable[j] && joined(j - 1)) {
      if (isNameWord(tokens[j]!)) j++;
      else if (pluralPossessiveHead(j)) j += 2;
      else if (CONNECTORS.has(tokens[j]!.lower) && joined(j) && tokens[j + 1] && isNameWord(tokens[j + 1]!)) {
        // "IBM and Hewlett-Packard Co" are two companies: "and" joins only words that are not a curated name of their own,
        // except places ("Crewe and Nantwich Council", "Redcar and Cleveland Borough Council").
        const after = tokens[j]!.lower === 'and' || tokens[j]!.lower === '&' ? matchGazetteer(tokens, j + 1, index, joined) : undefined;
        if (after && after.type !== 'Place') break;
        // ("the Reading Evening Post and Surrey Advertiser": "and" after a paper's title starts another.)
        // ("Allerdale Council and Copeland council": and after a council's name.)
        // ("the Morpeth Neighbourhood Plan and Northumberland County Council": and after a programme's name.)
        if (
          tokens[j]!.lower === 'and' &&
          (ORGANISATION_HEADS[tokens[j - 1]!.lower] === 'media' || tokens[j - 1]!.lower === 'council' || PROGRAMME_HEADS.has(tokens[j - 1]!.lower)) &&
          j - i >= 2
        )
          break;
        j += 2;
      } else break;
    }
    return j;
  }

  // 2. Runs of capitalised words.
  interface Candidate {
    from: number;
    to: number; // exclusive token index
  }
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!usable[i] || covered[i] || !isNameWord(tokens[i]!)) continue;
    // "Neil 'Carling' Coyle": a nickname in quotation marks between a first name and a surname is no part of the name.
    const nickOpen = tokens[i + 1];
    if (
      firstNameGender(tokens[i]!.text).known &&
      nickOpen &&
      /^['‘"“]$/.test(nickOpen.text) &&
      joined(i) &&
      tokens[i + 2] &&
      isNameWord(tokens[i + 2]!) &&
      /^['’"”]$/.test(tokens[i + 3]?.text ?? '') &&
      tokens[i + 4] &&
      isNameWord(tokens[i + 4]!) &&
      joined(i + 3) &&
      !isNameWord(tokens[i + 5] ?? nickOpen)
    ) {
      const person = registry.add('Person', `${tokens[i]!.text} ${tokens[i + 4]!.text}`, { confidence: 0.8 });
      person.gender ??= firstNameGender(tokens[i]!.text).gender;
      registry.addMention(person, tokens[i]!.start, tokens[i + 4]!.end);
      for (let k = i; k <= i + 4; k++) covered[k] = true;
      i += 4;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && usable[j] && !covered[j] && joined(j - 1)) {
      const next = tokens[j]!;
      // "Sir Michael Holden Tweeted:": a capitalised verb of saying before a colon or a quote ends the name.
      if (isNameWord(next) && REPORTING_VERB_FORMS.has(next.lower) && /^[:“"]$/.test(tokens[j + 1]?.text ?? '')) break;
      if (isNameWord(next)) {
        j++;
        continue;
      }
      // "St. George’s Primary School": a saint's abbreviation with its stop.
      if (next.text === '.' && tokens[j - 1]!.text === 'St' && tokens[j + 1] && isNameWord(tokens[j + 1]!) && joined(j)) {
        j += 2;
        continue;
      }
      // "Operation Season’s Greetings": an operation's name may hold a possessive.
      if (tokens[i]!.text === 'Operation' && next.lower === "'s" && tokens[j + 1] && isNameWord(tokens[j + 1]!) && joined(j)) {
        j += 2;
        continue;
      }
      // "Association of Directors of Children’s Services": a possessive inside a body's name after its head and "of".
      if (
        /^['’]s$/.test(next.text) &&
        ORGANISATION_HEADS[tokens[i]!.lower] &&
        tokens.slice(i + 1, j).some((t) => t.lower === 'of') &&
        tokens[j + 1] &&
        isNameWord(tokens[j + 1]!) &&
        joined(j)
      ) {
        j += 2;
        continue;
      }
      // "Northwich Victoria Supporters’ Trust": a plural possessive inside a body's name, before its head.
      if (pluralPossessiveHead(j)) {
        j += 2;
        continue;
      }
      // "Connah’s Quay", "Fisherman’s Wharf": a possessive inside a place's name, before its head
      // ("King’s Mill Hospital": or a word and its head).
      const headAt = [j + 1, j + 2].find(
        (h) =>
          tokens[h] && PLACE_HEADS.has(tokens[h]!.lower) && tokens.slice(j + 1, h + 1).every((t, n) => isNameWord(t) && !covered[j + 1 + n] && joined(j + n)),
      );
      if (
        j === i + 1 &&
        next.lower === "'s" &&
        headAt !== undefined &&
        !firstNameGender(tokens[i]!.text).known &&
        registry.find(tokens[i]!.text).length === 0
      ) {
        j = headAt + 1;
        continue;
      }
      // "Marie van der Zyl", "Ursula von der Leyen": two particles in a row inside a name.
      if (
        CONNECTORS.has(next.lower) &&
        CONNECTORS.has(tokens[j + 1]?.lower ?? '') &&
        !['and', '&', 'of', 'for'].includes(next.lower) &&
        joined(j) &&
        joined(j + 1) &&
        tokens[j + 2] &&
        isNameWord(tokens[j + 2]!) &&
        !covered[j + 2]
      ) {
        j += 3;
        continue;
      }
      // "J D Wetherspoon plc": a company suffix written in lower case ends the name.
      if (COMPANY_SUFFIXES.has(next.text)) {
        j++;
        break;
      }
      if (CONNECTORS.has(next.lower) && joined(j) && tokens[j + 1] && isNameWord(tokens[j + 1]!) && !covered[j + 1] && usable[j + 1]) {
        j += 2;
        continue;
      }
      if (next.lower === 'the' && CONNECTORS.has(tokens[j - 1]!.lower) && tokens[j + 1] && isNameWord(tokens[j + 1]!)) {
        j++;
        continue;
      }
      // "European Convention on Human Rights", "Committee on Standards": "on" inside an instrument's or a body's name.
      if (
        next.lower === 'on' &&
        NAMES_WITH_ON.has(tokens[j - 1]!.lower) &&
        joined(j) &&
        tokens[j + 1] &&
        isNameWord(tokens[j + 1]!) &&
        !covered[j + 1] &&
        !MONTH_OR_DAY.test(tokens[j + 1]!.lower)
      ) {
        j += 2;
        continue;
      }
      // "Queens’ School", "St Michael’s Catholic High School": a possessive inside a body's name whose head follows.
      const possessiveMark = /^['’]s$/.test(next.text) || (/^['’]$/.test(next.text) && /s$/.test(tokens[j - 1]!.lower));
      if (possessiveMark && joined(j - 1)) {
        let h = j + 1;
        const institution = (word: Token): boolean => INSTITUTION_HEADS.has(word.lower);
        // ("St Mary’s Hospital", "Dr Gray’s Hospital": the head may come straight after the possessive.)
        while (h < tokens.length && h - j <= 4 && isNameWord(tokens[h]!) && !ORGANISATION_HEADS[tokens[h]!.lower] && !institution(tokens[h]!)) h++;
        const headWord = tokens[h];
        if (h > j && headWord && isNameWord(headWord) && institution(headWord)) {
          j = h + 1;
          continue;
        }
      }
      // "Gordon’s Mills Road", "St John's Road": a possessive inside a street's name.
      if (
        /^['’]s$/.test(next.text) &&
        joined(j - 1) &&
        tokens[j + 1] &&
        isNameWord(tokens[j + 1]!) &&
        ((STREET_HEADS.has(tokens[j + 1]!.lower) && joined(j + 1 - 1)) ||
          (tokens[j + 2] && isNameWord(tokens[j + 2]!) && STREET_HEADS.has(tokens[j + 2]!.lower) && !isNameWord(tokens[j + 3] ?? next)) ||
          // "Queen's Park Suspension Bridge": a place's head two or three words on.
          (tokens[j + 2] &&
            isNameWord(tokens[j + 2]!) &&
            tokens[j + 3] &&
            isNameWord(tokens[j + 3]!) &&
            PLACE_HEADS.has(tokens[j + 3]!.lower) &&
            !isNameWord(tokens[j + 4] ?? next)))
      ) {
        j++;
        continue;
      }
      break;
    }
    // "Finally Premier Foods, …": a sentence adverb opening the sentence is not part of the name after it.
    // "the Labour-run Vale of Glamorgan Council", "Lib Dem-led Somerset Council": who runs a body is no part of its name.
    const ruledBy = tokens.slice(i, Math.min(j - 1, i + 3)).findIndex((t) => PARTY_CONTROL.test(t.text));
    if (ruledBy >= 0) {
      candidates.push({ from: i + ruledBy + 1, to: j });
      i = j - 1;
      continue;
    }
    candidates.push({ from: j - i >= 2 && sentenceInitial.has(i) && isSentenceAdverb(tokens[i]!) ? i + 1 : i, to: j });
    i = j - 1;
  }

  const pendingSingles: Candidate[] = [];
  const pendingTitles = new Map<number, { role?: string; titleStart: number; titleEnd: number; gender?: Gender; mentionStart: number }>();
  for (const whole of candidates) {
    let candidate = whole;
    // "The Minister for Health and Social Services", "Secretary of State for Work and Pensions Liz Kendall": a portfolio
    // after a post names no body; a person's name after it still counts.
    let portfolio = tokens
      .slice(whole.from, whole.to)
      .findIndex((t, k) => k > 0 && t.lower === 'for' && PORTFOLIO_POSTS.has(tokens[whole.from + k - 1]!.lower));
    // "Head of Health", "Director of Operations": a post named by its remit names no body either.
    const postStart = tokens[whole.from]!.lower === 'the' ? whole.from + 1 : whole.from;
    if (
      portfolio < 0 &&
      postStart + 2 < whole.to &&
      POST_HEADS.has(tokens[postStart]?.lower ?? '') &&
      ['of', 'for'].includes(tokens[postStart + 1]?.lower ?? '') &&
      !curatedOrganisation(text.slice(tokens[postStart]!.start, tokens[whole.to - 1]!.end))
    )
      portfolio = postStart + 1 - whole.from;
    if (portfolio > 0) {
      const forAt = whole.from + portfolio;
      for (let j = forAt + 2; j + 1 < whole.to; j++) {
        if (personNameAt(j, whole.to) && whole.to - j <= 3) {
          classifyRun(j, whole.to);
          break;
        }
      }
      candidate = { from: whole.from, to: forAt };
    }
    // "Brian and Janet Sewell": two first names sharing a surname are two people of that name.
    if (
      candidate.to - candidate.from === 4 &&
      tokens[candidate.from + 1]!.lower === 'and' &&
      firstNameGender(tokens[candidate.from]!.text).known &&
      firstNameGender(tokens[candidate.from + 2]!.text).known &&
      !isCommonWord(tokens[candidate.from]!.lower) &&
      isNameWord(tokens[candidate.from + 3]!) &&
      !ORGANISATION_HEADS[tokens[candidate.from + 3]!.lower] &&
      !PLACE_HEADS.has(tokens[candidate.from + 3]!.lower)
    ) {
      const first = tokens[candidate.from]!;
      const surname = tokens[candidate.from + 3]!.text;
      const sharer = registry.add('Person', `${first.text} ${surname}`, { confidence: 0.75 });
      sharer.gender ??= firstNameGender(first.text).gender;
      registry.addMention(sharer, first.start, first.end, first.text);
      covered[candidate.from] = true;
      classifyRun(candidate.from + 2, candidate.to);
      continue;
    }
    for (const piece of splitOnAnd(tokens, candidate.from, candidate.to)) {
      // "Richardson of Wilberforce Avenue": a person already named, then where they live.
      const of = tokens.slice(piece.from, piece.to).findIndex((t) => t.lower === 'of');
      // ("Cllr Bell of Patricia Bell": the name after any title.)
      const leftFrom = of > 1 && sentenceInitial.has(piece.from) && isCommonWord(tokens[piece.from]!.lower) ? piece.from + 1 : piece.from;
      const leftTitle = of > 0 ? leadingTitle(tokens, leftFrom, piece.from + of).length : 0;
      const left = of > 0 && leftFrom + leftTitle < piece.from + of ? text.slice(tokens[leftFrom + leftTitle]!.start, tokens[piece.from + of - 1]!.end) : '';
      // "Mr Riaz Chowdhury of Grundy Street": a street after "of" is where the person lives.
      const streetAfterOf = of > 0 && STREET_HEADS.has(tokens[piece.to - 1]!.lower) && piece.to - (piece.from + of + 1) >= 2;
      if (of > 0 && (streetAfterOf || registry.personsNamed(left).length > 0 || registry.find(left, 'Person').length > 0)) {
        classifyRun(piece.from, piece.from + of);
        classifyRun(piece.from + of + 1, piece.to);
      } else if (
        of >= 2 &&
        of <= 3 &&
        personNameAt(piece.from, piece.from + of) &&
        !ORGANISATION_HEADS[tokens[piece.to - 1]!.lower] &&
        !PROGRAMME_HEADS.has(tokens[piece.to - 1]!.lower)
      ) {
        // "Emma-Lou Montgomery of Fidelity Personal Investing": a person's name, then where they work or live.
        classifyRun(piece.from, piece.from + of);
        const rest = piece.from + of + 1;
        if (!classifiesAlone(rest, piece.to)) registerOrganisation(rest, piece.to);
        else classifyRun(rest, piece.to);
      } else classifyRun(piece.from, piece.to);
    }
  }

  /** A first name and a surname (or two capitalised words after a known first name), with no title: "Emma-Lou Montgomery". */
  function personNameAt(from: number, to: number): boolean {
    const words = tokens.slice(from, to);
    return (
      words.every((w) => w.capitalised && !w.allCaps) &&
      firstNameGender(words[0]!.text).known &&
      !isCommonWord(words[words.length - 1]!.lower) &&
      !leadingTitle(tokens, from, to).length
    );
  }

  /** Does a run classify by itself (a place, a body by its last word, a known name)? */
  function classifiesAlone(from: number, to: number): boolean {
    const type = classify(from, to, false);
    return type !== undefined && type.type !== 'Person';
  }

  function classifyRun(fromIndex: number, toIndex: number): void {
    let from = fromIndex;
    let to = toIndex;
    // "(SSSB)" right after "Schroder Salomon Smith Barney": already taken as that body's abbreviation.
    if (to - from === 1 && covered[from] && abbreviationDefined(tokens[from]!.text)) return;
    // "Alliance MLA Stewart Dickson", "Green councillor Jo Smith": a label, a member's title, then the member's name.
    // "Cabinet Secretary Sir Jeremy Heywood": a role, then an honorific and the name.
    for (let t = from + 1; t < to - 1; t++) {
      // ("District Judge Mrs Bernie Kelly": a title, then an honorific, is one person's whole title.)
      const honorific =
        tokens[t]!.capitalised && tokens[t]!.lower in HONORIFICS && !ROLE_TITLES[tokens[t + 1]!.lower] && leadingTitle(tokens, from, t).length !== t - from;
      // "FDF CEO Karen Betts": an abbreviated body, its officer's title, then a first name.
      // "FDF CEO Karen Betts", "Safer Neighbourhoods Inspector Kathy Morteo": a body, its officer's title, a first name
      // (not when the run opens with a title of its own: "Home Secretary Amber Rudd").
      // ("Local Government Secretary Alun Davies", "Communities Minister Jo Bloggs": a portfolio, its post, then a full name.)
      const ministerial = /^(?:Secretary|Minister)$/.test(tokens[t]!.text) && to - t >= 3 && isNameWord(tokens[t + 2]!);
      const officer =
        (ROLE_TITLES[tokens[t]!.lower] !== undefined || ministerial) &&
        tokens[t]!.capitalised &&
        (firstNameGender(tokens[t + 1]!.text).known || ministerial) &&
        !ROLE_TITLES[tokens[t - 1]!.lower] &&
        leadingTitle(tokens, from, to).length === 0;
      if (!honorific && !officer && !MEMBER_TITLES.has(tokens[t]!.text) && !['councillor', 'cllr', 'coun'].includes(tokens[t]!.lower)) continue;
      // ("Assembly Member Darren Johnson": the label and the member's title are one title.)
      if (!honorific && !officer && leadingTitle(tokens, from, t + 1).length === t + 1 - from) continue;
      if (!isNameWord(tokens[t + 1]!)) break;
      // ("Janet Finch-Saunders AM Conservative Aberconwy": a caption's post, party and seat after the name, not a second name.)
      if (MEMBER_TITLES.has(tokens[t]!.text) && /^(?:Conservative|Labour|Tory|Liberal|Green|Plaid|SNP|Reform|Independent)$/.test(tokens[t + 1]!.text)) {
        if (t - from >= 2) classifyRun(from, t);
        return;
      }
      covered[from] = true;
      classifyRun(t, to);
      return;
    }
    // "Hed said:": a misprinted pronoun opening a sentence is nobody's name ("I’m totally disgusted": nor a contracted "I").
    if (to - from === 1 && sentenceInitial.has(from) && isPronounMisprint(tokens[from]!)) return;
    if (to - from === 1 && /^(?:I['’](?:m|ve|ll|d)|(?:We|You|They)['’](?:re|ve|ll|d)|(?:He|She|It)['’](?:s|ll|d))$/.test(tokens[from]!.text)) return;
    // ("Don’t tell me…": a negative contraction opening a sentence.)
    if (to - from === 1 && /^(?:Don|Can|Won|Didn|Isn|Doesn|Wasn|Weren|Aren|Haven|Hasn|Hadn|Couldn|Shouldn|Wouldn|Mustn)['’]t$/.test(tokens[from]!.text)) return;
    // "pub group JD Wetherspoon", "supermarket chain Asda", "the retailer Next": a lower-case kind of body before the name.
    const kindBefore = tokens[from - 1];
    if (
      kindBefore &&
      !kindBefore.capitalised &&
      COMPANY_DESCRIPTORS.has(kindBefore.lower) &&
      joined(from - 1) &&
      !leadingTitle(tokens, from, to).length &&
      // ("Elmer Cotton's owner Judith Barrows": an owner or a landlord may be a person, by a first name.)
      !(PERSON_NOUNS.has(kindBefore.lower) && to - from === 2 && firstNameGender(tokens[from]!.text).known) &&
      !registry.find(text.slice(tokens[from]!.start, tokens[to - 1]!.end), 'Person').length
    ) {
      // ("the free daily Metro", "city TV station Channel M": a paper or a broadcaster, not "the company" of the story.)
      registerOrganisation(from, to, MEDIA_DESCRIPTORS.test(kindBefore.lower) ? 'media' : undefined);
      return;
    }
    // "the sale of its Magasin du Nord subsidiary", "an operation called Magenta, which prints…": a body named by what it is to its owner.
    const kindAfter = tokens[to];
    const ownedBefore = ['its', 'their'].includes(tokens[from - 1]?.lower ?? '');
    const calledBefore =
      tokens[from - 1]?.lower === 'called' &&
      ['operation', 'business', 'company', 'firm', 'subsidiary', 'brand', 'chain', 'unit', 'division', 'group', 'outfit', 'venture'].includes(
        tokens[from - 2]?.lower ?? '',
      );
    // "chosen developer Stanhope plc": a company's legal suffix in small letters.
    if (
      kindAfter &&
      SMALL_SUFFIX.test(kindAfter.text) &&
      joined(to - 1) &&
      !(sentenceInitial.has(from) && to - from === 1 && isCommonWord(tokens[from]!.lower))
    ) {
      registerOrganisation(from, to + 1, 'company');
      return;
    }
    // "Stroud station", "Dursley railway station": a station named with its small head.
    const stationLength = smallStationAt(to);
    if (
      stationLength > 0 &&
      joined(to - 1) &&
      tokens.slice(from, to).every((t) => t.capitalised && !ORGANISATION_HEADS[t.lower] && t.lower !== 'the') &&
      !(sentenceInitial.has(from) && isCommonWord(tokens[from]!.lower))
    ) {
      const end = tokens[to + stationLength - 1]!.end;
      const station = registry.add('Place', text.slice(tokens[from]!.start, end), { confidence: 0.75 });
      registry.addMention(station, tokens[from]!.start, end);
      for (let k = from; k < to + stationLength; k++) covered[k] = true;
      return;
    }
    // "sent to Mold crown court": a court written small is still the court.
    const courtLength = smallCourtAt(to);
    if (courtLength > 0 && joined(to - 1) && tokens.slice(from, to).every((t) => t.capitalised)) {
      registerOrganisation(from, to + courtLength, 'court');
      return;
    }
    // "the new Westmorland and Furness council", "Copeland council": a council written with a small c is still the council.
    if (
      kindAfter &&
      // ("John Wheeldon primary": a school too.)
      (kindAfter.text === 'council' || (kindAfter.text === 'primary' && !isNameWord(tokens[to + 1] ?? kindAfter))) &&
      joined(to - 1) &&
      !(sentenceInitial.has(from) && isCommonWord(tokens[from]!.lower)) &&
      // ("council leader", "council tax": "council" describing the next word.)
      !COUNCIL_AS_MODIFIER.test(tokens[to + 1]?.lower ?? '') &&
      !leadingTitle(tokens, from, to).length &&
      tokens.slice(from, to).every((t) => (t.capitalised || CONNECTORS.has(t.lower)) && !/^(?:the|this|that|our|their|its|a|an)$/.test(t.lower)) &&
      // ("the Lib Dem-run council": who runs it, not its name.)
      !/-(?:run|led|controlled|dominated|held)$/.test(tokens[to - 1]!.text) &&
      !registry.find(text.slice(tokens[from]!.start, tokens[to - 1]!.end), 'Person').length
    ) {
      // ("Derbyshire council claim…" in a story about Derbyshire County Council: the same council, written short.)
      const place = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
      const full = new RegExp(`\\b${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (?:County|City|Borough|District|Metropolitan Borough|Town) Council\\b`).exec(
        text,
      );
      if (full) {
        const council =
          registry.find(full[0], 'Organisation')[0] ?? registry.add('Organisation', full[0], { confidence: 0.75, organisationKind: 'public-body' });
        registry.addMention(council, tokens[from]!.start, kindAfter.end, text.slice(tokens[from]!.start, kindAfter.end));
        for (let k = from; k <= to; k++) covered[k] = true;
        return;
      }
      registerOrganisation(from, to + 1);
      return;
    }
    // "the Lasani restaurant", "the Red Lion pub": a name between "the" and a kind of business.
    const businessAfter = tokens[from - 1]?.lower === 'the' && kindAfter && joined(to - 1) && VENUE_NOUNS.has(kindAfter.lower) && !kindAfter.capitalised;
    if (
      (calledBefore || businessAfter || (ownedBefore && kindAfter && joined(to - 1) && OWNED_UNITS.has(kindAfter.lower))) &&
      !leadingTitle(tokens, from, to).length &&
      !registry.find(text.slice(tokens[from]!.start, tokens[to - 1]!.end), 'Person').length
    ) {
      registerOrganisation(from, to);
      return;
    }
    // "the wines and spirits group, Allied Domecq, fell", "The investment bank, Schroder Salomon Smith Barney (SSSB),": a kind of
    // company, a comma, then its name in apposition.
    if (
      tokens[from - 1]?.text === ',' &&
      tokens[from - 2] &&
      !tokens[from - 2]!.capitalised &&
      COMPANY_DESCRIPTORS.has(tokens[from - 2]!.lower) &&
      !['owner', 'owners', 'landlord', 'applicant', 'applicants', 'objector', 'objectors', 'promoter', 'landowner'].includes(tokens[from - 2]!.lower) &&
      tokens.slice(Math.max(0, from - 8), from - 2).some((t) => t.lower === 'the' || t.lower === 'a' || t.lower === 'an') &&
      !leadingTitle(tokens, from, to).length &&
      !(to - from >= 2 && firstNameGender(tokens[from]!.text).known) &&
      !registry.find(text.slice(tokens[from]!.start, tokens[to - 1]!.end), 'Person').length
    ) {
      registerOrganisation(from, to);
      return;
    }
    // "Developer Cala Homes met…": a kind of company opening the sentence, then the company's name.
    if (
      sentenceInitial.has(from) &&
      to - from >= 2 &&
      COMPANY_DESCRIPTORS.has(tokens[from]!.lower) &&
      !leadingTitle(tokens, from, to).length &&
      !firstNameGender(tokens[from + 1]!.text).known
    ) {
      registerOrganisation(from + 1, to);
      return;
    }
    // "Ring-leaders Liam Johnson", "Pensioner Mary Smith": an ordinary noun opening the sentence before a first name describes the person.
    if (
      sentenceInitial.has(from) &&
      to - from >= 3 &&
      // ("Neighbour Chris Jones", "Campaigner Ozma Hafiz": a noun for a person, common or not, before a first name known or not.)
      // ("Objector Richard Palmer": a dictionary word too.)
      (isCommonWord(tokens[from]!.lower) || isDictionaryWord(tokens[from]!.lower) || PERSON_NOUNS.has(tokens[from]!.lower)) &&
      !firstNameGender(tokens[from]!.text).known &&
      !wordKnowledge().lastNames.has(tokens[from]!.lower) &&
      !(tokens[from]!.lower in HONORIFICS) &&
      !leadingTitle(tokens, from, to).length &&
      (firstNameGender(tokens[from + 1]!.text).known ||
        PLACES_AS_FIRST_NAMES.has(tokens[from + 1]!.lower) ||
        (PERSON_NOUNS.has(tokens[from]!.lower) && to - from === 3)) &&
      // ("St Peter’s Primary School": a saint's name is no description.)
      !/^St\.?$/.test(tokens[from]!.text)
    ) {
      from++;
    }
    // "Tee-total Robertson has admitted…": a hyphenated description opening the sentence, before a surname named already.
    if (
      sentenceInitial.has(from) &&
      to - from === 2 &&
      /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokens[from]!.text) &&
      // ("Postcard-perfect Coniston": or before a place's name.)
      (registry.personsNamed(tokens[from + 1]!.text).length > 0 ||
        wordKnowledge().places.has(tokens[from + 1]!.lower) ||
        matchGazetteer(tokens, from + 1, index, joined)?.type === 'Place')
    )
      from++;
    // "Brockworth-based Invista": where a body is based, then the body.
    const based = /^(\p{Lu}[\p{L}’'-]*?)-(?:based|headquartered)$/u.exec(tokens[from]!.text);
    // ("the Norfolk-based organisation": the place alone, when no name follows.)
    if (based && (to - from >= 2 || registry.find(based[1]!).every((d) => d.type === 'Place'))) {
      const placeName = based[1]!;
      const place = registry.find(placeName, 'Place')[0] ?? registry.add('Place', placeName, { confidence: 0.6 });
      registry.addMention(place, tokens[from]!.start, tokens[from]!.start + placeName.length, placeName);
      covered[from] = true;
      if (to - from >= 2) registerOrganisation(from + 1, to);
      return;
    }
    // "the A4095 Woodstock Road": a road's number, then its name.
    if (to - from >= 2 && /^[ABM]\d{1,4}$/.test(tokens[from]!.text)) {
      const road = registry.add('Place', tokens[from]!.text, { confidence: 0.7 });
      registry.addMention(road, tokens[from]!.start, tokens[from]!.end);
      covered[from] = true;
      from++;
    }
    // "Jeremy Corbyn Tells MPs…" in a title-case headline: a verb after the name is no part of it.
    if (
      to - from >= 3 &&
      article.paragraphs[article.sentences.find((st) => tokens[from]!.start >= st.start && tokens[from]!.start < st.end)?.paragraph ?? -1]?.kind ===
        'heading' &&
      (REPORTING_VERB_FORMS.has(tokens[to - 1]!.lower) ||
        (isCommonWord(tokens[to - 1]!.lower) && !ORGANISATION_HEADS[tokens[to - 1]!.lower] && !PLACE_HEADS.has(tokens[to - 1]!.lower))) &&
      firstNameGender(tokens[from]!.text).known
    )
      to--;
    // "Jailing Fothergill for ten weeks, the judge said": a participle opening the sentence is no part of the name after it.
    if (
      sentenceInitial.has(from) &&
      to - from >= 2 &&
      /^\p{Lu}\p{Ll}{3,}ing$/u.test(tokens[from]!.text) &&
      !firstNameGender(tokens[from]!.text).known &&
      !wordKnowledge().lastNames.has(tokens[from]!.lower)
    )
      from++;
    // A sentence's first word is capitalised anyway: drop it when it is an ordinary word (not when the words with it are a
    // name already known here: "Expanded Metal Company workers" after "The Expanded Metal Company").
    while (
      from < to &&
      !(to - from >= 2 && registry.find(text.slice(tokens[from]!.start, tokens[to - 1]!.end)).length > 0) &&
      // ("St Michael’s Catholic High School": a saint's abbreviation opens a name.)
      !(/^st\.?$/.test(tokens[from]!.lower) && to - from > 1) &&
      // ("…,” Browning said": the surname of someone named here, ordinary word or not.)
      !(to - from === 1 && registry.personsNamed(tokens[from]!.text).length > 0) &&
      (sentenceInitial.has(from) || tokens[from]!.allCaps) &&
      isCommonWord(tokens[from]!.lower) &&
      // "Dean Haydon" at a sentence's start keeps "Dean"; "Sentencing Jefferies" and "Former Prime Minister…" lose their first word.
      (to - from === 1 || !isNameWord(tokens[from + 1]!) || neverStartsName(tokens[from]!.lower) || tokens[from]!.allCaps) &&
      !firstNameGender(tokens[from]!.text).known &&
      !(tokens[from]!.lower in HONORIFICS) &&
      !(ROLE_TITLES[tokens[from]!.lower] && to - from > 1 && tokens[from]!.capitalised && !tokens[from]!.allCaps) &&
      leadingTitle(tokens, from, to).length < 2
    ) {
      from++;
    }
    // "chief executive of The Co-op": no name starts with "The"; what follows is the name.
    while (from < to && CONNECTORS.has(tokens[from]!.lower)) from++;
    // "The Club also incurred…" after "Leicestershire County Cricket Club": the body named, by its head word.
    // (At a sentence's start the run may begin after "The".)
    if (from >= to) return;
    // "to become a Town Council", "A Parish Council could…": a kind of body, not one named.
    if (
      /^(?:a|an)$/i.test(tokens[from - 1]?.text ?? '') &&
      tokens.slice(from, to).every((t) => ORGANISATION_HEADS[t.lower] || /^(?:town|parish|city|county|district|borough|community)$/.test(t.lower))
    )
      return;
    // "A Welsh village": a nationality before a noun is an adjective, no place.
    if (to - from === 1 && DEMONYMS.has(tokens[from]!.lower) && tokens[to]?.isWord && !tokens[to]!.capitalised) return;
    const theAt = tokens[from]!.lower === 'the' ? from : tokens[from - 1]?.lower === 'the' && to - from === 1 ? from - 1 : -1;
    if (theAt >= 0 && to - theAt === 2 && ORGANISATION_HEADS[tokens[theAt + 1]!.lower] && tokens[theAt + 1]!.capitalised) {
      const head = tokens[theAt + 1]!.lower;
      // ("The Chamber said" after "the Wirral Chamber of Commerce": the head word anywhere in the body's name.)
      const bodies = [...registry.entities.values()].filter((d) => d.type === 'Organisation' && d.name.toLowerCase().split(' ').slice(1).includes(head));
      if (bodies.length === 1) {
        registry.addMention(bodies[0]!, tokens[theAt]!.start, tokens[theAt + 1]!.end, text.slice(tokens[theAt]!.start, tokens[theAt + 1]!.end));
        covered[theAt] = covered[theAt + 1] = true;
        return;
      }
      if (bodies.length > 1 || ORGANISATION_ANAPHORS[head] || head === 'club') return;
    }
    if (from + 1 < to && tokens[from]!.lower === 'the') {
      const lastWord = tokens[to - 1]!.lower;
      const rest = text.slice(tokens[from + 1]!.start, tokens[to - 1]!.end);
      // "The Moor", "The Mall" keep their article: a place or body word ends them.
      if (registry.find(rest).length > 0 || !(PLACE_HEADS.has(lastWord) || ORGANISATION_HEADS[lastWord] || PROGRAMME_HEADS.has(lastWord))) from++;
    }
    while (to > from && CONNECTORS.has(tokens[to - 1]!.lower)) to--;
    if (from >= to) return;
    // "The Liberal Democrat said", "a Tory": a party's member named by the party is not a person's name.
    if (
      isPartyMemberName(
        tokens
          .slice(from, to)
          .map((t) => t.lower)
          .join(' '),
      )
    )
      return;
    // Upper-case words of an upper-case lead-in ("A MAN who…") are not names.
    if (
      tokens.slice(from, to).every((t) => t.allCaps) &&
      tokens.slice(from, to).some((t) => isCommonWord(t.lower) && t.text.length > 1) &&
      !abbreviationDefined(tokens[from]!.text)
    )
      return;

    // "pub group JD Wetherspoon", "supermarket chain Asda", "the retailer Next": a lower-case kind of body before the name.
    // Titles and honorifics in front ("Commander", "Home Secretary", "Mr", "Ch Con", "CC").
    // "King Edward Street", "Queen Elizabeth Hospital": a title word opening a street's or a body's name is part of it.
    const headWord = tokens[to - 1]!.lower;
    // ("Dr Gray’s Hospital": a possessive before the head makes even an honorific part of the name.)
    const possessiveInstitution = to - from >= 3 && TITLED_NAME_HEADS.has(headWord) && tokens.slice(from, to).some((t) => t.lower === "'s");
    const namedPlaceOrBody =
      possessiveInstitution ||
      (!(tokens[from]!.lower.replace(/\.$/, '') in HONORIFICS) &&
        ((to - from >= 3 && (STREET_HEADS.has(headWord) || TITLED_NAME_HEADS.has(headWord))) ||
          (to - from === 2 && headWord === 'court' && tokens[from]!.lower === 'sheriff')) &&
        !tokens.slice(from, to).some((t) => ['of', 'for', 'at'].includes(t.lower)));
    if (SENTENCE_TERMS.has(nameKey(text.slice(tokens[from]!.start, tokens[to - 1]!.end)).replace(/-/g, ' '))) return;
    const title = namedPlaceOrBody ? { length: 0 } : leadingTitle(tokens, from, to);
    const nameFrom = from + title.length;
    // "General Surgery", "Major Incident": a title word before one ordinary word that is no one's name.
    if (
      title.length > 0 &&
      to - nameFrom === 1 &&
      isDictionaryWord(tokens[nameFrom]!.lower) &&
      !firstNameGender(tokens[nameFrom]!.text).known &&
      !wordKnowledge().lastNames.has(tokens[nameFrom]!.lower) &&
      !registry.personsNamed(tokens[nameFrom]!.text).length &&
      !(tokens[from]!.lower in HONORIFICS) &&
      // ("Judge Roach said": a title only a person bears, or a verb of saying after, makes the word a surname.)
      !SURNAME_TITLES.test(tokens[from]!.lower) &&
      !REPORTING_VERB_FORMS.has(tokens[to]?.lower ?? '')
    )
      return;
    let role = title.role;
    let titleStart = title.length > 0 ? tokens[from]!.start : -1;
    let titleEnd = title.length > 0 ? tokens[from + title.length - 1]!.end : -1;
    let gender: Gender | undefined = title.gender;
    // "Chief Constable (CC) John Campbell": the title, its abbreviation in brackets, then the name.
    if (title.length > 0 && nameFrom === to && tokens[to]?.text === '(' && tokens[to + 2]?.text === ')' && tokens[to + 3] && isNameWord(tokens[to + 3]!)) {
      titleMentions.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, role: role! });
      const abbreviation = tokens[to + 1]!.text;
      if (!ROLE_TITLES[abbreviation.toLowerCase()]) ROLE_TITLES[abbreviation.toLowerCase()] = role!;
      let k = to + 3;
      while (k < tokens.length && isNameWord(tokens[k]!) && joined(k - 1)) k++;
      for (let c = to + 3; c < k; c++) covered[c] = true;
      registerName(to + 3, k, role, titleStart, titleEnd, gender, tokens[from]!.start);
      return;
    }
    // "Chairman of J D Wetherspoon plc": a title and whose it is; the rest names a body, not a person.
    if (title.length > 0 && nameFrom < to && ['of', 'for', 'at'].includes(tokens[nameFrom]!.lower)) {
      titleMentions.push({ start: tokens[from]!.start, end: tokens[nameFrom - 1]!.end, role: role ?? tokens[from]!.text });
      // ("Councillor for The Moor": a member's ward or seat is a place.)
      if (tokens[nameFrom]!.lower === 'for' && TERRITORIAL_POSTS.has(tokens[nameFrom - 1]!.lower) && nameFrom + 1 < to) {
        const ward = registry.add('Place', text.slice(tokens[nameFrom + 1]!.start, tokens[to - 1]!.end), { confidence: 0.6 });
        registry.addMention(ward, tokens[nameFrom + 1]!.start, tokens[to - 1]!.end);
        for (let k = nameFrom + 1; k < to; k++) covered[k] = true;
        return;
      }
      registerOrganisation(nameFrom + 1, to);
      return;
    }
    if (title.length > 0 && nameFrom === to) {
      titleMentions.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, role: role! });
      return;
    }
    // "Mr ap Iorwerth" after "Rhun ap Iorwerth": a surname with its particle is the person already named.
    if (title.length > 0 && to - nameFrom === 2 && CONNECTORS.has(tokens[nameFrom]!.lower)) {
      const people = registry.personsNamed(tokens[to - 1]!.text);
      if (people.length > 0) {
        const person = nearestBefore(people, tokens[from]!.start, registry);
        registry.addMention(person, tokens[from]!.start, tokens[to - 1]!.end, text.slice(tokens[from]!.start, tokens[to - 1]!.end));
        for (let k = from; k < to; k++) covered[k] = true;
        return;
      }
    }
    // A lower-case role just before the name ("chief executive John Chambers", "judge Victoria Sharp").
    if (title.length === 0) {
      const before = roleBefore(tokens, from);
      if (before) {
        role = before.role;
        titleStart = before.start;
        titleEnd = before.end;
        gender = before.gender ?? gender;
      }
    }
    registerName(nameFrom, to, role, titleStart, titleEnd, gender, title.length > 0 ? tokens[from]!.start : tokens[nameFrom]!.start);
  }

  /**
   * Does a head written small, which the runs below join to the name before it, start at k: "council" (not "council tax"),
   * "crown court", "station", or (when `suffix`) a legal suffix such as "plc"?
   */
  function smallHeadAt(k: number, suffix: boolean): boolean {
    const word = tokens[k]?.text ?? '';
    return (
      (word === 'council' && !COUNCIL_AS_MODIFIER.test(tokens[k + 1]?.lower ?? '')) ||
      smallCourtAt(k) > 0 ||
      smallStationAt(k) > 0 ||
      (suffix && SMALL_SUFFIX.test(word))
    );
  }

  /** How many tokens of a station's head written small ("station", "railway station", "train station") start at k; 0 if none. */
  function smallStationAt(k: number): number {
    if (tokens[k]?.text === 'station') return 1;
    if (/^(?:railway|train|rail|bus|tube)$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'station') return 2;
    return 0;
  }

  /** How many tokens of a court's name written small ("crown court", "magistrates' court") start at k; 0 if none. */
  function smallCourtAt(k: number): number {
    const first = tokens[k]?.text;
    if ((first === 'crown' || first === 'county') && tokens[k + 1]?.text === 'court') return 2;
    if (/^magistrates['’]?$/.test(first ?? '') && tokens[k + 1]?.text === 'court') return 2;
    if (first === 'magistrates' && /^['’]$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === 'court') return 3;
    return 0;
  }

  /** A run the context says is an organisation ("Chairman of X", "pub group X"). */
  function registerOrganisation(from: number, to: number, kind?: OrganisationKind): void {
    while (from < to && CONNECTORS.has(tokens[from]!.lower)) from++;
    if (from >= to) return;
    const name = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    const known = registry.find(name)[0];
    const draft = known ?? registry.add('Organisation', name, { confidence: 0.7, organisationKind: ORGANISATION_HEADS[tokens[to - 1]!.lower] ?? kind });
    registry.addMention(draft, tokens[from]!.start, tokens[to - 1]!.end, name);
    for (let k = from; k < to; k++) covered[k] = true;
    noteAbbreviation(draft, to);
  }

  function registerName(
    from: number,
    toIndex: number,
    role: string | undefined,
    titleStart: number,
    titleEnd: number,
    gender: Gender | undefined,
    mentionStart: number,
  ): void {
    let to = toIndex;
    let postNominal: string | undefined;
    // ("Rhun ap Iorwerth MS": a Member of the Senedd, in capitals; "Ms" in lower case is an honorific.)
    while (to - 1 > from && isPostNominal(tokens[to - 1]!)) {
      postNominal = tokens[to - 1]!.text;
      to--;
    }
    const words = tokens.slice(from, to);
    if (words.length === 0) return;
    const name = text.slice(words[0]!.start, words[words.length - 1]!.end);
    const mentionEnd = words[words.length - 1]!.end;
    const lowerLast = words[words.length - 1]!.lower;
    const hasTitle = role !== undefined || titleStart >= 0;
    // "In a statement Greene Kink said" after "Greene King": a body's name misprinted by one letter is that body.
    const misprinted = !hasTitle && words.length >= 2 ? misprintedBody(words.map((w) => w.text)) : undefined;
    if (misprinted) {
      registry.addMention(misprinted, words[0]!.start, words[words.length - 1]!.end, name);
      for (let k = from; k < to; k++) covered[k] = true;
      return;
    }
    // "Ms van der Zyl" after "Marie van der Zyl": a surname with its particles names the person already here.
    if (words.length > 1 && !words[0]!.capitalised && CONNECTORS.has(words[0]!.lower)) {
      const named = [...registry.entities.values()].filter((d) => d.type === 'Person' && !d.articleScoped && d.name.endsWith(` ${name}`));
      if (named.length === 1) {
        registry.addMention(named[0]!, mentionStart, mentionEnd, text.slice(mentionStart, mentionEnd));
        for (let k = from; k < to; k++) covered[k] = true;
        return;
      }
    }
    const type = classify(from, to, hasTitle);
    if (!type) {
      if (words.length === 1 || hasTitle) pendingSingles.push({ from, to });
      return;
    }
    if (type.type === 'Person' && words.length === 1) {
      pendingSingles.push({ from, to });
      if (hasTitle) pendingTitles.set(from, { role, titleStart, titleEnd, gender, mentionStart });
      return;
    }
    // "SSSB said" after "Schroder Salomon Smith Barney (SSSB)": an abbreviation defined here names the same body.
    const abbreviated = words.length === 1 ? abbreviations.get(name) : undefined;
    // "the Coronavirus Act 2020": a law's year is part of its name.
    const year = tokens[to];
    if (type.type === 'Programme' && /^(?:act|order|regulations)$/.test(lowerLast) && year && /^(?:1[89]|20)\d\d$/.test(year.text) && joined(to - 1)) {
      const withYear = text.slice(words[0]!.start, year.end);
      const law = registry.add('Programme', withYear, { confidence: type.confidence });
      registry.addMention(law, mentionStart, year.end, text.slice(mentionStart, year.end));
      for (let k = from; k <= to; k++) covered[k] = true;
      return;
    }
    const draft =
      abbreviated ??
      registry.add(type.type, name, {
        confidence: type.confidence,
        organisationKind: type.kind ?? (type.type === 'Organisation' ? ORGANISATION_HEADS[lowerLast] : undefined),
      });
    registry.addMention(draft, mentionStart, mentionEnd, text.slice(mentionStart, mentionEnd));
    if (mentionStart !== words[0]!.start) registry.addAlias(draft, name);
    if (type.type === 'Person') {
      const firstGender = firstNameGender(words[0]!.text);
      draft.gender ??= gender ?? firstGender.gender;
      if (role && titleStart >= 0)
        draft.titles.push({ role, start: titleStart, end: titleEnd, evidenceStart: Math.min(titleStart, mentionStart), evidenceEnd: mentionEnd });
      if (postNominal)
        draft.titles.push({
          role: ROLE_TITLES[postNominal.toLowerCase()] ?? postNominal,
          start: tokens[to]!.start,
          end: tokens[to]!.end,
          evidenceStart: mentionStart,
          evidenceEnd: tokens[to]!.end,
        });
    }
    for (let k = from; k < to; k++) covered[k] = true;
    noteAbbreviation(draft, toIndex);
  }

  /**
   * "South Lakes Action on Climate Change (SLACC)", "the Department of Agriculture, Environment and Rural Affairs (DAERA)": a
   * name its bracketed letters spell out, with a lower-case word, a comma or a possessive inside that would end a run of
   * capitals, is one body.
   */
  function spelledOutBodies(): void {
    for (let k = 2; k < tokens.length - 1; k++) {
      const letters = tokens[k]!;
      if (tokens[k - 1]!.text !== '(' || tokens[k + 1]!.text !== ')' || !letters.allCaps || letters.text.length < 3 || !usable[k]) continue;
      const last = k - 2;
      let inner = false;
      for (let b = last; b >= 0 && last - b <= 14 && usable[b] && !covered[b] && (b === last || joined(b)); b--) {
        const word = tokens[b]!;
        if (/^['’]s?$/.test(word.text) || /^(?:on|in|against|with|at|to|,)$/.test(word.text)) inner ||= b < last;
        else if (!isNameWord(word) && !CONNECTORS.has(word.text) && word.text !== 'the') break;
        if (!isNameWord(word) || !joined(last)) continue;
        const name = text.slice(word.start, tokens[last]!.end);
        if (initialsOf(name) !== letters.text) continue;
        // (Not a treaty or a law: "the European Convention on Human Rights (ECHR)".)
        if (!inner || matchGazetteer(tokens, b, index, joined) || tokens.slice(b, last + 1).some((t) => PROGRAMME_HEADS.has(t.lower))) break;
        const body = registry.add('Organisation', name, { confidence: 0.8, organisationKind: ORGANISATION_HEADS[tokens[last]!.lower] ?? 'other' });
        registry.addMention(body, word.start, tokens[last]!.end, name);
        abbreviations.set(letters.text, body);
        registry.addMention(body, letters.start, letters.end, letters.text);
        for (let c = b; c <= k; c++) covered[c] = true;
        break;
      }
    }
  }

  /** The one organisation named before `offset` whose initials are `letters`, if exactly one. */
  function bodyWithInitials(letters: string, offset: number): EntityDraft | undefined {
    const bodies = new Set(
      registry.mentions
        .filter(
          (m) =>
            m.end <= offset && m.entity.type === 'Organisation' && m.entity.name.split(' ').length === letters.length && initialsOf(m.entity.name) === letters,
        )
        .map((m) => m.entity),
    );
    return bodies.size === 1 ? [...bodies][0] : undefined;
  }

  /** "Thames Valley Police (TVP)": the bracketed letters become a name of the entity. */
  function noteAbbreviation(draft: EntityDraft, after: number): void {
    const open = tokens[after];
    const letters = tokens[after + 1];
    const close = tokens[after + 2];
    if (open?.text !== '(' || !letters || close?.text !== ')' || !letters.allCaps || letters.text.length > 8) return;
    if (!initialsFit(letters.text, draft.name)) return;
    abbreviations.set(letters.text, draft);
    registry.addMention(draft, letters.start, letters.end, letters.text);
    covered[after + 1] = true;
  }

  function abbreviationDefined(word: string): boolean {
    return abbreviations.has(word);
  }

  function classify(from: number, to: number, hasTitle: boolean): { type: EntityType; confidence: number; kind?: OrganisationKind } | undefined {
    const words = tokens.slice(from, to);
    const name = text.slice(words[0]!.start, words[words.length - 1]!.end);
    const lowerLast = words[words.length - 1]!.lower;
    const known = registry.find(name).filter((d) => !hasTitle || d.type === 'Person');
    if (known[0]) return { type: known[0].type, confidence: known[0].confidence };
    if (tickerAfter.has(to - 1) && !hasTitle) return { type: 'Organisation', confidence: 0.85, kind: 'company' };
    // "Aubrey Allen’s managing director Russ Allen": only a business has a managing director or a board, whatever its name looks like.
    const end = words[words.length - 1]!.end;
    if (!hasTitle && /^['’]s\s+(?:managing director|chief executive|finance director|board|shareholders)\b/.test(text.slice(end, end + 24)))
      return { type: 'Organisation', confidence: 0.7, kind: 'company' };
    // "the historical Elmer Cotton sports shop", "the Bamboo Korean restaurant": a business, by what it is after its name.
    const shopAt = tokens[to]?.isWord && !tokens[to]!.capitalised && SHOP_NOUNS.test(tokens[to + 1]?.text ?? '') ? to + 1 : to;
    if (!hasTitle && tokens[from - 1]?.lower !== 'a' && !words[0]!.allCaps && SHOP_NOUNS.test(tokens[shopAt]?.text ?? '') && joined(to - 1))
      return { type: 'Organisation', confidence: 0.7, kind: 'company' };
    // "Loch Fyne", "Port Askaig", "Isle of Cumbrae": a loch, port or isle by name is a place, whatever its name looks like.
    if (!hasTitle && words.length >= 2 && words.length <= 3 && /^(?:Loch|Lough|Port|Isle|Cape|Strath)$/.test(words[0]!.text) && joined(from))
      return { type: 'Place', confidence: 0.7 };
    // "the villages of St Tudy, St Mabyn and St Breward", "St Ives": a saint's name alone names a place (a church, a school
    // or a hospital carries its head: "St Mary’s Hospital").
    if (!hasTitle && words.length === 2 && /^(?:St|Saint)$/.test(words[0]!.text) && joined(from) && !/^['’]s?$/.test(tokens[to]?.text ?? ''))
      return { type: 'Place', confidence: 0.65 };
    // "Cafe Rouge", "Patisserie Valerie": a chain named with what it sells.
    if (!hasTitle && words.length >= 2 && /^(?:cafe|café|patisserie|pizzeria|bistro|brasserie|trattoria|bakery)$/.test(words[0]!.lower))
      return { type: 'Organisation', confidence: 0.7, kind: 'company' };
    // "A Gospel Oak couple", "a Tadley pensioner": where someone is from, between "a" and who they are.
    if (
      !hasTitle &&
      /^(?:a|an)$/i.test(tokens[from - 1]?.text ?? '') &&
      /^(?:couple|family|families|man|woman|boy|girl|teenager|pensioner|mother|father|mum|dad|grandmother|grandfather|resident|widow|toddler)$/.test(
        tokens[to]?.text ?? '',
      )
    )
      return { type: 'Place', confidence: 0.7 };
    // "…, Community Care has learned.", "The Bugle can reveal": the newsroom telling its own scoop.
    if (
      !hasTitle &&
      /^\s+(?:has\s+(?:learned|learnt)|can\s+(?:exclusively\s+)?reveal)\b/.test(text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 30))
    )
      return { type: 'Organisation', confidence: 0.75, kind: 'media' };
    if (!hasTitle && bodyContextBefore(words[0]!.start, 80)) return { type: 'Organisation', confidence: 0.65, kind: 'company' };
    // "DIRECTORS at Eldridge Pope", "staff at Mears Group": where people work is a body, never a person.
    if (
      !hasTitle &&
      tokens[from - 1]?.lower === 'at' &&
      /^(?:directors|executives|bosses|chiefs|staff|workers|employees|managers|shareholders|investors|engineers|insiders)$/.test(tokens[from - 2]?.lower ?? '')
    )
      return { type: 'Organisation', confidence: 0.65, kind: 'company' };
    // "Thomas More, the chambers headed by…", "John Lewis, the retailer, said": a name, then what kind of body it is.
    const kindAfterComma =
      text.charAt(words[words.length - 1]!.end) === ',' &&
      /^,\s+(?:the|a|an)\s+(chambers|firm|company|retailer|charity|chain|bank|brewer|supermarket|housebuilder|insurer|broadcaster|publisher|developer)\b\s*(\p{L}*)/u.exec(
        text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 60),
      );
    if (!hasTitle && kindAfterComma && !PERSON_NOUNS.has(kindAfterComma[2]!.toLowerCase()) && !ROLE_TITLES[kindAfterComma[2]!.toLowerCase()])
      return { type: 'Organisation', confidence: 0.7, kind: 'company' };
    const wordsCapitalised = words.filter((w) => !CONNECTORS.has(w.lower));
    const personShaped = wordsCapitalised.length >= 2 && wordsCapitalised.length <= 4 && wordsCapitalised.every((w) => w.capitalised && !w.allCaps);
    if (hasTitle && wordsCapitalised.every((w) => w.capitalised && !w.allCaps) && wordsCapitalised.length <= 4) return { type: 'Person', confidence: 0.9 };
    // "Graham Horrocks, 33, of Old School Court": where a person named with their age lives is an address, not a court.
    if (
      words.length >= 2 &&
      (lowerLast === 'court' || STREET_HEADS.has(lowerLast)) &&
      tokens[from - 1]?.lower === 'of' &&
      tokens[from - 2]?.text === ',' &&
      /^\d{1,3}$/.test(tokens[from - 3]?.text ?? '')
    )
      return { type: 'Place', confidence: 0.75 };
    if (
      words.length >= 2 &&
      ORGANISATION_HEADS[lowerLast] &&
      !(
        personShaped &&
        firstNameGender(words[0]!.text).known &&
        words.length === 2 &&
        ['co', 'group'].includes(lowerLast) === false &&
        !/^(?:police|council|court|party)$/.test(lowerLast) &&
        wordKnowledge().lastNames.has(lowerLast)
      )
    ) {
      return { type: 'Organisation', confidence: 0.85, kind: ORGANISATION_HEADS[lowerLast] };
    }
    if (words.length >= 2 && PROGRAMME_HEADS.has(lowerLast)) return { type: 'Programme', confidence: 0.8 };
    // "Operation Season’s Greetings", "Operation Yewtree": a police operation by name.
    if (words.length >= 2 && words[0]!.text === 'Operation' && !hasTitle) return { type: 'Programme', confidence: 0.75 };
    // "Department of Transport", "University of Leeds", "Office for Students": a body's head, then "of" or "for".
    if (words.length >= 3 && ORGANISATION_HEADS[words[0]!.lower] && ['of', 'for'].includes(words[1]!.lower) && !hasTitle)
      return { type: 'Organisation', confidence: 0.8, kind: ORGANISATION_HEADS[words[0]!.lower] };
    const onIndex = words.findIndex((w, k) => k > 0 && w.lower === 'on' && NAMES_WITH_ON.has(words[k - 1]!.lower));
    if (onIndex > 0 && PROGRAMME_HEADS.has(words[onIndex - 1]!.lower)) return { type: 'Programme', confidence: 0.75 };
    // "a New Deal for Tenants", "the Plan for Jobs": a programme's head, then whom or what it is for.
    if (words.some((w, k) => k > 0 && k < words.length - 1 && w.lower === 'for' && PROGRAMME_HEADS.has(words[k - 1]!.lower)))
      return { type: 'Programme', confidence: 0.7 };
    if (onIndex > 0 && ORGANISATION_HEADS[words[onIndex - 1]!.lower])
      return { type: 'Organisation', confidence: 0.75, kind: ORGANISATION_HEADS[words[onIndex - 1]!.lower] };
    // ("his predecessor Netta Meadows", "wife Lyndsey Hill": after a noun for a person, a name ending so is that person's.)
    const personNoun = tokens[from - 1];
    if (
      words.length === 2 &&
      PLACE_HEADS.has(lowerLast) &&
      personNoun?.isWord &&
      !personNoun.capitalised &&
      (PERSON_NOUNS.has(personNoun.lower) || /^(?:predecessor|successor)$/.test(personNoun.lower))
    )
      return { type: 'Person', confidence: 0.7 };
    // ("Alexandra Hospital": after a first name, a head that is no one's surname still makes a place; "Damon Hill" stays a person.)
    if (words.length >= 2 && PLACE_HEADS.has(lowerLast) && (!firstNameGender(words[0]!.text).known || !SURNAME_PLACE_HEADS.has(lowerLast)))
      return { type: 'Place', confidence: 0.8 };
    // ("Fore Street, High Street and George Street": listed after a place with the same head, a place too.)
    const listedAfter = (tokens[from - 1]?.lower === 'and' || tokens[from - 1]?.text === ',') && from >= 2;
    const listedPlace = listedAfter ? registry.mentionEndingAt(tokens[from - 2]!.end) : undefined;
    if (words.length === 2 && PLACE_HEADS.has(lowerLast) && listedPlace?.entity.type === 'Place' && listedPlace.entity.name.endsWith(` ${words[1]!.text}`))
      return { type: 'Place', confidence: 0.75 };
    // "Nelson Town Hall", "Stanley Village Hall": a hall named for its town, whatever the town's name looks like.
    if (
      words.length >= 3 &&
      lowerLast === 'hall' &&
      /^(?:town|city|village|county|civic|memorial|community|church|guild)$/.test(words[words.length - 2]!.lower)
    )
      return { type: 'Place', confidence: 0.8 };
    // "the acting headteacher at Todmorden High": a high school named short ("Todmorden High", "Wellington High").
    if (words.length >= 2 && words[words.length - 1]!.text === 'High' && !hasTitle && !tokens[to]?.capitalised)
      return { type: 'Organisation', confidence: 0.7, kind: 'education' };
    // "Alexander Care Home", "Hillside Nursing Home": a home named, whatever its first word looks like.
    if (words.length >= 3 && lowerLast === 'home' && /^(?:care|nursing|residential)$/.test(words[words.length - 2]!.lower))
      return { type: 'Place', confidence: 0.8 };
    // "the River Dee", "River Thames": a river by name.
    if (words.length === 2 && words[0]!.lower === 'river' && !hasTitle) return { type: 'Place', confidence: 0.8 };
    // "of Margaret Avenue", "on Thelwall Lane", "40, of Sefton Road": a street after an address cue, whatever its first word.
    const cue = tokens[from - 1];
    // ("Higgins, of Howard Place, Carlisle": a "Place" or "Square" too, when a comma and a town follow.)
    const townAfter = /^,\s/.test(text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 2))
      ? registry.mentionStartingAt(words[words.length - 1]!.end + 2)?.entity.type === 'Place'
      : false;
    const streetHead = STREET_HEADS.has(lowerLast) || (/^(?:place|square)$/.test(lowerLast) && townAfter);
    if (words.length >= 2 && words.length <= 4 && streetHead && !hasTitle && cue && (ADDRESS_CUES.has(cue.lower) || cue.text === ','))
      return { type: 'Place', confidence: 0.75 };
    // "in Garners Field, Great Bourton in Banbury": a name after a place and a comma, or before "in" and a known place, is a place too.
    const placeBefore = tokens[from - 1]?.text === ',' && tokens[from - 2] && registry.mentionEndingAt(tokens[from - 2]!.end)?.entity.type === 'Place';
    const inPlace = /^\s+in\s+/.exec(text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 6));
    const placeAfter =
      inPlace && cue && ADDRESS_CUES.has(cue.lower) && registry.mentionStartingAt(words[words.length - 1]!.end + inPlace[0].length)?.entity.type === 'Place';
    if (
      (placeBefore || placeAfter) &&
      !hasTitle &&
      words.length <= 3 &&
      !isCommonWord(lowerLast) &&
      lowerLast.length > 1 &&
      !firstNameGender(words[0]!.text).known &&
      !APPOSITION_CUES.test(text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 80))
    )
      return { type: 'Place', confidence: 0.55 };
    // "on Britannia Terrace in Fence Houses, Sunderland": after "in", a name then a comma and a known place is a district of it,
    // ordinary words or not.
    const commaPlaceAfter = /^,\s+/.exec(text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 4));
    if (
      cue?.lower === 'in' &&
      commaPlaceAfter &&
      registry.mentionStartingAt(words[words.length - 1]!.end + commaPlaceAfter[0].length)?.entity.type === 'Place' &&
      !hasTitle &&
      words.length <= 3 &&
      words.every((w) => w.capitalised && !w.allCaps) &&
      !firstNameGender(words[0]!.text).known &&
      !ORGANISATION_HEADS[lowerLast]
    )
      return { type: 'Place', confidence: 0.55 };
    // "in West Hoe", "North Shields": a compass word and a name in no list is a place.
    if (
      words.length >= 2 &&
      words.length <= 3 &&
      /^(?:north|south|east|west|upper|lower|central)$/.test(words[0]!.lower) &&
      !hasTitle &&
      !firstNameGender(words[1]!.text).known &&
      !ORGANISATION_HEADS[lowerLast] &&
      !ROLE_TITLES[lowerLast] &&
      !sentenceInitial.has(from)
    )
      return { type: 'Place', confidence: 0.6 };
    // "53 houses in Leigh Sinton, near Malvern": a name placed near a known place is a place.
    const near = /^,?\s+near\s+(?:to\s+)?/.exec(text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 20));
    if (near && !hasTitle && words.length <= 3 && registry.mentionStartingAt(words[words.length - 1]!.end + near[0].length)?.entity.type === 'Place')
      return { type: 'Place', confidence: 0.6 };
    // ("a Council Christmas tree": a body's head word first, or "a" before and a noun after, is no one's name.)
    const modifierOfNoun = /^(?:a|an)$/.test(tokens[from - 1]?.lower ?? '') && tokens[to]?.isWord === true && !tokens[to]!.capitalised;
    if (personShaped && !MONTH_OR_DAY.test(words[0]!.lower)) {
      // ("James Cleverly got…": the word itself, not a stem of it — "James" is no plural of "jam".)
      if (firstNameGender(words[0]!.text).known && !(wordKnowledge().common.has(words[0]!.lower) && sentenceInitial.has(from)))
        return { type: 'Person', confidence: 0.85 };
      // "Israel Russell", "Jordan Henderson": a place's name used as a first name, before a name.
      if (
        words.length === 2 &&
        PLACES_AS_FIRST_NAMES.has(words[0]!.lower) &&
        (firstNameGender(words[1]!.text).known || wordKnowledge().lastNames.has(lowerLast)) &&
        !wordKnowledge().places.has(lowerLast)
      )
        return { type: 'Person', confidence: 0.75 };
      if (wordKnowledge().lastNames.has(lowerLast) && !ORGANISATION_HEADS[words[0]!.lower] && !modifierOfNoun) return { type: 'Person', confidence: 0.75 };
    }
    const lowerName = nameKey(name);
    if (wordKnowledge().places.has(lowerName)) return { type: 'Place', confidence: 0.75 };
    if (wordKnowledge().organisations.has(lowerName) && !isCommonWord(lowerName)) return { type: 'Organisation', confidence: 0.75 };
    // Context: what stands before and after the name.
    const after = text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 80);
    // "analyst at The Share Centre": the article is not part of the context.
    const skipArticle = tokens[from - 1]?.lower === 'the' ? 1 : 0;
    const previous = tokens[from - 1 - skipArticle];
    const beforePrevious = tokens[from - 2 - skipArticle];
    if (personShaped) {
      if (APPOSITION_CUES.test(after)) return { type: 'Person', confidence: 0.75 };
      // "Rhun ap Iorwerth MS said", "Jo Bloggs QC": a post-nominal follows only a person's name.
      const postNominal = tokens[to];
      // ("the Northern Isles MP" is a seat before a role.)
      if (
        postNominal &&
        joined(to - 1) &&
        postNominal.allCaps &&
        isPostNominal(postNominal) &&
        !['the', 'a', 'an', 'its', 'his', 'her', 'their', "'s"].includes(tokens[from - 1]?.lower ?? '') &&
        !wordKnowledge().places.has(nameKey(name))
      )
        return { type: 'Person', confidence: 0.8 };
      if (previous && KINSHIP.has(previous.lower)) return { type: 'Person', confidence: 0.75 };
      if (
        previous?.text === ',' &&
        beforePrevious &&
        /(?:man|woman|officer|policeman|policewoman|spokes\w+|minister|mp|leader|director|executive|chief|analyst|campaigner|councillor|activist|lawyer|judge|founder|chair\w*|president|professor|expert|head|boss|secretary|commissioner)$/.test(
          beforePrevious.lower,
        )
      ) {
        return { type: 'Person', confidence: 0.75 };
      }
      const verb = /^\s*(?:has\s+|had\s+|have\s+)?(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
      // "National World said": capitalised ordinary words that speak are a body's name, not a person's.
      const ordinaryWords = words.every((w) => isDictionaryWord(w.lower) && !wordKnowledge().lastNames.has(w.lower) && !firstNameGender(w.text).known);
      if (verb && REPORTING_VERB_FORMS.has(verb)) return ordinaryWords ? { type: 'Organisation', confidence: 0.55 } : { type: 'Person', confidence: 0.7 };
    }
    if (
      previous &&
      ['at', 'for', 'of', 'from', 'with'].includes(previous.lower) &&
      beforePrevious &&
      /(?:analysts?|economists?|director|executive|spokes\w+|head|chief|boss|founder|chair\w*|partner|researchers?|lawyers?|officials?|staff|employees?|workers?|investors?)$/.test(
        beforePrevious.lower,
      )
    ) {
      return { type: 'Organisation', confidence: 0.65 };
    }
    if (
      previous &&
      (previous.lower === 'represents' || (previous.lower === 'for' && beforePrevious && TERRITORIAL_POSTS.has(beforePrevious.lower))) &&
      !PORTFOLIO_WORDS.test(words[0]!.lower)
    ) {
      return { type: 'Place', confidence: 0.6 };
    }
    // "the village of East Harling", "the town of Hyde".
    if (previous?.lower === 'of' && beforePrevious && SETTLEMENT_NOUNS.has(beforePrevious.lower)) return { type: 'Place', confidence: 0.7 };
    // "the Broadwater Farm estate", "the Hyde area": a lower-case settlement noun after the name.
    const following = tokens[to];
    if (
      following &&
      !following.capitalised &&
      SETTLEMENT_NOUNS.has(following.lower) &&
      words.every((w) => w.capitalised) &&
      !firstNameGender(words[0]!.text).known &&
      // ("Dedicated town centre foot patrols": an ordinary word opening the sentence describes the noun.)
      !(sentenceInitial.has(from) && (isCommonWord(words[0]!.lower) || /ed$/.test(words[0]!.lower)))
    )
      return { type: 'Place', confidence: 0.65 };
    // "between Malvern and Leigh Sinton": a name joined by "and" to a place just before it is a place too.
    if (
      previous?.lower === 'and' &&
      beforePrevious &&
      registry.mentionEndingAt(beforePrevious.end)?.entity.type === 'Place' &&
      words.length <= 3 &&
      !hasTitle &&
      !APPOSITION_CUES.test(after)
    ) {
      return { type: 'Place', confidence: 0.55 };
    }
    // "Rishi Sunak": two or three capitalised words in no list, none an ordinary word, not after "the", read as a person's name;
    // "Local Pubs", "National World" are ordinary words every one.
    if (
      personShaped &&
      words.length <= 3 &&
      !words.every((w) => isDictionaryWord(w.lower) && !wordKnowledge().lastNames.has(w.lower) && !firstNameGender(w.text).known) &&
      wordsCapitalised.length === words.length &&
      // ("Frank Donlon", "Robin Stuchbury": a first name that is also an ordinary word, before a surname that is none.)
      words.every(
        (w, n) =>
          (!isCommonWord(w.lower) || (n === 0 && words.length >= 2 && firstNameGender(w.text).known && !isCommonWord(words[1]!.lower))) &&
          !wordKnowledge().places.has(w.lower) &&
          !wordKnowledge().organisations.has(w.lower) &&
          !MONTH_OR_DAY.test(w.lower),
      ) &&
      tokens[from - 1]?.lower !== 'the' &&
      !(following && following.lower === "'s" && tokens[to + 1] && ORGANISATION_HEADS[tokens[to + 1]!.lower]) &&
      !ORGANISATION_HEADS[words[0]!.lower] &&
      !modifierOfNoun
    ) {
      return { type: 'Person', confidence: 0.6 };
    }
    return undefined;
  }

  // 3. Programmes named before a lower-case head ("the Prevent programme") and the government's own ("the government's counter-terrorism strategy").
  findProgrammes(article, registry, usable, covered);

  // 4. Short forms: "Haydon", "Mr Campbell", "Sir Keir", "TVP", "Cisco".
  for (const single of pendingSingles) {
    const words = tokens.slice(single.from, single.to);
    const word = words.map((w) => w.text).join(' ');
    const pendingTitle = pendingTitles.get(single.from);
    const mentionStart = pendingTitle?.mentionStart ?? words[0]!.start;
    const mentionEnd = words[words.length - 1]!.end;
    // ("The Scottish Courts Service considers…. The SCS says…": letters never defined, but the initials of one body named before.)
    const abbreviation =
      abbreviations.get(word) ?? (words.length === 1 && words[0]!.allCaps && word.length >= 3 ? bodyWithInitials(word, words[0]!.start) : undefined);
    if (abbreviation) {
      registry.addMention(abbreviation, words[0]!.start, mentionEnd, word);
      continue;
    }
    if (registry.mentions.some((m) => m.start <= words[0]!.start && m.end >= mentionEnd)) continue;
    const viaFirstName = pendingTitle && /^(?:sir|dame|lord|lady)$/i.test(text.slice(pendingTitle.titleStart, pendingTitle.titleEnd).split(/\s+/).pop() ?? '');
    let people = viaFirstName ? registry.personsNamed(word, true) : [];
    // ("Chelsom has been awarded" after "Blackpool-based Chelsom" and "Robert Chelsom, chairman": the body, not its chairman,
    // unless a title says a person is meant.)
    const bodyNamed = !pendingTitle && words.length === 1 ? registry.find(word, 'Organisation').filter((d) => d.name === word) : [];
    if (people.length === 0 && bodyNamed.length === 0) people = registry.personsNamed(word);
    // A first name alone ("Keir") when exactly one person here has it; never after Mr, Mrs, Ms or Dr ("Mr Brent" is a surname).
    const surnameTitle = pendingTitle !== undefined && SURNAME_HONORIFIC.test(text.slice(pendingTitle.titleStart, pendingTitle.titleEnd).trim().toLowerCase());
    // "Ms van der Zyl" after "Marie van der Zyl": a surname with its particles.
    if (people.length === 0 && words.length > 1 && !words[0]!.capitalised) {
      people = [...registry.entities.values()].filter((d) => d.type === 'Person' && !d.articleScoped && d.name.endsWith(` ${word}`));
    }
    if (people.length === 0 && words.length === 1 && !surnameTitle) {
      const byFirstName = registry.personsNamed(word, true);
      if (byFirstName.length === 1) people = byFirstName;
    }
    // "…,” Brown added." after "Barry Bown": a speaker's surname misprinted by one letter is that person when exactly one fits.
    if (people.length === 0 && words.length === 1 && word.length >= 4 && REPORTING_VERB_FORMS.has(tokens[single.to]?.lower ?? '')) {
      const near = [...registry.entities.values()].filter(
        (d) => d.type === 'Person' && d.surname && d.name.includes(' ') && d.surname !== word && oneEditApart(d.surname, word),
      );
      if (near.length === 1) people = near;
    }
    // After a title or honorific ("Mr Brent") only a person fits, never the place of the same name.
    const known = registry.find(word).filter((d) => (pendingTitle ? d.type === 'Person' : d.type !== 'Person' || d.name.includes(' ')));
    let target: EntityDraft | undefined = people.length > 0 ? nearestBefore(people, words[0]!.start, registry) : known[0];
    // "Mitchells warned…" after "Mitchells & Butlers": the first word of a body named here stands for it.
    // ("From Bromyard, fellow Tory…": after a preposition of place the word is the place, not the Bromyard Omnibus Company.)
    const locative = ['in', 'from', 'at', 'near', 'to', 'into', 'outside'].includes(tokens[single.from - 1]?.lower ?? '');
    if (!target && !pendingTitle && words.length === 1 && !isCommonWord(word.toLowerCase()) && !locative) {
      const bodies = [...registry.entities.values()].filter(
        (d) => d.type === 'Organisation' && d.name.startsWith(`${word} `) && !PLACE_HEADS.has(d.name.split(' ')[1]!.toLowerCase()),
      );
      if (bodies.length === 1) target = bodies[0];
    }
    // "Badenoch was on the attack…, accusing Starmer of…": a well-known office holder's surname, in an article that names
    // no one else so, is that person. (Not a surname that is also a word or a first name, "May", "Hunt", "Cameron", nor one
    // many people share, nor after a title: "Cllr Johnson" is a councillor.)
    const holder = !target && !pendingTitle && words.length === 1 ? officeHolderBySurname(word) : undefined;
    if (holder && !isCommonWord(word.toLowerCase()) && !isDictionaryWord(word.toLowerCase()) && !firstNameGender(word).known) {
      target = registry.find(holder).find((d) => d.type === 'Person') ?? registry.add('Person', holder, { confidence: 0.7 });
      registry.addAlias(target, word);
    }
    // ("as a minister I have published": the pronoun after a title is no one's name.)
    // ("The Lord Lieutenant of Cambridgeshire", "the Lord Mayor": a post after an honorific is no one's name.)
    const postAfterTitle =
      pendingTitle !== undefined &&
      words.length === 1 &&
      ROLE_TITLES[`${text.slice(pendingTitle.titleStart, pendingTitle.titleEnd).trim().toLowerCase()} ${word.toLowerCase()}`] !== undefined;
    if (!target && pendingTitle && word !== 'I' && !postAfterTitle) {
      target = registry.add('Person', word, { confidence: 0.7 });
      target.gender ??= pendingTitle.gender;
    }
    if (!target) {
      const classified = words.length === 1 ? classifySingle(single.from) : undefined;
      if (classified) target = registry.add(classified.type, word, { confidence: classified.confidence, organisationKind: classified.kind });
    }
    if (!target) continue;
    registry.addMention(target, mentionStart, mentionEnd, text.slice(mentionStart, mentionEnd));
    if (target.type === 'Person' && pendingTitle?.role && pendingTitle.titleStart >= 0) {
      target.titles.push({
        role: pendingTitle.role,
        start: pendingTitle.titleStart,
        end: pendingTitle.titleEnd,
        evidenceStart: pendingTitle.titleStart,
        evidenceEnd: mentionEnd,
      });
      target.gender ??= pendingTitle.gender;
    }
  }

  /** Is the next item of a list a body ("Next down 1.4%, Burberry down 2.1%", "Next and Primark")? */
  function listedBesideBody(i: number): boolean {
    for (let j = i + 1; j < tokens.length && j - i <= 5; j++) {
      const token = tokens[j]!;
      if (token.text === ',' || token.lower === 'and') {
        const next = tokens[j + 1];
        const mention = next ? registry.mentionStartingAt(next.start) : undefined;
        return mention?.entity.type === 'Organisation' && !mention.entity.articleScoped;
      }
      if (isNameWord(token) || ['.', ';', ':', '(', ')'].includes(token.text) || /^["“”‘’']$/.test(token.text)) return false;
    }
    return false;
  }

  /** Does a body's context ("whose brands include…", "a stake in…") end just before an offset? Cheap words first. */
  function bodyContextBefore(offset: number, span: number): boolean {
    const before = text.slice(Math.max(0, offset - span), offset);
    if (
      !/\b(?:include|includes|including|such as|(?:owner|operator|parent|maker|takeover|acquisition) of|stake in|merger with|investment vehicle)\b/.test(before)
    )
      return false;
    return BODY_CONTEXT.test(before);
  }

  /** Does the text speak of a one-word name as a company anywhere (its shares, its results, "it" after it speaks)? */
  function companyCues(word: string): boolean {
    const cached = companyCueCache.get(word);
    if (cached !== undefined) return cached;
    const name = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const cue = new RegExp(
      String.raw`\b${name}['’]s\s+(?:(?:first-half|half-year|full-year|annual|interim|pre-tax|underlying|quarterly)\s+)?(?:shares?|share\s+price|profits?|revenues?|turnover|sales|results|trading|chief\s+executive|chairman|finance\s+director|board|shareholders|stores|branches|outlets)\b` +
        String.raw`|\bshares\s+(?:in|of)\s+${name}\b|\b(?:rival|competitor|peer|firm|company|retailer|contractor|group|chain)\s+${name}\b` +
        String.raw`|\b${name}\s+(?:said|says|added|warned|reported|announced|confirmed|revealed|estimated|expects|expected)\s+(?:that\s+)?(?:it|its)\b` +
        String.raw`|\b${name}\s+(?:plc|shares|stock)\b` +
        // "Centrebus is unhappy it wasn’t consulted…. The company say…": the next sentence calls it a company.
        String.raw`|\b${name}\s+(?:is|was|has|had|says|said)\b[^.!?]*[.!?]\s+The\s+(?:company|firm|operator|business|retailer|group)\b`,
      'u',
    );
    const found = cue.test(text);
    companyCueCache.set(word, found);
    return found;
  }

  function classifySingle(i: number): { type: EntityType; confidence: number; kind?: OrganisationKind } | undefined {
    const token = tokens[i]!;
    if (tickerAfter.has(i)) return { type: 'Organisation', confidence: 0.85, kind: 'company' };
    if (!isCommonWord(token.lower) && bodyContextBefore(token.start, 80)) return { type: 'Organisation', confidence: 0.65, kind: 'company' };
    // "Connaught's share price", "shares in Mears", "rival Mears", "Mears said that it had…": the article treats the name as a company.
    if (!isCommonWord(token.lower) && !firstNameGender(token.text).known && !token.allCaps && !MONTH_OR_DAY.test(token.lower) && companyCues(token.text))
      return { type: 'Organisation', confidence: 0.7, kind: 'company' };
    // "on the A423", "the M6": a road by its number.
    if (/^[ABM]\d{1,4}$/.test(token.text) && (tokens[i - 1]?.lower === 'the' || ADDRESS_CUES.has(tokens[i - 1]?.lower ?? '')))
      return { type: 'Place', confidence: 0.7 };
    if (sentenceInitial.has(i) && isCommonWord(token.lower)) return undefined;
    if (MONTH_OR_DAY.test(token.lower)) return undefined;
    // "In PMQs, Starmer refuted…": Prime Minister's Questions is a sitting, no place or body.
    if (/^PMQs?$/.test(token.text)) return undefined;
    // "the likes of Next down 1.4%, Burberry down 2.1%": a name listed beside a body is a body.
    if (!sentenceInitial.has(i) && !token.allCaps && listedBesideBody(i)) return { type: 'Organisation', confidence: 0.6, kind: 'company' };
    const previous = tokens[i - 1];
    const beforePrevious = tokens[i - 2];
    if (
      previous &&
      ['at', 'for', 'of', 'from', 'with'].includes(previous.lower) &&
      beforePrevious &&
      /(?:analysts?|economists?|director|executive|spokes\w+|head|chief|boss|founder|chair\w*|partner|researchers?|officials?|staff|employees?|workers?|investors?)$/.test(
        beforePrevious.lower,
      )
    ) {
      return { type: 'Organisation', confidence: 0.6 };
    }
    if (wordKnowledge().places.has(token.lower) && !isCommonWord(token.lower)) return { type: 'Place', confidence: 0.7 };
    if (previous?.lower === 'of' && beforePrevious && SETTLEMENT_NOUNS.has(beforePrevious.lower) && !isCommonWord(token.lower))
      return { type: 'Place', confidence: 0.7 };
    if (wordKnowledge().organisations.has(token.lower) && !isCommonWord(token.lower)) return { type: 'Organisation', confidence: 0.7 };
    // "fellow Boothferry ward councillors", "the Hyde area": a word in no list before a lower-case settlement noun is a place.
    const settlement = tokens[i + 1];
    if (
      settlement &&
      settlement.isWord &&
      !settlement.capitalised &&
      SETTLEMENT_NOUNS.has(settlement.lower) &&
      joined(i) &&
      !sentenceInitial.has(i) &&
      !isCommonWord(token.lower) &&
      !firstNameGender(token.text).known &&
      !token.allCaps
    )
      return { type: 'Place', confidence: 0.65 };
    // "From Bromyard, fellow Tory…", "In Kirkcaldy, the closure…": a name in no list opening the sentence after "from" or "in".
    if (
      sentenceInitial.has(i - 1) &&
      ['from', 'in'].includes(previous?.lower ?? '') &&
      tokens[i + 1]?.text === ',' &&
      !isCommonWord(token.lower) &&
      !firstNameGender(token.text).known &&
      !token.allCaps
    )
      return { type: 'Place', confidence: 0.55 };
    // "neighbourhood policing inspector for Ashfield", "the MP for Bassetlaw": the area a post covers.
    if (previous?.lower === 'for' && beforePrevious && TERRITORIAL_POSTS.has(beforePrevious.lower) && !isCommonWord(token.lower))
      return { type: 'Place', confidence: 0.6 };
    if (
      previous &&
      (previous.lower === 'represents' || previous.lower === 'in' || previous.lower === 'on') &&
      !isCommonWord(token.lower) &&
      /^(?:represents)$/.test(previous.lower)
    ) {
      return { type: 'Place', confidence: 0.55 };
    }
    // "Marcus Bristow, 32, of Ashford,": where a person named with their age lives.
    if (previous?.lower === 'of' && tokens[i - 2]?.text === ',' && /^\d{1,3}$/.test(tokens[i - 3]?.text ?? '') && !isCommonWord(token.lower))
      return { type: 'Place', confidence: 0.65 };
    // "on Thelwall Lane in Latchford", "of Dickens Close, Crosby": the district a street is in.
    if (
      (previous?.lower === 'in' || previous?.text === ',') &&
      beforePrevious &&
      STREET_HEADS.has(beforePrevious.lower) &&
      registry.mentionEndingAt(beforePrevious.end)?.entity.type === 'Place' &&
      !isCommonWord(token.lower)
    ) {
      return { type: 'Place', confidence: 0.6 };
    }
    if (
      (previous?.lower === 'and' || previous?.text === ',') &&
      beforePrevious &&
      registry.mentionEndingAt(beforePrevious.end)?.entity.type === 'Place' &&
      !isCommonWord(token.lower)
    ) {
      return { type: 'Place', confidence: 0.55 };
    }
    // "Haydon said…": a lone unknown name that speaks is a person known by surname (the resolver may join it to a full name).
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2];
    // ("Turnover hit £412.7 million": "hit" reports speech only as "hit out at"; an ordinary word opening the sentence is no surname.)
    const verbAfter = next ? REPORTING_VERB_FORMS.get(next.lower) : undefined;
    const speaks =
      next &&
      ((verbAfter !== undefined && (!verbAfter.particle || particleFits(verbAfter.particle[0]!, afterNext?.lower))) ||
        (['has', 'had', 'also'].includes(next.lower) && afterNext && REPORTING_VERB_FORMS.has(afterNext.lower)));
    const ordinaryOpening = sentenceInitial.has(i) && isDictionaryWord(token.lower) && !wordKnowledge().lastNames.has(token.lower);
    if (
      speaks &&
      !ordinaryOpening &&
      !isCommonWord(token.lower) &&
      !token.allCaps &&
      !GROUP_NOUNS.has(token.lower) &&
      !PERSON_NOUNS.has(token.lower.replace(/s$/, ''))
    )
      return { type: 'Person', confidence: 0.6 };
    return undefined;
  }

  // A curated one-word organisation or place that is also the surname of a person here ("Jefferies") is that person.
  for (const mention of [...registry.mentions]) {
    if (mention.entity.type === 'Person' || text.slice(mention.start, mention.end).includes(' ')) continue;
    const people = registry.personsNamed(text.slice(mention.start, mention.end));
    if (people.length === 0) continue;
    const person = nearestBefore(people, mention.start, registry);
    registry.removeMention(mention);
    if (mention.entity.mentions.length === 0) registry.remove(mention.entity);
    registry.addMention(person, mention.start, mention.end, text.slice(mention.start, mention.end));
  }

  // "Tommy Robinson, whose real name is Stephen Yaxley-Lennon": one person under two names.
  for (const mention of [...registry.mentions]) {
    if (mention.entity.type !== 'Person') continue;
    const after = /^(?:,\s+whose real name is\s+|,?\s+\(real name\s+|,\s+(?:also\s+)?known as\s+|,\s+born\s+)/.exec(text.slice(mention.end, mention.end + 40));
    if (!after) continue;
    const other = registry.mentionStartingAt(mention.end + after[0].length);
    if (!other || other.entity === mention.entity || other.entity.type !== 'Person') continue;
    const spans = other.entity.mentions.map((m) => ({ ...m }));
    const names = [other.entity.name, ...other.entity.aliases];
    registry.remove(other.entity);
    for (const span of spans) registry.addMention(mention.entity, span.start, span.end, text.slice(span.start, span.end));
    for (const name of names) registry.addAlias(mention.entity, name);
  }

  // "Thomas Sinclair" and "Thomas Hutton Sinclair", or a caption's "John Allen" beside "John Allan": one person written two ways.
  const namedPeople = [...registry.entities.values()].filter((d) => d.type === 'Person' && !d.articleScoped && d.name.includes(' '));
  for (const short of namedPeople) {
    const [first, ...rest] = short.name.split(' ');
    const last = rest[rest.length - 1]!;
    const twin = namedPeople.find((other) => {
      if (other === short || !registry.entities.has(other.id) || !registry.entities.has(short.id)) return false;
      const words = other.name.split(' ');
      if (words[0] !== first) return false;
      const otherLast = words[words.length - 1]!;
      if (rest.length === 1 && words.length === 3 && otherLast === last) return true;
      return rest.length === 1 && words.length === 2 && otherLast !== last && oneEditApart(otherLast, last) && other.mentions.length > short.mentions.length;
    });
    if (!twin) continue;
    const spans = short.mentions.map((m) => ({ ...m }));
    const names = [short.name, ...short.aliases];
    twin.titles.push(...short.titles);
    twin.gender ??= short.gender;
    registry.remove(short);
    for (const span of spans) registry.addMention(twin, span.start, span.end, text.slice(span.start, span.end));
    for (const name of names) registry.addAlias(twin, name);
  }

  // Roles stated about a named person ("James Baird is the commanding officer", "Mike Coupe, the group's chief executive,").
  for (const mention of [...registry.mentions]) {
    if (mention.entity.type !== 'Person' || mention.entity.articleScoped) continue;
    const after = text.slice(mention.end, mention.end + 100);
    const match = PREDICATE_ROLE.exec(after);
    if (!match || !match[2]) continue;
    // "Quizzed by Stewart Dickson, the minister said…": after a comma, a role the sentence goes on from is its subject, not an apposition.
    if (match[0].startsWith(',') && !/^(?:\s*[,.;:)–—-]|\s+(?:of|at|for|in|to|and)\b|\s*$)/u.test(after.slice(match[0].length))) continue;
    const words = `${match[1] ?? ''}${match[2]}`.trim();
    const roleStart = mention.end + match[0].length - words.length;
    const key = words.toLowerCase().replace(/^(?:former|new|acting|interim)\s+/, '');
    const role = ROLE_TITLES[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
    if (mention.entity.titles.some((t) => t.role.toLowerCase() === role.toLowerCase())) continue;
    mention.entity.titles.push({
      role,
      start: roleStart,
      end: mention.end + match[0].length,
      evidenceStart: mention.start,
      evidenceEnd: mention.end + match[0].length,
    });
  }

  // "JD Wetherspoons", "J D Wetherspoon plc": one company written two ways.
  const byCompanyKey = new Map<string, EntityDraft>();
  for (const draft of [...registry.entities.values()]) {
    if (draft.type !== 'Organisation' || draft.mentions.length === 0) continue;
    const key = companyKey(draft.name);
    if (!key) continue;
    const first = byCompanyKey.get(key);
    if (!first) {
      byCompanyKey.set(key, draft);
      continue;
    }
    const spans = draft.mentions.map((m) => ({ ...m }));
    const names = [draft.name, ...draft.aliases];
    registry.remove(draft);
    for (const span of spans) registry.addMention(first, span.start, span.end, text.slice(span.start, span.end));
    for (const name of names) registry.addAlias(first, name);
  }

  // "from Richmondshire neighbourhood policing team", "the Durham rural crime team": a place, a few lower-case words, then a
  // team's or unit's head name a local body (the place stays a place too).
  for (const mention of [...registry.mentions]) {
    if (mention.entity.type !== 'Place') continue;
    let k = tokenIndexAt(tokens, mention.end);
    const first = k;
    while (k < tokens.length && k - first < 4 && tokens[k]!.isWord && !tokens[k]!.capitalised && !LOCAL_UNIT_HEADS.has(tokens[k]!.lower) && joined(k - 1)) k++;
    const head = tokens[k];
    if (k === first || !head || !LOCAL_UNIT_HEADS.has(head.lower) || head.capitalised || !joined(k - 1)) continue;
    if (
      tokens
        .slice(first, k)
        .some((t) => /^(?:the|a|an|and|or|of|to|in|on|at|for|with|by|from|is|was|are|were|has|had|have|said|says|will|would)$/.test(t.lower))
    )
      continue;
    const name = text.slice(mention.start, head.end);
    const unit =
      registry.find(name, 'Organisation')[0] ??
      registry.add('Organisation', name, { confidence: 0.6, organisationKind: /polic|crime/.test(name) ? 'police' : undefined });
    registry.addMention(unit, mention.start, head.end, name);
  }

  // "Westmorland and Furness" beside "Westmorland and Furness Council": the body's name without its head is the same body.
  // "Takeda" and "Takeda Co" beside "Takeda Pharmaceutical Co Ltd": a company's name without its legal form and one trade word.
  const cores = new Map<string, string[]>();
  const companyCore = (name: string): string[] => {
    const known = cores.get(name);
    if (known) return known;
    const words = name.toLowerCase().split(/\s+/);
    while (words.length > 1 && /^(?:co|co\.|ltd|limited|plc|inc|corp|group|holdings|company|llp)$/.test(words[words.length - 1]!)) words.pop();
    cores.set(name, words);
    return words;
  };
  const organisations = [...registry.entities.values()].filter((d) => d.type === 'Organisation').sort((a, b) => a.name.length - b.name.length);
  for (const short of organisations) {
    if (!registry.entities.has(short.id)) continue;
    const shortCore = companyCore(short.name);
    const longer = organisations.filter((d) => {
      if (d === short || d.name.length <= short.name.length || !registry.entities.has(d.id)) return false;
      if (
        d.name.toLowerCase().startsWith(`${short.name.toLowerCase()} `) &&
        /^(?:council|police|group|plc|ltd|limited|fc)$/i.test(d.name.slice(short.name.length + 1))
      )
        return true;
      const core = companyCore(d.name);
      return (
        (d.organisationKind === 'company' || d.organisationKind === undefined) &&
        core.length - shortCore.length <= 1 &&
        core.length >= shortCore.length &&
        shortCore.every((w, k) => core[k] === w) &&
        companyCore(d.name).join(' ') !== d.name.toLowerCase()
      );
    });
    // (Several: the longest, when the others are shorter forms of it too.)
    const longest = longer.sort((a, b) => b.name.length - a.name.length)[0];
    if (!longest || !longer.every((d) => companyCore(d.name).every((w, k) => companyCore(longest.name)[k] === w))) continue;
    const spans = short.mentions.map((m) => ({ ...m }));
    registry.remove(short);
    for (const span of spans) registry.addMention(longest, span.start, span.end, text.slice(span.start, span.end));
    registry.addAlias(longest, short.name);
  }

  // "a party in Downing Street", "outside Wall Street": a body named after its street is the street where the text places
  // something there and never has it act ("Downing Street said…", "No 10 Downing Street has commented").
  for (const draft of [...registry.entities.values()]) {
    const words = draft.name.split(' ');
    if (draft.type !== 'Organisation' || words.length < 2 || !STREET_HEADS.has(words[words.length - 1]!.toLowerCase())) continue;
    // Only the street's own name: "in No 10" and "at No 10 Downing Street" are the office.
    const located = draft.mentions.some(
      (m) =>
        text.slice(m.start, m.end) === draft.name &&
        ['in', 'at', 'outside', 'into', 'near', 'inside'].includes(tokens[tokenIndexAt(tokens, m.start) - 1]?.lower ?? ''),
    );
    const acts = draft.mentions.some((m) => {
      const next = tokens[tokenIndexAt(tokens, m.end)];
      return next !== undefined && (REPORTING_VERB_FORMS.has(next.lower) || ['has', 'have', 'had', 'is', 'was', 'will', 'would', "'s"].includes(next.lower));
    });
    if (!located || acts) continue;
    const spans = draft.mentions.map((m) => ({ start: m.start, end: m.end }));
    registry.remove(draft);
    const place = registry.add('Place', draft.name, { confidence: 0.8 });
    for (const span of spans) registry.addMention(place, span.start, span.end, text.slice(span.start, span.end));
  }

  // 5. "X's Y": a member of an organisation, or a unit of it.
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i + 1]!.lower !== "'s") continue;
    const owner = registry.mentionEndingAt(tokens[i]!.end);
    const member = registry.mentionStartingAt(tokens[i + 2]!.start);
    if (!owner || !member || owner.entity.type !== 'Organisation') continue;
    const ownerStart = owner.start;
    if (member.entity.type === 'Person') possessives.push({ owner: owner.entity, member: member.entity, start: ownerStart, end: member.end });
    else if (member.entity.type === 'Organisation' && member.entity !== owner.entity && member.start === tokens[i + 2]!.start) {
      parts.push({ owner: owner.entity, member: member.entity, start: ownerStart, end: member.end });
    }
  }
  // Units named only through their owner ("the BBC's Asian Network"): the owner is named inside the unit's mention.
  for (const mention of [...registry.mentions]) {
    if (mention.entity.type !== 'Organisation') continue;
    const surface = text.slice(mention.start, mention.end);
    const possessive = /^(.+?)[’']s\s+\S/.exec(surface);
    if (!possessive || !possessive[1]) continue;
    const curated = curatedOrganisation(possessive[1]);
    const owner =
      registry.find(possessive[1], 'Organisation')[0] ??
      (curated ? registry.add('Organisation', curated.name, { id: curated.id, confidence: 0.9, organisationKind: curated.kind }) : undefined);
    if (!owner || owner === mention.entity) continue;
    registry.addMention(owner, mention.start, mention.start + possessive[1].length);
    parts.push({ owner, member: mention.entity, start: mention.start, end: mention.end });
  }

  return { registry, titleMentions, possessives, parts };
}

function nearestBefore(people: EntityDraft[], offset: number, registry: EntityRegistry): EntityDraft {
  let best = people[0]!;
  let bestStart = -1;
  for (const mention of registry.mentions) {
    if (people.includes(mention.entity) && mention.start < offset && mention.start > bestStart) {
      best = mention.entity;
      bestStart = mention.start;
    }
  }
  return best;
}

function matchGazetteer(tokens: Token[], i: number, index: Map<string, GazetteerName[]>, joined: (i: number) => boolean): GazetteerName | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const list = index.get(first.lower);
  if (!list) return undefined;
  for (const entry of list) {
    if (i + entry.tokens.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < entry.tokens.length && ok; k++) {
      const token = tokens[i + k]!;
      if (token.lower !== entry.tokens[k]) ok = false;
      else if (entry.capitalised[k] && !token.capitalised && !/^[\p{N}'’]/u.test(token.text)) ok = false;
      else if (entry.allCaps[k] && !token.allCaps && entry.tokens[k]!.length <= 4 && isCommonWord(entry.tokens[k]!)) ok = false;
      else if (k > 0 && !joined(i + k - 1) && token.lower !== "'s") ok = false;
    }
    // A name must end at a word boundary: "Labour" is not the start of "Labourers".
    if (ok) {
      const next = tokens[i + entry.tokens.length];
      if (
        next &&
        next.capitalised &&
        joined(i + entry.tokens.length - 1) &&
        entry.type === 'Organisation' &&
        entry.tokens.length === 1 &&
        ORGANISATION_HEADS[next.lower]
      )
        continue;
      return entry;
    }
  }
  return undefined;
}

/** The curated organisation a name stands for, if any. */
function curatedOrganisation(name: string): GazetteerName | undefined {
  const tokens = tokenize(name);
  const match = matchGazetteer(tokens, 0, gazetteerIndex(), () => true);
  return match && match.tokens.length === tokens.length && match.type === 'Organisation' ? match : undefined;
}

/** "government" means the UK's unless a nationality or place says whose ("the Irish government"). */
function governmentIsBritish(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  // (A word ending the paragraph before, "…the Colville Estate\n\nGovernment plans…", says nothing of whose.)
  if (!previous || tokens[i]!.start - previous.end > 1) return true;
  if (previous.lower === "'s") return ['uk', 'britain'].includes(tokens[i - 2]?.lower ?? '');
  if (DEMONYMS.has(previous.lower) && !['british', 'uk'].includes(previous.lower)) return false;
  if (['local', 'coalition', 'city', 'county', 'regional', 'devolved', 'federal', 'state', 'military', 'interim', 'transitional'].includes(previous.lower))
    return false;
  return !(
    previous.capitalised &&
    !['the', 'a', 'The', 'A'].includes(previous.text) &&
    !['uk', 'british', 'hm'].includes(previous.lower) &&
    previous.lower !== 'government'
  );
}

/** Roles a party label qualifies ("Labour MP"): the label is then an affiliation, not the body. */
const AFFILIATION_ROLES = new Set([
  'mp',
  'mps',
  'councillor',
  'councillors',
  'representative',
  'representatives',
  'cllr',
  'peer',
  'peers',
  'candidate',
  'candidates',
  'minister',
  'ministers',
  'msp',
  'msps',
  'mep',
  'meps',
  'backbencher',
  'backbenchers',
  'frontbencher',
  'politician',
  'politicians',
  'activist',
  'activists',
  'mayor',
  'am',
  'ms',
]);

/** A company's name without its legal suffix, spaces or a final "s" ("J D Wetherspoon plc" → "jdwetherspoon"). */
function companyKey(name: string): string {
  const words = nameKey(name).split(' ').filter(Boolean);
  // "Mitie Group", "Mitie Group plc", "Premier Foods Holdings": the company's name without its legal or group suffix.
  while (words.length > 1 && /^(?:plc|ltd|limited|llp|inc|group|holdings|holding)$/.test(words[words.length - 1]!)) words.pop();
  if (words.length === 0) return '';
  const key = words.join('');
  return key.length > 3 ? key.replace(/s$/, '') : key;
}

/**
 * "Hed", "Shes", "Theyre" for "He", "She", "They": a subject pronoun with a stray letter or two, in no word list and no
 * known name. Used where a capitalised word opens a sentence before a verb.
 */
export function isPronounMisprint(token: Token): boolean {
  const match = /^(he|she|they)[a-z]{1,2}$/.exec(token.lower);
  if (!match || !token.capitalised || isCommonWord(token.lower) || firstNameGender(token.text).known || wordKnowledge().lastNames.has(token.lower))
    return false;
  return ![
    'hey',
    'hew',
    'hem',
    'hen',
    'her',
    'hers',
    'shed',
    'shew',
    'them',
    'then',
    'they',
    'heal',
    'heap',
    'hear',
    'heat',
    'heel',
    'heir',
    'held',
    'helm',
    'help',
  ].includes(token.lower);
}

/** Adverbs that open a sentence ("Finally", "Meanwhile", "Separately"), capitalised only because they come first. */
const SENTENCE_ADVERBS = new Set([
  'meanwhile',
  'however',
  'elsewhere',
  'instead',
  'today',
  'yesterday',
  'also',
  'now',
  'then',
  'later',
  'earlier',
  'overall',
  'still',
  'thus',
  'therefore',
  'moreover',
  'furthermore',
  'nonetheless',
  'nevertheless',
  'similarly',
  'likewise',
  'besides',
  'again',
  'first',
  'second',
  'third',
  'last',
  'next',
]);

function isSentenceAdverb(token: Token): boolean {
  return (
    SENTENCE_ADVERBS.has(token.lower) ||
    (/ly$/.test(token.lower) && token.lower.length > 4 && isCommonWord(token.lower) && !firstNameGender(token.text).known && !LY_NOUNS.has(token.lower))
  );
}

/** Nouns ending in "-ly", which open names ("Assembly Member Darren Johnson", "Family Court") and are no adverbs. */
const LY_NOUNS = new Set(['assembly', 'family', 'supply', 'reply', 'rally', 'jelly', 'belly', 'bully', 'holly', 'folly', 'anomaly', 'monopoly', 'butterfly']);

function isNameWord(token: Token): boolean {
  return token.isWord && token.capitalised;
}

/** Splits "Manchester, Westminster and London Bridge"-like runs at "and" unless the whole is one body ("Police and Crime Panel"). */
function splitOnAnd(tokens: Token[], from: number, to: number): { from: number; to: number }[] {
  const ands: number[] = [];
  for (let k = from; k < to; k++) if (tokens[k]!.lower === 'and' || tokens[k]!.lower === '&') ands.push(k);
  if (ands.length === 0) return [{ from, to }];
  const last = tokens[to - 1]!.lower;
  // "Cumberland Council and Westmorland and Furness Council": two bodies, each ending in the same head.
  const head = tokens[to]?.text === 'council' ? 'council' : last;
  const singular = (word: string): string => word.replace(/s$/, '');
  // "Zen Internet, Tetrosyl and The Casey Group": "and The" starts another name.
  const andThe = ands.find((k) => k > from && tokens[k + 1]?.text === 'The' && k + 2 < to);
  if (andThe !== undefined)
    return [
      { from, to: andThe },
      { from: andThe + 1, to },
    ];
  const headBeforeAnd = ands.find(
    (k) =>
      k > from + 1 &&
      tokens[k - 1]!.capitalised &&
      ((singular(tokens[k - 1]!.lower) === singular(head) && ORGANISATION_HEADS[head]) ||
        // "the Reading Evening Post and Surrey Advertiser", "St Peter’s Primary School and St Mary’s Church": two bodies' names,
        // each with its head.
        // ("HM Courts and Tribunal Service": not when the word after "and" is a head too.)
        // ("the Morpeth Neighbourhood Plan and Northumberland County Council": or a programme's name, then a body's.)
        ((ORGANISATION_HEADS[tokens[k - 1]!.lower] !== undefined || PROGRAMME_HEADS.has(tokens[k - 1]!.lower)) &&
          ORGANISATION_HEADS[head] !== undefined &&
          ORGANISATION_HEADS[tokens[k + 1]!.lower] === undefined &&
          k + 2 < to &&
          k - from >= 2)),
  );
  if (headBeforeAnd !== undefined) {
    return [
      { from, to: headBeforeAnd },
      { from: headBeforeAnd + 1, to },
    ];
  }
  // "the JA Devenish and Magic Pub Company firms", "the Asda and Tesco brands": a plural kind after the run makes it two names.
  const pluralKind = /^(?:firms|companies|groups|brands|chains|businesses|retailers|banks|charities|clubs|teams)$/.test(tokens[to]?.lower ?? '');
  // ("Westmorland and Furness council": a council with a small c after the run is one body's name too.)
  if ((ORGANISATION_HEADS[last] || PROGRAMME_HEADS.has(last) || tokens[to]?.text === 'council') && !pluralKind) return [{ from, to }];
  // ("Grantham and District Hospital": "and District" belongs to the name before a head.)
  if (ands.length === 1 && tokens[ands[0]! + 1]?.text === 'District' && ands[0]! + 2 < to && PLACE_HEADS.has(last)) return [{ from, to }];
  const pieces: { from: number; to: number }[] = [];
  let start = from;
  for (const k of ands) {
    pieces.push({ from: start, to: k });
    start = k + 1;
  }
  pieces.push({ from: start, to });
  return pieces.filter((p) => p.to > p.from);
}

/** The longest run of title words at the start of a name ("Det Ch Supt", "Home Secretary", "Mr"). */
function leadingTitle(tokens: Token[], from: number, to: number): { length: number; role?: string; gender?: Gender } {
  let length = 0;
  let role: string | undefined;
  let gender: Gender | undefined;
  for (;;) {
    let found = 0;
    for (let n = Math.min(5, to - (from + length)); n >= 1; n--) {
      const phrase = tokens
        .slice(from + length, from + length + n)
        .map((t) => t.lower.replace(/\.$/, ''))
        .join(' ');
      if (ROLE_TITLES[phrase] || phrase in HONORIFICS) {
        found = n;
        if (ROLE_TITLES[phrase] && !(phrase in HONORIFICS && !['dr', 'professor', 'prof', 'councillor', 'cllr', 'coun'].includes(phrase)))
          role = ROLE_TITLES[phrase];
        if (phrase in HONORIFICS) gender = HONORIFICS[phrase] ?? gender;
        break;
      }
    }
    // "Fiirst Mnister Carwyn Jones": a title misprinted by a letter in each word, before a name.
    if (found === 0 && length === 0 && to - from >= 3) {
      const corrected = [tokens[from]!, tokens[from + 1]!].map((t) => (t.capitalised ? titleWordNear(t.lower) : undefined));
      const phrase = corrected.every((w) => w !== undefined) ? corrected.join(' ') : undefined;
      if (phrase && ROLE_TITLES[phrase] && corrected.some((w, k) => w !== tokens[from + k]!.lower)) {
        found = 2;
        role = ROLE_TITLES[phrase];
      }
    }
    if (found === 0) break;
    length += found;
    if (from + length >= to) break;
  }
  // "Mr King", "Sir Keir": after an honorific a name follows even when it is also a title word.
  if (length === to - from && length > 1 && tokens.slice(from, to - 1).some((t) => t.lower.replace(/\.$/, '') in HONORIFICS)) {
    length--;
    if (ROLE_TITLES[tokens[to - 1]!.lower] && !tokens.slice(from, to - 1).some((t) => ROLE_TITLES[t.lower])) role = undefined;
  }
  return { length, role, gender };
}

/** A role in lower case right before a name ("chief executive John Chambers", "Opposition leader Kemi Badenoch"). */
function roleBefore(tokens: Token[], from: number): { role: string; start: number; end: number; gender?: Gender } | undefined {
  for (let n = Math.min(4, from); n >= 1; n--) {
    const words = tokens.slice(from - n, from);
    if (words.some((w) => !w.isWord)) continue;
    if (words.slice(1).some((w) => w.capitalised && !['Opposition', 'Labour', 'Tory', 'Conservative'].includes(w.text))) continue;
    const phrase = words.map((w) => w.lower).join(' ');
    const role = ROLE_TITLES[phrase];
    // "am I staggered": an abbreviated post ("AM", "MS", "MP") is one only in capitals.
    if (n === 1 && /^(?:am|ms|mp|mla|msp|mep)$/.test(phrase) && !words[0]!.allCaps) continue;
    if (role && !(phrase in HONORIFICS)) {
      return { role, start: words[0]!.start, end: words[words.length - 1]!.end };
    }
  }
  const previous = tokens[from - 1];
  if (previous && KINSHIP.has(previous.lower)) return undefined;
  return undefined;
}

/** The capital initials of a name's words ("Eldridge Pope" → "EP"). */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
}

function initialsFit(abbreviation: string, name: string): boolean {
  const initials = initialsOf(name);
  if (initials.startsWith(abbreviation) || initials === abbreviation) return true;
  // "NHS Humber and North Yorkshire Integrated Care Board (ICB)": the letters of the kind of body the name ends with.
  // (Not a post and its body: "Chief Constable of Thames Valley Police (TVP)".)
  if (abbreviation.length >= 3 && initials.endsWith(abbreviation) && name.split(/\s+/).length > abbreviation.length && !/\sof\s/.test(name)) return true;
  // Letters in order among the words' letters, first letters equal ("HMICFRS" of "Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services").
  if (abbreviation.charAt(0) !== name.charAt(0).toUpperCase()) return false;
  let k = 0;
  for (const ch of name.toUpperCase()) if (ch === abbreviation.charAt(k)) k++;
  return k === abbreviation.length;
}

/** The word of a multi-word title ("first", "minister") one letter away from a word, if exactly one is. */
function titleWordNear(word: string): string | undefined {
  titleWords ??= new Set(
    Object.keys(ROLE_TITLES)
      .filter((key) => key.includes(' '))
      .flatMap((key) => key.split(' '))
      .filter((w) => w.length >= 5),
  );
  if (titleWords.has(word)) return word;
  const near = [...titleWords].filter((w) => oneEditApart(w, word));
  return near.length === 1 ? near[0] : undefined;
}
let titleWords: Set<string> | undefined;

/** Do two words differ by one inserted, deleted or replaced letter, with the same first letter? */
function oneEditApart(a: string, b: string): boolean {
  if (a.charAt(0) !== b.charAt(0) || Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charAt(i) === b.charAt(i)) i++;
  const rest = (x: string, skip: number): string => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/** Words right before a name that say it is a business: "brands include All Bar One and …", "the owner of Harvester", "a stake in X". */
const BODY_CONTEXT =
  /(?:\b(?:brands|chains|restaurants|pubs|businesses|subsidiaries|labels|customers|clients)\s+(?:include|includes|including|such\s+as)\s+(?:(?:[\p{Lu}][\p{L}’'&-]*|and),?\s+){0,16}|\b(?:owner|operator|parent|maker)\s+of\s+(?:the\s+)?|\b(?:takeover\s+of|stake\s+in|acquisition\s+of|merger\s+with|investment\s+vehicle)\s+(?:the\s+)?)$/u;

const EXCHANGES = new Set(['LON', 'LSE', 'AIM', 'NYSE', 'NASDAQ', 'EPIC', 'TSX', 'ASX', 'ISE', 'ETR', 'EPA', 'OTC']);

/** The length in tokens of a share ticker in brackets starting at k ("(LON: FOOT)", "(DEB)", "(DEB.L)"), else 0. */
function tickerLength(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== '(') return 0;
  const first = tokens[k + 1];
  if (first && EXCHANGES.has(first.text) && tokens[k + 2]?.text === ':') {
    let end = k + 3;
    while (end < tokens.length && end - k < 7 && tokens[end]!.text !== ')') end++;
    return tokens[end]?.text === ')' && end > k + 3 ? end - k + 1 : 0;
  }
  if (first && /^[A-Z]{2,5}(?:\.L)?$/.test(first.text) && tokens[k + 2]?.text === ')') return 3;
  return 0;
}

/** Tokens outside page furniture. */
function usableTokens(article: ArticleText): boolean[] {
  const { tokens, text } = article;
  const usable = new Array<boolean>(tokens.length).fill(true);
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind !== 'noise') continue;
    for (let k = tokenIndexAt(tokens, paragraph.start); k < tokens.length && tokens[k]!.start < paragraph.end; k++) usable[k] = false;
  }
  // "…not be tolerated." Picture: Gary Anthony.": a photo credit inside a caption names the photographer, no one in the story.
  for (let k = 0; k + 2 < tokens.length; k++) {
    // ("Photo © Jon Craig": a copyright mark, with or without the label.)
    const copyright = tokens[k]!.text === '©';
    if (!copyright && (!/^(?:Picture|Pictures|Photo|Photos|Photograph|Pic|Image|Credit)$/.test(tokens[k]!.text) || !/^[:©]$/.test(tokens[k + 1]!.text)))
      continue;
    if (copyright) for (let c = k + 1; c < tokens.length && c - k <= 6 && !/\n/.test(text.slice(tokens[c - 1]!.end, tokens[c]!.start)); c++) usable[c] = false;
    for (let c = k + 2; c < tokens.length && c - k <= 8 && !/\n/.test(text.slice(tokens[c - 1]!.end, tokens[c]!.start)) && tokens[c]!.text !== '.'; c++)
      usable[c] = false;
  }
  return usable;
}

/** Indexes of tokens that open a sentence, a quotation or a heading (where any word is capitalised). */
function sentenceInitialTokens(article: ArticleText): Set<number> {
  const initial = new Set<number>();
  for (const sentence of article.sentences) {
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const token = article.tokens[k]!;
      if (token.isWord) {
        initial.add(k);
        break;
      }
    }
  }
  for (let k = 1; k < article.tokens.length; k++) {
    if (/^[“"‘'(:—–-]$/.test(article.tokens[k - 1]!.text) && article.tokens[k]!.isWord) initial.add(k);
    // ("…our messages. Dedicated town centre foot patrols…": inside a quotation, which is one sentence, a stop still ends one.)
    const stop = article.tokens[k - 1]!;
    if (
      /^[.!?]$/.test(stop.text) &&
      article.tokens[k]!.isWord &&
      article.tokens[k]!.start > stop.end &&
      article.tokens[k - 2]?.isWord &&
      !/^[A-Z][a-z]?$/.test(article.tokens[k - 2]!.text)
    )
      initial.add(k);
  }
  // Every word of a headline is capitalised in some styles.
  for (const sentence of article.sentences) {
    if (article.paragraphs[sentence.paragraph]?.kind !== 'heading') continue;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const token = article.tokens[k]!;
      if (token.isWord && isCommonWord(token.lower)) initial.add(k);
    }
  }
  return initial;
}

const BILL_WORDS = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|in|the|and|for|on|to|with|from)\s+)*\p{Lu}[\p{L}’'-]*)*`;
const BRACKETED_BILL = new RegExp(String.raw`${BILL_WORDS}\s+\(${BILL_WORDS}\)\s+(?:Bill|Act)\b`, 'gu');
const PROGRAMME_BEFORE_HEAD =
  /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Gg]overnment[’']s)\s+[‘“]?((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*?)[’”]?\s+(programme|scheme|strategy|initiative|policy|plan|review|inquiry|fund|funding|project|campaign|pledge|code)\b/gu;
const OWNED_STRATEGY = /\b(?:government|Government)[’']s\s+((?:[\p{Ll}]+-[\p{Ll}-]+|[\p{Ll}]+\s[\p{Ll}]+-[\p{Ll}-]+))\s+(strategy|programme)\b/gu;

function findProgrammes(article: ArticleText, registry: EntityRegistry, usable: boolean[], covered: boolean[]): void {
  const { text, tokens } = article;
  const inNoise = (offset: number): boolean => {
    const k = tokens.findIndex((t) => t.start >= offset);
    return k >= 0 && !usable[k];
  };
  PROGRAMME_BEFORE_HEAD.lastIndex = 0;
  for (let match = PROGRAMME_BEFORE_HEAD.exec(text); match; match = PROGRAMME_BEFORE_HEAD.exec(text)) {
    const name = match[1]!.trim();
    const start = match.index + match[0].indexOf(match[1]!);
    if (inNoise(start)) continue;
    // "The Today programme": already named (a curated programme of a broadcaster).
    // ("the Wakefield Works campaign": a place's name opening a programme's is part of it.)
    const inside = registry.mentionsIn(start, start + name.length);
    const placeOpens = inside.length === 1 && inside[0]!.entity.type === 'Place' && inside[0]!.start === start && inside[0]!.end < start + name.length;
    if (inside.length > 0 && !placeOpens) continue;
    if (placeOpens) {
      registry.removeMention(inside[0]!);
      if (inside[0]!.entity.mentions.length === 0) registry.remove(inside[0]!.entity);
    }
    const known = registry.find(name);
    if (known.some((d) => d.type !== 'Programme')) continue;
    if (name.split(/\s+/).every((w) => DEMONYMS.has(w.toLowerCase()))) continue;
    if (MONTH_OR_DAY.test(name.toLowerCase())) continue;
    const end = match.index + match[0].length;
    // "the Covid inquiry", "the Leveson inquiry": a public inquiry is a body, named with its head word.
    const draft =
      match[2] === 'inquiry'
        ? registry.add('Organisation', `${name} inquiry`, { confidence: 0.7, organisationKind: 'public-body' })
        : registry.add('Programme', name, { confidence: 0.8 });
    // ("the ‘Get Home Safe’ campaign": the alias without the quotation marks.)
    registry.addMention(draft, start, end, text.slice(start, end).replace(/[’”](?=\s)/u, ''));
  }
  OWNED_STRATEGY.lastIndex = 0;
  for (let match = OWNED_STRATEGY.exec(text); match; match = OWNED_STRATEGY.exec(text)) {
    const start = match.index + match[0].indexOf(match[1]!);
    if (inNoise(start)) continue;
    const end = match.index + match[0].length;
    const name = text.slice(start, end);
    const draft = registry.add('Programme', name, { confidence: 0.65 });
    registry.addMention(draft, start, end);
  }
  // Later bare mentions of a programme's name ("how Prevent works").
  const programmes = [...registry.entities.values()].filter((d) => d.type === 'Programme' && !d.name.includes(' '));
  for (const token of tokens) {
    if (!usable[token.index] || covered[token.index] || !token.capitalised) continue;
    const programme = programmes.find((p) => p.name === token.text);
    if (programme && !registry.mentions.some((m) => m.start <= token.start && m.end >= token.end)) registry.addMention(programme, token.start, token.end);
  }
}
