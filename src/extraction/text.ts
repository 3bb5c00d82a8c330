/**
 * The article text cut into what the extractor reasons about: tokens, paragraphs (with page
 * furniture marked), sentences and quotation spans, all with UTF-16 offsets into the original
 * text so every fact can point back to it.
 */

import { isDictionaryWord, wordKnowledge } from './gazetteers/lexicon';
import { REPORTING_VERB_FORMS } from './gazetteers/reporting-verbs';

/** A word, number or punctuation mark with its offsets. */
export interface Token {
  index: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** Two or more letters, all upper case ("BBC", "TVP"). */
  allCaps: boolean;
}

/**
 * `body`: prose that may hold statements; `heading`: a headline or sub-heading (names count,
 * quotes do not); `noise`: page furniture, captions and credits (nothing is extracted).
 */
export type ParagraphKind = 'body' | 'heading' | 'noise';

/** A line of the text and what kind of line it is. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  kind: ParagraphKind;
}

/** A sentence: its offsets and the tokens it spans. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  /** Token indexes [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

/** A quotation: the marks and the words between them. */
export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ends first (a quote that runs on). */
  close: number;
  contentStart: number;
  contentEnd: number;
  style: 'double' | 'single';
  paragraph: number;
  /**
   * Not inside another quotation: the marks that may open direct speech. Single quotes are primary
   * in British house style ('…,' he said); a single quote inside a double one (or a double inside a
   * single one) is nested and never speech of its own.
   */
  primary: boolean;
}

/** The analysed text every extraction step reads. */
export interface ArticleText {
  text: string;
  tokens: Token[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotations: Quotation[];
}

/** Contractions that end in 's but are not possessives of a name. */
const S_CONTRACTIONS = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'let', 'here', 'where', 'how']);

function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return ch.toLowerCase() !== ch.toUpperCase() || /\p{L}/u.test(ch);
}
function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
const APOSTROPHES = "'’";
const HYPHENS = '-‐';
const NUMBER_SUFFIX = /^(?:%|st|nd|rd|th|am|pm|bn|m|k)/;

