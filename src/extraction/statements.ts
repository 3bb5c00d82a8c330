import type { Span, StatementKind } from '../document/article-graph';
import { dictionary } from './gazetteers/dictionary';
import { isCommonWord, wordKnowledge } from './gazetteers/lexicon';
import { officeHolderOn } from './gazetteers/office-holders';
import { ORGANISATION_ANAPHORS, ORGANISATIONS } from './gazetteers/organisations';
import { PARTICIPLE_FORMS, REPORTING_VERB_FORMS, VERB_PRELUDE, particleFits, type ReportingVerb } from './gazetteers/reporting-verbs';
import { GENDERED_ROLES, GROUP_NOUNS, PERSON_NOUNS, ROLE_TITLES } from './gazetteers/titles';
import { initialsOf, isPostNominal, isPronounMisprint, PARTY_TAGS, type EntityRecognition } from './entities';
import { entityId, slugify } from './ids';
import type { EntityDraft } from './registry';
import type { ArticleText, Quotation, Sentence, Token } from './text';

/** A statement found in the text, before ids, aboutIds and stance are given. */
export interface StatementDraft {
  start: number;
  end: number;
  kind: StatementKind;
  speaker: EntityDraft;
  reportingVerb?: string;
  speakerMention?: Span;
  audience?: EntityDraft;
  confidence: number;
  sentence: number;
}

interface SpeakerFound {
  entity: EntityDraft;
  mention?: Span;
  confidence: number;
}

const PRONOUNS: Record<string, 'male' | 'female' | 'it' | 'they'> = dictionary({ he: 'male', she: 'female', it: 'it', they: 'they' });
/** Prepositions inside a speaker's noun phrase ("foreman of the jury", "spokesman for the council", "sources close to"). */
const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'to', 'in']);
const CLAUSE_STOPS = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '“',
  '”',
  '"',
  '—',
  '–',
  'that',
  'and',
  'but',
  'while',
  'as',
  'after',
  'before',
  'when',
  'because',
  'which',
  'who',
  'whom',
  'whose',
  'if',
  'although',
  'though',
  'since',
  'so',
  'where',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'some', 'many', 'several', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const FINITE = new Set([
  'is',
  'was',
  'were',
  'are',
  'am',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
]);
const LEAD_IN = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'earlier',
  'later',
  'last',
  'however',
  'but',
  'and',
  'meanwhile',
  'speaking',
  'addressing',
  'asked',
  'responding',
  'sentencing',
  'following',
  'despite',
  'although',
  'while',
  'when',
  'since',
  'yesterday',
  'today',
  'also',
  'separately',
  'instead',
  'still',
  'now',
  'then',
  'so',
  'indeed',
  'overall',
]);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);
const CONTROL_VERBS = new Set([
  'attempted',
  'tried',
  'sought',
  'wanted',
  'refused',
  'declined',
  'continued',
  'went',
  'appeared',
  'seemed',
  'used',
  'chose',
  'decided',
  'went on',
  'moved',
  'rushed',
  'was',
  'were',
  'is',
  'are',
]);
/** "refused to say": verbs before "to" that deny the report. */
const MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'should', 'must', 'can', 'shall']);
/** What a defendant does or has done to them in court, after their name ("… pleaded guilty", "…, was jailed"). */
const DOCK =
  /\b(?:pleaded|pled|admitted|denied|denies|denying|was (?:charged|jailed|sentenced|convicted|fined|found guilty|cleared|acquitted|remanded)|appeared (?:at|in|before)|is accused|was accused|stands accused|went on trial)\b/;
/** Lower-case words inside a body's name before a post ("Forest of Dean District Council leader"). */
const CONNECTORS_IN_NAMES = new Set(['of', 'for', 'the']);
/** Papers that speak for whoever launched, lodged or published them ("The appeal claims…", "The statement added:"). */
const LODGED_PAPERS = new Set(['appeal', 'document', 'letter', 'submission', 'report', 'petition', 'complaint', 'statement']);
/** "COPFS has now launched an appeal", "lodged a complaint": a sentence saying who made one of those papers (or a bill). */
const PAPER_MADE = new RegExp(
  `\\b(?:launched|lodged|published|sent|issued|submitted|filed|wrote|commissioned|brought)\\s+(?:an?|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${[...LODGED_PAPERS, 'bill'].join('|')})\\b`,
  'u',
);
/** Lawyers of every kind, one of whom a story may later call by another ("the barrister", then "the lawyer"). */
const LAWYERS = /^(?:(?:defence|defending|prosecuting|prosecution)\s+)?(?:lawyer|barrister|solicitor|counsel|advocate|solicitor advocate)$/;
/** Subjects that a defining relative clause may follow ("anyone who…", "people who…"). */
const GENERAL_SUBJECTS = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'those', 'people', 'all']);
/** Pronouns that can open a reported clause after a weak verb ("suggested these may…"). */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'it', 'i', 'you', 'these', 'those', 'this', 'there']);
/** What a body issues that can "say" something: "the TVP statement said". */
const STATEMENT_NOUNS = new Set([
  'statement',
  'release',
  'announcement',
  'letter',
  'email',
  'notice',
  'filing',
  'tweet',
  'post',
  'update',
  'reply',
  'response',
  'message',
]);
/** Words that open a criminal charge ("admitted burglary", "denied two counts of…"). */
const CHARGES =
  /^(?:burglary|theft|assault|affray|robbery|fraud|murder|manslaughter|arson|wounding|harassment|stalking|possession|handling|criminal|common|sexual|attempted|dangerous|careless|drink-driving|drug-driving|charges?|counts?|offences?)$/;
/** Words that open a subordinate clause before the main one ("when she explained…, Mr Straw asked…"). */
const SUBORDINATORS = new Set(['when', 'after', 'while', 'although', 'though', 'because', 'once', 'since', 'if', 'whereas']);
const SPOKESPERSON = /^spokes(?:man|woman|person)$/;
/** Social platforms: a post's place, not its author. */
const PLATFORMS = /^(?:Twitter|X|Facebook|Instagram|TikTok|YouTube|LinkedIn|Threads|Bluesky|WhatsApp|Snapchat)$/;
/** Bodies whose inspectors a story may call just "inspectors". */
const INSPECTORATES = /^(?:Ofsted|Estyn|Care Quality Commission|Care Inspectorate|Education Scotland|HMICFRS)$|Inspectorate\b/;
/** Pronouns for someone other than the speaker. */
const THIRD_PERSON = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'they', 'them', 'their']);
/** Verbs telling that someone answered or spoke, before the words themselves in the next paragraph. */
const SPEECH_ACTS =
  /^(?:responded|responds|refuted|refutes|rejected|rejects|replied|replies|answered|hit|defended|defends|insisted|dismissed|spoke|speaks|addressed|countered|retorted|explained|continued|reacted)$/;
