import type { Stance } from '../document/article-graph';
import { dictionary } from './gazetteers/dictionary';

/** Words that criticise what a statement is about ("toxic", "failing"), weighted. */
const CRITICAL: Record<string, number> = dictionary({
  toxic: 2,
  ignorance: 2,
  ignorant: 2,
  attack: 1,
  attacks: 1,
  failing: 2,
  failed: 2,
  fail: 2,
  fails: 2,
  failure: 2,
  failings: 2,
  scrapped: 2,
  scrap: 2,
  disaster: 2,
  unfair: 2,
  wrong: 1,
  criticism: 1,
  criticise: 1,
  criticised: 1,
  condemn: 2,
  condemned: 2,
  inadequate: 2,
  worrying: 2,
  damning: 2,
  shock: 1,
  problem: 1,
  problems: 1,
  crisis: 1,
  abuse: 1,
  spying: 2,
  targeted: 1,
  target: 1,
  weak: 2,
  hypocrites: 2,
  blockers: 2,
  lied: 2,
  liar: 2,
  unacceptable: 2,
  outrageous: 2,
  appalling: 2,
  shameful: 2,
  disgraceful: 2,
  dangerous: 1,
  flawed: 2,
  chaos: 2,
  chaotic: 2,
  mess: 2,
  betrayal: 2,
  betrayed: 2,
  broken: 1,
  misleading: 2,
  reckless: 2,
  incompetent: 2,
  concern: 1,
  concerns: 1,
  concerned: 1,
  fear: 1,
  fears: 1,
  disappointing: 1,
  disappointed: 1,
  regret: 1,
  sorry: 1,
  tough: 1,
  challenging: 1,
  difficult: 1,
  offensive: 2,
  abusive: 2,
  threatening: 2,
  aggressive: 2,
  unfairness: 2,
  oppression: 2,
  critical: 1,
  surprise: 1,
  spin: 1,
  lettuce: 1,
  racist: 2,
  discriminatory: 2,
  discrimination: 2,
  stigmatising: 2,
  alienating: 2,
  counterproductive: 2,
  'counter-productive': 2,
  undermine: 1,
  undermines: 1,
  undermined: 1,
  affront: 2,
});

/** Words that support it ("fantastic", "crucial", "safeguarding"). */
const SUPPORTIVE: Record<string, number> = dictionary({
  fantastic: 2,
  safe: 1,
  safeguarding: 2,
  crucial: 2,
  success: 2,
  successful: 2,
  achieved: 1,
  improvements: 2,
  improvement: 1,
  improving: 1,
  protects: 2,
  protect: 1,
  protecting: 1,
  key: 1,
  effective: 2,
  welcome: 2,
  welcomed: 2,
  praise: 2,
  praised: 2,
  proud: 2,
  vital: 2,
  positive: 2,
  confident: 1,
  outperform: 1,
  growing: 1,
  growth: 1,
  strong: 1,
  good: 1,
  great: 2,
  excellent: 2,
  important: 1,
  essential: 2,
  benefit: 1,
  benefits: 1,
  support: 1,
  supports: 1,
  helped: 1,
  helps: 1,
  help: 1,
  stopped: 1,
  works: 1,
  working: 1,
  progress: 1,
  remorseful: 1,
  balanced: 2,
  proportionate: 2,
  right: 1,
  jobs: 1,
  builders: 1,
  won: 1,
  forward: 1,
  stable: 1,
  secure: 1,
  trust: 1,
  trusted: 1,
});

const NEGATORS = new Set([
  'not',
  "n't",
  'no',
  'never',
  'nothing',
  'without',
  'nor',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "won't",
  "can't",
  'cannot',
]);

/**
 * Stance of a statement toward what it is about, from its wording: weighted cue words, with a
 * negation within three words flipping a cue ("does not target" defends). Clear wording gives a
 * confident stance; no cue gives "unclear"; balanced cues give "neutral".
 */
export function stanceOf(statementText: string): { stance: Stance; confidence: number } {
  const words = statementText
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^a-z'-]+/);
  let score = 0;
  let cues = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const critical = CRITICAL[word] ?? 0;
    const supportive = SUPPORTIVE[word] ?? 0;
    if (critical === 0 && supportive === 0) continue;
    let negated = false;
    for (let j = Math.max(0, i - 3); j < i && !negated; j++) negated = NEGATORS.has(words[j]!) || words[j]!.endsWith("n't");
    cues++;
    const value = supportive - critical;
    score += negated ? -value : value;
  }
  if (cues === 0) return { stance: 'unclear', confidence: 0.3 };
  if (score === 0) return { stance: 'neutral', confidence: 0.4 };
  const confidence = Math.min(0.9, 0.5 + 0.1 * Math.abs(score));
  return { stance: score > 0 ? 'supports' : 'criticises', confidence: Math.round(confidence * 100) / 100 };
}
