import type { DatePrecision, DocumentDate } from '../document/article-graph';

/** A date expression found in the text, resolved against the publication date. */
export type DateMention = Required<Pick<DocumentDate, 'value' | 'precision' | 'certainty' | 'text' | 'start' | 'end'>>;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_SHORT: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function monthIndex(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(lower);
  if (full >= 0) return full;
  return MONTH_SHORT[lower];
}

/** A calendar day without time zones: all arithmetic is in UTC on purpose. */
interface Day {
  year: number;
  month: number;
  day: number;
}

function parsePublished(publishedAt: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!match) throw new Error(`publishedAt "${publishedAt}" is not YYYY-MM-DD`);
  return { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) };
}

function addDays(day: Day, days: number): Day {
  const date = new Date(Date.UTC(day.year, day.month, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() };
}

function weekday(day: Day): number {
  return new Date(Date.UTC(day.year, day.month, day.day)).getUTCDay();
}

const pad = (n: number): string => String(n).padStart(2, '0');

function format(day: Day, precision: DatePrecision, hour = 0, minute = 0): string {
  if (precision === 'year') return String(day.year);
  if (precision === 'month') return `${day.year}-${pad(day.month + 1)}`;
  if (precision === 'day') return `${day.year}-${pad(day.month + 1)}-${pad(day.day)}`;
  return `${day.year}-${pad(day.month + 1)}-${pad(day.day)}T${pad(hour)}:${pad(minute)}`;
}

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month && date.getUTCDate() === day;
}