/** Participles that say what a person leads ("the man heading the inquiry"): they join the noun phrase like a preposition. */
const LEADING_PARTICIPLES = new Set(['heading', 'leading', 'running', 'chairing', 'overseeing']);
/** Those and participles that say where a person was or what they did, inside the phrase naming them ("one man attending court"). */
const PHRASE_PARTICIPLES = new Set([...LEADING_PARTICIPLES, 'attending', 'living', 'working', 'visiting', 'watching']);
/** Documents that speak for whoever wrote them ("according to a leaflet handed out by the firm"). */
const DOCUMENT_NOUNS = new Set([
  'leaflet',
  'report',
  'statement',
  'letter',
  'document',
  'survey',
  'study',
  'notice',
  'flyer',
  'brochure',
  'release',
  'submission',
]);
/** Words that may follow a closing attribution ("…, the company reported on Monday."). */
const TRAILING_TIME =
  /^(?:on|in|at|last|this|yesterday|today|tonight|earlier|recently|previously|week|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/;
/** Court posts and the word that gives them after a name ("Mark Hambling, prosecuting,"). */
const COURT_ROLES: Record<string, string> = { prosecutor: 'prosecuting', prosecution: 'prosecuting', defence: 'defending', mitigation: 'mitigating' };
/** What a story calls someone it has just named ("The support worker", "the mother-of-two"): descriptions, not posts. */
const DESCRIBED_PEOPLE = new Set([
  'worker',
  'resident',
  'mother',
  'father',
  'mum',
  'dad',
  'pensioner',
  'grandmother',
  'grandfather',
  'gran',
  'grandad',
  'teenager',
  'businessman',
  'businesswoman',
  'entrepreneur',
  'motorist',
  'cyclist',
  'passenger',
  'student',
  'pupil',
  'shopkeeper',
  'farmer',
  'carer',
  'volunteer',
  'campaigner',
  'parent',
  'widow',
  'widower',
  'veteran',
  'retiree',
  'homeowner',
  'commuter',
  'mother-of-two',
  'father-of-two',
  'mother-of-three',
  'father-of-three',
  'youngster',
  'woman',
  'man',
]);
const REFUSALS = new Set(['refused', 'declined', 'refuses', 'declines', 'refusing', 'declining', 'failed', 'fails']);
const AUDIENCE_VERBS = new Set(['tell', 'warn', 'ask', 'urge', 'remind', 'assure', 'inform']);
const POLICE_FAMILY = /\b(?:police|policeman|policewoman|officer|constable|commander|detective|superintendent|inspector|sergeant|commissioner)\b/;

function isFiniteVerb(token: Token): boolean {
  const lower = token.lower;
  if (FINITE.has(lower)) return true;
  // (Straight or curly apostrophes: "it's", "it’s".)
  if (/(?:n['’]t|['’]s|['’]re|['’]ve|['’]ll|['’]d)$/.test(lower) && lower.length > 3 && !/^(?:it|he|she|that|there|what|who)['’]s$/.test(lower)) return true;
  if (/^(?:it|he|she|that|there|what|who)['’]s$/.test(lower)) return true;
  if (!token.isWord || token.capitalised) return false;
  if (/ed$/.test(lower) && lower.length > 4) return true;
  // ("said officers used number plate recognition…": the short past tenses the length test above passes over.)
  if (/^(?:used|owed|fled)$/.test(lower)) return true;
  return wordKnowledge().verbs.has(lower) && !DETERMINERS.has(lower);
}

/**
 * Finds what the article reports people and bodies as saying: direct quotes (straight or curly,
 * running over paragraphs), quotes introduced by a colon, indirect speech ("X said that…", "X has
 * said young Muslims are…"), mixed quotes, and speech reported with other verbs (told, added,
 * admitted, warned, described … as, hit out at, according to). Each statement gets its speaker,
 * resolving pronouns ("He added"), titles ("the Prime Minister replied"), unnamed speakers ("a
 * government spokeswoman") and groups ("critics", "police").
 */
export function findStatements(article: ArticleText, recognition: EntityRecognition, publishedAt: string): StatementDraft[] {
  const { text, tokens } = article;
  const { registry } = recognition;
  const statements: StatementDraft[] = [];
  const bodySentences = article.sentences.filter((s) => article.paragraphs[s.paragraph]?.kind === 'body');
  const consumedVerbs = new Set<number>();
  const subjectCache = new Map<number, EntityDraft | null>();
  const groupSubjectCache = new Map<number, EntityDraft | undefined>();
  const quotationsOf = (sentence: Sentence): Quotation[] => article.quotations.filter((q) => q.open >= sentence.start && q.open < sentence.end);
  const inDoubleQuote = (offset: number): boolean =>
    article.quotations.some((q) => q.primary && offset > q.open && offset < (q.close >= 0 ? q.close : article.paragraphs[q.paragraph]!.end));
  // The offsets of the marks of primary quotations: a single ' or ‘ is a quote mark only there, not an apostrophe.
  const quoteMarks = new Set<number>();
  for (const q of article.quotations) {
    if (!q.primary) continue;
    quoteMarks.add(q.open);
    if (q.close >= 0) quoteMarks.add(q.close);
  }
  const closeMarks = new Set(article.quotations.filter((q) => q.close >= 0).map((q) => q.close));
  // ("“" typed for "”" at a paragraph's end closes its quotation.)
  const isOpenMark = (token: Token | undefined): boolean =>
    !!token && !closeMarks.has(token.start) && (/^[“"]$/.test(token.text) || (/^[‘']$/.test(token.text) && quoteMarks.has(token.start)));
  const isQuoteMark = (token: Token | undefined): boolean =>
    !!token && (/^[“”"]$/.test(token.text) || (/^[‘’']$/.test(token.text) && quoteMarks.has(token.start)));
  const unnamedSpeakers: { entity: EntityDraft; sentence: number; phrase: string }[] = [];

  for (const sentence of bodySentences) {
    const sentenceStatements: StatementDraft[] = [];
    const deferred: { quote: Quotation; verbIndex: number }[] = [];
    const quotes = quotationsOf(sentence).filter((q) => q.primary);
    // 1. Direct quotations with an attribution before (colon) or after ("…," said X), or none (a quote running on).
    for (const quote of quotes) {
      const words = text.slice(quote.contentStart, quote.contentEnd).trim().split(/\s+/).length;
      const openToken = tokenIndex(tokens, quote.open);
      const closeToken = quote.close >= 0 ? tokenIndex(tokens, quote.close) : sentence.tokenEnd;
      const before = lastMeaningful(tokens, sentence.tokenStart, openToken);
      let found: { speaker: SpeakerFound; verb?: string; verbIndex?: number; audience?: EntityDraft } | undefined;
      // ("a spokesperson for Wokingham borough council wrote; “In our last newsletter…": a semicolon typed for the colon.)
      const colon = before && (before.text === ':' || (before.text === ';' && REPORTING_VERB_FORMS.has(tokens[before.index - 1]?.lower ?? '')));
      if (before && colon) {
        found = attributionBefore(before.index, sentence, sentenceStatements);
        if (!found) {
          const speaker = colonSpeaker(before.index, sentence);
          if (speaker) found = { speaker };
        }
      } else if (before && before.text === ',' && words >= 3) {
        found = attributionBefore(before.index, sentence, sentenceStatements, true);
      }
      // An attribution after the quote belongs to it only when the quote opens the sentence or follows a comma.
      if (!found && closeToken < sentence.tokenEnd && (!before || before.text === ',')) found = attributionAfter(closeToken + 1, sentence);
      // "“Over the past three to four months…,”" then, as its own paragraph, "Cllr Reid told the Times.": the attribution the
      // page broke off.
      if (!found && !before && startsParagraph(quote) && quote.close >= 0 && /,\s*$/.test(text.slice(quote.contentStart, quote.contentEnd))) {
        const next = article.sentences[sentence.index + 1];
        const words = next ? tokens.slice(next.tokenStart, next.tokenEnd).filter((t) => t.isWord).length : 0;
        if (next && next.paragraph !== sentence.paragraph && words <= 10 && quotationsOf(next).length === 0) {
          const after = attributionAfter(next.tokenStart, next);
          if (after) {
            found = after;
            consumedVerbs.add(after.verbIndex ?? -1);
          }
        }
      }
      if (!found && words >= 2 && isWholeSentence(quote, sentence)) {
        const previous = statements[statements.length - 1];
        // (Or after the paragraph that held its attribution: "“…,”" / "Cllr Reid told the Times." / "“Those involved…”".)
        const attributedIn = previous?.speakerMention
          ? article.paragraphs.find((pg) => pg.start <= previous.speakerMention!.start && previous.speakerMention!.start < pg.end)?.index
          : undefined;
        const adjacent =
          previous !== undefined &&
          (nextProse(article.sentences[previous.sentence]?.paragraph ?? -9, sentence.paragraph) ||
            (attributedIn !== undefined &&
              attributedIn > (article.sentences[previous.sentence]?.paragraph ?? 0) &&
              nextProse(attributedIn, sentence.paragraph)));
        if (previous && previous.kind === 'direct' && adjacent) {
          found = { speaker: { entity: previous.speaker, confidence: previous.confidence * 0.95 }, verb: previous.reportingVerb };
        } else if (previous && previous.sentence === sentence.index - 1 && article.sentences[previous.sentence]?.paragraph === sentence.paragraph) {
          // "…, the company said it remains confident. “We remain focused…”": the quote goes on from the sentence before.
          found = { speaker: { entity: previous.speaker, confidence: previous.confidence * 0.85 }, verb: previous.reportingVerb };
        } else if (previous && adjacent && startsParagraph(quote)) {
          found = { speaker: { entity: previous.speaker, confidence: previous.confidence * 0.8 }, verb: previous.reportingVerb };
        }
      }
      if (!found && !before && startsParagraph(quote)) found = colonInPreviousParagraph(sentence);
      // "Judge Peter Crabtree bailed Fowles… . “It’s a serious offence…”": a quote with no attribution after a sentence, in the
      // same paragraph, whose subject is a person: that person speaks.
      if (!found && words >= 3 && isWholeSentence(quote, sentence)) {
        const previousSentence = article.sentences[sentence.index - 1];
        if (previousSentence && previousSentence.paragraph === sentence.paragraph && quotationsOf(previousSentence).length === 0) {
          const subject = subjectOf(previousSentence, 0);
          if (subject && subject.type === 'Person' && !subject.articleScoped) found = { speaker: { entity: subject, confidence: 0.5 } };
        }
      }
      // "In PMQs, Starmer refuted Badenoch’s claims." then, as its own paragraph, "“Let me be absolutely clear…”": a one-sentence
      // paragraph telling that a person answered or spoke, then the words.
      if (!found && words >= 3 && isWholeSentence(quote, sentence) && startsParagraph(quote)) {
        const told = article.sentences[sentence.index - 1];
        const alone = told && article.sentences[told.index - 1]?.paragraph !== told.paragraph && nextProse(told.paragraph, sentence.paragraph);
        if (told && alone && quotationsOf(told).length === 0 && tokens.slice(told.tokenStart, told.tokenEnd).some((t) => SPEECH_ACTS.test(t.lower))) {
          const subject = subjectOf(told, 0);
          if (subject && subject.type === 'Person' && !subject.articleScoped) found = { speaker: { entity: subject, confidence: 0.5 } };
        }
      }
      // "Hayes also referenced the shortage of drivers: “In my constituency…”": a sentence whose subject is a person, then a
      // colon, then the words; no other speaker in sight.
      if (!found && before?.text === ':' && tokenIndex(tokens, quote.open) - sentence.tokenStart >= 3) {
        const subject = subjectOf(sentence, 0);
        const otherVerb = tokens.slice(sentence.tokenStart, before.index).some((t) => REPORTING_VERB_FORMS.has(t.lower) && !t.capitalised);
        if (subject && subject.type === 'Person' && !subject.articleScoped && !otherVerb) found = { speaker: { entity: subject, confidence: 0.55 } };
      }
      if (!found && before?.text === ':') {
        // "…, and said: “…”" / "…stood up and shouted: “…”": who speaks is settled once the sentence's other statements are known.
        const verbIndex = coordinatedVerbBefore(before.index, sentence);
        if (verbIndex !== undefined) {
          consumedVerbs.add(verbIndex);
          deferred.push({ quote, verbIndex });
        }
      }
      if (!found) continue;
      // ("The foundation wrote on Twitter: “…”": the platform a quote was posted on is never who said it.)
      const via = found.speaker.mention ? text.slice(Math.max(0, found.speaker.mention.start - 5), found.speaker.mention.start) : '';
      if (PLATFORMS.test(found.speaker.entity.name) && /\b(?:on|via)\s+$/i.test(via)) continue;
      // ("said service was 'very good…' : "but…"": a verb with its own reported clause before the colon reports that clause too.)
      // ("Judge Roach said that Nash's actions were very serious: “…”": so does a "that" clause.)
      const ownClause =
        found.verbIndex !== undefined &&
        (tokens.slice(found.verbIndex + 1, tokenIndex(tokens, quote.open)).some((t) => isQuoteMark(t) && t.start < quote.open) ||
          (tokens[found.verbIndex + 1]?.lower === 'that' && tokenIndex(tokens, quote.open) - found.verbIndex >= 6));
      if (found.verbIndex !== undefined && !ownClause) consumedVerbs.add(found.verbIndex);
      const statement: StatementDraft = {
        start: quote.contentStart,
        end: quote.contentEnd,
        kind: 'direct',
        speaker: found.speaker.entity,
        reportingVerb: found.verb,
        speakerMention: found.speaker.mention,
        audience: found.audience,
        confidence: found.speaker.confidence,
        sentence: sentence.index,
      };
      sentenceStatements.push(statement);
    }

    // 2. Indirect and mixed speech: a reporting verb outside quotation marks and the clause it reports.
    for (let v = sentence.tokenStart; v < sentence.tokenEnd; v++) {
      const token = tokens[v]!;
      const verb = REPORTING_VERB_FORMS.get(token.lower);
      // A capitalised verb is a name's word, except a participle opening the sentence ("Noting that…, X said").
      if (
        !verb ||
        consumedVerbs.has(v) ||
        inDoubleQuote(token.start) ||
        (token.capitalised && !(v === sentence.tokenStart && PARTICIPLE_FORMS.has(token.lower)))
      )
        continue;
      if (sentenceStatements.some((s) => s.kind !== 'direct' && token.start >= s.start && token.start < s.end)) continue;
      if (sentenceStatements.some((s) => s.kind === 'direct' && token.start >= s.start && token.start < s.end)) continue;
      // "its third profit warning for the year", "a stark warning": an -ing form after a determiner or a noun is a noun.
      if (
        /ing$/.test(token.lower) &&
        /^(?:a|an|the|its|his|her|their|our|this|that|profit|profits|first|second|third|fourth|latest|fresh|new|stark|previous|earlier|['’]s?)$/.test(
          tokens[v - 1]?.lower ?? '',
        )
      )
        continue;
      const statement = indirectStatement(v, verb, sentence, sentenceStatements);
      if (statement) sentenceStatements.push(statement);
    }
    // "The meeting heard from the police that there had been 16 linked robberies": whoever was heard from said it.
    for (let v = sentence.tokenStart; v + 3 < sentence.tokenEnd; v++) {
      if (tokens[v]!.lower !== 'heard' || tokens[v + 1]!.lower !== 'from' || inDoubleQuote(tokens[v]!.start)) continue;
      // (Only a short name right before "that": not "heard from sources inside and outside Parliament that…".)
      let thatAt = v + 2;
      while (thatAt < sentence.tokenEnd && thatAt - v <= 5 && tokens[thatAt]!.isWord && tokens[thatAt]!.lower !== 'that') thatAt++;
      if (tokens[thatAt]?.lower !== 'that') continue;
      const heard = speakerAfterIndex(v + 2, sentence, thatAt);
      if (!heard?.mention || tokenIndex(tokens, heard.mention.end) !== thatAt || tokenIndex(tokens, heard.mention.start) > v + 3) continue;
      const end = clauseEnd(thatAt + 1, sentence, v);
      if (end <= thatAt + 2 || sentenceStatements.some((st) => st.start <= tokens[thatAt + 1]!.start && st.end > tokens[thatAt + 1]!.start)) continue;
      const start = tokens[thatAt + 1]!.start;
      let last = end - 1;
      while (last > thatAt + 1 && /^[.,;:!?]$/.test(tokens[last]!.text)) last--;
      const stop = tokens[last]!.end;
      sentenceStatements.push(reported(start, stop, heard, 'heard from', sentence, 0.85));
    }

    for (const { quote, verbIndex } of deferred) {
      const verbStart = tokens[verbIndex]!.start;
      const enclosing = sentenceStatements.find((st) => st.kind !== 'direct' && verbStart >= st.start && verbStart < st.end);
      const earlier = sentenceStatements.filter((st) => st.start < verbStart).pop();
      // The subject of the verb joined by "and" ("Richardson stood up and shouted:") when the clause has one; else the
      // sentence's speaker so far ("He admitted …, and said:").
      const coordinated = subjectOfCoordinatedVerb(verbIndex, sentence);
      const speaker: SpeakerFound | undefined =
        coordinated ??
        (earlier && !enclosing ? { entity: earlier.speaker, mention: earlier.speakerMention, confidence: earlier.confidence * 0.95 } : undefined) ??
        participleSubject(verbIndex, sentence, sentenceStatements);
      if (!speaker) continue;
      sentenceStatements.push({
        start: quote.contentStart,
        end: quote.contentEnd,
        kind: 'direct',
        speaker: speaker.entity,
        reportingVerb: tokens[verbIndex]!.lower,
        speakerMention: speaker.mention,
        confidence: speaker.confidence,
        sentence: sentence.index,
      });
    }

    // 3. "according to X".
    for (let v = sentence.tokenStart; v + 1 < sentence.tokenEnd; v++) {
      if (tokens[v]!.lower !== 'according' || tokens[v + 1]!.lower !== 'to' || inDoubleQuote(tokens[v]!.start)) continue;
      const speaker = speakerAfterIndex(v + 2, sentence);
      if (!speaker) continue;
      const commaBefore = v > sentence.tokenStart && tokens[v - 1]!.text === ',';
      let start: number;
      let end: number;
      // ("…had swayed opinion too according to Mr Stockton.": after the clause, with no comma, to the sentence's end.)
      // ("…according to the chief executive of the trust which runs the school.": a relative clause may close the sentence.)
      const afterSpeaker = speaker.mention !== undefined ? tokenIndex(tokens, speaker.mention.end) : -1;
      const speakerEnds =
        afterSpeaker >= 0 &&
        (afterSpeaker >= sentence.tokenEnd - 1 || /^(?:which|who|,)$/.test(tokens[afterSpeaker]?.lower ?? '')) &&
        !tokens.slice(afterSpeaker, sentence.tokenEnd).some((t) => isOpenMark(t));
      // ("…and, according to the press release issued by the Trust this morning, “has led…”": an aside before a quotation
      // attributes the quotation.)
      let closing = afterSpeaker;
      while (closing >= 0 && closing < sentence.tokenEnd && closing - afterSpeaker <= 4 && tokens[closing]!.text !== ',') closing++;
      const quoteAfter = closing >= 0 && tokens[closing]?.text === ',' && isOpenMark(tokens[closing + 1]);
      if (commaBefore && quoteAfter) {
        start = tokens[closing + 1]!.start;
        end = clauseEndOffset(sentence);
      } else if (commaBefore) {
        start = firstContentOffset(sentence);
        end = tokens[v - 1]!.start;
      } else if (v > sentence.tokenStart + 3 && speakerEnds) {
        start = firstContentOffset(sentence);
        end = tokens[v - 1]!.end;
      } else {
        let k = v + 2;
        while (k < sentence.tokenEnd && tokens[k]!.text !== ',') k++;
        if (k >= sentence.tokenEnd - 1) continue;
        start = tokens[k + 1]!.start;
        end = clauseEndOffset(sentence);
      }
      if (end - start < 8) continue;
      sentenceStatements.push(reported(start, end, speaker, 'according to', sentence, 0.9));
    }

    sentenceStatements.sort((a, b) => a.start - b.start);
    for (const statement of sentenceStatements) {
      if (!statements.some((s) => s.start === statement.start && s.end === statement.end)) statements.push(statement);
    }
  }

  resolveLedeSpeakers();
  return statements;

  // ---- helpers (closures over the article) ----

  /** Reported speech of `speaker` over [start, end): mixed when it holds a quotation, else indirect. */
  function reported(start: number, end: number, speaker: SpeakerFound, reportingVerb: string, sentence: Sentence, factor: number): StatementDraft {
    return {
      start,
      end,
      kind: containsQuote(start, end) ? 'mixed' : 'indirect',
      speaker: speaker.entity,
      reportingVerb,
      speakerMention: speaker.mention,
      confidence: speaker.confidence * factor,
      sentence: sentence.index,
    };
  }

  /** Does a place's name start at this token ("in Bracknell town centre")? */
  function namesPlace(token: Token | undefined): boolean {
    return token !== undefined && registry.mentionStartingAt(token.start)?.entity.type === 'Place';
  }

  /** A dash that sets off an aside: an en or em dash, or a hyphen with spaces round it. */
  function isDash(d: Token | undefined): boolean {
    return d !== undefined && (/^[–—]$/.test(d.text) || (d.text === '-' && /\s/.test(text.charAt(d.start - 1)) && /\s/.test(text.charAt(d.end))));
  }

  /**
   * Is paragraph `to` the same as `from` or the next prose after it? A caption between (a short line with no closing stop,
   * "Emergency services at the scene") or furniture does not break a quote that runs on.
   */
  function nextProse(from: number, to: number): boolean {
    if (from < 0 || to < from) return false;
    for (let p = from + 1; p < to; p++) {
      const paragraph = article.paragraphs[p]!;
      if (paragraph.kind === 'noise') continue;
      const line = text.slice(paragraph.start, paragraph.end).trim();
      if (line.split(/\s+/).length <= 10 && !/[.!?:;"”’']$/.test(line)) continue;
      return false;
    }
    return true;
  }

  function containsQuote(start: number, end: number): boolean {
    return article.quotations.some((q) => q.open >= start && q.open < end);
  }

  /**
   * "Commenting on the results, Tim Martin, the chairman, said:" closing one paragraph and the quote opening
   * the next: the colon's attribution speaks the quote.
   */
  function colonInPreviousParagraph(sentence: Sentence): { speaker: SpeakerFound; verb?: string; verbIndex?: number; audience?: EntityDraft } | undefined {
    const previous = article.sentences[sentence.index - 1];
    if (
      !previous ||
      !nextProse(previous.paragraph, sentence.paragraph) ||
      previous.paragraph === sentence.paragraph ||
      article.paragraphs[previous.paragraph]?.kind !== 'body'
    )
      return undefined;
    const colon = lastMeaningful(tokens, previous.tokenStart, previous.tokenEnd);
    // "X has issued the following statement to announce changes…." then the statement: the sentence's subject issued it.
    if (
      colon &&
      colon.text !== ':' &&
      /\bthe following (?:statement|message|letter|comments?)\b/.test(text.slice(previous.start, previous.end)) &&
      quotationsOf(previous).length === 0
    ) {
      const issuer = subjectOf(previous, 0);
      return issuer && ['Person', 'Organisation'].includes(issuer.type) ? { speaker: { entity: issuer, confidence: 0.7 } } : undefined;
    }
    if (!colon || colon.text !== ':' || quotationsOf(previous).some((q) => q.open > colon.start)) return undefined;
    const found = attributionBefore(colon.index, previous, []);
    if (found) return found;
    const subject = colonSpeaker(colon.index, previous);
    return subject ? { speaker: subject } : undefined;
  }

  /**
   * Who speaks before a colon with no verb of saying: the name just before it ("Mr Grant:"), except after a preposition
   * ("Coffey delivered a rebuke to the Bermondsey backbencher:"), where the sentence's subject speaks, not its object.
   */
  function colonSpeaker(colonIndex: number, sentence: Sentence): SpeakerFound | undefined {
    const objectBefore = tokens
      .slice(Math.max(sentence.tokenStart, colonIndex - 5), colonIndex)
      .some((t) => ['to', 'at', 'for', 'with', 'on'].includes(t.lower));
    const subject = objectBefore ? subjectOf(sentence, 0) : undefined;
    if (subject && (subject.type === 'Person' || subject.type === 'Organisation')) return { entity: subject, confidence: 0.6 };
    return speakerBeforeIndex(colonIndex, sentence);
  }

  function startsParagraph(quote: Quotation): boolean {
    return article.paragraphs[quote.paragraph]?.start === quote.open;
  }

  function isWholeSentence(quote: Quotation, sentence: Sentence): boolean {
    const before = text.slice(sentence.start, quote.open).trim();
    const afterEnd = quote.close >= 0 ? quote.close + 1 : sentence.end;
    const after = text.slice(afterEnd, sentence.end).trim();
    return before === '' && /^[.,!?]*$/.test(after);
  }

  function firstContentOffset(sentence: Sentence): number {
    let k = sentence.tokenStart;
    // Skip a lead-in adverbial ("However, ") so the statement starts at its own words.
    if (LEAD_IN.has(tokens[k]!.lower) && tokens[k + 1]?.text === ',') k += 2;
    return tokens[k]!.start;
  }

  function clauseEndOffset(sentence: Sentence): number {
    let end = sentence.end;
    const last = text.slice(sentence.start, end);
    const trailing = /[\s.!?]+$/.exec(last);
    if (trailing) end -= trailing[0].length;
    return end;
  }

  /** "X said:" / "X, he said," before a quotation: the verb nearest the colon and its speaker. */
  function attributionBefore(
    colonIndex: number,
    sentence: Sentence,
    sentenceStatements: StatementDraft[],
    requireAdjacent = false,
  ): { speaker: SpeakerFound; verb?: string; verbIndex?: number; audience?: EntityDraft } | undefined {
    for (let k = colonIndex - 1; k >= sentence.tokenStart && colonIndex - k <= 20; k--) {
      const token = tokens[k]!;
      // "said service was 'very good if you want to go to Hereford' : "but…"": a short quotation inside the attribution is passed over.
      if (inDoubleQuote(token.start)) {
        if (isQuoteMark(token) || tokens.slice(k, colonIndex).some((t) => t.text === '"' || t.text === '“' || t.text === '”')) break;
        continue;
      }
      const verb = REPORTING_VERB_FORMS.get(token.lower);
      // ("Sir Michael Holden Tweeted:": a capitalised verb right after a name, before the colon.)
      const capitalisedAfterName = token.capitalised && k === colonIndex - 1 && registry.mentionEndingAt(tokens[k - 1]?.end ?? -1) !== undefined;
      if (!verb || (token.capitalised && !capitalisedAfterName)) continue;
      if (requireAdjacent && colonIndex - k > 2) return undefined;
      // "…heard a man was told: “…”": whoever was told did not say it, and the passive names no one who did.
      if (AUDIENCE_VERBS.has(verb.lemma) && PASSIVE_AUX.has(tokens[k - 1]?.lower ?? '') && !tokens.slice(k + 1, colonIndex).some((t) => t.lower === 'by'))
        return undefined;
      let audience: EntityDraft | undefined;
      if (verb.audience || AUDIENCE_VERBS.has(verb.lemma)) audience = registry.mentionStartingAt(tokens[k + 1]?.start ?? -1)?.entity;
      const speaker = PARTICIPLE_FORMS.has(token.lower)
        ? participleSubject(k, sentence, sentenceStatements)
        : (speakerBeforeIndex(k, sentence) ?? speakerAfterIndex(k + 1, sentence, colonIndex) ?? earlierSpeaker(k, sentence, sentenceStatements));
      if (!speaker) return undefined;
      return { speaker, verb: token.lower, verbIndex: k, audience };
    }
    return undefined;
  }

  /** 'He answered "no comment", but when shown a photo replied: "…"': with no subject of its own, the verb is the sentence's last speaker's. */
  function earlierSpeaker(verbIndex: number, sentence: Sentence, sentenceStatements: StatementDraft[]): SpeakerFound | undefined {
    const last = sentenceStatements.filter((st) => st.end <= tokens[verbIndex]!.start).pop();
    if (last) return { entity: last.speaker, mention: last.speakerMention, confidence: Math.min(0.7, last.confidence) };
    // "Richardson stood up and shouted:": the subject of the verb this one is coordinated with.
    if (['and', 'but', 'then'].includes(tokens[verbIndex - 1]?.lower ?? '')) return subjectOfCoordinatedVerb(verbIndex, sentence);
    // Otherwise the sentence's subject, when "but" joins the verb's clause to the subject's.
    if (!tokens.slice(sentence.tokenStart, verbIndex).some((t) => t.lower === 'but')) return undefined;
    const subject = subjectOf(sentence, 0);
    return subject && subject.type === 'Person' ? { entity: subject, confidence: 0.6 } : undefined;
  }

  /** The reporting verb right before a colon when it follows "and"/"but" ("…, and said:"), else undefined. */
  function coordinatedVerbBefore(colonIndex: number, sentence: Sentence): number | undefined {
    let k = colonIndex - 1;
    while (k > sentence.tokenStart && VERB_PRELUDE.has(tokens[k]!.lower) && !REPORTING_VERB_FORMS.has(tokens[k]!.lower)) k--;
    if (k <= sentence.tokenStart || !REPORTING_VERB_FORMS.has(tokens[k]!.lower) || tokens[k]!.capitalised) return undefined;
    return ['and', 'but', 'then'].includes(tokens[k - 1]!.lower) ? k : undefined;
  }

  /** "Richardson stood up and shouted": the subject of the verb the coordinated one joins. */
  function subjectOfCoordinatedVerb(verbIndex: number, sentence: Sentence): SpeakerFound | undefined {
    for (let k = verbIndex - 2; k > sentence.tokenStart; k--) {
      const token = tokens[k]!;
      // A scare quote in the first clause ("from “outperform” to “in-line”") is skipped over.
      if (inDoubleQuote(token.start) || isQuoteMark(token)) continue;
      if (token.text === ',' || token.text === ';') return undefined;
      if (isFiniteVerb(token) || (REPORTING_VERB_FORMS.has(token.lower) && !token.capitalised)) return speakerBeforeIndex(k, sentence, sentence.tokenStart);
    }
    return undefined;
  }

  /**
   * Who a statement came from, named at token `at`: a name, or "the pair" / "the two" for the first of two bodies or people
   * named together in the sentence before ("Premiership Rugby and the RFU provided a united front").
   */
  function statementSource(at: number, sentence: Sentence): SpeakerFound | undefined {
    if (tokens[at]?.lower === 'the' && ['pair', 'two', 'duo'].includes(tokens[at + 1]?.lower ?? '')) {
      for (let b = sentence.index - 1; b >= 0 && sentence.index - b <= 2; b--) {
        const before = article.sentences[b]!;
        const named = registry.mentionsIn(before.start, before.end).filter((m) => ['Organisation', 'Person'].includes(m.entity.type));
        const joined = named.find((m, n) => named[n + 1] && /^\s+(?:and|&)\s+(?:the\s+)?$/.test(text.slice(m.end, named[n + 1]!.start)));
        if (joined) return { entity: joined.entity, mention: { start: tokens[at]!.start, end: tokens[at + 1]!.end }, confidence: 0.6 };
      }
      return undefined;
    }
    const named = registry.mentionStartingAt(tokens[at]!.start);
    if (named && ['Organisation', 'Person'].includes(named.entity.type))
      return { entity: named.entity, mention: { start: named.start, end: named.end }, confidence: 0.8 };
    return speakerAfterIndex(at, sentence);
  }

  /** "…,” said CC Campbell." / "…,” Mr Chambers said of…" / "…”, he said." after a quotation. */
  function attributionAfter(
    from: number,
    sentence: Sentence,
  ): { speaker: SpeakerFound; verb?: string; verbIndex?: number; audience?: EntityDraft } | undefined {
    let k = from;
    while (k < sentence.tokenEnd && (/^[,.”"’]$/.test(tokens[k]!.text) || isQuoteMark(tokens[k]))) k++;
    if (k >= sentence.tokenEnd) return undefined;
    const first = tokens[k]!;
    const firstVerb = REPORTING_VERB_FORMS.get(first.lower);
    if (firstVerb && !first.capitalised) {
      // "…,” read a statement from the pair.", "…,” said a statement from Wigan Council.": whoever the statement came from.
      const paper = tokens[k + 2];
      if (
        ['a', 'the', 'an'].includes(tokens[k + 1]?.lower ?? '') &&
        paper &&
        STATEMENT_NOUNS.has(paper.lower) &&
        ['from', 'by'].includes(tokens[k + 3]?.lower ?? '') &&
        k + 4 < sentence.tokenEnd
      ) {
        const from = statementSource(k + 4, sentence);
        if (from) return { speaker: from, verb: first.lower, verbIndex: k };
      }
      const speaker = speakerAfterIndex(k + 1, sentence);
      if (!speaker) return undefined;
      return { speaker, verb: first.lower, verbIndex: k, audience: audienceAfterSpeaker(k + 1, sentence) };
    }
    // "…,” Allan, who is retiring as chairman next year, told Kuenssberg": a relative clause between the name and the verb.
    const named = registry.mentionStartingAt(first.start);
    const nameEnd = named ? tokenIndex(tokens, named.end) : -1;
    if (
      named &&
      ['Person', 'Organisation'].includes(named.entity.type) &&
      tokens[nameEnd]?.text === ',' &&
      ['who', 'which'].includes(tokens[nameEnd + 1]?.lower ?? '')
    ) {
      let close = nameEnd + 2;
      while (close < sentence.tokenEnd && close - nameEnd <= 16 && tokens[close]!.text !== ',') close++;
      const verbToken = tokens[close + 1];
      const verb = verbToken ? REPORTING_VERB_FORMS.get(verbToken.lower) : undefined;
      if (tokens[close]?.text === ',' && verb && !verbToken!.capitalised) {
        const audience = verb.audience ? registry.mentionStartingAt(tokens[close + 2]?.start ?? -1)?.entity : undefined;
        return {
          speaker: { entity: named.entity, mention: { start: named.start, end: named.end }, confidence: 0.85 },
          verb: verbToken!.lower,
          verbIndex: close + 1,
          audience,
        };
      }
    }
    for (let v = k + 1; v < sentence.tokenEnd && v - k <= 8; v++) {
      const token = tokens[v]!;
      if (/^[“"(:;]$/.test(token.text) || isOpenMark(token)) return undefined;
      const verb = REPORTING_VERB_FORMS.get(token.lower);
      if (!verb || token.capitalised) continue;
      const speaker = speakerBeforeIndex(v, sentence, k);
      if (!speaker) return undefined;
      let audience: EntityDraft | undefined;
      if (verb.audience)
        audience = registry.mentionStartingAt(tokens[v + 1]?.start ?? -1)?.entity ?? registry.mentionStartingAt(tokens[v + 2]?.start ?? -1)?.entity;
      return { speaker, verb: token.lower, verbIndex: v, audience };
    }
    return undefined;
  }

  function audienceAfterSpeaker(from: number, sentence: Sentence): EntityDraft | undefined {
    for (let k = from; k < sentence.tokenEnd; k++) {
      if (tokens[k]!.lower === 'told')
        return registry.mentionStartingAt(tokens[k + 1]?.start ?? -1)?.entity ?? registry.mentionStartingAt(tokens[k + 2]?.start ?? -1)?.entity;
    }
    return undefined;
  }

  /** The speaker named just before a verb: a name, a pronoun, a title, an unnamed person or a group. */
  function speakerBeforeIndex(verbIndex: number, sentence: Sentence, floor = sentence.tokenStart): SpeakerFound | undefined {
    let k = verbIndex - 1;
    while (k >= floor) {
      const token = tokens[k]!;
      // ("have long argued": "long" in lower case is an adverb here; "Brian Long believes" is a name.)
      if (
        VERB_PRELUDE.has(token.lower) ||
        token.text === 'long' ||
        (/ly$/.test(token.lower) && token.lower.length > 4 && !token.capitalised && isCommonWord(token.lower))
      ) {
        k--;
        continue;
      }
      if (token.lower === 'to' && k - 1 >= floor && CONTROL_VERBS.has(tokens[k - 1]!.lower)) {
        k -= 2;
        continue;
      }
      // "Clarke went on to warn that…": "went on to" before the verb.
      if (token.lower === 'to' && tokens[k - 1]?.lower === 'on' && /^(?:went|goes|go|going|gone)$/.test(tokens[k - 2]?.lower ?? '') && k - 2 >= floor) {
        k -= 3;
        continue;
      }
      // "prompted Kemi Badenoch to brand Labour…": the person before "to" speaks.
      if (token.lower === 'to' && k - 1 >= floor) {
        const object = registry.mentionEndingAt(tokens[k - 1]!.end);
        if (object && (object.entity.type === 'Person' || object.entity.type === 'Organisation')) {
          return { entity: object.entity, mention: { start: object.start, end: object.end }, confidence: 0.7 };
        }
      }
      if (token.lower === 'not' || token.lower === "didn't" || token.lower === "hasn't") {
        k--;
        continue;
      }
      // "Mr Marsden, Blackpool South MP said:": a seat and its member's letters after the name, with no closing comma.
      if (isPostNominal(token) && k - 1 >= floor) {
        const seat = registry.mentionEndingAt(tokens[k - 1]!.end);
        const comma = seat && seat.entity.type === 'Place' ? tokenIndex(tokens, seat.start) - 1 : -1;
        const member = comma > floor && tokens[comma]!.text === ',' ? registry.mentionEndingAt(tokens[comma - 1]!.end) : undefined;
        if (member && member.entity.type === 'Person') return { entity: member.entity, mention: { start: member.start, end: member.end }, confidence: 0.8 };
      }
      // "Defending Peter Gower QC said": a post-nominal after the name.
      if (isPostNominal(token) && k - 1 >= floor && registry.mentionEndingAt(tokens[k - 1]!.end)?.entity.type === 'Person') {
        k--;
        continue;
      }
      // "Coun Richard Lewis (Lab) told…": a short bracketed tag (party, ward, age) between the name and the verb;
      // "Thorntons today (2 July) confirmed…": a date after a time word.
      const open = token.text === ')' ? bracketOpening(k, floor, 7) : undefined;
      if (open !== undefined) {
        const before = tokens[open - 1];
        // ("(Con Lyonshall with Titley)": a party and a ward may run longer.)
        const limit = PARTY_TAGS.has(tokens[open + 1]?.text ?? '') ? 7 : 4;
        if (
          open > floor &&
          k - open >= 2 &&
          k - open <= limit &&
          before &&
          (registry.mentionEndingAt(before.end) || ['today', 'yesterday'].includes(before.lower))
        ) {
          k = open - 1;
          continue;
        }
      }
      break;
    }
    if (k < floor) return undefined;
    // "Another update in April noted…", "Mr Cole on Monday told…": a month or a day between the speaker and the verb.
    if (
      k - 2 >= floor &&
      /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
        tokens[k]!.lower,
      ) &&
      ['in', 'on'].includes(tokens[k - 1]!.lower)
    )
      k -= 2;
    const token = tokens[k]!;
    // "Judge Simon James on two occasions told him…": a short time phrase between the name and the verb.
    for (let p = k; p >= floor + 1 && k - p <= 4 && tokens[p]!.isWord && !tokens[p]!.capitalised && !isFiniteVerb(tokens[p]!); p--) {
      if (!['on', 'in', 'at', 'during', 'after', 'before', 'over', 'for'].includes(tokens[p]!.lower)) continue;
      const named = registry.mentionEndingAt(tokens[p - 1]!.end);
      if (named && (named.entity.type === 'Person' || named.entity.type === 'Organisation') && p < k && !inDoubleQuote(named.start))
        return { entity: named.entity, mention: { start: named.start, end: named.end }, confidence: 0.75 };
      break;
    }
    if (token.text === ',') return appositionSpeaker(k, sentence, floor);
    // "The King’s Fund think tank has warned": what kind of body it is, after its name.
    if (token.isWord && !token.capitalised && (ORGANISATION_ANAPHORS[token.lower] || token.lower === 'tank')) {
      for (let b = k - 1; b >= floor && k - b <= 2; b--) {
        const body = registry.mentionEndingAt(tokens[b]!.end);
        if (body && body.entity.type === 'Organisation' && !inDoubleQuote(body.start))
          return { entity: body.entity, mention: { start: body.start, end: tokens[k]!.end }, confidence: 0.8 };
        if (!tokens[b]!.isWord || tokens[b]!.capitalised) break;
      }
    }
    // "Elizabeth Muir – representing Jennings – told the court": an aside between dashes after the name.
    // ("James - who cannot vote in the ballot as his mother-in-law's name is on the leasehold … - said:": a spaced hyphen,
    // and a longer aside when it is a relative clause.)
    if (isDash(token)) {
      let open = k - 1;
      while (open > floor && k - open <= 30 && !isDash(tokens[open])) open--;
      const within = k - open <= 12 || ['who', 'which'].includes(tokens[open + 1]?.lower ?? '');
      const named = isDash(tokens[open]) && within ? registry.mentionEndingAt(tokens[open - 1]?.end ?? -1) : undefined;
      if (named && ['Person', 'Organisation'].includes(named.entity.type))
        return { entity: named.entity, mention: { start: named.start, end: named.end }, confidence: 0.8 };
    }
    const owner = appositionWithoutClosingComma(k, floor) ?? relativeWithoutClosingComma(k, floor) ?? definingRelativeSpeaker(k, sentence, floor);
    if (owner) return owner;
    const mention = registry.mentionEndingAt(token.end);
    // "The Workington MP’s social media reply to councillor Bell stated:": the reply speaks, not the one it answers.
    if (mention) {
      let p = tokenIndex(tokens, mention.start) - 1;
      while (p > floor && tokens[p]!.isWord && !tokens[p]!.capitalised && ROLE_TITLES[tokens[p]!.lower]) p--;
      if (p - 1 >= floor && tokens[p]!.lower === 'to' && STATEMENT_NOUNS.has(tokens[p - 1]!.lower)) {
        const writer = nounPhraseSpeaker(p - 1, sentence, floor);
        if (writer) return writer;
      }
    }
    // "The Conservative group on Wokingham borough council said…": the group speaks, not the council.
    for (let j = k - 1; j > floor && k - j <= 8 && tokens[j]!.isWord; j--) {
      if (tokens[j]!.lower !== 'group' || !['on', 'at'].includes(tokens[j + 1]!.lower)) continue;
      const group = nounPhraseSpeaker(j, sentence, floor);
      if (group) return group;
      break;
    }
    // "Frank Donlon of the charity The League of Friends of Buckingham Hospital said…": the person of the body speaks.
    if (mention && mention.entity.type === 'Organisation') {
      let b = tokenIndex(tokens, mention.start) - 1;
      while (
        b > floor &&
        tokenIndex(tokens, mention.start) - b <= 3 &&
        tokens[b]!.isWord &&
        !tokens[b]!.capitalised &&
        !['of', 'from', 'at'].includes(tokens[b]!.lower)
      )
        b--;
      const person = ['of', 'from', 'at'].includes(tokens[b]?.lower ?? '') && b - 1 >= floor ? registry.mentionEndingAt(tokens[b - 1]!.end) : undefined;
      if (person && person.entity.type === 'Person' && !person.entity.articleScoped && !inDoubleQuote(person.start))
        return { entity: person.entity, mention: { start: person.start, end: person.end }, confidence: 0.8 };
    }
    // "A barrister representing McGrath said that…": the lawyer speaks, not the client.
    if (mention && mention.entity.type === 'Person') {
      const m = tokenIndex(tokens, mention.start);
      const lawyer = tokens[m - 2];
      if (
        /^(?:representing|defending|prosecuting)$/.test(tokens[m - 1]?.lower ?? '') &&
        m - 2 >= floor &&
        lawyer?.isWord &&
        !lawyer.capitalised &&
        (PERSON_NOUNS.has(lawyer.lower) || ROLE_TITLES[lawyer.lower])
      ) {
        const counsel = nounPhraseSpeaker(m - 2, sentence, floor);
        if (counsel) return counsel;
      }
    }
    // "a spokesman for the Department of Health said": the spokesman speaks, not the department.
    if (mention && mention.entity.type !== 'Person' && spokespersonBefore(tokenIndex(tokens, mention.start), floor))
      return nounPhraseSpeaker(k, sentence, floor);
    // "a rightwing Tory told the Commons": a member of the party, not the party.
    if (mention && mention.entity.organisationKind === 'party' && mention.end - mention.start <= 12) {
      let d = tokenIndex(tokens, mention.start) - 1;
      while (d > floor && tokens[d]!.isWord && !tokens[d]!.capitalised && !DETERMINERS.has(tokens[d]!.lower) && tokenIndex(tokens, mention.start) - d <= 2) d--;
      if (INDEFINITE.has(tokens[d]?.lower ?? '')) {
        const phrase = text.slice(tokens[d]!.start, mention.end);
        const member = registry.add('Person', capitalise(text.slice(tokens[d + 1]!.start, mention.end)), {
          id: entityId('Person', phrase),
          articleScoped: true,
          confidence: 0.6,
        });
        registry.addMention(member, tokens[d]!.start, mention.end, phrase);
        unnamedSpeakers.push({ entity: member, sentence: sentence.index, phrase });
        return { entity: member, mention: { start: tokens[d]!.start, end: mention.end }, confidence: 0.6 };
      }
    }
    if (mention && ['Person', 'Organisation', 'Group'].includes(mention.entity.type) && !inDoubleQuote(mention.start)) {
      // "Defence solicitor John MacColl and Natalie Paterson then informed…": two speakers; the first named stands for both.
      // ("Mr Harris and Forest of Dean District Council leader Tim Gwilliam said": past the second one's post.)
      let and = tokenIndex(tokens, mention.start) - 1;
      if (mention.entity.type === 'Person') {
        let b = and;
        while (
          b > floor &&
          and - b <= 8 &&
          tokens[b]!.isWord &&
          tokens[b]!.lower !== 'and' &&
          (tokens[b]!.capitalised || ROLE_TITLES[tokens[b]!.lower] || CONNECTORS_IN_NAMES.has(tokens[b]!.lower))
        )
          b--;
        if (b < and && tokens[b]?.lower === 'and' && ROLE_TITLES[tokens[and]!.lower]) and = b;
      }
      const firstSpeaker = tokens[and]?.lower === 'and' && and - 1 >= floor ? registry.mentionEndingAt(tokens[and - 1]!.end) : undefined;
      if (firstSpeaker && firstSpeaker.entity.type === mention.entity.type && firstSpeaker.entity !== mention.entity)
        return { entity: firstSpeaker.entity, mention: { start: firstSpeaker.start, end: firstSpeaker.end }, confidence: 0.7 };
      // "the Green Party's Caroline Lucas": the mention is the person, as wanted.
      return { entity: mention.entity, mention: { start: mention.start, end: mention.end }, confidence: 0.9 };
    }
    // "Hed said:" opening a sentence: a misprinted "He".
    const misprint = k === sentence.tokenStart && isPronounMisprint(token) ? PRONOUNS[/^(?:she|they|he)/.exec(token.lower)![0]] : undefined;
    const pronoun = PRONOUNS[token.lower] ?? misprint;
    if (pronoun) {
      const entity = resolvePronoun(pronoun, sentence, token.start);
      return entity ? { entity, mention: { start: token.start, end: token.end }, confidence: misprint ? 0.6 : 0.75 } : undefined;
    }
    // "A charity chief who said…": a person described just before "who" (no comma) speaks; the lede may name them later.
    if (
      token.lower === 'who' &&
      k - 1 > floor &&
      tokens[k - 1]!.isWord &&
      !tokens[k - 1]!.capitalised &&
      (PERSON_NOUNS.has(tokens[k - 1]!.lower) || ROLE_TITLES[tokens[k - 1]!.lower])
    )
      return nounPhraseSpeaker(k - 1, sentence, floor);
    // "Police in Devon say…": the force, named by the place it polices.
    const placed = registry.mentionEndingAt(token.end);
    if (placed && placed.entity.type === 'Place' && tokens[tokenIndex(tokens, placed.start) - 1]?.lower === 'in') {
      const head = tokens[tokenIndex(tokens, placed.start) - 2];
      // "The Aneurin Bevan University Health Board in South Wales said…": the body, then where it is.
      const body = head ? registry.mentionEndingAt(head.end) : undefined;
      if (body && body.entity.type === 'Organisation' && tokenIndex(tokens, body.start) >= floor && !inDoubleQuote(body.start))
        return { entity: body.entity, mention: { start: body.start, end: body.end }, confidence: 0.8 };
      if (head && (head.lower === 'police' || head.lower === 'officers')) {
        const force = organisationFor(['police'], token.start);
        if (force) return { entity: force, mention: { start: head.start, end: placed.end }, confidence: 0.7 };
        return nounPhraseSpeaker(tokenIndex(tokens, placed.start) - 2, sentence, tokenIndex(tokens, placed.start) - 2);
      }
    }
    // "…by Ribblesdale councillor David Staveley who said:": "who" straight after a person's name, with no comma.
    if (token.lower === 'who' && k - 1 >= sentence.tokenStart) {
      const named = registry.mentionEndingAt(tokens[k - 1]!.end);
      if (named && named.entity.type === 'Person' && !inDoubleQuote(named.start))
        return { entity: named.entity, mention: { start: named.start, end: named.end }, confidence: 0.8 };
    }
    // "Geoffrey Cox, who announced that…": the relative pronoun stands for the name before it.
    if ((token.lower === 'who' || token.lower === 'which') && k - 2 >= sentence.tokenStart && tokens[k - 1]!.text === ',') {
      // "Prime Minister Liz Truss on the BBC, who said…": "who" is a person, past a short phrase after the name.
      if (token.lower === 'who' && registry.mentionEndingAt(tokens[k - 2]!.end)?.entity.type !== 'Person') {
        for (let j = k - 3; j >= sentence.tokenStart && k - j <= 7; j--) {
          if (!tokens[j]!.isWord || isFiniteVerb(tokens[j]!)) break;
          const person = registry.mentionEndingAt(tokens[j]!.end);
          if (person && person.entity.type === 'Person') return { entity: person.entity, mention: { start: person.start, end: person.end }, confidence: 0.7 };
        }
      }
      const antecedent = registry.mentionEndingAt(tokens[k - 2]!.end);
      if (antecedent && ['Person', 'Organisation', 'Group'].includes(antecedent.entity.type)) {
        return { entity: antecedent.entity, mention: { start: antecedent.start, end: antecedent.end }, confidence: 0.8 };
      }
      return undefined;
    }
    return personBeforePreposition(k, floor) ?? nounPhraseSpeaker(k, sentence, floor);
  }

  /** "Emma-Lou Montgomery of Fidelity Personal Investing's share dealing service said": the person before "of"/"at"/"from" speaks. */
  function personBeforePreposition(last: number, floor: number): SpeakerFound | undefined {
    for (let j = last; j > floor && last - j <= 10; j--) {
      const token = tokens[j]!;
      if (!token.isWord && token.lower !== "'s") return undefined;
      if (FINITE.has(token.lower) || (REPORTING_VERB_FORMS.has(token.lower) && j !== last)) return undefined;
      if (['of', 'at', 'from'].includes(token.lower)) {
        const person = registry.mentionEndingAt(tokens[j - 1]!.end);
        if (person && person.entity.type === 'Person' && !person.entity.articleScoped)
          return { entity: person.entity, mention: { start: person.start, end: person.end }, confidence: 0.8 };
        return undefined;
      }
    }
    return undefined;
  }

  /**
   * "Brownhill Surgery in Chandler’s Ford, Hampshire, which serves 7,000 patients has announced…": a relative clause the
   * writer did not close; the speaker is the name it hangs on, past where that name is.
   */
  function relativeWithoutClosingComma(last: number, floor: number): SpeakerFound | undefined {
    let c = last;
    const inNumber = (k: number): boolean =>
      /^\d+$/.test(tokens[k - 1]?.text ?? '') && /^\d+$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 1]!.start === tokens[k]!.end;
    // ("Cllr McKeen, who is the Chair of Mid and East Antrim Policing and Community Safety Partnership said": a long clause.)
    while (c > floor && last - c <= 20 && !(tokens[c]!.text === ',' && ['which', 'who'].includes(tokens[c + 1]?.lower ?? ''))) {
      if ((tokens[c]!.text === ',' && !inNumber(c)) || tokens[c]!.text === ';' || isQuoteMark(tokens[c]!)) return undefined;
      c--;
    }
    // (", who said": the relative pronoun right before the verb is another construction, handled where it is.)
    if (c <= floor || tokens[c]!.text !== ',' || c + 2 > last) return undefined;
    let a = c - 1;
    for (let step = 0; step < 4 && a >= floor; step++) {
      const mention = registry.mentionEndingAt(tokens[a]!.end);
      if (!mention) {
        // "in Chandler’s Ford": a place in no list, after "in".
        let b = a;
        while (b > floor && a - b < 4 && (tokens[b]!.capitalised || /^['’]s$/.test(tokens[b]!.text))) b--;
        if (b === a || !['in', 'at', 'near'].includes(tokens[b]!.lower)) return undefined;
        a = b - 1;
        continue;
      }
      if (mention.entity.type === 'Person' || mention.entity.type === 'Organisation')
        return { entity: mention.entity, mention: { start: mention.start, end: mention.end }, confidence: 0.75 };
      if (mention.entity.type !== 'Place') return undefined;
      a = tokenIndex(tokens, mention.start) - 1;
      if (tokens[a]?.text === ',' || ['in', 'at', 'of', 'near'].includes(tokens[a]?.lower ?? '')) a--;
    }
    return undefined;
  }

  /** "A father who shone a laser at a police helicopter claimed…": the person a defining relative clause describes. */
  function definingRelativeSpeaker(last: number, sentence: Sentence, floor: number): SpeakerFound | undefined {
    for (let w = last; w > floor && last - w <= 12; w--) {
      const token = tokens[w]!;
      if (token.text === ',' || token.text === ';' || isQuoteMark(token)) return undefined;
      if (token.lower !== 'who') continue;
      const head = tokens[w - 1];
      if (!head || !head.isWord || head.capitalised || !PERSON_NOUNS.has(head.lower)) return undefined;
      const found = nounPhraseSpeaker(w - 1, sentence, floor);
      return found && found.entity.type === 'Person' ? found : undefined;
    }
    return undefined;
  }

  /**
   * "Steve Murrells, chief executive of The Co-op said": a name, a comma, a role (with whose it is), and no closing
   * comma before the verb: the named person speaks, not the body the role belongs to.
   */
  function appositionWithoutClosingComma(last: number, floor: number): SpeakerFound | undefined {
    let comma = last;
    // ("Robert Beeston, Wyre Forest District Council’s senior community and environmental protection officer said:": a long post.)
    while (comma > floor && last - comma <= 13 && tokens[comma]!.text !== ',') {
      const token = tokens[comma]!;
      if (!token.isWord && token.lower !== "'s" && token.text !== '-') return undefined;
      if (isFiniteVerb(token) && !registry.mentionEndingAt(token.end) && !registry.mentionsIn(token.start, token.end).length) return undefined;
      comma--;
    }
    if (comma <= floor || tokens[comma]!.text !== ',' || comma === last) return undefined;
    const person = registry.mentionEndingAt(tokens[comma - 1]!.end);
    if (!person || person.entity.type !== 'Person' || person.entity.articleScoped) return undefined;
    let first = comma + 1;
    if (DETERMINERS.has(tokens[first]!.lower)) first++;
    const roleWords = tokens.slice(first, last + 1).map((t) => t.lower);
    const hasRole = roleWords.some(
      (w, i) => ROLE_TITLES[w] !== undefined || PERSON_NOUNS.has(w) || ROLE_TITLES[`${w} ${roleWords[i + 1] ?? ''}`] !== undefined,
    );
    // ("Wayne Harvey, Deloitte’s senior partner in Wales said": a body's possessive or "in" places the post too.)
    if (!hasRole || !roleWords.some((w) => NP_PREPOSITIONS.has(w) || w === 'in' || w === "'s" || w === '’s')) return undefined;
    return { entity: person.entity, mention: { start: person.start, end: person.end }, confidence: 0.8 };
  }

  /** The "(" that opens the bracket closed at `close`, no more than `longest` tokens back and not before `floor`. */
  function bracketOpening(close: number, floor: number, longest: number): number | undefined {
    for (let open = close - 1; open > floor && close - open <= longest; open--) {
      if (tokens[open]!.text === '(') return open;
    }
    return undefined;
  }

  /** "Dal Babu, said" after "a former senior Muslim policeman, " / "Mr Coupe, the group's…, said": who the commas enclose or precede. */
  function appositionSpeaker(commaIndexIn: number, sentence: Sentence, floor: number): SpeakerFound | undefined {
    // "Cllr Katie Porrer (Lib Dem, Markett), said": a bracketed tag between the name and the comma is passed over.
    let commaIndex = commaIndexIn;
    const tagOpen = tokens[commaIndex - 1]?.text === ')' ? bracketOpening(commaIndex - 1, floor, 7) : undefined;
    if (tagOpen !== undefined) {
      const open = tagOpen;
      if (registry.mentionEndingAt(tokens[open - 1]?.end ?? -1)) {
        const named = registry.mentionEndingAt(tokens[open - 1]!.end)!;
        if (named.entity.type === 'Person' && (tokens[open - 2]?.text !== ',' || tokenIndex(tokens, named.start) <= floor + 3)) {
          const previousComma = tokens.slice(floor, open).some((t) => t.text === ',');
          if (!previousComma) return { entity: named.entity, mention: { start: named.start, end: named.end }, confidence: 0.75 };
        }
        commaIndex = open;
      }
    }
    // "Graeme Cook. defending, said": a stray stop where the opening comma belongs before a court role.
    const opensApposition = (k: number): boolean =>
      tokens[k]!.text === ',' || (tokens[k]!.text === '.' && /^(?:defending|prosecuting|representing|mitigating)$/.test(tokens[k + 1]?.lower ?? ''));
    let open = commaIndex - 1;
    while (open >= floor && !opensApposition(open) && commaIndex - open <= 30) open--;
    if (open < floor || !opensApposition(open)) {
      // "Detective Inspector Pete Scott, said:": a stray comma after a name that opens the sentence
      // ("Patrick Harvie MSP, said:": after the name's post-nominal).
      const postNominal = tokens[commaIndex - 1] && isPostNominal(tokens[commaIndex - 1]!) ? 1 : 0;
      // ("Coun. Cath Homer from Hexham East, said:": after where the person comes from.)
      let from = commaIndex - 1;
      while (from > floor && commaIndex - from <= 4 && tokens[from]!.isWord && tokens[from]!.capitalised) from--;
      const origin = from < commaIndex - 1 && ['from', 'of'].includes(tokens[from]!.lower) ? from : commaIndex - postNominal;
      const named = registry.mentionEndingAt(tokens[origin - 1]?.end ?? -1);
      if (named && named.entity.type === 'Person' && tokenIndex(tokens, named.start) <= floor + 3 && commaIndex + 1 < sentence.tokenEnd)
        return { entity: named.entity, mention: { start: named.start, end: named.end }, confidence: 0.7 };
      return undefined;
    }
    const segmentStart = open + 1;
    // "The investment bank, Schroder Salomon Smith Barney (SSSB), reduced…": the name before its bracketed abbreviation.
    const bracketed = tokens[commaIndex - 1]?.text === ')' && tokens[commaIndex - 3]?.text === '(' && commaIndex - 4 > open;
    const inner = registry.mentionEndingAt(tokens[bracketed ? commaIndex - 4 : commaIndex - 1]!.end);
    // ("And in Sunderland, the Conishead Medical Group, has announced…": a stray comma after a body with its article.)
    const segmentFirst = tokens[segmentStart]!.lower === 'the' && inner?.entity.type === 'Organisation' ? tokens[segmentStart + 1]! : tokens[segmentStart]!;
    if (inner && inner.start === segmentFirst.start && segmentFirst.capitalised && ['Person', 'Organisation'].includes(inner.entity.type)) {
      return { entity: inner.entity, mention: { start: inner.start, end: inner.end }, confidence: 0.85 };
    }
    // ("However, Wirral Council leader Cllr Paul Stuart, said…": a body and a post before the name, then a stray comma.)
    if (inner && inner.entity.type === 'Person') {
      let p = segmentStart;
      while (p < tokenIndex(tokens, inner.start)) {
        const body = registry.mentionStartingAt(tokens[p]!.start);
        if (body && body.entity.type === 'Organisation') p = tokenIndex(tokens, body.end);
        else if (tokens[p]!.isWord && !tokens[p]!.capitalised && (ROLE_TITLES[tokens[p]!.lower] || PERSON_NOUNS.has(tokens[p]!.lower))) p++;
        else break;
      }
      if (p === tokenIndex(tokens, inner.start) && p > segmentStart)
        return { entity: inner.entity, mention: { start: inner.start, end: inner.end }, confidence: 0.75 };
    }
    // ("…was not answered, as the leader of the debate Lindy Rowley, said she…": a clause opened by "as", a description, the name.)
    if (
      inner &&
      inner.entity.type === 'Person' &&
      /^(?:as|while|when|but|and)$/.test(tokens[segmentStart]!.lower) &&
      tokens
        .slice(segmentStart + 1, tokenIndex(tokens, inner.start))
        .every((t) => t.isWord && !t.capitalised && !FINITE.has(t.lower) && !/ed$/.test(t.lower) && !REPORTING_VERB_FORMS.has(t.lower))
    )
      return { entity: inner.entity, mention: { start: inner.start, end: inner.end }, confidence: 0.7 };
    // ("Cllr Anna Smith (Lab, Coleridge), leader of the city council, said": the name before its bracketed tag.)
    const outerTag = tokens[open - 1]?.text === ')' ? bracketOpening(open - 1, floor, 8) : undefined;
    const outerEnd = outerTag !== undefined ? outerTag - 1 : open - 1;
    let outer = registry.mentionEndingAt(tokens[outerEnd]?.end ?? -1);
    // "Steve Richards, chief executive of Novus, formerly Urbium, said": appositions one after another; the name before the first.
    let earlier = open;
    for (let step = 0; step < 3 && (!outer || outer.entity.type !== 'Person') && tokens[earlier]?.text === ','; step++) {
      let previousComma = earlier - 1;
      while (previousComma >= floor && tokens[previousComma]!.text !== ',' && earlier - previousComma <= 12) previousComma--;
      if (previousComma < floor || tokens[previousComma]!.text !== ',') break;
      const candidate = registry.mentionEndingAt(tokens[previousComma - 1]?.end ?? -1);
      if (candidate && candidate.entity.type === 'Person' && !candidate.entity.articleScoped) {
        outer = candidate;
        break;
      }
      earlier = previousComma;
    }
    // "A spokeswoman for Santander, thought to be…, said": the spokeswoman speaks, not the bank.
    if (outer && outer.entity.type !== 'Person' && spokespersonBefore(tokenIndex(tokens, outer.start), floor))
      return nounPhraseSpeaker(open - 1, sentence, floor);
    if (outer && ['Person', 'Organisation', 'Group'].includes(outer.entity.type)) {
      return { entity: outer.entity, mention: { start: outer.start, end: outer.end }, confidence: 0.85 };
    }
    const pronoun = PRONOUNS[tokens[open - 1]?.lower ?? ''];
    if (pronoun) {
      const entity = resolvePronoun(pronoun, sentence, tokens[open - 1]!.start);
      return entity ? { entity, mention: { start: tokens[open - 1]!.start, end: tokens[open - 1]!.end }, confidence: 0.7 } : undefined;
    }
    return open - 1 >= floor ? nounPhraseSpeaker(open - 1, sentence, floor) : undefined;
  }

  /** "said CC Campbell", "said chief executive John Chambers", "said the company", "said a spokesman". */
  function speakerAfterIndex(from: number, sentence: Sentence, limit = sentence.tokenEnd): SpeakerFound | undefined {
    let k = from;
    const roleStart = k;
    while (
      k < limit &&
      k - roleStart < 5 &&
      !registry.mentionStartingAt(tokens[k]!.start) &&
      tokens[k]!.isWord &&
      !tokens[k]!.capitalised &&
      !DETERMINERS.has(tokens[k]!.lower) &&
      !PRONOUNS[tokens[k]!.lower]
    )
      k++;
    // "said chief executive officer (CEO) Michael Sharp": the role's abbreviation in brackets, then the name.
    if (k > roleStart && tokens[k]?.text === '(' && tokens[k + 1]?.allCaps && tokens[k + 2]?.text === ')' && k + 3 < limit) k += 3;
    if (k >= limit) return undefined;
    // "according to the Office for National Statistics": the name after the article.
    if (DETERMINERS.has(tokens[k]!.lower) && k + 1 < limit && registry.mentionStartingAt(tokens[k + 1]!.start)) k++;
    // ("confirms CIPR North West chair Sally Sykes": a body in no list, its officer's post, then the officer.)
    if (!registry.mentionStartingAt(tokens[k]!.start) && tokens[k]!.capitalised) {
      let j = k;
      while (j < limit && j - k < 6 && tokens[j]!.isWord && (tokens[j]!.capitalised || ROLE_TITLES[tokens[j]!.lower])) {
        const inside = registry.mentionStartingAt(tokens[j]!.start);
        if (inside?.entity.type === 'Person') break;
        j = inside ? tokenIndex(tokens, inside.end) : j + 1;
      }
      const officer =
        j > k && ROLE_TITLES[tokens[j - 1]!.lower] && !tokens[j - 1]!.capitalised ? registry.mentionStartingAt(tokens[j]?.start ?? -1) : undefined;
      if (officer && officer.entity.type === 'Person') return { entity: officer.entity, mention: { start: officer.start, end: officer.end }, confidence: 0.8 };
    }
    const mention = registry.mentionStartingAt(tokens[k]!.start);
    // "said St Austell marketing director Jeremy Mitchell", "said Tesco chief executive Dave Lewis": the body, its officer's role, the officer.
    if (mention && mention.entity.type !== 'Person') {
      let j = tokenIndex(tokens, mention.end);
      const roleFrom = j;
      while (
        j < limit &&
        j - roleFrom < 4 &&
        tokens[j]!.isWord &&
        !tokens[j]!.capitalised &&
        (ROLE_TITLES[tokens[j]!.lower] || PERSON_NOUNS.has(tokens[j]!.lower) || isCommonWord(tokens[j]!.lower))
      )
        j++;
      const officer = j > roleFrom && j < limit ? registry.mentionStartingAt(tokens[j]!.start) : undefined;
      if (officer && officer.entity.type === 'Person') return { entity: officer.entity, mention: { start: officer.start, end: officer.end }, confidence: 0.85 };
      // "by a High Court judge as…": the body's officer, unnamed here.
      const roleAt = tokens[roleFrom] && (ROLE_TITLES[tokens[roleFrom]!.lower] || PERSON_NOUNS.has(tokens[roleFrom]!.lower)) ? roleFrom : -1;
      if (!officer && roleAt >= 0) {
        const person = nounPhraseSpeaker(roleAt, sentence, from);
        if (person && person.entity.type === 'Person') return person;
      }
    }
    if (mention && ['Person', 'Organisation', 'Group'].includes(mention.entity.type))
      return { entity: mention.entity, mention: { start: mention.start, end: mention.end }, confidence: 0.9 };
    const pronoun = PRONOUNS[tokens[from]?.lower ?? ''];
    if (pronoun) {
      const entity = resolvePronoun(pronoun, sentence, tokens[from]!.start);
      return entity ? { entity, mention: { start: tokens[from]!.start, end: tokens[from]!.end }, confidence: 0.75 } : undefined;
    }
    // "according to a leaflet handed out by the construction firm": the document's author.
    const documentAt = [from, from + 1, from + 2].find((d) => d < limit && DOCUMENT_NOUNS.has(tokens[d]?.lower ?? ''));
    if (documentAt !== undefined) {
      for (let b = documentAt + 1; b < limit && b - documentAt <= 5 && tokens[b]!.isWord; b++) {
        if (tokens[b]!.lower !== 'by') continue;
        const author = speakerAfterIndex(b + 1, sentence, limit);
        if (author) return { ...author, confidence: Math.min(author.confidence, 0.7) };
        break;
      }
    }
    // A noun phrase: up to a preposition or punctuation.
    let end = from;
    while (
      end < limit &&
      tokens[end]!.isWord &&
      ![
        'on',
        'in',
        'at',
        'after',
        'before',
        'during',
        'when',
        'while',
        'to',
        'of',
        'that',
        'yesterday',
        'today',
        'last',
        'this',
        'earlier',
        'based',
        'which',
        'who',
      ].includes(tokens[end]!.lower) &&
      end - from < 6
    )
      end++;
    if (tokens[end]?.lower === 'of' && tokens[end + 1]?.lower === 'the') end += 3;
    if (end === from) return undefined;
    return nounPhraseSpeaker(end - 1, sentence, from);
  }

  /** Is the name at token index `nameIndex` the object of "a spokesman for", "sources close to", "analysts at"? */
  function spokespersonBefore(nameIndex: number, floor: number): boolean {
    let k = nameIndex - 1;
    if (tokens[k]?.lower === 'the') k--;
    if (!NP_PREPOSITIONS.has(tokens[k]?.lower ?? '') || k - 1 < floor) return false;
    if (tokens[k]!.lower === 'to' && tokens[k - 1]?.lower === 'close') k--;
    // ("A spokesman for the Highlands and Islands branch of Police Scotland": a part of the body, named, between.)
    if (tokens[k]!.lower === 'of' && /^(?:branch|division|arm|office|unit|team|region|wing)$/.test(tokens[k - 1]?.lower ?? '')) {
      for (let p = k - 2; p > floor && k - p <= 8; p--) {
        if (['for', 'from', 'at'].includes(tokens[p]!.lower)) return PERSON_NOUNS.has(tokens[p - 1]?.lower ?? '');
        if (!tokens[p]!.isWord) return false;
      }
      return false;
    }
    const head = tokens[k - 1]?.lower ?? '';
    return PERSON_NOUNS.has(head) || GROUP_NOUNS.has(head);
  }

  /**
   * A speaker given by a noun phrase ending at token `last`: "critics", "Government figures",
   * "a government spokeswoman", "the foreman of the jury", "the Prime Minister", "the force".
   */
  function nounPhraseSpeaker(lastIn: number, sentence: Sentence, floor: number): SpeakerFound | undefined {
    // "…directors of children’s services who claim…": the relative pronoun is no part of the phrase.
    const last = lastIn > floor && ['who', 'which'].includes(tokens[lastIn]!.lower) ? lastIn - 1 : lastIn;
    // ("Judge Jeremy Richardson QC, the Honorary Recorder…, revealed": the person before the letters after their name.)
    const beforeLetters = last > floor && isPostNominal(tokens[last]!) ? registry.mentionEndingAt(tokens[last - 1]!.end) : undefined;
    if (beforeLetters && beforeLetters.entity.type === 'Person')
      return { entity: beforeLetters.entity, mention: { start: beforeLetters.start, end: beforeLetters.end }, confidence: 0.8 };
    const startOfName = (index: number): number => {
      const named = registry.mentionEndingAt(tokens[index]!.end);
      return named ? Math.max(floor, tokenIndex(tokens, named.start)) : index;
    };
    /** "spokesman for", "sources close to": a person or group noun owns the preposition at `index`. */
    const ownedPreposition = (index: number): number | undefined => {
      const preposition = tokens[index]!.lower;
      // ("the man heading the inquiry said": a participle saying what the person leads, like a preposition.)
      // ("one man attending court added:": or where the person was.)
      if (PHRASE_PARTICIPLES.has(preposition)) return PERSON_NOUNS.has(tokens[index - 1]?.lower ?? '') && index - 1 >= floor ? index - 1 : undefined;
      // ("a person familiar with the court system": like "sources close to".)
      const familiar = preposition === 'with' && tokens[index - 1]?.lower === 'familiar';
      if (!NP_PREPOSITIONS.has(preposition) && !familiar) return undefined;
      const headIndex = (preposition === 'to' && tokens[index - 1]?.lower === 'close') || familiar ? index - 2 : index - 1;
      const head = tokens[headIndex]?.lower ?? '';
      // ("Health campaigners in the county": "in" only after a group; "a businessman in a bungled burglary" is no speaker's name.)
      // ("another member of the public in Bracknell town centre": or before a place named.)
      const inPlace = namesPlace(tokens[index + 1]);
      if (preposition === 'in' && !GROUP_NOUNS.has(head) && !(inPlace && (PERSON_NOUNS.has(head) || head === 'public'))) return undefined;
      if (
        headIndex < floor ||
        !(
          PERSON_NOUNS.has(head) ||
          (preposition === 'in' && head === 'public') ||
          GROUP_NOUNS.has(head) ||
          (preposition === 'of' && tokens[headIndex]!.isWord && (!tokens[headIndex]!.capitalised || head === 'one'))
        )
      )
        return undefined;
      return headIndex;
    };
    let first = startOfName(last);
    // "executive member for education and skills told…": a post's portfolio, "and" and all, before the verb.
    for (let f = last - 1; f >= floor + 1 && last - f <= 6; f--) {
      const word = tokens[f]!;
      if (word.lower === 'for') {
        const post = tokens[f - 1]!.lower;
        if (PERSON_NOUNS.has(post) || ROLE_TITLES[post]) first = f;
        break;
      }
      if (!word.isWord || word.capitalised) break;
    }
    while (first - 1 >= floor && last - first < 12) {
      const previousIndex = first - 1;
      const previous = tokens[previousIndex]!;
      if (DETERMINERS.has(previous.lower)) {
        first = previousIndex;
        const head = first - 1 >= floor ? ownedPreposition(first - 1) : undefined;
        if (head === undefined) break;
        first = head;
        continue;
      }
      const head = ownedPreposition(previousIndex);
      if (head !== undefined) {
        first = head;
        continue;
      }
      // ("Heads’ leaders": a plural possessive's apostrophe.)
      const pluralPossessive =
        /^['’]$/.test(previous.text) && /s$/.test(tokens[previousIndex - 1]?.text ?? '') && tokens[previousIndex - 1]!.end === previous.start;
      if (!previous.isWord && previous.lower !== "'s" && !pluralPossessive) break;
      // ("the Highlands and Islands branch": "and" between two capitalised words of one name.)
      // ("social workers and directors of children’s services who claim…": "and" between two groups makes one group of both.)
      const nameAnd =
        previous.lower === 'and' &&
        ((tokens[previousIndex - 1]?.capitalised === true && tokens[previousIndex + 1]?.capitalised === true) ||
          (GROUP_NOUNS.has(tokens[previousIndex - 1]?.lower ?? '') && GROUP_NOUNS.has(tokens[previousIndex + 1]?.lower ?? '')));
      if ((CLAUSE_STOPS.has(previous.lower) && !nameAnd) || NP_PREPOSITIONS.has(previous.lower) || previous.lower === 'by') break;
      // ("A trust spokeswoman": a word between a determiner and the head describes it, verb or not.)
      const modifier = (INDEFINITE.has(tokens[previousIndex - 1]?.lower ?? '') || tokens[previousIndex - 1]?.lower === 'the') && !FINITE.has(previous.lower);
      if (isFiniteVerb(previous) && !registry.mentionEndingAt(previous.end) && !modifier) break;
      if (REPORTING_VERB_FORMS.has(previous.lower)) break;
      first = startOfName(previousIndex);
    }
    const words = tokens.slice(first, last + 1);
    if (words.length === 0) return undefined;
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    const determiner = DETERMINERS.has(words[0]!.lower) ? words[0]!.lower : undefined;
    const content = determiner ? words.slice(1) : words;
    // "There were complaints from residents. One said: “…”": one of the people the sentence before named.
    if (content.length === 0 && determiner === 'one') return oneOfThem(words[0]!, sentence);
    if (content.length === 0) return undefined;
    // ("A Department of Health spokesman": the "of" inside a body's name is no preposition of the phrase.)
    const insideName = (w: Token): boolean => registry.mentions.some((m) => m.start < w.start && m.end > w.end);
    // ("sources close to", "a source familiar with the talks": two words before the head's preposition.)
    const familiarWith = (w: Token, i: number): boolean =>
      i > 1 && w.lower === 'with' && content[i - 1]!.lower === 'familiar' && PERSON_NOUNS.has(content[i - 2]!.lower);
    const ofIndex = content.findIndex(
      (w, i) =>
        i > 0 &&
        (familiarWith(w, i) ||
          ((NP_PREPOSITIONS.has(w.lower) || (PHRASE_PARTICIPLES.has(w.lower) && PERSON_NOUNS.has(content[i - 1]!.lower))) &&
            !insideName(w) &&
            (PERSON_NOUNS.has(content[i - 1]!.lower) ||
              GROUP_NOUNS.has(content[i - 1]!.lower) ||
              w.lower === 'of' ||
              (w.lower === 'to' && content[i - 1]!.lower === 'close')))),
    );
    const headOffset = ofIndex > 0 && ['to', 'with'].includes(content[ofIndex]!.lower) ? 2 : 1;
    // Bounded at the first token: with "to" second ("X to ...") ofIndex - headOffset is -1 (found by fast-check).
    const headToken = ofIndex > 0 ? content[Math.max(0, ofIndex - headOffset)]! : content[content.length - 1]!;
    const head = headToken.lower;
    const phrase = text.slice(content[0]!.start, end);
    const mention = { start, end };
    // "the TVP statement said", "a Home Office statement added": the body or person whose statement it is.
    if (STATEMENT_NOUNS.has(head) && content.length >= 2) {
      for (const word of content.slice(0, -1)) {
        const owner = registry.mentionStartingAt(word.start);
        if (owner && ['Organisation', 'Person'].includes(owner.entity.type)) return { entity: owner.entity, mention, confidence: 0.7 };
      }
      // ("A health board press release said:", "a force statement": the body of that kind named last.)
      // (Best the one whose name holds the words: "health board" for Hywel Dda University Health Board, not the practice's group.)
      const kindAt = content.findIndex((w, n) => n < content.length - 1 && !w.capitalised && ORGANISATION_ANAPHORS[w.lower] && !STATEMENT_NOUNS.has(w.lower));
      const kindPhrase = kindAt >= 0 ? text.slice(content[0]!.start, content[kindAt]!.end).toLowerCase() : '';
      const namedKind = kindPhrase
        ? registry.mentions.filter((m) => m.end <= start && m.entity.type === 'Organisation' && m.entity.name.toLowerCase().endsWith(kindPhrase)).pop()?.entity
        : undefined;
      const ownBody = kindAt >= 0 ? (namedKind ?? organisationFor(ORGANISATION_ANAPHORS[content[kindAt]!.lower]!, start)) : undefined;
      if (ownBody) return { entity: ownBody, mention, confidence: 0.65 };
      // "The Workington MP’s social media reply": the person the possessive phrase describes.
      const possessive = content.findIndex((w) => w.lower === "'s");
      if (possessive > 0) {
        const ownerEnd = tokenIndex(tokens, content[possessive]!.start) - 1;
        const owner = nounPhraseSpeaker(ownerEnd, sentence, tokenIndex(tokens, start));
        if (owner && owner.entity.type === 'Person') return { entity: owner.entity, mention, confidence: 0.65 };
      }
    }
    // ("inspectors ruled that…", then "Their report said:": the body or group that spoke just before.)
    if ((STATEMENT_NOUNS.has(head) || LODGED_PAPERS.has(head)) && (determiner === 'their' || determiner === 'its') && content.length <= 2) {
      const lastSpoken = statements.filter((st) => st.start < start).pop();
      if (lastSpoken && lastSpoken.speaker.type !== 'Person' && sentence.index - lastSpoken.sentence <= 2)
        return { entity: lastSpoken.speaker, mention, confidence: 0.6 };
    }
    // "His letter adds:", "her statement said": the person the possessive stands for.
    // ("His report stated: “I conclude…”": a paper of theirs too.)
    if ((STATEMENT_NOUNS.has(head) || LODGED_PAPERS.has(head)) && (determiner === 'his' || determiner === 'her') && content.length <= 2) {
      const writer = resolvePronoun(determiner === 'his' ? 'male' : 'female', sentence, start);
      if (writer) return { entity: writer, mention, confidence: 0.65 };
    }
    // "Another update in April noted…", "its statement added": a company's own announcement, in an article about the company;
    // "NHS Fife said…. A statement said…": the body that spoke just before.
    if (['update', 'statement', 'announcement', 'filing'].includes(head) && determiner && determiner !== 'his' && determiner !== 'her' && ofIndex < 0) {
      const lastSpoken = statements.filter((st) => st.start < start).pop();
      if (lastSpoken && lastSpoken.speaker.type === 'Organisation' && sentence.index - lastSpoken.sentence <= 1)
        return { entity: lastSpoken.speaker, mention, confidence: 0.6 };
      const company = organisationFor(['company'], start);
      if (company) return { entity: company, mention, confidence: 0.6 };
    }
    // "according to the annual report", "The report said:" in an article about a company: the company's own report.
    // ("according to the FE Commissioner’s 2018/19 annual report", then "the report states that…": whose report it is.)
    // "The Oxford Economics report says…": the body named before the paper's head wrote it.
    if (DOCUMENT_NOUNS.has(head) && ofIndex < 0) {
      const writer = content
        .map((w) => registry.mentionStartingAt(w.start))
        .find((m) => m !== undefined && m.entity.type === 'Organisation' && m.end <= headToken.start);
      if (writer) return { entity: writer.entity, mention, confidence: 0.7 };
    }
    if (head === 'report' && determiner === 'the' && content.length <= 3 && ofIndex < 0) {
      const ownsReport = (end: number): boolean => /^['’]s\s+(?:[\p{L}\d/-]+\s+){0,3}report\b/u.test(text.slice(end, end + 40));
      // ("a new report by the body representing Britain’s rail franchises. The Association of Train Operating Companies
      // believes…": the first body named after "report by".)
      const reportBy = [...text.slice(0, start).matchAll(/\breport\s+(?:published\s+|commissioned\s+)?(?:by|from)\s/gu)].pop();
      const author =
        reportBy?.index === undefined
          ? undefined
          : registry
              .mentionsIn(reportBy.index + reportBy[0].length, Math.min(start, reportBy.index + reportBy[0].length + 250))
              .find((m) => m.entity.type === 'Organisation')?.entity;
      const owner =
        registry.mentions.filter((m) => m.end <= start && ['Organisation', 'Person'].includes(m.entity.type) && ownsReport(m.end)).pop()?.entity ??
        statements.filter((st) => st.speakerMention && st.speakerMention.end <= start && ownsReport(st.speakerMention.end)).pop()?.speaker ??
        // ("Their report said: …", then "…,” the report said.": the report already given to its owner.)
        statements
          .filter(
            (st) =>
              st.speakerMention &&
              st.speakerMention.end <= start &&
              /^(?:their|its|his|her)\s+(?:[\p{L}-]+\s+){0,2}report$/iu.test(text.slice(st.speakerMention.start, st.speakerMention.end)),
          )
          .pop()?.speaker ??
        author;
      if (owner) return { entity: owner, mention, confidence: 0.6 };
      const company = organisationFor(['company'], start);
      if (company && registry.mentions.some((m) => m.entity === company && m.start < start)) return { entity: company, mention, confidence: 0.55 };
    }
    // "COPFS has now launched an appeal…. The appeal … claims…", "The document, lodged at the court, states…": a paper speaks for
    // whoever the story said launched, lodged or published it.
    if (LODGED_PAPERS.has(head) && determiner === 'the' && content.length <= 2) {
      for (let b = sentence.index - 1; b >= 0 && sentence.index - b <= 3; b--) {
        const earlier = article.sentences[b]!;
        const said = text.slice(earlier.start, earlier.end);
        if (PAPER_MADE.test(said)) {
          const maker = subjectOf(earlier, 1);
          if (maker && maker.type !== 'Place') return { entity: maker, mention, confidence: 0.6 };
          break;
        }
        // ("The decision by Fermanagh and Omagh District Council was detailed in a statement…", then "The statement added:": the
        // one body the sentence naming the statement names.)
        if (new RegExp(`\\b(?:a|an|the|its|their)\\s+${head}\\b`, 'u').test(said)) {
          const bodies = [
            ...new Set(
              registry
                .mentionsIn(earlier.start, earlier.end)
                .filter((m) => m.entity.type === 'Organisation')
                .map((m) => m.entity),
            ),
          ];
          if (bodies.length === 1) return { entity: bodies[0]!, mention, confidence: 0.55 };
          break;
        }
      }
    }
    // "The Liberal Democrat group said", "the Labour group on the council": a party's group of councillors speaks for the party.
    if (['group', 'councillors', 'mps', 'members', 'opposition'].includes(head) && determiner === 'the') {
      const party = content.map((w) => registry.mentionStartingAt(w.start)).find((m) => m?.entity.organisationKind === 'party');
      if (party) return { entity: party.entity, mention, confidence: 0.7 };
      const label = content.find((w) => PARTY_MEMBERS.has(w.lower) || PARTY_MEMBERS.has(`${w.lower} ${content[content.indexOf(w) + 1]?.lower ?? ''}`));
      const partyNamed = label ? partyByLabel(label.lower) : undefined;
      if (partyNamed) return { entity: partyNamed, mention, confidence: 0.65 };
    }
    // Organisations referred to by their kind ("the force", "the company").
    // ("The town hall said…": the council, by its building.)
    const townHall = head === 'hall' && content.length === 2 && content[0]!.lower === 'town';
    const anaphorKinds: string[] | undefined = townHall ? ['public-body'] : ORGANISATION_ANAPHORS[head];
    const descriptive = ofIndex < 0 && content.length <= 6 && content.slice(0, -1).every((w) => !isFiniteVerb(w) || w.lower === "'s");
    if (anaphorKinds && (determiner === 'the' || determiner === 'its') && (content.length <= 2 || descriptive)) {
      // ("the Trust" after "Croydon NHS Trust": a body whose own name ends in the word, named last, before any other of its kind.)
      const named = headToken.capitalised
        ? registry.mentions.filter((m) => m.end <= start && m.entity.type === 'Organisation' && m.entity.name.toLowerCase().endsWith(` ${head}`)).pop()
        : undefined;
      if (named) return { entity: named.entity, mention, confidence: 0.75 };
      const organisation = organisationFor(anaphorKinds, start);
      if (organisation) return { entity: organisation, mention, confidence: 0.75 };
    }
    if (determiner === 'the' && isPartyMember(content.map((w) => w.lower))) {
      const person = partyMember(
        content.map((w) => w.lower),
        start,
      );
      if (person) return { entity: person, mention, confidence: 0.65 };
    }
    const roleKey = content.map((w) => w.lower).join(' ');
    const lastTwo =
      content.length >= 2 && ofIndex < 0
        ? content
            .slice(-2)
            .map((w) => w.lower)
            .join(' ')
        : '';
    const role = ROLE_TITLES[roleKey] ?? ROLE_TITLES[lastTwo] ?? ROLE_TITLES[head];
    const roleStart = ROLE_TITLES[roleKey] ? content[0]!.start : ROLE_TITLES[lastTwo] ? content[content.length - 2]!.start : headToken.start;
    if (determiner === 'the' && (role || PERSON_NOUNS.has(head))) {
      const person = personWithRole(role ?? head, phrase, start);
      if (person) return { entity: person, mention, confidence: 0.7 };
      // "The MSP added:" with no one here called an MSP: the member named or speaking last.
      if (content.length === 1 && ['mp', 'msp', 'mla', 'mep', 'councillor'].includes(head)) {
        const member = partyMember([head], start);
        if (member) return { entity: member, mention, confidence: 0.6 };
      }
    }
    // "One of the Isle of Wight's MPs has called…": one member of a group is a person, perhaps named later.
    if (determiner === 'one' && content[0]?.lower === 'of' && GROUP_NOUNS.has(head)) {
      const person = registry.add('Person', capitalise(phrase), { id: entityId('Person', phrase), articleScoped: true, confidence: 0.6 });
      registry.addMention(person, start, end, text.slice(start, end));
      const role = ROLE_TITLES[head.replace(/s$/, '')];
      if (role) person.titles.push({ role, start: headToken.start, end: headToken.end, evidenceStart: start, evidenceEnd: end });
      unnamedSpeakers.push({ entity: person, sentence: sentence.index, phrase: text.slice(start, end) });
      return { entity: person, mention, confidence: 0.6 };
    }
    // ("inspectors ruled that it required improvement" after "criticism from Ofsted": the inspectorate's inspectors.)
    if (head === 'inspectors' && content.length === 1) {
      const inspectorate = [...registry.entities.values()].find((d) => d.type === 'Organisation' && INSPECTORATES.test(d.name));
      if (inspectorate) {
        registry.addMention(inspectorate, start, end);
        return { entity: inspectorate, mention, confidence: 0.65 };
      }
    }
    if (GROUP_NOUNS.has(head) && !INDEFINITE.has(determiner ?? '')) {
      const name = groupName(content, ofIndex, headToken);
      const group = registry.add('Group', name, { id: entityId('Group', name), articleScoped: true, confidence: 0.7 });
      registry.addMention(group, content[0]!.start, end, phrase);
      return { entity: group, mention: { start: content[0]!.start, end }, confidence: 0.75 };
    }
    // "Councillor Annabel Wilkinson has written…", then "North Yorkshire Council’s executive member for education told…": a
    // body's post held by the titled person the sentence before is about.
    if (
      (PERSON_NOUNS.has(head) || role) &&
      content.some((w) => w.lower === "'s") &&
      registry.mentionStartingAt(content[0]!.start)?.entity.type === 'Organisation'
    ) {
      const previous = [...bodySentences].reverse().find((b) => b.index < sentence.index);
      const subject = previous ? subjectOf(previous, 1) : undefined;
      const gender = GENDERED_ROLES[head];
      if (
        subject &&
        subject.type === 'Person' &&
        !subject.articleScoped &&
        subject.titles.length > 0 &&
        (!gender || !subject.gender || gender === subject.gender)
      ) {
        registry.addMention(subject, start, end, text.slice(start, end));
        return { entity: subject, mention, confidence: 0.65 };
      }
    }
    // "Businessman Israel Russell was represented…", then "The businessman issued a claim…": the person introduced with that noun.
    if (determiner === 'the' && content.length === 1 && PERSON_NOUNS.has(head)) {
      const introduced = registry.mentions
        .filter((m) => m.start < start && m.entity.type === 'Person' && !m.entity.articleScoped && tokens[tokenIndex(tokens, m.start) - 1]?.lower === head)
        .pop();
      if (introduced) return { entity: introduced.entity, mention, confidence: 0.65 };
    }
    // "Mark Hambling, prosecuting, told magistrates…", then "the prosecutor said": the one who prosecutes.
    const courtRole = determiner === 'the' && content.length <= 2 ? COURT_ROLES[head] : undefined;
    if (courtRole) {
      const pattern = new RegExp(`^\\s*,?\\s*(?:\\(\\d+\\)\\s*,?\\s*)?${courtRole}\\b`);
      const counsel = registry.mentions.filter(
        (m) => m.entity.type === 'Person' && !m.entity.articleScoped && m.end <= start && pattern.test(text.slice(m.end, m.end + 20)),
      );
      if (counsel.length > 0) return { entity: counsel[counsel.length - 1]!.entity, mention, confidence: 0.75 };
    }
    // "Resident Julie Ann Barker is among those impacted. The support worker, who travels…, said:": a description of the
    // person the sentence before was about.
    if (determiner === 'the' && DESCRIBED_PEOPLE.has(head) && content.length <= 3 && ofIndex < 0) {
      const before = article.sentences[sentence.index - 1];
      const subject = before && nextProse(before.paragraph, sentence.paragraph) ? subjectOf(before, 0) : undefined;
      if (subject && subject.type === 'Person' && !subject.articleScoped) return { entity: subject, mention, confidence: 0.6 };
    }
    // ("But council is warning that…": the council named, as regional papers write it without "the".)
    if (!determiner && content.length === 1 && head === 'council') {
      const council = organisationFor(ORGANISATION_ANAPHORS.council!, start);
      if (council) return { entity: council, mention, confidence: 0.65 };
    }
    // ("has sparked local fears that…": one lower-case noun with no determiner is a word describing the next, no one speaking.)
    if (!determiner && content.length === 1 && !headToken.capitalised && !role && !/s$/.test(head)) return undefined;
    if (PERSON_NOUNS.has(head) || role) {
      // ("another member of the public in Bracknell town centre": where the person was is no part of their name.)
      const inAt = content.findIndex((w, i) => i > 0 && w.lower === 'in' && namesPlace(content[i + 1]));
      const name = capitalise(inAt > 0 ? text.slice(content[0]!.start, content[inAt - 1]!.end) : phrase);
      const person = registry.add('Person', name, { id: entityId('Person', phrase), articleScoped: true, confidence: 0.7 });
      person.gender ??= GENDERED_ROLES[head];
      registry.addMention(person, start, end, text.slice(start, end));
      // ("a spokesman for Police Scotland" is also "Police Scotland spokesman", as news writes it too.)
      if (ofIndex > 0 && SPOKESPERSON.test(head)) {
        const body = registry
          .mentionsIn(content[ofIndex]!.end, end)
          .filter((m) => m.start >= content[ofIndex]!.end && m.end <= end && m.entity.type === 'Organisation')
          .pop();
        if (body) registry.addAlias(person, `${body.entity.name} ${headToken.text.toLowerCase()}`);
      }
      if (role) person.titles.push({ role, start: roleStart, end: headToken.end, evidenceStart: start, evidenceEnd: end });
      // "a senior police officer said", "York's council leader has said": unnamed here, perhaps named later.
      // ("BARNSLEY’S new police chief has vowed…": the possessive with either apostrophe, the owner dropped from the phrase.)
      const owned = content.some((w) => /^['’]s$/.test(w.lower)) || /['’]s$/i.test(tokens[tokenIndex(tokens, start) - 1]?.text ?? '');
      if (INDEFINITE.has(determiner ?? '') || determiner === 'the' || (!determiner && owned))
        unnamedSpeakers.push({ entity: person, sentence: sentence.index, phrase: text.slice(start, end) });
      return { entity: person, mention, confidence: 0.7 };
    }
    return undefined;
  }

  /** "One said:" after a sentence naming people by a plural noun ("complaints from residents"): an unnamed one of them. */
  function oneOfThem(one: Token, sentence: Sentence): SpeakerFound | undefined {
    const before = article.sentences[sentence.index - 1];
    if (!before || (before.paragraph !== sentence.paragraph && !nextProse(before.paragraph, sentence.paragraph))) return undefined;
    const plural = tokens
      .slice(before.tokenStart, before.tokenEnd)
      .filter((t) => t.isWord && !t.capitalised && /[^s]s$/.test(t.lower) && PERSON_NOUNS.has(t.lower.slice(0, -1)))
      .pop();
    if (!plural) return undefined;
    const noun = plural.lower.slice(0, -1);
    const person = registry.add('Person', capitalise(noun), { id: entityId('Person', `one ${noun}`), articleScoped: true, confidence: 0.55 });
    registry.addMention(person, one.start, one.end, one.text);
    return { entity: person, mention: { start: one.start, end: one.end }, confidence: 0.55 };
  }

  /** The party a label stands for ("Liberal Democrat", "Tory"), when the article names that party. */
  function partyByLabel(label: string): EntityDraft | undefined {
    const wanted = (SAME_PARTY[label] ?? label).replace(/s$/, '');
    const named = [...registry.entities.values()].find((d) => d.organisationKind === 'party' && d.name.toLowerCase().replace(/s$/, '').startsWith(wanted));
    if (named) return named;
    // Not named here as a body: the curated party the label stands for.
    const curated = ORGANISATIONS.find((o) => o.kind === 'party' && o.name.toLowerCase().replace(/s$/, '').startsWith(wanted));
    return curated ? registry.add('Organisation', curated.name, { id: curated.id, confidence: 0.7, organisationKind: 'party' }) : undefined;
  }

  /**
   * One name for a group however the text words it: "DIRECTORS at Eldridge Pope", "Now Eldridge Pope directors" and
   * "EP directors" are all "Eldridge Pope directors".
   */
  function groupName(content: Token[], ofIndex: number, headToken: Token): string {
    let words = content;
    // A sentence adverb opening the sentence ("Now", "Meanwhile") is no part of the group.
    while (words.length > 1 && words[0]!.capitalised && LEAD_IN.has(words[0]!.lower) && !registry.mentionStartingAt(words[0]!.start)) words = words.slice(1);
    // ("DIRECTORS at Eldridge Pope", "Directors at…": an ordinary noun capitalised only where the sentence opens.)
    const head = headToken.text === headToken.text.toUpperCase() || isCommonWord(headToken.lower) ? headToken.lower : headToken.text;
    const bodyIn = (from: Token[]): EntityDraft | undefined => {
      const mention = from[0] ? registry.mentionStartingAt(from[0].start) : undefined;
      return mention && mention.entity.type === 'Organisation' && mention.end >= from[from.length - 1]!.end ? mention.entity : undefined;
    };
    // "directors at Eldridge Pope": the body after the preposition owns the group.
    const owner = ofIndex > 0 && ['at', 'of', 'from'].includes(content[ofIndex]!.lower) ? bodyIn(content.slice(ofIndex + 1)) : undefined;
    if (owner) return `${owner.name} ${head}`;
    // "EP directors", "Eldridge Pope directors": the body before the head.
    const headAt = words.indexOf(headToken);
    if (headAt > 0) {
      const before = words.slice(0, headAt);
      const body =
        before.length === 1 && before[0]!.allCaps
          ? [...registry.entities.values()].find((d) => d.type === 'Organisation' && d.name.includes(' ') && initialsOf(d.name) === before[0]!.text)
          : undefined;
      if (body) return `${body.name} ${head}`;
    }
    // ("Health campaigners in the county": where the group is says no more who they are.)
    const lastWord =
      ofIndex > 0 && content[ofIndex]!.lower === 'in' && ofIndex - 1 >= words.indexOf(headToken) ? content[ofIndex - 1]! : content[content.length - 1]!;
    return capitalise(text.slice(words[0]!.start, lastWord.end));
  }

  /**
   * "the Labour MP for Chester asked", "the Conservative minister said": the person last named or speaking before,
   * whichever came later, passing over anyone the article labels with another party ("Labour MP Neil Coyle").
   */
  function partyMember(words: string[], before: number): EntityDraft | undefined {
    const party = words.find((w) => PARTY_MEMBERS.has(w)) ?? '';
    const labelOf = (entity: EntityDraft): string | undefined => {
      for (const mention of registry.mentions) {
        if (mention.entity !== entity) continue;
        const k = tokenIndex(tokens, mention.start);
        for (let j = Math.max(0, k - 3); j < k; j++) if (PARTY_MEMBERS.has(tokens[j]!.lower)) return tokens[j]!.lower;
      }
      return undefined;
    };
    const fits = (entity: EntityDraft): boolean => {
      if (entity.type !== 'Person' || entity.articleScoped) return false;
      const label = labelOf(entity);
      return !label || !party || label === party || (SAME_PARTY[label] ?? label) === (SAME_PARTY[party] ?? party);
    };
    const insideStatement = (offset: number): boolean => statements.some((st) => offset >= st.start && offset < st.end);
    const spoken = statements.filter((st) => st.start < before && fits(st.speaker)).pop();
    const candidates = registry.mentions
      .filter((m) => m.start < before && fits(m.entity) && !inDoubleQuote(m.start) && !insideStatement(m.start))
      .sort((a, b) => a.start - b.start);
    const latest = candidates[candidates.length - 1];
    // Of the sentence that last names someone, its first person: usually the subject ("X asked if…, which Y attended").
    const latestSentence = latest ? article.sentences.find((st) => latest.start >= st.start && latest.start < st.end) : undefined;
    const mentioned = latestSentence ? candidates.find((m) => m.start >= latestSentence.start) : latest;
    if (spoken && mentioned) return mentioned.start > spoken.end ? mentioned.entity : spoken.speaker;
    return spoken?.speaker ?? mentioned?.entity;
  }

  /**
   * What "the company", "the force" points back to: of the bodies of that kind named before (outside quotations), the one
   * named most often so far — the article's subject rather than a division mentioned in passing; the latest on a tie.
   */
  function organisationFor(kinds: string[], before: number): EntityDraft | undefined {
    const fitsKind = (entity: EntityDraft): boolean =>
      entity.type === 'Organisation' &&
      (kinds.includes(entity.organisationKind ?? 'other') || (entity.organisationKind === undefined && kinds.includes('company')));
    // "Mears said that… The firm added…": the body that spoke in the sentence just before.
    const here = article.sentences.find((st) => before >= st.start && before < st.end)?.index ?? -1;
    const lastSpoken = statements.filter((st) => st.start < before).pop();
    if (lastSpoken && fitsKind(lastSpoken.speaker) && here - lastSpoken.sentence <= 1) return lastSpoken.speaker;
    const seen = new Map<EntityDraft, { count: number; last: number }>();
    for (const mention of registry.mentions) {
      const entity = mention.entity;
      if (mention.start >= before || inDoubleQuote(mention.start) || !fitsKind(entity)) continue;
      const record = seen.get(entity) ?? { count: 0, last: -1 };
      record.count++;
      record.last = Math.max(record.last, mention.start);
      seen.set(entity, record);
    }
    let best: EntityDraft | undefined;
    let bestRecord = { count: 0, last: -1 };
    for (const [entity, record] of seen) {
      if (record.count > bestRecord.count || (record.count === bestRecord.count && record.last > bestRecord.last)) {
        best = entity;
        bestRecord = record;
      }
    }
    if (best) return best;
    // "…, said the union." before GMB is first named: the one body of that kind the article names at all.
    const later = new Set(registry.mentions.filter((m) => m.start >= before && !inDoubleQuote(m.start) && fitsKind(m.entity)).map((m) => m.entity));
    return later.size === 1 ? [...later][0] : undefined;
  }

  /** A person the article gives this role; else the office-holder on the publication date; else none. */
  function personWithRole(role: string, phrase: string, before: number): EntityDraft | undefined {
    const wanted = role.toLowerCase();
    const holders = [...registry.entities.values()].filter(
      (d) => d.type === 'Person' && d.titles.some((t) => t.role.toLowerCase() === wanted || t.role.toLowerCase().endsWith(` ${wanted}`)),
    );
    // ("Paul Cochrane (58) … pleaded guilty", then "the defendant shouted": the person the story has in the dock.)
    if (holders.length === 0 && /^(?:defendant|accused)$/.test(wanted)) {
      const inDock = registry.mentions
        .filter((m) => m.start < before && m.entity.type === 'Person' && !m.entity.articleScoped)
        .find((m) => DOCK.test(text.slice(m.end, m.end + 120).split(/[.!?]\s/)[0] ?? ''));
      if (inDock) return inDock.entity;
    }
    // ("A barrister representing McGrath said…", then "The lawyer added…": a lawyer of another kind is the same lawyer.)
    if (holders.length === 0 && LAWYERS.test(wanted)) {
      const counsel = [...registry.entities.values()].filter(
        (d) => d.type === 'Person' && (d.titles.some((t) => LAWYERS.test(t.role.toLowerCase())) || (d.articleScoped && LAWYERS.test(d.name.toLowerCase()))),
      );
      const nearest = counsel.length > 0 ? nearestMentioned(counsel, before) : undefined;
      if (nearest) return nearest;
    }
    const holder = holders.length > 0 ? nearestMentioned(holders, before) : undefined;
    if (holder) return holder;
    const officeHolder = officeHolderOn(ROLE_TITLES[wanted] ?? role, publishedAt);
    if (officeHolder) {
      const known = registry.find(officeHolder, 'Person')[0];
      if (known) return known;
    }
    const described = [...registry.entities.values()].filter(
      (d) => d.type === 'Person' && !d.articleScoped && d.titles.some((t) => phrase.toLowerCase().endsWith(t.role.toLowerCase())),
    );
    const describedHolder = described.length > 0 ? nearestMentioned(described, before) : undefined;
    if (describedHolder) return describedHolder;
    if (officeHolder) return registry.add('Person', officeHolder, { confidence: 0.6 });
    return undefined;
  }

  /** The candidate mentioned last before an offset; none when none is mentioned before it (a title refers back). */
  function nearestMentioned(candidates: EntityDraft[], before: number): EntityDraft | undefined {
    let best: EntityDraft | undefined;
    let bestStart = -1;
    for (const mention of registry.mentions) {
      if (candidates.includes(mention.entity) && mention.start < before && mention.start > bestStart) {
        best = mention.entity;
        bestStart = mention.start;
      }
    }
    return best;
  }

  /** He/she: the last speaker or sentence subject of that gender, looking back a few sentences. */
  function resolvePronoun(pronoun: 'male' | 'female' | 'it' | 'they', sentence: Sentence, offset: number, depth = 0): EntityDraft | undefined {
    const fits = (entity: EntityDraft): boolean => {
      if (pronoun === 'it') return entity.type === 'Organisation';
      // ("…,” said a spokesman. “…,” they added.": a spokesperson of no stated sex is "they" too.)
      if (pronoun === 'they')
        return (
          entity.type === 'Group' ||
          entity.type === 'Organisation' ||
          (entity.articleScoped === true && entity.type === 'Person' && SPOKESPERSON.test(entity.name.split(' ').pop()?.toLowerCase() ?? ''))
        );
      return entity.type === 'Person' && (entity.gender === undefined || entity.gender === pronoun);
    };
    const inSentence = statements.concat().filter((s) => s.sentence === sentence.index && s.start < offset);
    for (let s = sentence.index; s >= 0 && sentence.index - s <= 4; s--) {
      const current = article.sentences[s]!;
      if (article.paragraphs[current.paragraph]?.kind === 'noise') continue;
      const spoken = s === sentence.index ? inSentence : statements.filter((st) => st.sentence === s);
      const lastSpeaker = spoken[spoken.length - 1]?.speaker;
      if (lastSpeaker && fits(lastSpeaker)) return lastSpeaker;
      if (s === sentence.index) {
        // "Mitie Group tumbles 5% as it said…": a pronoun later in the sentence stands for the name the sentence opens with.
        const opening = relativeAntecedentBefore(current, offset) ?? namedSubjectBefore(current, offset);
        if (opening && fits(opening)) return opening;
        // "But headteacher Margot Colgrave has rushed to reassure parents as she says…": the one person the sentence has
        // named before the pronoun.
        if (pronoun === 'male' || pronoun === 'female') {
          const named = registry.mentionsIn(current.start, offset).filter((m) => m.entity.type === 'Person' && fits(m.entity) && !inDoubleQuote(m.start));
          // (The sentence's subject, with no verb before it: not "Describing Mr Sinclair as…, he added".)
          const verbBefore = (m: { start: number }): boolean =>
            tokens
              .slice(current.tokenStart, tokenIndex(tokens, m.start))
              .some((t) => isFiniteVerb(t) || /ing$/.test(t.lower) || REPORTING_VERB_FORMS.has(t.lower));
          if (named.length > 0 && named.every((m) => m.entity === named[0]!.entity) && named[0]!.entity.gender === pronoun && !verbBefore(named[0]!))
            return named[0]!.entity;
        }
        continue;
      }
      if (depth < 3) {
        const subject = (pronoun === 'they' ? groupSubjectOf(current) : undefined) ?? subjectOf(current, depth + 1);
        if (subject && fits(subject)) return subject;
      }
      if (pronoun === 'male' || pronoun === 'female') {
        const people = registry.mentionsIn(current.start, current.end).filter((m) => fits(m.entity) && !inDoubleQuote(m.start) && !m.entity.articleScoped);
        const firstPerson = people[0];
        if (firstPerson && spoken.length === 0 && people.every((p) => p.entity === firstPerson.entity)) return firstPerson.entity;
      }
    }
    const earlier = registry.mentions.filter((m) => m.start < offset && fits(m.entity) && !inDoubleQuote(m.start)).sort((a, b) => b.start - a.start)[0];
    return earlier?.entity;
  }

  /** "Pearson, which plunged after it warned…": the name a relative clause holding the offset hangs on. */
  function relativeAntecedentBefore(sentence: Sentence, offset: number): EntityDraft | undefined {
    for (let j = tokenIndex(tokens, offset) - 1; j - 2 >= sentence.tokenStart; j--) {
      const token = tokens[j]!;
      if (token.text === ';' || isQuoteMark(token)) return undefined;
      if ((token.lower !== 'which' && token.lower !== 'who') || tokens[j - 1]!.text !== ',') continue;
      const antecedent = registry.mentionEndingAt(tokens[j - 2]!.end);
      return antecedent && antecedent.entity.type !== 'Place' ? antecedent.entity : undefined;
    }
    return undefined;
  }

  /** The name a sentence opens with (after any bullet or lead-in), when it comes before an offset. */
  function namedSubjectBefore(sentence: Sentence, offset: number): EntityDraft | undefined {
    let k = sentence.tokenStart;
    while (k < sentence.tokenEnd && !tokens[k]!.isWord) k++;
    const mention = registry.mentionStartingAt(tokens[k]?.start ?? -1);
    if (!mention || mention.end > offset || mention.entity.type === 'Place' || inDoubleQuote(mention.start)) return undefined;
    return mention.entity;
  }

  /**
   * "DIRECTORS at Eldridge Pope today launched…", "EP directors urged…": a group of people opening a sentence, for "they"
   * (the body named inside it is not the subject). Asked only when "they" needs an antecedent, so no group is made otherwise.
   */
  function groupSubjectOf(sentence: Sentence): EntityDraft | undefined {
    if (groupSubjectCache.has(sentence.index)) return groupSubjectCache.get(sentence.index);
    let k = sentence.tokenStart;
    if (LEAD_IN.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.text === ',') k += 2;
    let verb = k;
    while (verb < sentence.tokenEnd && verb - k < 8 && !isFiniteVerb(tokens[verb]!) && !REPORTING_VERB_FORMS.has(tokens[verb]!.lower)) verb++;
    let last = verb - 1;
    while (last > k && VERB_PRELUDE.has(tokens[last]!.lower)) last--;
    let group: EntityDraft | undefined;
    const groupHead = tokens.slice(k, last + 1).findIndex((t) => GROUP_NOUNS.has(t.lower) && !PRONOUNS[t.lower]);
    if (verb < sentence.tokenEnd && verb - k < 8 && groupHead >= 0 && !registry.mentionStartingAt(tokens[k]!.start)) {
      const found = nounPhraseSpeaker(last, sentence, k);
      if (found?.entity.type === 'Group') group = found.entity;
    }
    groupSubjectCache.set(sentence.index, group);
    return group;
  }

  /** The subject of a sentence: its first name or pronoun after any lead-in ("In May, …", "However, …"). */
  function subjectOf(sentence: Sentence, depth: number): EntityDraft | undefined {
    const cached = subjectCache.get(sentence.index);
    if (cached !== undefined) return cached ?? undefined;
    let k = sentence.tokenStart;
    if (LEAD_IN.has(tokens[k]?.lower ?? '')) {
      let comma = k;
      while (comma < sentence.tokenEnd && comma - k < 12 && tokens[comma]!.text !== ',') comma++;
      k = comma < sentence.tokenEnd && tokens[comma]!.text === ',' ? comma + 1 : k + 1;
    }
    let subject: EntityDraft | undefined;
    for (let j = k; !subject && j < sentence.tokenEnd && j - k < 8; j++) {
      const token = tokens[j]!;
      if (isFiniteVerb(token) || REPORTING_VERB_FORMS.has(token.lower)) break;
      const mention = registry.mentionStartingAt(token.start);
      if (mention && mention.entity.type !== 'Place') {
        subject = mention.entity;
        break;
      }
      const pronoun = PRONOUNS[token.lower];
      if (pronoun) {
        subject = resolvePronoun(pronoun, sentence, token.start, depth);
        break;
      }
    }
    // "Cool as a cucumber, Coffey delivered…": a short opening phrase, a comma, then the subject.
    if (!subject) {
      for (let c = sentence.tokenStart + 1; c < sentence.tokenEnd && c - sentence.tokenStart <= 7; c++) {
        if (tokens[c]!.text !== ',') continue;
        const named = registry.mentionStartingAt(tokens[c + 1]?.start ?? -1);
        if (named && (named.entity.type === 'Person' || named.entity.type === 'Organisation')) subject = named.entity;
        break;
      }
    }
    subjectCache.set(sentence.index, subject ?? null);
    return subject;
  }

  /** Who a participle ("saying", "adding") belongs to: the sentence's last speaker, else its subject. */
  function participleSubject(index: number, sentence: Sentence, sentenceStatements: StatementDraft[]): SpeakerFound | undefined {
    // "Noting that Tesco had…, Emma-Lou Montgomery said…": a participle opening the sentence has the main clause's subject.
    if (index === sentence.tokenStart) {
      const main = mainClauseVerbAfter(index + 1, sentence);
      if (main) return speakerBeforeIndex(main.verb, sentence, main.comma + 1);
      // "Pointing out that…, he highlighted the need…": the main clause's subject, whatever its verb.
      const verb = mainClauseSubjectVerb(index + 1, sentence);
      if (verb) return speakerBeforeIndex(verb.verb, sentence, verb.comma + 1);
    }
    // "with Sir Keir adding:", "with Cllr Jayne Kirkham describing…": the name right before the participle.
    const withName = index > 0 ? registry.mentionEndingAt(tokens[index - 1]!.end) : undefined;
    // ("with the Board accusing…": a determiner between.)
    const withAt = withName ? tokenIndex(tokens, withName.start) - (tokens[tokenIndex(tokens, withName.start) - 1]?.lower === 'the' ? 2 : 1) : -1;
    if (withName && ['Person', 'Organisation'].includes(withName.entity.type) && tokens[withAt]?.lower === 'with')
      return { entity: withName.entity, mention: { start: withName.start, end: withName.end }, confidence: 0.85 };
    const earlier = sentenceStatements.filter((s) => s.start < tokens[index]!.start);
    const last = earlier[earlier.length - 1];
    if (last) return { entity: last.speaker, confidence: last.confidence * 0.95 };
    // "But this was attacked by cabinet member Jo Rust, saying…": the agent of a passive, before a comma, says it.
    if (tokens[index - 1]?.text === ',') {
      const agent = registry.mentionEndingAt(tokens[index - 2]?.end ?? -1);
      if (agent && agent.entity.type === 'Person' && !inDoubleQuote(agent.start)) {
        let b = tokenIndex(tokens, agent.start) - 1;
        while (b > sentence.tokenStart && tokenIndex(tokens, agent.start) - b <= 4 && tokens[b]!.isWord && !tokens[b]!.capitalised && tokens[b]!.lower !== 'by')
          b--;
        if (tokens[b]?.lower === 'by' && PASSIVE_AUX.has(tokens[b - 2]?.lower ?? ''))
          return { entity: agent.entity, mention: { start: agent.start, end: agent.end }, confidence: 0.75 };
      }
    }
    const before = tokens[index - 1];
    const mention = before ? registry.mentionEndingAt(before.end) : undefined;
    // "reacted to the council leader saying she would…": the person named right before the participle (not one after "against":
    // "issued a claim against Coulter arguing he was…" is the claimant's argument).
    const objectOf = tokens[tokenIndex(tokens, mention?.start ?? 0) - 1]?.lower ?? '';
    if (before && mention && mention.entity.type === 'Person' && !inDoubleQuote(mention.start) && !['against', 'with', 'by'].includes(objectOf)) {
      return { entity: mention.entity, mention: { start: mention.start, end: mention.end }, confidence: 0.75 };
    }
    // "a member of the public saying that…": the person the phrase describes.
    const memberOfPublic = before?.lower === 'public' && tokens[index - 2]?.lower === 'the' && tokens[index - 3]?.lower === 'of';
    if (
      before &&
      before.isWord &&
      !before.capitalised &&
      (ROLE_TITLES[before.lower] || PERSON_NOUNS.has(before.lower) || memberOfPublic) &&
      index - 2 >= sentence.tokenStart
    ) {
      const phrase = nounPhraseSpeaker(index - 1, sentence, sentence.tokenStart);
      if (phrase && phrase.mention && DETERMINERS.has(tokens[tokenIndex(tokens, phrase.mention.start)]?.lower ?? '')) return phrase;
    }
    let k = sentence.tokenStart;
    if (LEAD_IN.has(tokens[k]?.lower ?? '')) {
      let comma = k;
      while (comma < index && comma - k <= 8 && tokens[comma]!.text !== ',') comma++;
      if (comma < index && comma - k <= 8 && tokens[comma]!.text === ',') k = comma + 1;
      else {
        // "In addition he criticised…, adding:": a lead-in without a comma, then the subject.
        k++;
        while (
          k < index &&
          k - sentence.tokenStart <= 3 &&
          tokens[k]!.isWord &&
          !tokens[k]!.capitalised &&
          !PRONOUNS[tokens[k]!.lower] &&
          !isFiniteVerb(tokens[k]!)
        )
          k++;
      }
    }
    // The subject runs up to the sentence's first verb ("A senior Scotland Yard police officer has hit out…").
    for (let j = k; j < index && j - k < 12; j++) {
      const token = tokens[j]!;
      const pronoun = PRONOUNS[token.lower];
      if (pronoun && j === k) {
        const entity = resolvePronoun(pronoun, sentence, token.start);
        return entity ? { entity, mention: { start: token.start, end: token.end }, confidence: 0.7 } : undefined;
      }
      // "Mrs May's spokesman made clear…": "May" inside a name is no verb.
      if (token.capitalised && j > k && registry.mentions.some((m) => m.start <= token.start && m.end >= token.end)) continue;
      // "The Minister for Health and Social Services, Eluned Morgan has written…": a post, a comma, then the name and the verb.
      if (token.text === ',') {
        const named = registry.mentionStartingAt(tokens[j + 1]?.start ?? -1);
        const after = named ? tokens[tokenIndex(tokens, named.end)] : undefined;
        if (named && named.entity.type === 'Person' && after && isFiniteVerb(after))
          return { entity: named.entity, mention: { start: named.start, end: named.end }, confidence: 0.75 };
      }
      if (isFiniteVerb(token) || token.text === ',' || (REPORTING_VERB_FORMS.has(token.lower) && !token.capitalised)) {
        const opening = j - 1 >= k ? speakerBeforeIndex(j, sentence, k) : undefined;
        if (opening) return opening;
        break;
      }
    }
    // "When police arrived he held up a sign, admitting…": the subject of the clause the participle hangs on, past an
    // opening subordinate clause.
    let comma = index - 1;
    while (comma > sentence.tokenStart && tokens[comma]!.text !== ',') comma--;
    for (let j = comma - 1; j > sentence.tokenStart && comma - j <= 30; j--) {
      if (tokens[j]!.text === ',') break;
      if (!isFiniteVerb(tokens[j]!) || !PRONOUNS[tokens[j - 1]?.lower ?? '']) continue;
      const entity = resolvePronoun(PRONOUNS[tokens[j - 1]!.lower]!, sentence, tokens[j - 1]!.start);
      return entity ? { entity, mention: { start: tokens[j - 1]!.start, end: tokens[j - 1]!.end }, confidence: 0.65 } : undefined;
    }
    return undefined;
  }

  /** After an opening participle clause: the comma that ends it and the main clause's reporting verb ("…, X of Y said that…"). */
  function mainClauseVerbAfter(from: number, sentence: Sentence): { comma: number; verb: number } | undefined {
    for (let k = from; k < sentence.tokenEnd; k++) {
      if (tokens[k]!.text !== ',' || inDoubleQuote(tokens[k]!.start)) continue;
      for (let j = k + 1; j < sentence.tokenEnd && j - k <= 14; j++) {
        const token = tokens[j]!;
        if (inDoubleQuote(token.start) || /^[“",;:]$/.test(token.text) || isOpenMark(token)) break;
        // ("…, and describing Mr Darling’s call for…": after a possessive or a determiner the verb's form is a noun.)
        const noun = /^(?:['’]s?|the|a|an|his|her|their|its|our)$/.test(tokens[j - 1]!.lower);
        if (REPORTING_VERB_FORMS.has(token.lower) && !token.capitalised && !PARTICIPLE_FORMS.has(token.lower) && !noun)
          return j > k + 1 ? { comma: k, verb: j } : undefined;
        if (isFiniteVerb(token) && !VERB_PRELUDE.has(token.lower)) break;
      }
    }
    return undefined;
  }

  /** After an opening participle's clause: ", he highlighted…", ", Mr Kendall stressed…": the main clause's subject and its verb. */
  function mainClauseSubjectVerb(from: number, sentence: Sentence): { comma: number; verb: number } | undefined {
    for (let k = from; k < sentence.tokenEnd - 2; k++) {
      if (tokens[k]!.text !== ',' || inDoubleQuote(tokens[k]!.start)) continue;
      const first = tokens[k + 1]!;
      // ("…, Mr Straw asked": the name may be held after its honorific.)
      const named =
        registry.mentionStartingAt(first.start) ??
        (/^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Sir|Dame|Lord|Lady)$/.test(first.text) ? registry.mentionStartingAt(tokens[k + 2]?.start ?? -1) : undefined);
      const subjectEnd = PRONOUNS[first.lower] ? k + 2 : named && ['Person', 'Organisation'].includes(named.entity.type) ? tokenIndex(tokens, named.end) : -1;
      const verb = tokens[subjectEnd];
      if (subjectEnd > k && verb && isFiniteVerb(verb) && !inDoubleQuote(verb.start)) return { comma: k, verb: subjectEnd };
    }
    return undefined;
  }

  /** An indirect or mixed statement reported by the verb at index v, or undefined when v reports no clause. */
  function indirectStatement(v: number, verb: ReportingVerb, sentence: Sentence, sentenceStatements: StatementDraft[]): StatementDraft | undefined {
    const verbToken = tokens[v]!;
    // "refused to say how long…", "declined to comment on…": nothing was said.
    if (tokens[v - 1]?.lower === 'to' && REFUSALS.has(tokens[v - 2]?.lower ?? '')) return undefined;
    // "McCarthy was also fined, and told to pay the same total": an order given, not speech reported.
    if (verb.lemma === 'tell' && tokens[v + 1]?.lower === 'to' && tokens[v + 2]?.isWord && !tokens[v + 2]!.capitalised) return undefined;
    // "A man responding online to police action…", "his message responded to news of…": answering something, no speech reported.
    if (verb.lemma === 'respond' && (tokens[v + 1]?.lower === 'to' || (tokens[v + 2]?.lower === 'to' && /ly$|^online$/.test(tokens[v + 1]?.lower ?? ''))))
      return undefined;
    // "pushed Harper on whether he would accept that…": accepting that is said only when it was done.
    if (verb.lemma === 'accept' && (MODALS.has(tokens[v - 1]?.lower ?? '') || tokens[v - 1]?.lower === 'to')) return undefined;
    let k = v + 1;
    // "called the plans a “complete disaster” that will…": naming something in quoted words reports them.
    if (verb.lemma === 'call' && tokens[k]?.lower !== 'for' && !PASSIVE_AUX.has(tokens[v - 1]?.lower ?? '')) {
      let n = k;
      while (n < sentence.tokenEnd && n - k <= 6 && tokens[n]!.isWord && !['a', 'an'].includes(tokens[n]!.lower)) n++;
      const named = ['a', 'an'].includes(tokens[n]?.lower ?? '') && n > k && isOpenMark(tokens[n + 1] ?? tokens[n + 2]);
      const speaker = named ? speakerBeforeIndex(v, sentence) : undefined;
      if (!speaker) return undefined;
      return reported(tokens[k]!.start, clauseEndOffset(sentence), speaker, verbToken.lower, sentence, 0.9);
    }
    // "called for", "hit out at"
    if (verb.particle) {
      // ("made clear that", "made plain that": a particle may have alternatives.)
      for (const particle of verb.particle) {
        if (!particleFits(particle, tokens[k]?.lower)) return undefined;
        k++;
      }
    }
    // "Sargeants Brothers operate buses out of Kington and, he says, run a connecting service…": an attribution in commas
    // inside the sentence reports the whole sentence.
    if (!verb.particle && tokens[v + 1]?.text === ',' && tokens[v - 2]?.text === ',' && v - 2 > sentence.tokenStart && tokens[v + 2] && tokens[v + 2]!.isWord) {
      const pronoun = PRONOUNS[tokens[v - 1]!.lower];
      const named = registry.mentionEndingAt(tokens[v - 1]!.end);
      const entity = pronoun
        ? resolvePronoun(pronoun, sentence, tokens[v - 1]!.start)
        : named && ['Person', 'Organisation'].includes(named.entity.type)
          ? named.entity
          : undefined;
      if (entity) {
        const start = firstContentOffset(sentence);
        const end = clauseEndOffset(sentence);
        return {
          start,
          end,
          kind: containsQuote(start, end) ? 'mixed' : 'indirect',
          speaker: entity,
          reportingVerb: verbToken.lower,
          speakerMention: { start: tokens[v - 1]!.start, end: tokens[v - 1]!.end },
          confidence: 0.6,
          sentence: sentence.index,
        };
      }
    }
    // "It is a 'lame excuse', said the judge, for anyone to claim…": the attribution interrupts one clause, which runs on after it.
    if (verb.lemma === 'say' && !verbToken.lower.endsWith('ing') && tokens[v - 1]?.text === ',' && v - 2 >= sentence.tokenStart) {
      const speaker = speakerAfterIndex(v + 1, sentence);
      const resume = speaker?.mention ? tokenIndex(tokens, speaker.mention.end) : -1;
      const next = tokens[resume + 1];
      if (
        speaker &&
        resume > v &&
        tokens[resume]?.text === ',' &&
        next?.isWord &&
        !next.capitalised &&
        !CLAUSE_STOPS.has(next.lower) &&
        !SUBORDINATORS.has(next.lower)
      ) {
        const start = firstContentOffset(sentence);
        const end = clauseEndOffset(sentence);
        if (tokens[v - 2]!.end - start >= 10 && isReportedClause(tokenIndex(tokens, start), v - 1, verb, false)) {
          return reported(start, end, speaker, verbToken.lower, sentence, 0.9);
        }
        // "At that point, said police, four people fled…": an opening phrase with no verb of its own; what was said follows.
        const opening = tokenIndex(tokens, start);
        if (v - 1 - opening <= 6 && !tokens.slice(opening, v - 1).some(isFiniteVerb) && isReportedClause(resume + 1, sentence.tokenEnd, verb, false)) {
          return reported(next.start, end, speaker, verbToken.lower, sentence, 0.85);
        }
      }
    }
    // "More needs to be done, the Health Minister has said, as figures show…": an attribution set off by commas mid-sentence
    // reports what comes before it; what follows is the reporter's.
    if (
      !verb.particle &&
      tokens[v + 1]?.text === ',' &&
      /^(?:as|while|after|with|amid|although|though|because|but|and|since|following|that|which)$/.test(tokens[v + 2]?.lower ?? '')
    ) {
      return trailingAttribution(v, verb, sentence, true);
    }
    const previous = tokens[v - 1];
    let auxiliary = v - 1;
    while (
      auxiliary > sentence.tokenStart &&
      ['also', 'then', 'later', 'repeatedly', 'publicly', 'widely', 'once', 'previously'].includes(tokens[auxiliary]!.lower)
    )
      auxiliary--;
    // ("Residents are complaining there aren't…": a progressive, not a passive.)
    const passive = PASSIVE_AUX.has(tokens[auxiliary]?.lower ?? '') && !/ing$/.test(verbToken.lower);
    let speaker: SpeakerFound | undefined;
    let audience: EntityDraft | undefined;
    let complementStart = k;
    // "told the BBC's Asian Network these groups…", "told a meeting of the panel last week that…"
    // ("…, a council chief has warned.": a verb ending the sentence has no audience; what it reports came before.)
    const endsSentence = k >= sentence.tokenEnd || (/^[.!?]$/.test(tokens[k]!.text) && k + 1 >= sentence.tokenEnd);
    if (!passive && !endsSentence && (verb.audience || AUDIENCE_VERBS.has(verb.lemma))) {
      const skipped = skipAudience(k, sentence);
      if (skipped === undefined) return undefined;
      complementStart = skipped.next;
      audience = skipped.audience;
    }
    // "was urged by Mrs Badenoch to drop…": the agent comes first, what was said after it.
    if (passive && tokens[complementStart]?.lower === 'by') {
      speaker = speakerAfterIndex(complementStart + 1, sentence);
      if (!speaker?.mention) return undefined;
      complementStart = tokenIndex(tokens, speaker.mention.end);
      // ("was told by the Lead Member of the county council, Cllr Peter Jones, that…": the name in apposition to the agent.)
      for (let c = complementStart; c < sentence.tokenEnd && c - complementStart <= 6; c++) {
        if (tokens[c]!.text !== ',') continue;
        const named = registry.mentionStartingAt(tokens[c + 1]?.start ?? -1);
        const after = named ? tokenIndex(tokens, named.end) : -1;
        if (named && named.entity.type === 'Person' && tokens[after]?.text === ',') {
          speaker = { entity: named.entity, mention: { start: named.start, end: named.end }, confidence: 0.8 };
          complementStart = after + 1;
        }
        break;
      }
    }
    // "announced in March that…", "said on Tuesday that…": a time or place before "that" belongs to the verb.
    // ("claimed in a council meeting on Wednesday (September 9) that…": a longer setting, brackets and all.)
    if (['in', 'on', 'at', 'last', 'earlier', 'during', 'yesterday', 'today', 'this'].includes(tokens[complementStart]?.lower ?? '')) {
      for (let j = complementStart + 1; j < sentence.tokenEnd && j - complementStart <= 12; j++) {
        if (tokens[j]!.text === '(' || tokens[j]!.text === ')' || (/^\d+$/.test(tokens[j]!.text) && tokens[j - 1]?.text !== ',')) continue;
        if (tokens[j]!.lower === 'that') {
          complementStart = j;
          break;
        }
        // "had said in April it was…": without "that", the clause opens with its pronoun and verb.
        if (j > complementStart + 1 && ['he', 'she', 'it', 'they', 'we', 'i'].includes(tokens[j]!.lower) && FINITE.has(tokens[j + 1]?.lower ?? '')) {
          complementStart = j;
          break;
        }
        if (isFiniteVerb(tokens[j]!) || !tokens[j]!.isWord) break;
      }
    }
    // ("The same afternoon, the prosecutor said, McCarthy also tried…": the comma closing the aside is no part of what was said.)
    if (complementStart === v + 1 && tokens[complementStart]?.text === ',' && tokens[v - 1]?.text !== ',' && tokens[complementStart + 1]?.isWord)
      complementStart++;
    let hasThat = false;
    if (tokens[complementStart]?.lower === 'that') {
      hasThat = true;
      complementStart++;
      // "claim that, if successful, he may…": the comma opening an aside is no part of what was said.
      if (tokens[complementStart]?.text === ',') complementStart++;
    } else if (verb.weak && ['state', 'note', 'warn', 'confirm'].includes(verb.lemma) && tokens[complementStart]?.lower === 'if') {
      // "stating if it was not approved they would face costs": a conditional clause is what was stated (kept in the statement).
      hasThat = true;
    }
    if (complementStart >= sentence.tokenEnd) {
      return trailingAttribution(v, verb, sentence);
    }
    let complementEnd = clauseEnd(complementStart, sentence, v);
    if (complementEnd <= complementStart) return trailingAttribution(v, verb, sentence);
    // "A burglar who claimed he was knocking on doors has been jailed": the main clause resumes at a second auxiliary.
    if (tokens[v - 1]?.lower === 'who' || (tokens[v - 2]?.lower === 'who' && VERB_PRELUDE.has(tokens[v - 1]!.lower))) {
      let ownVerb = false;
      for (let j = complementStart; j < complementEnd; j++) {
        const word = tokens[j]!;
        if (!ownVerb) {
          ownVerb = isFiniteVerb(word);
          continue;
        }
        if (
          ['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will'].includes(word.lower) &&
          !/^(?:and|or|but|that|which|who|,)$/.test(tokens[j - 1]!.lower) &&
          !PRONOUNS[tokens[j - 1]!.lower]
        ) {
          complementEnd = j;
          break;
        }
      }
    }
    const startOffset = tokens[complementStart]!.start;
    let endOffset = endOfClause(complementStart, complementEnd, sentence);
    if (passive && !speaker) {
      // "was branded 'too weak to lead' by Labour": the agent after "by" speaks.
      let by = -1;
      for (let j = complementStart; j < complementEnd; j++) if (tokens[j]!.lower === 'by' && !inDoubleQuote(tokens[j]!.start)) by = j;
      if (by < 0) return undefined;
      speaker = speakerAfterIndex(by + 1, sentence);
      if (!speaker) return undefined;
      complementEnd = by;
      endOffset = tokens[by - 1]!.end;
      if (endOffset <= startOffset) return undefined;
    }
    const quoted = containsQuote(startOffset, endOffset);
    // "announced a 67% increase …, X said that the business had “delivered…”": a quotation further on does not make an object a clause.
    // ("revealed on Wednesday it was now “likely” they would…": unless a pronoun and its verb open a clause all the same.)
    if (
      quoted &&
      verb.needsThat &&
      !hasThat &&
      !/^[“"‘']/.test(tokens[complementStart]?.text ?? '') &&
      !isReportedClause(complementStart, complementEnd, verb, hasThat)
    )
      return trailingAttribution(v, verb, sentence);
    // "which the Institute for Fiscal Studies says could rise…": the relative pronoun is the reported clause's subject.
    let relative = false;
    if (!hasThat && FINITE.has(tokens[complementStart]?.lower ?? '')) {
      for (let j = v - 1; j >= sentence.tokenStart && v - j <= 8; j--) {
        if (['which', 'what'].includes(tokens[j]!.lower)) relative = true;
        if (relative || isFiniteVerb(tokens[j]!) || !tokens[j]!.isWord) break;
      }
    }
    if (!quoted && !relative && !isReportedClause(complementStart, complementEnd, verb, hasThat)) {
      return trailingAttribution(v, verb, sentence);
    }
    // "…, explaining his resignation, Mr Bowles said there was…": a participle's object, then the sentence's own subject.
    if (!hasThat && /ing$/.test(verbToken.lower)) {
      for (let c = complementStart; c < complementEnd && c - complementStart <= 6; c++) {
        if (isFiniteVerb(tokens[c]!)) break;
        if (tokens[c]!.text === ',' && tokens[c + 1]?.capitalised) return undefined;
      }
    }
    // "…, but also said…": an adverb between the conjunction and the verb.
    const conjunction = ['also', 'then', 'later', 'further'].includes(previous?.lower ?? '') ? tokens[v - 2] : previous;
    if (!speaker && ['and', 'but', 'or'].includes(conjunction?.lower ?? '')) {
      // "…, and said it had achieved…": the same speaker goes on.
      const last = sentenceStatements.filter((st) => st.start < verbToken.start).pop();
      if (last) speaker = { entity: last.speaker, mention: last.speakerMention, confidence: last.confidence };
      // "Sainsbury's has reported a fall and says the market is growing": the subject of the first verb.
      else speaker = subjectOfCoordinatedVerb(v, sentence) ?? participleSubject(v, sentence, sentenceStatements);
    }
    if (!speaker) {
      speaker = PARTICIPLE_FORMS.has(verbToken.lower) ? participleSubject(v, sentence, sentenceStatements) : speakerBeforeIndex(v, sentence);
    }
    if (!speaker) return undefined;
    return {
      start: startOffset,
      end: endOffset,
      kind: quoted ? 'mixed' : 'indirect',
      speaker: speaker.entity,
      reportingVerb: verb.particle
        ? `${verbToken.lower} ${tokens
            .slice(v + 1, v + 1 + verb.particle.length)
            .map((t) => t.lower)
            .join(' ')}`
        : hasAuxiliary(v)
          ? `${tokens[v - 1]!.lower} ${verbToken.lower}`
          : verbToken.lower,
      speakerMention: speaker.mention,
      audience,
      confidence: Math.min(0.9, speaker.confidence * (quoted ? 1 : 0.95)),
      sentence: sentence.index,
    };
  }

  function hasAuxiliary(v: number): boolean {
    return ['has', 'have', 'had'].includes(tokens[v - 1]?.lower ?? '');
  }

  /** "Officers now 'own' investigations, he said." — the verb closes the sentence and the clause comes first. */
  function trailingAttribution(v: number, verb: ReportingVerb, sentence: Sentence, midSentence = false): StatementDraft | undefined {
    const rest = tokens.slice(v + 1, sentence.tokenEnd).filter((t) => t.isWord);
    // ("…, a judge commented last Wednesday at a sitting of Craigavon Magistrates Court.": a time and a setting, no more.)
    const setting =
      rest.length <= 12 &&
      TRAILING_TIME.test(rest[0]?.lower ?? '') &&
      rest.some((t) => ['at', 'in', 'during'].includes(t.lower)) &&
      !rest.some((t) => isFiniteVerb(t) || SUBORDINATORS.has(t.lower) || ['as', 'and', 'but', 'who', 'which'].includes(t.lower));
    if (rest.length > 4 && !midSentence && !setting) return undefined;
    // ("…, he highlighted the need for changes.": a verb that needs "that" with an object after it reports nothing back.)
    if (verb.needsThat && !midSentence && rest.some((t) => !TRAILING_TIME.test(t.lower))) return undefined;
    let k = v - 1;
    while (k >= sentence.tokenStart && tokens[k]!.text !== ',') k--;
    if (k <= sentence.tokenStart || v - k > (midSentence ? 9 : 6)) return undefined;
    // "…, who bizarrely asked to borrow his van": a relative clause, not an attribution.
    if (['who', 'which', 'whom'].includes(tokens[k + 1]?.lower ?? '')) return undefined;
    // "…, said the union.": the speaker after the verb.
    const speaker = k === v - 1 ? speakerAfterIndex(v + 1, sentence) : speakerBeforeIndex(v, sentence, k + 1);
    if (!speaker) return undefined;
    const start = firstContentOffset(sentence);
    const end = tokens[k - 1]!.end;
    if (end - start < 10) return undefined;
    const quoted = containsQuote(start, end);
    // ("…, the Manchester Evening News reported, and…": a verb that needs "that" before its clause takes one after it without.)
    if (!quoted && !isReportedClause(tokenIndex(tokens, start), k, verb, verb.needsThat === true)) return undefined;
    return {
      start,
      end,
      kind: quoted ? 'mixed' : 'indirect',
      speaker: speaker.entity,
      reportingVerb: tokens[v]!.lower,
      speakerMention: speaker.mention,
      confidence: speaker.confidence * 0.9,
      sentence: sentence.index,
    };
  }

  /** After "told": the addressee (an entity or a short noun phrase), then where what was said begins. */
  function skipAudience(from: number, sentence: Sentence): { next: number; audience?: EntityDraft } | undefined {
    let k = from;
    // "warned it expects more rises": no addressee; the clause starts at once.
    // ("told he was being charged" is a passive "was … told", not this.)
    const lemma = REPORTING_VERB_FORMS.get(tokens[from - 1]?.lower ?? '')?.lemma ?? '';
    if (!['tell', 'ask', 'inform'].includes(lemma) && CLAUSE_SUBJECTS.has(tokens[k]?.lower ?? '') && tokens[k + 1] && isFiniteVerb(tokens[k + 1]!))
      return { next: k };
    if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'a') {
      const named = registry.mentionStartingAt(tokens[k + 1]?.start ?? -1);
      if (named) k++;
    }
    const mention = registry.mentionStartingAt(tokens[k]?.start ?? -1);
    if (mention) {
      const next = tokenIndex(tokens, mention.end);
      return { next: skipTime(next, sentence), audience: mention.entity };
    }
    for (let j = from; j < sentence.tokenEnd && j - from <= 10; j++) {
      // ("told the trust’s annual general meeting that…": nouns that could be verbs, "trust", "meeting", are still the addressee.)
      if (tokens[j]!.lower === 'that' && !tokens.slice(from, j).some((t) => FINITE.has(t.lower) || (/ed$/.test(t.lower) && t.lower.length > 4)))
        return { next: j };
      if (isOpenMark(tokens[j]) || tokens[j]!.text === ',') break;
    }
    // A short addressee: a pronoun, or a determiner and a noun or two ("the court", "reporters", "MPs").
    if (['him', 'her', 'them', 'us', 'me', 'you'].includes(tokens[k]?.lower ?? '')) return { next: skipTime(k + 1, sentence) };
    let j = k;
    if (DETERMINERS.has(tokens[j]?.lower ?? '')) j++;
    let nouns = 0;
    while (
      j < sentence.tokenEnd &&
      tokens[j]!.isWord &&
      !isFiniteVerb(tokens[j]!) &&
      nouns < 2 &&
      !DETERMINERS.has(tokens[j]!.lower) &&
      !PRONOUNS[tokens[j]!.lower] &&
      !CLAUSE_SUBJECTS.has(tokens[j]!.lower) &&
      // ("told magistrates Smith threw…": a name after the addressee opens the clause.)
      !(j > k && tokens[j]!.capitalised && registry.mentionStartingAt(tokens[j]!.start))
    ) {
      j++;
      nouns++;
    }
    if (nouns === 0) return undefined;
    // "warned profits will be lower": the nouns are the reported clause's subject when a finite verb follows, not an addressee.
    if (j < sentence.tokenEnd && FINITE.has(tokens[j]!.lower)) return { next: k };
    // ("has warned the waiting list for planned care in England is continuing…": or when the phrase goes on, then a finite verb.)
    const goesOn =
      tokens[j] !== undefined &&
      tokens[j]!.isWord &&
      !tokens[j]!.capitalised &&
      !DETERMINERS.has(tokens[j]!.lower) &&
      !/^(?:to|that|about|against)$/.test(tokens[j]!.lower);
    if (!['tell', 'ask', 'inform'].includes(lemma) && goesOn) {
      for (let m = j + 1; m < sentence.tokenEnd && m - j <= 10; m++) {
        if (!tokens[m]!.isWord || PRONOUNS[tokens[m]!.lower] || tokens[m]!.lower === 'that') break;
        if (FINITE.has(tokens[m]!.lower)) return { next: k };
      }
    }
    return { next: skipTime(j, sentence) };
  }

  function skipTime(from: number, sentence: Sentence): number {
    let k = from;
    const timeWords = new Set([
      'yesterday',
      'today',
      'on',
      'last',
      'this',
      'week',
      'night',
      'month',
      'morning',
      'afternoon',
      'evening',
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
      'after',
      'his',
      'her',
      'their',
      'arrest',
      'earlier',
    ]);
    while (k < sentence.tokenEnd && timeWords.has(tokens[k]!.lower)) {
      // "after his arrest" is time; "told him his bad language…" starts the clause.
      if (['his', 'her', 'their'].includes(tokens[k]!.lower) && !['after', 'before', 'during'].includes(tokens[k - 1]?.lower ?? '')) break;
      k++;
    }
    return k;
  }

  /** Where the reported clause ends: the sentence end, or where a new reporting construction starts. */
  function clauseEnd(from: number, sentence: Sentence, verbIndex: number): number {
    for (let k = from; k < sentence.tokenEnd; k++) {
      const token = tokens[k]!;
      if (inDoubleQuote(token.start)) continue;
      if (token.text === ';') return k;
      if (token.text === ':' && /^[“"‘']/.test(tokens[k + 1]?.text ?? '')) return k;
      if (token.text === ',') {
        const next = tokens[k + 1];
        if (!next) continue;
        // "Noting that …, X said that …": the opening participle's clause ends where the main clause begins.
        if (verbIndex === sentence.tokenStart && mainClauseVerbAfter(k, sentence)?.comma === k) return k;
        // ("Pointing out that…, and describing … as “bizarre”, he highlighted…": the same for a second participle there.)
        if (
          PARTICIPLE_FORMS.has(tokens[sentence.tokenStart]!.lower) &&
          PARTICIPLE_FORMS.has(tokens[verbIndex]!.lower) &&
          mainClauseSubjectVerb(k, sentence)?.comma === k
        )
          return k;
        // ("Instead when she explained how long it had been…, Mr Straw asked to see her": a subordinate clause's report ends where
        // the main clause's subject and verb begin.)
        if (
          tokens.slice(Math.max(sentence.tokenStart, verbIndex - 4), verbIndex).some((t) => SUBORDINATORS.has(t.lower)) &&
          mainClauseSubjectVerb(k, sentence)?.comma === k
        )
          return k;
        if (PARTICIPLE_FORMS.has(next.lower) && REPORTING_VERB_FORMS.get(next.lower)) return k;
        if (next.lower === 'with' && followedByParticiple(k + 2, sentence)) return k;
        if (next.lower === 'according' && tokens[k + 2]?.lower === 'to') return k;
        if ((next.lower === 'and' || next.lower === 'but' || next.lower === 'while') && coordinatedReport(k + 2, sentence)) return k;
        // "…as “deeply unfair”, and the Association of School and College Leaders … subsequently wrote…": a new subject named after
        // ", and" starts a clause of its own.
        if (next.lower === 'and') {
          let j = k + 2;
          if (tokens[j]?.lower === 'the') j++;
          const named = registry.mentionStartingAt(tokens[j]?.start ?? -1);
          if (named && ['Person', 'Organisation'].includes(named.entity.type)) {
            let after = tokenIndex(tokens, named.end);
            while (
              after < sentence.tokenEnd &&
              after - j < 16 &&
              (tokens[after]!.isWord || /^(?:'s|['’])$/.test(tokens[after]!.lower)) &&
              !isFiniteVerb(tokens[after]!)
            )
              after++;
            if (after < sentence.tokenEnd && isFiniteVerb(tokens[after]!)) return k;
          }
        }
        // "…, he said." closing the sentence
        if (trailingVerbAfter(k + 1, sentence)) return k;
      }
      if ((token.lower === 'and' || token.lower === 'but') && k > verbIndex + 1) {
        const next = tokens[k + 1];
        if (next && REPORTING_VERB_FORMS.has(next.lower) && !next.capitalised) return k;
      }
    }
    return sentence.tokenEnd;
  }

  function followedByParticiple(from: number, sentence: Sentence): boolean {
    for (let k = from; k < sentence.tokenEnd && k - from < 6; k++) {
      if (PARTICIPLE_FORMS.has(tokens[k]!.lower)) return true;
    }
    return false;
  }

  /** ", and a former senior Muslim policeman, Dal Babu, said" / ", and he said" / ", and said": a new reporting construction. */
  function coordinatedReport(from: number, sentence: Sentence): boolean {
    for (let k = from; k < sentence.tokenEnd && k - from <= 12; k++) {
      const token = tokens[k]!;
      if (inDoubleQuote(token.start) || isOpenMark(token)) return false;
      if (REPORTING_VERB_FORMS.has(token.lower) && !token.capitalised) {
        const between = tokens.slice(from, k);
        return !between.some((t) => isFiniteVerb(t) && !VERB_PRELUDE.has(t.lower));
      }
    }
    return false;
  }

  /** ", he said." / ", the Prime Minister replied:" — a short attribution that closes the clause. */
  function trailingVerbAfter(from: number, sentence: Sentence): boolean {
    let words = 0;
    for (let k = from; k < sentence.tokenEnd && words <= 5; k++) {
      const token = tokens[k]!;
      if (!token.isWord) return false;
      words++;
      if (REPORTING_VERB_FORMS.has(token.lower) && !token.capitalised) {
        const after = tokens[k + 1];
        return !after || after.start >= sentence.end || /^[.:!?]$/.test(after.text) || (after.text === ',' && isOpenMark(tokens[k + 2]));
      }
    }
    return false;
  }

  /** The clause's end offset: without the sentence's final stop, but with a closing quote mark when the clause holds the opening one. */
  function endOfClause(from: number, to: number, sentence: Sentence): number {
    let k = to - 1;
    while (k > from && /^[.,;:!?]$/.test(tokens[k]!.text)) k--;
    let end = tokens[k]!.end;
    // A sentence ending '…initiative."' keeps the quotation whole.
    if (/^[”"’']$/.test(tokens[k]!.text) && k - 1 > from && /^[.!?]$/.test(tokens[k - 1]!.text)) end = tokens[k]!.end;
    if (end > sentence.end) end = sentence.end;
    return end;
  }

  /** Does the complement read as a reported clause rather than an object ("denied wrongdoing", "admitted jury intimidation and was jailed")? */
  function isReportedClause(from: number, to: number, verb: ReportingVerb, hasThat: boolean): boolean {
    // "pointed out that…" (not "pointed out the flaws"): a particle verb that needs "that".
    if (verb.particle) return (verb.needsThat ? hasThat : !verb.weak) && to - from >= 2;
    // ("outlines its priorities…, as well as case studies": "as well as" joins two objects, no description given.)
    if (verb.as)
      return tokens.slice(from, to).some((t, n) => t.lower === 'as' && tokens[from + n + 1]?.lower !== 'well' && tokens[from + n - 1]?.lower !== 'well');
    const first = tokens[from];
    if (!first) return false;
    // "admitted possessing the bar as an offensive weapon", "after admitting burglary with intent to steal": a plea to a charge
    // in court, not speech reported.
    if (
      ['admit', 'deny'].includes(verb.lemma) &&
      !hasThat &&
      first.isWord &&
      !first.capitalised &&
      ((/ing$/.test(first.lower) && first.lower !== 'being') || CHARGES.test(first.lower) || CHARGES.test(tokens[from + 1]?.lower ?? ''))
    )
      return false;
    // "accusing the NHS of putting targets ahead of patient safety": an accusation, its object and what they did.
    if (verb.lemma === 'accuse' && !hasThat) {
      for (let k = from + 1; k < to && k - from <= 8; k++) {
        if (tokens[k]!.lower === 'of') return /ing$/.test(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.lower === 'being';
        if (!tokens[k]!.isWord || isFiniteVerb(tokens[k]!)) break;
      }
    }
    // "vowed to improve the behaviour…", "pledged to cut…": a promise reported with its infinitive.
    if (['vow', 'pledge', 'promise'].includes(verb.lemma) && !hasThat && first.lower === 'to' && tokens[from + 1]?.isWord && to - from >= 3) return true;
    // "suggested these may have been…", "denied he was there": a weak verb takes a clause whose subject is a pronoun and whose verb is an auxiliary.
    if (verb.weak && !verb.needsThat && !hasThat && CLAUSE_SUBJECTS.has(first.lower) && FINITE.has(tokens[from + 1]?.lower ?? '')) return true;
    // "announced she was leaving", "revealed it had…": a pronoun and an auxiliary make a clause without "that".
    if (verb.needsThat && !hasThat && ['he', 'she', 'they', 'we', 'it', 'i'].includes(first.lower) && FINITE.has(tokens[from + 1]?.lower ?? '')) return true;
    // "predicted the retail sectors it serves would remain…": a noun phrase, then a modal verb, is a clause too.
    if (verb.weak && !verb.needsThat && !hasThat && ['the', 'its', 'their', 'his', 'her', 'a', 'an'].includes(first.lower)) {
      for (let k = from + 1; k < to && k - from <= 9; k++) {
        const word = tokens[k]!;
        // "its annual underlying pre-tax profits will…": a hyphenated word holds the phrase together.
        if (word.text === '-' && tokens[k - 1]!.end === word.start && tokens[k + 1]?.start === word.end) continue;
        if (!word.isWord || ['who', 'which', 'that', 'whose'].includes(word.lower)) break;
        // "fears the management is trying…": a modal or an auxiliary after the noun phrase.
        if (MODALS.has(word.lower) || (k > from + 1 && ['is', 'was', 'are', 'were', 'has', 'had', 'have'].includes(word.lower))) return k > from + 1;
      }
    }
    // "noted earnings would be…", "confirmed sales had fallen": a plural noun, then an auxiliary.
    // ("announced millions more were to be offered…": a verb that otherwise needs "that", and "more" or "fewer" between.)
    const pluralAux = (n: number): boolean => MODALS.has(tokens[n]?.lower ?? '') || ['had', 'have', 'were', 'are'].includes(tokens[n]?.lower ?? '');
    if (
      (verb.weak || verb.needsThat) &&
      !hasThat &&
      first.isWord &&
      !first.capitalised &&
      /[^s]s$/.test(first.lower) &&
      (verb.needsThat
        ? /^(?:more|fewer)$/.test(tokens[from + 1]?.lower ?? '') && pluralAux(from + 2)
        : pluralAux(from + 1) || (/^(?:more|fewer)$/.test(tokens[from + 1]?.lower ?? '') && pluralAux(from + 2)))
    )
      return true;
    if ((verb.needsThat || verb.weak) && !hasThat) return false;
    // "…that in this instance he had not…": after "that" a clause may open with a phrase.
    // ("informing staff members inside of his intentions": an adverb, then "of".)
    if (!hasThat && ['inside', 'outside'].includes(first.lower) && tokens[from + 1]?.lower === 'of') return false;
    if (!hasThat && ['of', 'to', 'for', 'about', 'in', 'on', 'at', 'with', 'by', 'from', 'into', 'against', 'over', 'towards', 'under'].includes(first.lower))
      return false;
    // "said anyone who produces a knife will receive…", "People who use knives… can expect…": a general subject with its
    // own relative clause, then the main clause's modal.
    // ("said passengers who were stuck at airports… would be provided with…": a plural noun with its relative clause too.)
    const pluralSubject = first.isWord && !first.capitalised && /[^s]s$/.test(first.lower) && !isFiniteVerb(first);
    if ((GENERAL_SUBJECTS.has(first.lower) || pluralSubject) && tokens[from + 1]?.lower === 'who') {
      for (let k = from + 3; k < to && k - from <= 20 && tokens[k]!.text !== ','; k++) if (MODALS.has(tokens[k]!.lower)) return true;
    }
    for (let k = from; k < to; k++) {
      const token = tokens[k]!;
      // ("A third man – who is yet to be sentenced – went into…": a relative clause between dashes is passed over.)
      if (['who', 'which'].includes(token.lower) && isDash(tokens[k - 1])) {
        let close = k + 1;
        while (close < to && !isDash(tokens[close])) close++;
        if (close < to) {
          k = close;
          continue;
        }
      }
      // "obscenities at the judge as his brother, who were led…": the first verb belongs to a relative clause.
      if (['who', 'which', 'whom', 'whose'].includes(token.lower) && !hasThat) return false;
      if (isFiniteVerb(token)) {
        // "The FCA says were it not for the firms’ position, it would have…": a conditional put first by inversion.
        if (k === from && /^(?:were|had|should)$/.test(token.lower) && ['it', 'they', 'he', 'she', 'we', 'i', 'there'].includes(tokens[k + 1]?.lower ?? ''))
          return true;
        // "It’s time to bring back a council…, a councillor has said": a contraction holds its own subject.
        if (k === from && /^(?:it|he|she|that|there|we|they|you|i)['’](?:s|re|ve|ll|d|m)$/.test(token.lower)) return true;
        // "said demand was rising": a first word that could be a verb is the subject when an auxiliary follows it.
        if (k === from && !FINITE.has(token.lower) && FINITE.has(tokens[k + 1]?.lower ?? '')) continue;
        // "saying market weakness and competitor discounting had hit sales": a few plain words, then an auxiliary, are a subject.
        if (k === from && !FINITE.has(token.lower) && !hasThat) {
          let a = k + 1;
          // ("said plans for the regeneration of Rhyl’s hospital might need…": a place and its possessive inside the subject.)
          const plain = (t: Token): boolean =>
            (t.isWord && (!t.capitalised || registry.mentionStartingAt(t.start)?.entity.type === 'Place')) || (t.lower === "'s" && a > k + 1);
          while (a < to && a - k <= 8 && plain(tokens[a]!) && !FINITE.has(tokens[a]!.lower) && !MODALS.has(tokens[a]!.lower)) a++;
          if (
            a > k + 1 &&
            a < to &&
            (FINITE.has(tokens[a]!.lower) || MODALS.has(tokens[a]!.lower)) &&
            ['had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'should', 'might', 'may', 'must', 'can'].includes(tokens[a]!.lower)
          ) {
            k = a - 1;
            continue;
          }
        }
        const previous = tokens[k - 1];
        // "admitted a charge of stalking", "admitted four charges": a noun after a determiner or a number, not a verb.
        if (
          !hasThat &&
          previous &&
          k > from &&
          !FINITE.has(token.lower) &&
          /^(?:a|an|the|\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(previous.lower)
        )
          continue;
        if (k > from && previous && ['and', 'or', 'but'].includes(previous.lower) && !hasThat) return false;
        return k > from || hasThat;
      }
    }
    return false;
  }

  /** The named person whose later quote shares five words running with what an unnamed speaker says, if one person's does. */
  function echoedSpeaker(unnamed: EntityDraft): EntityDraft | undefined {
    const runs = (statement: StatementDraft): Set<string> => {
      const words = text
        .slice(statement.start, statement.end)
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 0);
      const found = new Set<string>();
      // (Not words about a third person: a prosecutor retelling "he was knocking on doors" retells the defendant's claim.)
      for (let k = 0; k + 5 <= words.length; k++) {
        const run = words.slice(k, k + 5);
        if (!run.some((w) => THIRD_PERSON.has(w))) found.add(run.join(' '));
      }
      return found;
    };
    const told = statements.filter((s) => s.speaker === unnamed).map(runs);
    const echoes = new Set(
      statements
        .filter(
          (s) => s.speaker !== unnamed && s.speaker.type === 'Person' && !s.speaker.articleScoped && [...runs(s)].some((run) => told.some((t) => t.has(run))),
        )
        .map((s) => s.speaker),
    );
    return echoes.size === 1 ? [...echoes][0] : undefined;
  }

  /**
   * "A senior Scotland Yard police officer has hit out…", then "Commander Dean Haydon told…": an
   * unnamed speaker at the top of the article is usually the person named soon after.
   */
  function resolveLedeSpeakers(): void {
    const firstBody = bodySentences[0]?.index ?? 0;
    // (A standfirst repeated as the first paragraph repeats its description: the same person.)
    const resolved = new Map<string, EntityDraft>();
    const resolvedHeads = new Map<string, EntityDraft>();
    for (const unnamed of unnamedSpeakers) {
      const phrase = unnamed.phrase.toLowerCase();
      const again = resolved.get(phrase);
      if (again && unnamed.entity !== again) {
        for (const statement of statements) if (statement.speaker === unnamed.entity) statement.speaker = again;
        const spans = [...unnamed.entity.mentions];
        registry.remove(unnamed.entity);
        for (const mention of spans) registry.addMention(again, mention.start, mention.end, text.slice(mention.start, mention.end));
        continue;
      }
      const head = (phrase.split(/\s+/).pop() ?? '').replace(/[^\p{L}-]/gu, '');
      // ("…, a councillor has said." at the top, then "Now a long serving Kirklees councillor has said…": the same councillor.)
      const sameHead = head.length > 3 ? resolvedHeads.get(head) : undefined;
      if (unnamed.sentence > firstBody + 1 && !sameHead) continue;
      const appositivePost = head.length > 3 ? new RegExp(`^,\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}${head}\\b`, 'u') : undefined;
      const named = statements.filter((s) => s.speaker.type === 'Person' && !s.speaker.articleScoped && s.sentence > unnamed.sentence).map((s) => s.speaker);
      // (Not anyone named in the description's own sentence: "James Cleverly got into a tense confrontation with a Labour MP who…".)
      const own = article.sentences[unnamed.sentence];
      const namedThere = (person: EntityDraft): boolean =>
        own !== undefined && person.mentions.some((m) => m.start >= own.start && m.end <= own.end && !unnamed.entity.mentions.some((u) => u.start === m.start));
      const candidates = [...new Set(named)].filter((person) => !namedThere(person));
      // ("A HOSPITAL chief", then "George Briggs, chief operating officer": the post's first word is the description's head.)
      const sameRole = candidates.find(
        (person) =>
          person.titles.some(
            (t) =>
              // ("a proud headteacher" and the post "Head teacher": spaces aside.)
              phrase.replace(/[\s-]/g, '').includes(t.role.toLowerCase().replace(/[\s-]/g, '')) ||
              (POLICE_FAMILY.test(t.role.toLowerCase()) && POLICE_FAMILY.test(phrase)) ||
              (head.length > 3 && t.role.toLowerCase().split(' ')[0] === head) ||
              // ("a judge commented", then "District Judge Mrs Bernie Kelly said": the post's last word.)
              (head.length > 3 && t.role.toLowerCase().split(' ').pop() === head),
          ) ||
          // ("George Briggs, chief operating officer for the trust": a post given in apposition.)
          (head.length > 3 && person.mentions.some((m) => appositivePost?.test(text.slice(m.end, m.end + 60)))) ||
          // ("the chief executive of the trust", then "Trudy Brothwell, CEO of the … Trust": the post in apposition, written short.)
          person.mentions.some((m) => {
            const post = /^,\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:of|at|for)\b/u.exec(text.slice(m.end, m.end + 60));
            if (!post) return false;
            const role = ROLE_TITLES[post[1]!.toLowerCase()] ?? ROLE_TITLES[post[1]!.toLowerCase().split(/\s+/)[0]!];
            return role !== undefined && phrase.includes(role.toLowerCase());
          }),
      );
      // The classic lede: a description, then the next sentence names its subject ("Cllr Keith Aspden, who…, has…").
      // (A credit line such as "Northumbria Police." between them is passed over.)
      const next = bodySentences.find((b) => b.index > unnamed.sentence && tokens.slice(b.tokenStart, b.tokenEnd).filter((t) => t.isWord).length >= 4);
      const nextSubject = next ? subjectOf(next, 1) : undefined;
      // (A described person who speaks at the very top, "A burglar who claimed…", is the person the next sentence opens with, speaking or not.)
      const subjectNamed =
        nextSubject &&
        !namedThere(nextSubject) &&
        (candidates.includes(nextSubject) ||
          (unnamed.sentence === firstBody && nextSubject.type === 'Person' && !nextSubject.articleScoped && nextSubject.name.includes(' ')))
          ? nextSubject
          : undefined;
      // Without a shared role or the next sentence naming them, only a described role ("a senior police officer") is resolved:
      // "a teenager reported…" is not the detective quoted later.
      // "a rightwing Tory told the Commons…", then "Dudley North MP Marco Longhi": a party's member is the member quoted next.
      const partyMemberPhrase = [...PARTY_MEMBERS].some((party) => phrase.endsWith(party));
      const member = partyMemberPhrase ? candidates.find((person) => person.titles.some((t) => MEMBER_ROLES.has(t.role.toLowerCase()))) : undefined;
      // "the owner of the Gloucester factory they work in announced…", then "Invista said…": a business described is the body quoted next.
      // ("One of the main bus operators in the Melton area says…": one of a kind of business.)
      const oneOfBusinesses = /^one of\b/.test(phrase) && phrase.split(/\s+/).some((w) => LEDE_BUSINESS_HEADS.has(w));
      const business =
        LEDE_BUSINESS_HEADS.has(phrase.replace(/^(?:the|a|an)\s+/, '').split(/\s+/)[0] ?? '') || oneOfBusinesses
          ? statements.find((s) => s.speaker.type === 'Organisation' && !s.speaker.articleScoped && s.sentence > unnamed.sentence)?.speaker
          : undefined;
      // (A post shared with someone quoted later outweighs the next sentence's subject: "described by a High Court judge as…",
      // then "Businessman Israel Russell…", then "Mr Justice Saini said".)
      // (Failing all else, a described post goes to the first person quoted later, unless that person holds another post:
      // "A government planning inspector said…" is not "Cheshire East leader Michael Jones".)
      const fallback = unnamed.entity.titles.length > 0 && candidates[0] && candidates[0].titles.length === 0 ? candidates[0] : undefined;
      // ("the man heading the inquiry said…", then "Det Chief Supt Stewart Gull said…": whoever leads it holds a post.)
      const leader = phrase.split(/\s+/).some((w) => LEADING_PARTICIPLES.has(w)) ? candidates.find((person) => person.titles.length > 0) : undefined;
      // ("A ‘vicious and sustained’ campaign has been waged…, a developer has claimed.", then Anthony Watts-Williams quoted
      // "A vicious and sustained campaign has been waged by…": the lede retells a quote, and its speaker is the one quoted.)
      const target = sameHead ?? sameRole ?? subjectNamed ?? echoedSpeaker(unnamed.entity) ?? member ?? business ?? leader ?? fallback;
      if (!target) continue;
      resolved.set(phrase, target);
      if (head.length > 3 && !resolvedHeads.has(head)) resolvedHeads.set(head, target);
      for (const statement of statements) if (statement.speaker === unnamed.entity) statement.speaker = target;
      const spans = [...unnamed.entity.mentions];
      target.titles.push(...unnamed.entity.titles);
      registry.remove(unnamed.entity);
      for (const mention of spans) registry.addMention(target, mention.start, mention.end, text.slice(mention.start, mention.end));
    }
  }
}

/** Heads of a lede's description of a business ("the owner of the factory", "the firm behind…"). */
const LEDE_BUSINESS_HEADS = new Set([
  'owner',
  'owners',
  'operator',
  'operators',
  'firm',
  'company',
  'maker',
  'manufacturer',
  'employer',
  'retailer',
  'developer',
  'chain',
]);

const PARTY_MEMBERS = new Set([
  'liberal democrat',
  'lib dem',
  'conservative',
  'tory',
  'labour',
  'green',
  'snp',
  'reform',
  'plaid',
  'ukip',
  'democrat',
  'republican',
  'independent',
  'lib dems',
  'nationalist',
]);
const MEMBER_ROLES = new Set(['mp', 'councillor', 'cllr', 'peer', 'leader', 'member', 'politician', 'msp', 'ms', 'mep', 'candidate', 'minister', 'mayor']);

/** Party labels that name the same party. */
const SAME_PARTY: Record<string, string> = { tory: 'conservative', 'lib dem': 'liberal democrat', 'lib dems': 'liberal democrat' };

/** "Liberal Democrat", "Tory MP", "Labour councillor": a party member named by party. */
function isPartyMember(phrase: string[]): boolean {
  // "the Labour MP for Chester": the seat after the role does not change who it is.
  const seat = phrase.findIndex((w, i) => i >= 2 && (w === 'for' || w === 'of'));
  const words = seat > 0 ? phrase.slice(0, seat) : phrase;
  const rest = MEMBER_ROLES.has(words[words.length - 1] ?? '') ? words.slice(0, -1) : words;
  return rest.length > 0 && rest.length <= 2 && PARTY_MEMBERS.has(rest.join(' '));
}

function capitalise(phrase: string): string {
  const words = phrase.replace(/^(?:the|a|an|one|another)\s+/i, '');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function tokenIndex(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function lastMeaningful(tokens: Token[], from: number, to: number): Token | undefined {
  for (let k = to - 1; k >= from; k--) {
    if (tokens[k]!.text.trim()) return tokens[k];
  }
  return undefined;
}

/** A stable local id for a statement: its order and speaker. */
export function statementLocalId(index: number, speakerName: string): string {
  return `stmt-${String(index + 1).padStart(2, '0')}-${slugify(speakerName, 40)}`;
}
