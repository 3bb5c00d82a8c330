/**
 * Verbs that report speech, with every form news uses. `clause`: the verb takes what was said as
 * its complement ("said the plan failed"); `audience`: an addressee may come first ("told the
 * BBC that…"); `as`: "described X as Y" reports Y about X; `prep`: a particle belongs to the verb
 * ("hit out at", "called for").
 */
export interface ReportingVerb {
  lemma: string;
  forms: string[];
  audience?: boolean;
  as?: boolean;
  /** Words that must follow the verb ("out at" for "hit"; "clear|plain" for either); the statement starts after them. */
  particle?: string[];
  /** Only a reporting verb when "that" or a quotation follows (e.g. "reported", "found"). */
  needsThat?: boolean;
  /** Takes a quotation or "that"-clause only; a bare noun phrase after it is no statement. */
  weak?: boolean;
}

/** Does a word stand as a verb's particle ("clear" or "plain" for "clear|plain")? */
export function particleFits(particle: string, word: string | undefined): boolean {
  return word !== undefined && particle.split('|').includes(word);
}

function verb(lemma: string, forms: string[], extra: Partial<ReportingVerb> = {}): ReportingVerb {
  return { lemma, forms: [lemma, ...forms], ...extra };
}

/** Every reporting verb the extractor knows. */
const REPORTING_VERBS: ReportingVerb[] = [
  verb('say', ['said', 'says', 'saying']),
  verb('tell', ['told', 'tells', 'telling'], { audience: true }),
  verb('add', ['added', 'adds', 'adding']),
  verb('admit', ['admitted', 'admits', 'admitting']),
  verb('claim', ['claimed', 'claims', 'claiming']),
  verb('warn', ['warned', 'warns', 'warning'], { audience: true }),
  verb('state', ['stated', 'states', 'stating'], { weak: true }),
  verb('conclude', ['concluded', 'concludes', 'concluding']),
  verb('insist', ['insisted', 'insists', 'insisting']),
  verb('retort', ['retorted', 'retorts', 'retorting']),
  verb('counter', ['countered', 'counters', 'countering'], { needsThat: true }),
  verb('enthuse', ['enthused', 'enthuses', 'enthusing'], { needsThat: true }),
  verb('rule', ['ruled'], { needsThat: true }),
  verb('imply', ['implied', 'implies', 'implying'], { needsThat: true }),
  verb('question', ['questioned', 'questions', 'questioning'], { particle: ['whether'] }),
  verb('jibe', ['jibed', 'jibes', 'jibbed']),
  verb('argue', ['argued', 'argues', 'arguing']),
  verb('explain', ['explained', 'explains', 'explaining']),
  verb('suggest', ['suggested', 'suggests', 'suggesting'], { weak: true }),
  verb('hint', ['hinted', 'hints', 'hinting'], { needsThat: true }),
  verb('make', ['made', 'makes', 'making'], { particle: ['clear|plain'], needsThat: true }),
  verb('commit', ['committed', 'commits'], { needsThat: true }),
  verb('mention', ['mentioned', 'mentions', 'mentioning'], { needsThat: true }),
  verb('read', ['reads'], { needsThat: true }),
  verb('announce', ['announced', 'announces', 'announcing'], { needsThat: true }),
  verb('confirm', ['confirmed', 'confirms', 'confirming'], { weak: true }),
  verb('deny', ['denied', 'denies', 'denying'], { weak: true }),
  verb('acknowledge', ['acknowledged', 'acknowledges', 'acknowledging']),
  verb('concede', ['conceded', 'concedes', 'conceding']),
  verb('accept', ['accepted', 'accepts', 'accepting'], { weak: true }),
  verb('agree', ['agreed', 'agrees', 'agreeing'], { needsThat: true }),
  verb('reply', ['replied', 'replies', 'replying']),
  verb('respond', ['responded', 'responds', 'responding']),
  verb('answer', ['answered', 'answers'], { weak: true }),
  verb('comment', ['commented', 'comments', 'commenting']),
  verb('estimate', ['estimated', 'estimates'], { weak: true }),
  verb('demand', ['demanded', 'demands', 'demanding'], { particle: ['to', 'know'] }),
  verb('want', ['wanted', 'wants'], { particle: ['to', 'know'] }),
  verb('continue', ['continued', 'continues'], { weak: true }),
  verb('go', ['went', 'goes'], { particle: ['on'], weak: true }),
  verb('scream', ['screamed', 'screams', 'screaming'], { weak: true }),
  verb('yell', ['yelled', 'yells', 'yelling'], { weak: true }),
  verb('quip', ['quipped', 'quips'], {}),
  verb('joke', ['joked', 'jokes', 'joking'], {}),
  verb('mutter', ['muttered', 'mutters', 'muttering'], { weak: true }),
  verb('snap', ['snapped', 'snaps'], { weak: true }),
  verb('fume', ['fumed', 'fumes'], { weak: true }),
  verb('muse', ['mused', 'muses'], {}),
  verb('exclaim', ['exclaimed', 'exclaims'], {}),
  verb('whisper', ['whispered', 'whispers'], { weak: true }),
  verb('plead', ['pleaded', 'pleads', 'pled'], { weak: true }),
  verb('blast', ['blasted', 'blasts'], { weak: true }),
  verb('slam', ['slammed', 'slams'], { weak: true }),
  verb('inform', ['informed', 'informs', 'informing'], { audience: true, needsThat: false }),
  verb('assure', ['assured', 'assures', 'assuring'], { audience: true, needsThat: true }),
  verb('advise', ['advised', 'advises'], { audience: true, weak: true }),
  verb('highlight', ['highlighted', 'highlights', 'highlighting'], { needsThat: true }),
  verb('write', ['wrote', 'writes', 'writing'], { needsThat: true }),
  verb('tweet', ['tweeted', 'tweets', 'tweeting']),
  verb('post', ['posted'], { needsThat: true }),
  verb('declare', ['declared', 'declares', 'declaring']),
  verb('note', ['noted', 'notes', 'noting'], { weak: true }),
  verb('stress', ['stressed', 'stresses', 'stressing']),
  verb('emphasise', ['emphasised', 'emphasises', 'emphasize', 'emphasized', 'emphasizes']),
  verb('maintain', ['maintained', 'maintains'], { needsThat: true }),
  verb('predict', ['predicted', 'predicts'], { weak: true }),
  verb('promise', ['promised', 'promises'], { weak: true }),
  verb('pledge', ['pledged', 'pledges'], { weak: true }),
  verb('vow', ['vowed', 'vows'], { weak: true }),
  verb('reveal', ['revealed', 'reveals'], { needsThat: true }),
  verb('report', ['reported', 'reports'], { needsThat: true }),
  verb('shout', ['shouted', 'shouts', 'shouting'], { weak: true }),
  verb('remark', ['remarked', 'remarks', 'remarking']),
  verb('observe', ['observed', 'observes'], { needsThat: true }),
  verb('assert', ['asserted', 'asserts']),
  verb('allege', ['alleged', 'alleges']),
  verb('complain', ['complained', 'complains', 'complaining']),
  verb('accuse', ['accused', 'accuses', 'accusing'], { weak: true }),
  verb('caution', ['cautioned', 'cautions']),
  verb('boast', ['boasted', 'boasts']),
  verb('recall', ['recalled', 'recalls'], { weak: true }),
  verb('ask', ['asked', 'asks', 'asking'], { audience: true, weak: true }),
  verb('urge', ['urged', 'urges', 'urging'], { weak: true }),
  verb('condemn', ['condemned', 'condemns', 'condemning'], { weak: true }),
  verb('criticise', ['criticised', 'criticises', 'criticising', 'criticize', 'criticized'], { weak: true }),
  verb('describe', ['described', 'describes', 'describing'], { as: true }),
  verb('outline', ['outlined', 'outlines', 'outlining'], { as: true }),
  verb('brand', ['branded', 'brands', 'branding'], { as: true }),
  verb('label', ['labelled', 'labels', 'labelling', 'labeled'], { as: true }),
  verb('call', ['called', 'calls', 'calling'], { particle: ['for'] }),
  verb('point', ['pointed', 'points', 'pointing'], { particle: ['out'], needsThat: true }),
  verb('hit', ['hits', 'hitting'], { particle: ['out', 'at'], weak: true }),
  verb('refer', ['referred', 'refers', 'referring'], { particle: ['to'], weak: true }),
  verb('believe', ['believes', 'believed'], { weak: true }),
  verb('fear', ['fears', 'feared'], { weak: true }),
  verb('dub', ['dubbed', 'dubs'], { weak: true }),
  verb('hail', ['hailed', 'hails', 'hailing'], { weak: true }),
];