const MONTH_NAMES = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec`;
const WEEKDAY_NAMES = String.raw`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`;
const TIME = String.raw`(?:\s+at\s+(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\p{L}\d]))`;
const YEAR_RELATIVE = String.raw`(?:\s+(last|this|next)\s+year)`;

const MONTH_HINT = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;
const DATE_HINT =
  /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|yesterday|today|tonight|tomorrow|last|this|next|earlier|later|ago|recent)/i;

interface Rule {
  pattern: RegExp;
  /** A cheap test that must pass before the rule's pattern is tried. */
  hint?: RegExp;
  resolve(match: RegExpExecArray, published: Day, future: boolean): Omit<DateMention, 'text' | 'start' | 'end'> | undefined;
}

function clockTime(hourText: string | undefined, minuteText: string | undefined, meridiem: string | undefined): { hour: number; minute: number } | undefined {
  if (hourText === undefined) return undefined;
  let hour = Number(hourText);
  const minute = minuteText ? Number(minuteText) : 0;
  const suffix = meridiem?.replace(/\./g, '').toLowerCase();
  if (suffix === 'pm' && hour < 12) hour += 12;
  if (suffix === 'am' && hour === 12) hour = 0;
  if (!suffix && minuteText === undefined) return undefined;
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/** The year of a day-and-month without a year: the nearest such date to publication, in the past unless the text looks forward. */
function yearFor(month: number, day: number, published: Day, future: boolean, relative: string | undefined): number {
  if (relative === 'last') return published.year - 1;
  if (relative === 'next') return published.year + 1;
  if (relative === 'this') return published.year;
  const sameYearIsLater = month > published.month || (month === published.month && day > published.day);
  if (future) return sameYearIsLater || (month === published.month && day === published.day) ? published.year : published.year + 1;
  // A date up to a month after publication is more likely a coming event than last year's.
  const daysAhead = (Date.UTC(published.year, month, day) - Date.UTC(published.year, published.month, published.day)) / 86_400_000;
  return sameYearIsLater && daysAhead > 31 ? published.year - 1 : published.year;
}

const RULES: Rule[] = [
  {
    // "Tuesday 8 August at 10am", "8 August 2017", "on 26 September"
    hint: /\d/,
    pattern: new RegExp(
      String.raw`(?:\b(?:on\s+)?(?:(${WEEKDAY_NAMES}),?\s+)?)?\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAMES})\b\.?(?:,?\s+(\d{4}))?${YEAR_RELATIVE}?${TIME}?`,
      'giu',
    ),
    resolve(match, published, future) {
      const month = monthIndex(match[3]!);
      if (month === undefined) return undefined;
      const dayOfMonth = Number(match[2]);
      const stated = match[4] !== undefined;
      const year = stated ? Number(match[4]) : yearFor(month, dayOfMonth, published, future, match[5]?.toLowerCase());
      if (!validDay(year, month, dayOfMonth)) return undefined;
      const time = clockTime(match[6], match[7], match[8]);
      const day = { year, month, day: dayOfMonth };
      return time
        ? { value: format(day, 'minute', time.hour, time.minute), precision: 'minute', certainty: stated ? 'stated' : 'resolved' }
        : { value: format(day, 'day'), precision: 'day', certainty: stated ? 'stated' : 'resolved' };
    },
  },
  {
    // "November 19 last year", "March 23, 2020"
    hint: /\d/,
    pattern: new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?${YEAR_RELATIVE}?${TIME}?`, 'giu'),
    resolve(match, published, future) {
      const month = monthIndex(match[1]!);
      if (month === undefined || (match[1]!.toLowerCase() === 'may' && match[1] === 'may')) return undefined;
      const dayOfMonth = Number(match[2]);
      const stated = match[3] !== undefined;
      const year = stated ? Number(match[3]) : yearFor(month, dayOfMonth, published, future, match[4]?.toLowerCase());
      if (!validDay(year, month, dayOfMonth)) return undefined;
      const time = clockTime(match[5], match[6], match[7]);
      const day = { year, month, day: dayOfMonth };
      return time
        ? { value: format(day, 'minute', time.hour, time.minute), precision: 'minute', certainty: stated ? 'stated' : 'resolved' }
        : { value: format(day, 'day'), precision: 'day', certainty: stated ? 'stated' : 'resolved' };
    },
  },
  {
    // "May 2018", "in August 2013"
    hint: /\d/,
    pattern: new RegExp(String.raw`\b(${MONTH_NAMES})\s+(\d{4})\b`, 'gu'),
    resolve(match) {
      const month = monthIndex(match[1]!);
      if (month === undefined) return undefined;
      return { value: format({ year: Number(match[2]), month, day: 1 }, 'month'), precision: 'month', certainty: 'stated' };
    },
  },
  {
    // "In May", "last March", "in June": a month without a day or year (May only after a preposition, being also a verb)
    hint: MONTH_HINT,
    pattern: new RegExp(
      String.raw`\b(?:(in|since|by|until|during|from|last|next|this|early|late|mid-|of)\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)`,
      'giu',
    ),
    resolve(match, published, future) {
      const month = monthIndex(match[2]!);
      if (month === undefined) return undefined;
      if (!/^[A-Z]/.test(match[2]!)) return undefined;
      if (match[2] === 'May' && !match[1]) return undefined;
      const relative = match[1]?.toLowerCase();
      let year = published.year;
      if (relative === 'last') year = month >= published.month ? published.year - 1 : published.year;
      else if (relative === 'next' || future) year = month <= published.month ? published.year + 1 : published.year;
      else if (month > published.month) year = published.year - 1;
      return { value: format({ year, month, day: 1 }, 'month'), precision: 'month', certainty: 'resolved' };
    },
  },
  {
    // "in 2015", "since 2005", "by 2030"
    hint: /\d{4}/,
    pattern: /\b(?:in|since|by|from|until|during|throughout|before|after|of|early|late|mid-)\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)/giu,
    resolve(match) {
      return { value: match[1]!, precision: 'year', certainty: 'stated' };
    },
  },
  {
    // "on Tuesday", "last Friday", "next Monday", "Thursday night"
    hint: /day\b/i,
    pattern: new RegExp(
      String.raw`\b(?:(on|last|next|this|by|until|from|since)\s+)?(${WEEKDAY_NAMES})\b(?:\s+(morning|afternoon|evening|night))?(?!\s*,?\s*\d)${TIME}?`,
      'giu',
    ),
    resolve(match, published, future) {
      const target = WEEKDAYS.indexOf(match[2]!.toLowerCase());
      const relative = match[1]?.toLowerCase();
      const today = weekday(published);
      let offset: number;
      if (relative === 'next' || (future && relative !== 'last')) offset = (target - today + 7) % 7 || 7;
      else offset = -((today - target + 7) % 7 || (relative === 'last' ? 7 : 0));
      const day = addDays(published, offset);
      const time = clockTime(match[4], match[5], match[6]);
      return time
        ? { value: format(day, 'minute', time.hour, time.minute), precision: 'minute', certainty: 'resolved' }
        : { value: format(day, 'day'), precision: 'day', certainty: 'resolved' };
    },
  },
  {
    pattern: /\b(earlier|later)\s+this\s+(year|month)\b/giu,
    resolve(match, published) {
      const unit = match[2]!.toLowerCase();
      return unit === 'year'
        ? { value: String(published.year), precision: 'year', certainty: 'resolved' }
        : { value: format(published, 'month'), precision: 'month', certainty: 'resolved' };
    },
  },
  {
    pattern: /\b(last|this|next)\s+(week|month|year)\b/giu,
    resolve(match, published) {
      const relative = match[1]!.toLowerCase();
      const unit = match[2]!.toLowerCase();
      const step = relative === 'last' ? -1 : relative === 'next' ? 1 : 0;
      if (unit === 'year') return { value: String(published.year + step), precision: 'year', certainty: 'resolved' };
      if (unit === 'month') {
        const date = new Date(Date.UTC(published.year, published.month + step, 1));
        return { value: format({ year: date.getUTCFullYear(), month: date.getUTCMonth(), day: 1 }, 'month'), precision: 'month', certainty: 'resolved' };
      }
      return { value: format(addDays(published, 7 * step), 'day'), precision: 'day', certainty: 'approximate' };
    },
  },
  {
    pattern: /\b(yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b/giu,
    resolve(match, published) {
      const word = match[1]!.toLowerCase().replace(/\s+/g, ' ');
      const offset = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
      return { value: format(addDays(published, offset), 'day'), precision: 'day', certainty: 'resolved' };
    },
  },
  {
    pattern: /\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b/giu,
    resolve(match, published) {
      const words: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
      const count = words[match[1]!.toLowerCase()] ?? Number(match[1]);
      const unit = match[2]!.toLowerCase();
      if (unit === 'year') return { value: String(published.year - count), precision: 'year', certainty: 'approximate' };
      if (unit === 'month') {
        const date = new Date(Date.UTC(published.year, published.month - count, 1));
        return { value: format({ year: date.getUTCFullYear(), month: date.getUTCMonth(), day: 1 }, 'month'), precision: 'month', certainty: 'approximate' };
      }
      return { value: format(addDays(published, -(unit === 'week' ? 7 : 1) * count), 'day'), precision: 'day', certainty: 'approximate' };
    },
  },
  {
    pattern: /\b(recent|recently)\b/giu,
    resolve(_match, published) {
      return { value: String(published.year), precision: 'year', certainty: 'approximate' };
    },
  },
];

