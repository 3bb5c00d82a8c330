import type { RelationType } from '../document/article-graph';
import { findDates } from './dates';
import type { EntityRecognition } from './entities';
import { ROLE_TITLES } from './gazetteers/titles';
import { entityId, slugify } from './ids';
import type { EntityDraft, EntityRegistry } from './registry';
import type { ArticleText } from './text';

/** A relation found in the text, with the words that state it. */
export interface RelationDraft {
  type: RelationType;
  source: EntityDraft;
  target: EntityDraft;
  start: number;
  end: number;
  role?: string;
  qualifier?: string;
  organisation?: EntityDraft;
  confidence: number;
}

/** Roles held in a government: their holders are members of it. */
const GOVERNMENT_ROLES = /^(?:prime minister|deputy prime minister|chancellor|.*secretary|.*minister|attorney general|solicitor general)$/i;
const QUALIFIERS = ['former', 'senior', 'ex', 'acting', 'interim', 'retired', 'deputy', 'then', 'new', 'outgoing', 'incoming'];
const QUALIFIER_PATTERNS = QUALIFIERS.map((q) => ({ word: q, pattern: new RegExp(`\\b${q}\\b`, 'i') }));
const LEADING_QUALIFIERS = new RegExp(`^(?:${QUALIFIERS.join('|')})\\s+`, 'i');

/** The qualifiers ("former senior") a stretch of text gives a role. */
function qualifiersIn(words: string): string | undefined {
  return (
    QUALIFIER_PATTERNS.filter((q) => q.pattern.test(words))
      .map((q) => q.word)
      .join(' ') || undefined
  );
}
const PROGRAMME_CHANGES: { pattern: RegExp; type: 'SET_UP' | 'CHANGED' }[] = [
  { pattern: /\b(?:was|were|had been|has been)\s+(set up|established|launched|introduced|created|founded|brought in)\s+by\s+/gi, type: 'SET_UP' },
  {
    pattern:
      /\b(?:was|were|had been|has been)\s+(widened|extended|expanded|changed|reformed|overhauled|scrapped|cut|replaced|revamped|relaunched|amended|narrowed|reviewed)\s+by\s+/gi,
    type: 'CHANGED',
  },
];
const EVENT_NOUNS = /\b((?:recent\s+)?(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|shootings?|stabbings?|riots?|protests?|explosions?|fires?))\s+in\s+/gi;

/**
 * Relations an article states: roles from titles and appositions (HAS_ROLE, AFFILIATED_WITH),
 * party and government membership (MEMBER_OF), units of organisations (PART_OF), who set up or
 * changed a programme (SET_UP, CHANGED) and took part in dated events (PARTICIPATED_IN), and
 * where events happened (OCCURRED_IN). Adds the Role and Event entities these need.
 */