/** Form (lower case) → the verb it is a form of. */
export const REPORTING_VERB_FORMS: Map<string, ReportingVerb> = new Map(REPORTING_VERBS.flatMap((v) => v.forms.map((form) => [form, v] as const)));

/** Participles that attach a statement to the sentence's subject ("…, saying…", "adding:"). */
export const PARTICIPLE_FORMS = new Set(REPORTING_VERBS.flatMap((v) => v.forms.filter((form) => form.endsWith('ing'))));

/** Words between a speaker and the verb that do not change who speaks ("has also said"). */
export const VERB_PRELUDE = new Set([
  'has', 'have', 'had', 'also', 'later', 'previously', 'then', 'yesterday', 'today', 'recently', 'earlier', 'again', 'repeatedly', 'publicly',
  'since', 'already', 'once', 'would', 'will', 'did', 'does', 'do', 'was', 'is', 'were', 'are', 'privately', 'separately', 'subsequently',
  'reportedly', 'last', 'night', 'tonight', 'simply', 'just', 'further', 'even', 'always', 'often', 'first', 'initially', 'now', 'still',
  'strongly', 'angrily', 'prosecuting', 'defending', 'mitigating', 'speaking', 'responding', 'week', 'month', 'year', 'weekend',
  'morning', 'afternoon', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'on',
]);