/** Words in the surrounding clause that make a bare weekday or date point forward ("will be broadcast on Tuesday"). */
const FUTURE_CUE = /\b(?:will|shall|is due to|are due to|is set to|are set to|is expected to|are expected to|plans? to|is to|are to|next|upcoming|due on)\b/i;

/**
 * Finds the date expressions in a stretch of text (absolute, partial and relative: "in 2015",
 * "In May", "earlier this year", "on Tuesday 8 August at 10am", "last week", "yesterday") and
 * resolves each against the publication date, keeping how precise and how certain it is.
 * `offset` is added to positions so a sentence can be searched in place.
 */
export function findDates(text: string, publishedAt: string, offset = 0): DateMention[] {
  const published = parsePublished(publishedAt);
  const found: DateMention[] = [];
  const future = FUTURE_CUE.test(text);
  if (!DATE_HINT.test(text)) return found;
  for (const rule of RULES) {
    if (rule.hint && !rule.hint.test(text)) continue;
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
      const start = offset + match.index;
      const end = start + match[0].length;
      if (found.some((d) => start < d.end && end > d.start)) continue;
      const before = text.slice(Math.max(0, match.index - 60), match.index);
      const resolved = rule.resolve(match, published, future && !/\b(?:last|ago|earlier)\b/i.test(before + match[0]));
      if (resolved) found.push({ ...resolved, text: match[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Resolves one date expression against a publication date (undefined when it is not one). */
export function resolveRelativeDate(expression: string, publishedAt: string): Omit<DateMention, 'start' | 'end' | 'text'> | undefined {
  const [first] = findDates(expression, publishedAt);
  if (!first) return undefined;
  const { value, precision, certainty } = first;
  return { value, precision, certainty };
}