export function findRelations(article: ArticleText, recognition: EntityRecognition, publishedAt: string): RelationDraft[] {
  const { text } = article;
  const { registry } = recognition;
  const relations: RelationDraft[] = [];
  const add = (relation: RelationDraft): void => {
    if (relation.source === relation.target) return;
    // One relation of a type between two entities is enough ("Chief Constable John Campbell" and "CC Campbell").
    if (relations.some((r) => r.type === relation.type && r.source === relation.source && r.target === relation.target)) return;
    relations.push(relation);
  };
  const government = registry.find('UK government', 'Organisation')[0];

  // Roles from titles ("Commander Dean Haydon", "chief executive John Chambers") and appositions.
  for (const person of [...registry.entities.values()]) {
    if (person.type !== 'Person') continue;
    for (const title of person.titles) {
      const roleName = canonicalRole(title.role);
      const role = registry.add('Role', roleName, { confidence: 0.85 });
      registry.addMention(role, title.start, title.end);
      const context = text.slice(Math.max(0, title.evidenceStart - 40), Math.min(text.length, title.evidenceEnd + 60));
      const organisation = organisationOfRole(registry, text, title.end) ?? organisationInside(registry, title.evidenceStart, title.evidenceEnd);
      const qualifier = qualifiersIn(`${text.slice(Math.max(0, title.evidenceStart - 25), title.start)} ${text.slice(title.evidenceStart, title.end)}`);
      add({
        type: 'HAS_ROLE',
        source: person,
        target: role,
        start: title.evidenceStart,
        end: title.evidenceEnd,
        role: text.slice(title.start, title.end),
        qualifier,
        organisation,
        confidence: 0.8,
      });
      if (organisation)
        add({
          type: 'AFFILIATED_WITH',
          source: person,
          target: organisation,
          start: title.evidenceStart,
          end: title.evidenceEnd,
          role: roleName,
          qualifier,
          confidence: 0.75,
        });
      if (government && GOVERNMENT_ROLES.test(roleName) && !/shadow/i.test(roleName) && !/\bshadow\b/i.test(context)) {
        add({ type: 'MEMBER_OF', source: person, target: government, start: title.evidenceStart, end: title.evidenceEnd, role: roleName, confidence: 0.7 });
      }
    }
  }

  // "a former senior Muslim policeman, Dal Babu," — a role in apposition before the name.
  const apposition =
    /\b(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,5}?)(policeman|policewoman|officer|spokesman|spokeswoman|minister|councillor|lawyer|barrister|judge|analyst|economist|campaigner|activist|director|executive|founder|leader|chairman|chairwoman|professor|commissioner|chief constable|mp)\s*,\s*$/iu;
  for (const mention of [...registry.mentions]) {
    if (mention.entity.type !== 'Person' || text.charAt(mention.start - 2) !== ',') continue;
    const windowStart = Math.max(0, mention.start - 90);
    const match = apposition.exec(text.slice(windowStart, mention.start));
    if (!match) continue;
    const phraseStart = windowStart + match.index;
    const head = match[2]!.toLowerCase();
    const roleName = canonicalRole(ROLE_TITLES[head] ?? head);
    const role = registry.add('Role', roleName, { confidence: 0.8 });
    const headStart = phraseStart + match[0].toLowerCase().lastIndexOf(head);
    registry.addMention(role, headStart, headStart + head.length);
    const descriptor = text.slice(phraseStart, headStart + head.length).replace(/^(?:a|an|the)\s+/i, '');
    const qualifier = qualifiersIn(descriptor);
    const organisation = organisationInside(registry, phraseStart, headStart + head.length);
    add({
      type: 'HAS_ROLE',
      source: mention.entity,
      target: role,
      start: phraseStart,
      end: mention.end,
      role: descriptor.replace(LEADING_QUALIFIERS, ''),
      qualifier,
      organisation,
      confidence: 0.75,
    });
    if (organisation)
      add({ type: 'AFFILIATED_WITH', source: mention.entity, target: organisation, start: phraseStart, end: mention.end, role: roleName, confidence: 0.7 });
  }

  // "X, chief executive of Y," / "George Scott, food and grocery analyst at Conlumino," — a role after the name.
  const trailingRole =
    /^,\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}’'-]+\s+){0,5}?)(secretary general|general secretary|chief executive|director|executive|chairman|chairwoman|chair|founder|head|leader|spokesman|spokeswoman|analyst|economist|president|professor|commissioner|manager|partner|editor|officer|mp|councillor)\s+(?:of|at|for)\s+(?:the\s+)?/iu;
  for (const mention of [...registry.mentions]) {
    if (mention.entity.type !== 'Person') continue;
    const after = text.slice(mention.end, mention.end + 120);
    const match = trailingRole.exec(after);
    if (!match) continue;
    const organisationMention = registry.mentionStartingAt(mention.end + match[0].length);
    if (!organisationMention || organisationMention.entity.type !== 'Organisation') continue;
    const head = match[2]!.toLowerCase();
    const roleName = canonicalRole(ROLE_TITLES[head] ?? head);
    const role = registry.add('Role', roleName, { confidence: 0.8 });
    const headStart = mention.end + match[0].toLowerCase().indexOf(head, match[0].toLowerCase().indexOf(match[1]!.toLowerCase()) + match[1]!.length);
    registry.addMention(role, headStart, headStart + head.length);
    const qualifier = qualifiersIn(match[1] ?? '');
    add({
      type: 'HAS_ROLE',
      source: mention.entity,
      target: role,
      start: mention.start,
      end: organisationMention.end,
      role: `${match[1] ?? ''}${match[2]}`.trim(),
      qualifier,
      organisation: organisationMention.entity,
      confidence: 0.8,
    });
    add({
      type: 'AFFILIATED_WITH',
      source: mention.entity,
      target: organisationMention.entity,
      start: mention.start,
      end: organisationMention.end,
      role: roleName,
      confidence: 0.8,
    });
  }

  // "Government figures", "Cisco officials": a collective speaker named after a body belongs to it.
  for (const group of registry.entities.values()) {
    if (group.type !== 'Group') continue;
    for (const mention of group.mentions) {
      const organisation = organisationInside(registry, mention.start, mention.end);
      if (organisation) add({ type: 'AFFILIATED_WITH', source: group, target: organisation, start: mention.start, end: mention.end, confidence: 0.6 });
    }
  }

  // "Islamic State in Syria": an organisation placed by the text.
  for (const mention of registry.mentions) {
    if (mention.entity.type !== 'Organisation') continue;
    const gap = /^ in (?:the )?/.exec(text.slice(mention.end, mention.end + 8));
    if (!gap) continue;
    const place = registry.mentionStartingAt(mention.end + gap[0].length);
    if (place && place.entity.type === 'Place')
      add({ type: 'LOCATED_IN', source: mention.entity, target: place.entity, start: mention.start, end: place.end, confidence: 0.5 });
  }

  // "the Green Party's Caroline Lucas": a member of a party (or affiliated with another body).
  for (const link of recognition.possessives) {
    const type = link.owner.organisationKind === 'party' || link.owner.organisationKind === 'union' ? 'MEMBER_OF' : 'AFFILIATED_WITH';
    add({ type, source: link.member, target: link.owner, start: link.start, end: link.end, confidence: 0.85 });
  }
  for (const link of recognition.parts) add({ type: 'PART_OF', source: link.member, target: link.owner, start: link.start, end: link.end, confidence: 0.8 });

  // Party labels before a role ("Labour MP Jo Cox", "Conservative councillor …").
  for (const person of registry.entities.values()) {
    if (person.type !== 'Person') continue;
    for (const title of person.titles) {
      const before = text.slice(Math.max(0, title.start - 30), title.start);
      const party = /\b(Labour|Conservative|Tory|Lib Dem|Liberal Democrat|Green|SNP|Reform UK|Plaid Cymru)\s+$/.exec(before);
      if (!party) continue;
      const partyEntity = registry.find(party[1]!, 'Organisation')[0] ?? registry.find(`${party[1]} Party`, 'Organisation')[0];
      if (partyEntity)
        add({ type: 'MEMBER_OF', source: person, target: partyEntity, start: title.start - party[0].length, end: title.evidenceEnd, confidence: 0.75 });
    }
  }

  // Programmes set up or changed by a body, and the dated events that makes.
  for (const sentence of article.sentences) {
    if (article.paragraphs[sentence.paragraph]?.kind !== 'body') continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    for (const change of PROGRAMME_CHANGES) {
      change.pattern.lastIndex = 0;
      for (let match = change.pattern.exec(sentenceText); match; match = change.pattern.exec(sentenceText)) {
        const agentStart = sentence.start + match.index + match[0].length;
        const agent = registry
          .mentionsIn(agentStart, agentStart + 60)
          .find((m) => m.start <= agentStart + 4 && (m.entity.type === 'Organisation' || m.entity.type === 'Person'));
        if (!agent) continue;
        const programme = programmeBefore(registry, text, sentence.start, sentence.start + match.index);
        if (!programme) continue;
        const clauseStart = clauseStartBefore(text, sentence.start, sentence.start + match.index);
        const verb = match[1]!.toLowerCase();
        add({
          type: change.type,
          source: agent.entity,
          target: programme,
          start: clauseStart,
          end: agent.end,
          role: change.type === 'CHANGED' ? verb : undefined,
          confidence: 0.75,
        });
        const dates = findDates(text.slice(agent.end, Math.min(sentence.end, agent.end + 30)), publishedAt, agent.end).filter((d) => d.start - agent.end <= 2);
        const date = dates[0];
        if (date) {
          const name = change.type === 'SET_UP' ? `${programme.name} ${verb} by ${agent.entity.name}` : `${programme.name} ${verb} by ${agent.entity.name}`;
          const event = registry.add('Event', name, { id: `event:${slugify(`${programme.name} ${verb} ${date.value}`)}`, confidence: 0.7 });
          event.date = { value: date.value, precision: date.precision, certainty: date.certainty, text: date.text, start: date.start, end: date.end };
          registry.addMention(event, clauseStart, date.end, text.slice(clauseStart, date.end));
          add({ type: 'PARTICIPATED_IN', source: agent.entity, target: event, start: clauseStart, end: date.end, role: `${verb} by`, confidence: 0.7 });
          add({ type: 'INVOLVES', source: event, target: programme, start: clauseStart, end: date.end, confidence: 0.7 });
        }
      }
    }
    // "the recent terror attacks in Manchester, Westminster and London Bridge": one event per place.
    EVENT_NOUNS.lastIndex = 0;
    for (let match = EVENT_NOUNS.exec(sentenceText); match; match = EVENT_NOUNS.exec(sentenceText)) {
      const listStart = sentence.start + match.index + match[0].length;
      const places: EntityDraft[] = [];
      let cursor = listStart;
      let listEnd = listStart;
      for (;;) {
        const place = registry.mentionStartingAt(cursor);
        if (!place || place.entity.type !== 'Place') break;
        places.push(place.entity);
        listEnd = place.end;
        const rest = /^(?:,\s*|\s+and\s+|,\s+and\s+)/.exec(text.slice(place.end, place.end + 6));
        if (!rest) break;
        cursor = place.end + rest[0].length;
      }
      if (places.length === 0) continue;
      const nounPhrase = match[1]!;
      const plural = /s$/.test(nounPhrase.trim());
      const phraseStart = sentence.start + match.index - (text.slice(sentence.start + match.index - 4, sentence.start + match.index) === 'the ' ? 4 : 0);
      const dates = findDates(nounPhrase, publishedAt, sentence.start + match.index);
      const kind = /attack|bomb|shoot|stab/i.test(nounPhrase)
        ? 'attack'
        : (nounPhrase
            .replace(/^recent\s+/i, '')
            .replace(/s$/, '')
            .split(/\s+/)
            .pop() ?? 'event');
      for (const place of plural ? places : places.slice(0, 1)) {
        const event = registry.add('Event', `${place.name} ${kind}`, { id: entityId('Event', `${place.name} ${kind}`), confidence: 0.65 });
        registry.addMention(event, phraseStart, listEnd, text.slice(phraseStart, listEnd));
        const date = dates[0];
        if (date && !event.date)
          event.date = { value: date.value, precision: date.precision, certainty: date.certainty, text: date.text, start: date.start, end: date.end };
        add({ type: 'OCCURRED_IN', source: event, target: place, start: phraseStart, end: listEnd, confidence: 0.7 });
      }
    }
    // "The interview with Commander Haydon will be broadcast on Tuesday 8 August at 10am on the BBC's Asian Network."
    const broadcast = /\b(?:the\s+)?(interview|speech|debate|hearing|meeting|trial|inquest|conference|summit|programme|documentary)\s+with\s+/i.exec(
      sentenceText,
    );
    if (broadcast) {
      const sentenceDates = findDates(sentenceText, publishedAt, sentence.start).filter((d) => d.precision === 'day' || d.precision === 'minute');
      const date = sentenceDates[0];
      const inSentence = registry.mentionsIn(sentence.start + broadcast.index, sentence.end);
      const subjects = inSentence.filter(
        (m) =>
          (m.entity.type === 'Person' || m.entity.type === 'Organisation') &&
          !inSentence.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
      );
      const person = subjects.find((m) => m.entity.type === 'Person');
      if (date && person) {
        const eventStart = sentence.start + broadcast.index;
        const eventEnd = sentence.end - (/[.!?]$/.test(sentenceText) ? 1 : 0);
        const noun = broadcast[1]!.toLowerCase();
        const event = registry.add('Event', `${capitalise(noun)} with ${person.entity.name}`, {
          id: `event:${slugify(`${person.entity.name} ${noun} ${date.value}`)}`,
          confidence: 0.7,
        });
        event.date = { value: date.value, precision: date.precision, certainty: date.certainty, text: date.text, start: date.start, end: date.end };
        registry.addMention(event, eventStart, eventEnd, text.slice(eventStart, eventEnd));
        for (const participant of new Set(subjects.map((m) => m.entity))) {
          const mention = subjects.find((m) => m.entity === participant)!;
          add({
            type: 'PARTICIPATED_IN',
            source: participant,
            target: event,
            start: eventStart,
            end: mention.end,
            role: participant.type === 'Person' ? 'interviewee' : 'broadcaster',
            confidence: 0.65,
          });
        }
      }
    }
  }
  return relations;
}