/**
 * Splits text into tokens: words (with inner apostrophes and hyphens: "don't", "Yaxley-Lennon"),
 * dotted abbreviations ("U.K."), numbers ("3,000", "10am") and single punctuation marks. A
 * possessive "'s" after a name becomes its own token ("BBC" "'s"). Hand-written rather than one
 * Unicode regular expression: it is the extractor's hottest loop.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const ch = text.charAt(i);
    const letter = isLetter(ch);
    if (!letter && (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || (ch.charCodeAt(0) > 127 && /\s/.test(ch)))) {
      i++;
      continue;
    }
    const start = i;
    if (letter) {
      // "U.K.": capital, dot, capital, dot…
      let j = i;
      while (
        j + 1 < to &&
        isLetter(text.charAt(j)) &&
        text.charAt(j) === text.charAt(j).toUpperCase() &&
        text.charAt(j + 1) === '.' &&
        j + 2 < to &&
        isLetter(text.charAt(j + 2))
      )
        j += 2;
      if (j > i && text.charAt(j + 1) === '.') {
        const raw = text.slice(i, j + 2);
        tokens.push(makeToken(raw, start));
        i = j + 2;
        continue;
      }
      j = i + 1;
      while (j < to) {
        const c = text.charAt(j);
        if (isLetter(c) || isDigit(c)) j++;
        else if (
          (APOSTROPHES.includes(c) || HYPHENS.includes(c)) &&
          j + 1 < to &&
          (isLetter(text.charAt(j + 1)) || (HYPHENS.includes(c) && isDigit(text.charAt(j + 1))))
        )
          j += 2;
        else break;
      }
      const raw = text.slice(i, j);
      const last2 = raw.slice(-2);
      if (raw.length > 2 && (last2 === "'s" || last2 === '’s') && !S_CONTRACTIONS.has(raw.slice(0, -2).toLowerCase())) {
        tokens.push(makeToken(raw.slice(0, -2), start));
        tokens.push(makeToken(last2, start + raw.length - 2));
      } else tokens.push(makeToken(raw, start));
      i = j;
      continue;
    }
    if (isDigit(ch)) {
      let j = i + 1;
      while (j < to && (isDigit(text.charAt(j)) || ('.,:/'.includes(text.charAt(j)) && j + 1 < to && isDigit(text.charAt(j + 1))))) j++;
      const suffix = NUMBER_SUFFIX.exec(text.slice(j, j + 2));
      if (suffix && !isLetter(text.charAt(j + suffix[0].length) || ' ')) j += suffix[0].length;
      tokens.push(makeToken(text.slice(i, j), start));
      i = j;
      continue;
    }
    // A surrogate pair (an emoji) stays one token.
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    tokens.push(makeToken(text.slice(i, i + width), start));
    i += width;
  }
  tokens.forEach((token, index) => (token.index = index));
  return tokens;
}

function makeToken(text: string, start: number): Token {
  let letters = 0;
  let upper = 0;
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      letters++;
      upper++;
    } else if (code >= 97 && code <= 122) letters++;
    else if (code > 127) ascii = false;
  }
  if (!ascii) {
    letters = 0;
    upper = 0;
    for (const ch of text) {
      const chUpper = ch.toUpperCase();
      if (chUpper === ch.toLowerCase()) continue;
      letters++;
      if (ch === chUpper) upper++;
    }
  }
  const first = text.charAt(0);
  const code = text.charCodeAt(0);
  const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && isLetter(first));
  const capitalised = letter && (code <= 127 ? code <= 90 : first === first.toUpperCase() && first !== first.toLowerCase());
  const lower = text.toLowerCase();
  return {
    index: 0,
    text,
    lower: ascii ? lower : lower.replace(/’/g, "'"),
    start,
    end: start + text.length,
    isWord: letter,
    capitalised,
    allCaps: letters >= 2 && upper === letters,
  };
}

const NOISE_LINES: RegExp[] = [
  /^(?:[•·*-]\s*)?(?:subscribe(?: now)?|hide ad|read more|advertisement|advert|sponsored(?: content)?|share(?: this(?: article| story)?)?|published|updated|listen|watch|comments?|top stories|most read|related (?:links|topics|stories|articles)|more on this story|you may also like|getty images|image source,?.*|image caption,?|media caption,?|image copyright,?.*|video caption,?|skip advert)\.?$/i,
  /^this was published \d+ (?:years?|months?) ago$/i,
  // "Twitter: @shieldsgazette", "Email: news@…": a contact line.
  /^(?:twitter|x|facebook|instagram|email|e-mail|tel|telephone|follow(?: us)?(?: on \w+)?)\s*:\s*\S+$/i,
  /^(?:we’re|we're) sorry, this feature is currently unavailable/i,
  /^(?:find|follow) (?:bbc|us)\b.*\b(?:facebook|twitter|instagram|x)\b/i,
  /^(?:sign up|click here|download the app|get the latest|copyright|©|all rights reserved|photograph:|photo:|picture:|image:)/i,
  // "READ MORE: Grangemouth refinery closure…", "MORE NEWS: …", "RELATED: …": a link to another story.
  // ("Related Article: Salaried GPNs in England entitled to…".)
  /^(?:read more|more news|related(?: articles?| stories| story| content| news| reading)?|see also|also read|watch|listen|more on this)\s*:/i,
  /^(?:advertisement\s+)?hide ad$/i,
  // "Artist impression of new Halifax bus station (pictures West Yorkshire Combined Authority": an image's caption and credit.
  /^(?:an?\s+)?artist(?:['’]s)?\s+impressions?\b/i,
  /\((?:pictures?|photos?|photographs?|images?)\s*:?\s+[^)]{2,60}\)?["”]?$/i,
  // "Court news from the Lynn News,, @lynnnewscitizen on Twitter": a pointer to the outlet's account.
  /@\w+ on (?:twitter|x|instagram|facebook)\s*$/i,
  // "Droitwich Editorial 9th Jan, 2017   0": a byline with a date and a comment count.
  /^[\p{L}’' ]{2,40}\s\d{1,2}(?:st|nd|rd|th)?\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?,?\s\d{4}(?:\s+\d+)?$/u,
  // "Kirkby Fleetham Primary School. Photo: Google.", "GMB organiser Paul Clark. Picture by FRANK REID": a caption and its credit.
  /^[^.!?]{1,120}[.!?]\s+(?:photo|picture|image|pic|credit)(?:\s+by|\s*:)\s*[^.!?]{1,40}\.?$/i,
  /^register for free to read more\b/i,
  // "By Paul Jacques": a byline on a line of its own.
  /^[Bb]y\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s+\|\s+.*)?$/u,
  // "Margate Photo Steven Collis": a caption ending in its photographer's name.
  /^[\p{L}’' ]{1,60}\s(?:Photo|Picture|Pic)(?::|\s+by)?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u,
  // Reader-contact boxes inside an article: "Get in touch", "Share your views on this story by…", "Got a story?".
  /^(?:get in touch|got a story\??|have your say|contact us|do you have a story.*)$/i,
  /^(?:share your views on this story|to get in touch|if you have a story|send us your (?:news|stories))\b/i,
  /^notification settings$/i,
  /\b(?:cookie policy|privacy notice|terms of (?:use|service)|reCAPTCHA)\b/i,
  /^(?:create a free account|already have an account|registration is a free)/i,
];
const CAPTION_MARKERS = /^(?:image|media|video) caption,?$/i;
// "… outside Downing Street. Getty Images", "… her home in north London (PA)": a credit closing a caption.
const PHOTO_CREDIT = /(?:\s|\s?\()(?:Reuters|Getty Images?|PA(?: Media| Wire)?|AFP|AP|EPA|Alamy|Shutterstock|Rex Features|Bloomberg|iStock)(?:\/[\w ]+)?\)?$/;
/** A line that ends a sentence: a stop, possibly followed by closing quotes or brackets. */
const TERMINAL = /[.!?…:;]["”’')\]]*(?:\s?“)?$/;

/** Classifies each line of the text: body prose, heading, or page furniture. */
export function findParagraphs(text: string, source?: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // "Belfast Telegraph" alone on a line above the article: the outlet's masthead.
  const masthead = source
    ? source
        .trim()
        .toLowerCase()
        .replace(/^the\s+/, '')
    : undefined;
  const linePattern = /[^\n]+/g;
  let previousWasCaptionMarker = false;
  let bodySeen = false;
  const captions = new Set<string>();
  for (let match = linePattern.exec(text); match; match = linePattern.exec(text)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line === '') continue;
    const start = match.index + leading;
    const end = start + line.length;
    let kind: ParagraphKind;
    const words = line.split(/\s+/).length;
    // "A Centrebus Melton service turns out of Windsor StreetA Centrebus Melton service turns out of Windsor Street": a caption
    // doubled by the page (image alt text and caption run together), and the same caption again on its own line.
    const half = line.length / 2;
    // (Exactly twice over, stop and all: "Wakefield Works. Mark Bradley…Granger.Wakefield Works. Mark Bradley…Granger.")
    const doubled = line.length >= 30 && Number.isInteger(half) && line.slice(0, half) === line.slice(half);
    if (doubled) captions.add(line.slice(0, half));
    if (NOISE_LINES.some((pattern) => pattern.test(line)) || doubled || captions.has(line)) kind = 'noise';
    else if (!bodySeen && masthead && line.toLowerCase().replace(/^the\s+/, '') === masthead) kind = 'noise';
    else if (previousWasCaptionMarker) kind = 'noise';
    // "News Shopper: Allegra Stratton speaking outside her home": a caption under the outlet's name.
    else if (
      masthead &&
      !TERMINAL.test(line) &&
      line
        .toLowerCase()
        .replace(/^the\s+/, '')
        .startsWith(`${masthead}: `)
    )
      kind = 'noise';
    // Bylines and menu entries ("By Bishop of Leeds") and breadcrumbs ("Home News Crosby News") above the article.
    else if (!bodySeen && !TERMINAL.test(line) && words <= 6 && /^By\s+\p{Lu}/u.test(line)) kind = 'noise';
    else if (
      !bodySeen &&
      !TERMINAL.test(line) &&
      words <= 8 &&
      /^Home\b/.test(line) &&
      /\bNews\b/.test(line) &&
      line.split(/\s+/).every((w) => /^[\p{Lu}&›>»|/-]/u.test(w))
    )
      kind = 'noise';
    else if (!TERMINAL.test(line) && PHOTO_CREDIT.test(line)) kind = 'noise';
    else if (!bodySeen && !TERMINAL.test(line) && /^\p{Ll}/u.test(line) && words <= 12) kind = 'noise';
    // "“Over the past three to four months there have been problems…,”": a quote paragraph whose attribution the page put
    // on the next line is prose.
    else if (/^[“"]/.test(line) && /,[”"]$/.test(line) && words >= 4) kind = 'body';
    // "- Pearson slumps 25% after it warned profits will fall": a summary bullet under the headline is prose, stop or not.
    else if (/^[-•·*–]\s+\S/.test(line) && words >= 7) kind = 'body';
    // A long line holding a sentence's end is prose whose last stop the page lost ("… of market forecasts. Thorntons’ pre-tax profit was GBP0.9m").
    // So is a line too long for a headline ("Fellow retailers also took a hit, sending the likes of Next down 1.4%, …").
    else if (!TERMINAL.test(line) && !(words >= 16 && /\p{Ll}[.!?]["”’]?\s+\p{Lu}/u.test(line)) && !(words >= 22 && line.includes(', '))) kind = 'heading';
    else kind = 'body';
    previousWasCaptionMarker = CAPTION_MARKERS.test(line.replace(/^[•·]\s*/, ''));
    if (kind === 'body') bodySeen = true;
    paragraphs.push({ index: paragraphs.length, start, end, kind });
  }
  return paragraphs;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);

/**
 * Finds quotations paragraph by paragraph. Double quotes (straight or curly) are paired; a quote
 * still open at the end of a paragraph runs on (news style for multi-paragraph quotes). Single
 * quotes ('…' and ‘…’, British house style) are paired only where the marks cannot be apostrophes
 * (don't, Mrs May's, '90s, the officers' union); one opening a paragraph or following a colon and
 * not closed in it runs on like a double quote. Whichever encloses the other is primary.
 */
export function findQuotations(text: string, paragraphs: Paragraph[]): Quotation[] {
  const quotations: Quotation[] = [];
  let runningOn = false;
  let listing = 0;
  for (const [p, paragraph] of paragraphs.entries()) {
    const body = text.slice(paragraph.start, paragraph.end);
    // A quote left open, then a paragraph with no quotation marks in the speaker's own voice ("…we’re supporting…", "Our people
    // can be proud…") or between two quoted paragraphs: the writer dropped the paragraph's opening mark, and the quote runs on.
    // (First person inside a single-quoted quotation is someone quoted by the writer; a paragraph ending in a colon introduces the next quote.)
    const quotedNext = (): boolean => {
      const nextBody = paragraphs.slice(p + 1).find((other) => other.kind === 'body');
      return nextBody !== undefined && /^["“]/.test(text.slice(nextBody.start, nextBody.start + 1));
    };
    const ownVoice = (): boolean => /\b(?:I|I’m|I'm|we|We|we’re|We’re|we're|We're|our|Our|us|my|My)\b/.test(body.replace(/(?:^|[\s(:])['‘][^'’]*['’]/g, ' '));
    // (Not a paragraph in the writer's voice about the speaker: "His intervention comes after Dame Julie Moore … made plain…".)
    const writersVoice = (): boolean => /^(?:His|Her)\s/.test(body) || /\b(?:said|says|told)\b/.test(body);
    if (runningOn && paragraph.kind === 'body' && !/["“”„«»]/.test(body) && !/:\s*$/.test(body) && (ownVoice() || (quotedNext() && !writersVoice()))) {
      quotations.push({ ...quotation(text, paragraph.start, -1, 'double', paragraph.index, paragraph.end), contentStart: paragraph.start });
      continue;
    }
    // A quote left open, then a paragraph with no opening mark that ends in a closing one ("Shouldn’t we really wait…?”"):
    // the writer dropped the paragraph's opening mark, and the quote ends here.
    if (runningOn && paragraph.kind === 'body' && /^[^"“”„«»]+["”]\s*$/.test(body)) {
      const close = paragraph.start + body.search(/["”]\s*$/);
      const closing = [{ ...quotation(text, paragraph.start, close, 'double', paragraph.index), contentStart: paragraph.start }];
      runningOn = false;
      quotations.push(...closing, ...findSingleQuotations(text, paragraph, closing));
      continue;
    }
    // "…, he said:" closing a paragraph, then a list of unmarked paragraphs ending in ";" and the last in ".": what he said.
    if (listing > 0 && paragraph.kind === 'body' && !/["“”„«»]/.test(body) && /[;.]$/.test(body)) {
      quotations.push({
        ...quotation(text, paragraph.start, paragraph.end, 'double', paragraph.index),
        contentStart: paragraph.start,
        contentEnd: paragraph.end,
      });
      listing = body.endsWith(';') ? listing - 1 : 0;
      continue;
    }
    if (paragraph.kind === 'body')
      listing = /:\s*$/.test(body) && /\b(?:said|says|added|adds|explained|stated|wrote|warned|told (?:\w+ ){0,3}\w+):\s*$/.test(body.slice(-60)) ? 6 : 0;
    const doubles: Quotation[] = [];
    let openAt = -1;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const ch = text.charAt(i);
      if (ch !== '"' && !OPEN_DOUBLE.has(ch) && !CLOSE_DOUBLE.has(ch)) continue;
      const isStraight = ch === '"';
      if (openAt < 0) {
        const prev = i > paragraph.start ? text.charAt(i - 1) : ' ';
        const next = text.charAt(i + 1);
        // A right quote at a word start is a typo for a left one ("”The market…").
        const misusedClose = ch === '”' && /[\s(—–-]/.test(prev + (i === paragraph.start ? ' ' : '')) && /\S/.test(next);
        if (OPEN_DOUBLE.has(ch) || isStraight || misusedClose || (ch === '”' && i === paragraph.start)) openAt = i;
        else if (ch === '”' && doubles.length === 0 && /[,.!?]/.test(prev) && /^\s+\S/.test(text.slice(i + 1, i + 3))) {
          // “…prospects,” Brown added. — a quote whose opening mark was left out: it runs from the paragraph's start.
          doubles.push({ ...quotation(text, paragraph.start, i, 'double', paragraph.index), contentStart: paragraph.start });
        }
      } else if (CLOSE_DOUBLE.has(ch) || isStraight) {
        doubles.push(quotation(text, openAt, i, 'double', paragraph.index));
        openAt = -1;
      } else if (OPEN_DOUBLE.has(ch)) {
        // "…for our shareholders. “" at a paragraph's end: a left mark typed for a right one closes the quote.
        if (/[.!?,]/.test(text.charAt(i - 1) === ' ' ? text.charAt(i - 2) : text.charAt(i - 1)) && text.slice(i + 1, paragraph.end).trim() === '') {
          doubles.push(quotation(text, openAt, i, 'double', paragraph.index));
          openAt = -1;
          continue;
        }
        // An opening mark while one is open after a sentence's end ("…our head teacher. “Yet it found…"): the writer left the first
        // quote unclosed where a new paragraph of it began; the first ends here. Otherwise the first was never closed; restart here.
        if (/[.!?]\s$/.test(text.slice(i - 2, i)) && i - openAt > 20) doubles.push(quotation(text, openAt, i - 1, 'double', paragraph.index));
        openAt = i;
      }
    }
    if (openAt >= 0) doubles.push(quotation(text, openAt, -1, 'double', paragraph.index, paragraph.end));
    // (Furniture between quoted paragraphs leaves a running quote running.)
    if (paragraph.kind === 'body') runningOn = openAt >= 0;
    const singles = findSingleQuotations(text, paragraph, doubles);
    const endOf = (q: Quotation): number => (q.close >= 0 ? q.close : paragraph.end);
    for (const double of doubles) {
      if (singles.some((single) => single.primary && double.open > single.open && double.open < endOf(single))) double.primary = false;
    }
    quotations.push(...doubles, ...singles);
  }
  return quotations.sort((a, b) => a.open - b.open);
}

function quotation(text: string, open: number, close: number, style: 'double' | 'single', paragraph: number, paragraphEnd?: number): Quotation {
  let contentEnd = close >= 0 ? close : (paragraphEnd ?? text.length);
  while (contentEnd > open + 1 && /\s/.test(text.charAt(contentEnd - 1))) contentEnd--;
  return { open, close, contentStart: open + 1, contentEnd, style, paragraph, primary: true };
}

/** Words written with a leading apostrophe: not a quote opening ('em, 'tis, 'n'). */
const ELIDED_WORDS = /^(?:em|tis|twas|til|cos|cause|n|ow|appen|bout)\b/i;

/** Could the single mark at `i` open a quotation? After a space, bracket, dash or double mark and before a word. */
function opensSingle(text: string, i: number, paragraph: Paragraph): boolean {
  const ch = text.charAt(i);
  if (ch !== "'" && ch !== '‘') return false;
  const prev = i > paragraph.start ? text.charAt(i - 1) : ' ';
  if (!/[\s([“"—–-]/.test(prev) && !(prev === ':' || prev === '/')) return false;
  const rest = text.slice(i + 1, i + 8);
  if (isDigit(rest.charAt(0))) return !/^\d0s\b/.test(rest) && !/^\d\d\b/.test(rest);
  return isLetter(rest.charAt(0)) && !ELIDED_WORDS.test(rest);
}

/**
 * Could the single mark at `i` close a quotation? After a word or stop and before a space, stop or
 * the end. 'weak' when it may be a plural possessive ("the officers' union"): after an s and
 * before a lower-case word.
 */
function closesSingle(text: string, i: number, paragraph: Paragraph): 'strong' | 'weak' | undefined {
  const ch = text.charAt(i);
  if (ch !== "'" && ch !== '’') return undefined;
  const prev = text.charAt(i - 1);
  if (i <= paragraph.start || !(isLetter(prev) || isDigit(prev) || /[.,!?…)\]-]/.test(prev))) return undefined;
  const next = i + 1 < paragraph.end ? text.charAt(i + 1) : ' ';
  if (!/[\s.,;:!?)\]”"—–-]/.test(next)) return undefined;
  if ((prev === 's' || prev === 'S') && /\s/.test(next) && /^\s+[\p{Ll}\p{N}]/u.test(text.slice(i + 1, i + 4))) return 'weak';
  return 'strong';
}

function findSingleQuotations(text: string, paragraph: Paragraph, doubles: Quotation[]): Quotation[] {
  const found: Quotation[] = [];
  const insideDouble = (i: number): Quotation | undefined => doubles.find((d) => i > d.open && i < (d.close >= 0 ? d.close : paragraph.end));
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text.charAt(i);
    if ((ch !== "'" && ch !== '‘') || !opensSingle(text, i, paragraph)) continue;
    const enclosing = insideDouble(i);
    // Nested inside a double quotation: the close must come before the double one closes.
    const limit = enclosing ? (enclosing.close >= 0 ? enclosing.close : paragraph.end) : paragraph.end;
    let strong = -1;
    let weak = -1;
    for (let j = i + 2; j < limit; j++) {
      const c = text.charAt(j);
      // Another quote opening after a possible close: the first one closed there ('snowflakes' and 'liars').
      if (weak >= 0 && opensSingle(text, j, paragraph)) break;
      if (c !== "'" && c !== '’') continue;
      const kind = closesSingle(text, j, paragraph);
      if (kind === 'strong') {
        strong = j;
        break;
      }
      if (kind === 'weak' && weak < 0) weak = j;
    }
    const close = strong >= 0 ? strong : weak;
    const before = text.slice(paragraph.start, i).trimEnd();
    if (close >= 0) {
      const single = quotation(text, i, close, 'single', paragraph.index);
      single.primary = !enclosing;
      found.push(single);
      i = close;
    } else if (!enclosing && (before === '' || before.endsWith(':') || (/[.!?]$/.test(before) && /[’']/.test(before)))) {
      // (also one opening a new sentence after an attribution: "‘…,’ he said. ‘They saw…" running on)
      // A quote opening the paragraph (or after "said:") and not closed in it runs on to the next.
      found.push(quotation(text, i, -1, 'single', paragraph.index, paragraph.end));
      break;
    }
  }
  return found;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'co',
  'corp',
  'inc',
  'ltd',
  'jr',
  'sr',
  'vs',
  'v',
  'prof',
  'gen',
  'lt',
  'col',
  'sgt',
  'supt',
  'insp',
  'det',
  'rev',
  'hon',
  'gov',
  'sen',
  'rep',
  'fig',
  'approx',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Splits paragraphs into sentences at . ! ? followed by a capital, a digit or a quote mark; never
 * inside a double quotation, so a quoted passage of several sentences stays in one sentence.
 */
export function findSentences(tokens: Token[], paragraphs: Paragraph[], quotations: Quotation[]): Sentence[] {
  const sentences: Sentence[] = [];
  const doubles = quotations.filter((q) => q.primary);
  const insideDouble = (offset: number): boolean => doubles.some((q) => offset > q.open && offset < (q.close >= 0 ? q.close : paragraphs[q.paragraph]!.end));
  let t = 0;
  for (const paragraph of paragraphs) {
    while (t < tokens.length && tokens[t]!.start < paragraph.start) t++;
    let sentenceStart = t;
    while (t < tokens.length && tokens[t]!.start < paragraph.end) {
      const token = tokens[t]!;
      const next = tokens[t + 1];
      let boundary = false;
      let last = t;
      // ("…holding public meetings. “We need to collect…": a quote the writer reopened mid-paragraph; the first ends at the stop.)
      const reopens = next !== undefined && doubles.some((q) => q.open === next.start) && insideDouble(token.start);
      // ("“It’s not to say no just not yet.” Cllr Johnson has been approached…": a quote that is a whole sentence ends at its stop.)
      const wholeQuote =
        next !== undefined &&
        doubles.some((q) => q.close === next.start && q.open === tokens[sentenceStart]?.start) &&
        /^\p{Lu}/u.test(tokens[t + 2]?.text ?? '') &&
        // (Not when a verb of saying follows the name, as in "“….” Cllr Reid said.")
        !REPORTING_VERB_FORMS.has(tokens[t + 3]?.lower ?? '') &&
        !REPORTING_VERB_FORMS.has(tokens[t + 4]?.lower ?? '');
      if (/^[.!?…]$/.test(token.text) && (!insideDouble(token.start) || reopens || wholeQuote)) {
        const previous = tokens[t - 1];
        const abbreviation = token.text === '.' && previous && previous.end === token.start && ABBREVIATIONS.has(previous.lower) && previous.capitalised;
        while (
          tokens[last + 1] &&
          /^[”"’')\]]$/.test(tokens[last + 1]!.text) &&
          tokens[last + 1]!.start < paragraph.end &&
          tokens[last + 1]!.start === tokens[last]!.end
        )
          last++;
        const following = tokens[last + 1];
        boundary = !abbreviation && (!following || following.start >= paragraph.end || /^[\p{Lu}\p{N}“"‘'(]/u.test(following.text));
      }
      if (boundary || !next || next.start >= paragraph.end) {
        const end = tokens[last]!.end;
        sentences.push({
          index: sentences.length,
          paragraph: paragraph.index,
          start: tokens[sentenceStart]!.start,
          end,
          tokenStart: sentenceStart,
          tokenEnd: last + 1,
        });
        t = last + 1;
        sentenceStart = t;
      } else t++;
    }
  }
  return sentences;
}

/** Analyses an article's text once; every later step reads this. */
export function analyseText(original: string, source?: string): ArticleText {
  const paragraphs = findParagraphs(original, source);
  const text = withoutDropCaps(original, paragraphs);
  const quotations = findQuotations(text, paragraphs);
  const tokens = tokenize(text);
  const sentences = findSentences(tokens, paragraphs, quotations);
  return { text, tokens, paragraphs, sentences, quotations };
}

/**
 * "KEIR Starmer said…", "CRIMINAL cases will…", "WIGAN Council has…": many regional papers set a
 * paragraph's first word in capitals. The extractor reads that word as written in a sentence
 * ("Keir", "Criminal"), so a name keeps its first word and an ordinary word is not taken for an
 * acronym. The text keeps its length, so every offset still points into the original. Letters that
 * are an acronym ("BBC News", "NHS England", "PA Media", "US President") and capitals running on
 * ("READ MORE", "BACK IN") are left as they are.
 */
function withoutDropCaps(text: string, paragraphs: Paragraph[]): string {
  let reading = text;
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'body') continue;
    const match = /^([A-Z][A-Z’']*[A-Z])(?=[\s,]+(?:[a-z]|[A-Z][a-z]))/.exec(text.slice(paragraph.start, paragraph.end));
    if (!match) continue;
    const word = match[1]!;
    const lower = word.toLowerCase();
    const letters = word.replace(/[’']/g, '').length;
    const knowledge = wordKnowledge();
    const acronym = knowledge.organisations.has(lower) && !isDictionaryWord(lower);
    const cased = word.charAt(0) + lower.slice(1);
    // (A word the lexicon does not know is read so when the article writes it so elsewhere: "SKIPTON councillors", then
    // "Skipton"; not "BHRUT chief executive".)
    const readable =
      letters >= 3 &&
      !acronym &&
      (isDictionaryWord(lower) || knowledge.firstNames.has(lower) || knowledge.places.has(lower) || new RegExp(`\\b${cased}\\b`).test(text));
    if (!readable) continue;
    reading = reading.slice(0, paragraph.start) + cased + reading.slice(paragraph.start + word.length);
  }
  return reading;
}

/** The index of the first token that starts at or after an offset. */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