function canonicalRole(role: string): string {
  const canonical = ROLE_TITLES[role.toLowerCase()] ?? role;
  return canonical.charAt(0).toUpperCase() + canonical.slice(1);
}

/** "Chief Constable of Thames Valley Police": an organisation right after the title. */
function organisationOfRole(registry: EntityRegistry, text: string, titleEnd: number): EntityDraft | undefined {
  if (!/^\s+(?:of|at|for)\s/.test(text.slice(titleEnd, titleEnd + 6))) return undefined;
  return registry.mentionsIn(titleEnd, titleEnd + 40).find((m) => m.entity.type === 'Organisation' && m.start >= titleEnd && m.start - titleEnd <= 10)?.entity;
}

/** An organisation named inside a role phrase ("a senior Scotland Yard police officer"). */
function organisationInside(registry: EntityRegistry, start: number, end: number): EntityDraft | undefined {
  return registry.mentionsIn(start, end).find((m) => m.entity.type === 'Organisation')?.entity;
}

/** The programme a change sentence is about: named in it, else the article's most-mentioned programme ("The programme was set up…"). */
function programmeBefore(registry: EntityRegistry, text: string, sentenceStart: number, verbStart: number): EntityDraft | undefined {
  const named = registry.mentionsIn(sentenceStart, verbStart).filter((m) => m.entity.type === 'Programme');
  const last = named[named.length - 1];
  if (last) return last.entity;
  const clause = text.slice(clauseStartBefore(text, sentenceStart, verbStart), verbStart);
  if (!/\b(?:the\s+)?(?:programme|scheme|strategy|policy|plan|initiative|its\s+remit|it)\b/i.test(clause)) return undefined;
  const programmes = [...registry.entities.values()].filter((d) => d.type === 'Programme');
  return programmes.sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

function clauseStartBefore(text: string, sentenceStart: number, offset: number): number {
  const before = text.slice(sentenceStart, offset);
  const boundary = Math.max(before.lastIndexOf(' and '), before.lastIndexOf(', '), before.lastIndexOf('; '));
  if (boundary < 0) return sentenceStart;
  const next = sentenceStart + boundary + (before.startsWith(' and ', boundary) ? 5 : 2);
  return next;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
