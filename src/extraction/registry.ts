import type { DocumentDate, EntityType, Span } from '../document/article-graph';
import { normaliseName } from '../loading/normalise';

const normalised = new Map<string, string>();
/** normaliseName, remembered: the extractor asks for the same few hundred names many times. */
export function nameKey(name: string): string {
  let key = normalised.get(name);
  if (key === undefined) {
    key = normaliseName(name);
    if (normalised.size > 50_000) normalised.clear();
    normalised.set(name, key);
  }
  return key;
}
import type { Gender } from './gazetteers/lexicon';
import type { OrganisationKind } from './gazetteers/organisations';
import { entityId } from './ids';

/** A title or role the article gives a person ("Commander", "chief executive of Cisco"). */
export interface TitleUse {
  role: string;
  start: number;
  end: number;
  /** The words that give the role, for the relation's evidence. */
  evidenceStart: number;
  evidenceEnd: number;
  qualifier?: string;
  organisationKey?: string;
}

/** An entity while the article is being read; becomes a DocumentEntity at the end. */
export interface EntityDraft {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  mentions: Span[];
  gender?: Gender;
  organisationKind?: OrganisationKind;
  titles: TitleUse[];
  articleScoped?: boolean;
  confidence: number;
  description?: string;
  date?: DocumentDate;
  /** Last word of a person's name, used to resolve "Haydon", "Mr Campbell". */
  surname?: string;
  firstName?: string;
}

/** A stretch of text that names an entity. */
export interface MentionRef extends Span {
  entity: EntityDraft;
}

/** The entities of one article and where the text names them. */
export class EntityRegistry {
  readonly entities = new Map<string, EntityDraft>();
  readonly mentions: MentionRef[] = [];
  private readonly byName = new Map<string, EntityDraft[]>();
  private readonly byStart = new Map<number, MentionRef[]>();
  private readonly byEnd = new Map<number, MentionRef[]>();

  /** Adds an entity (or returns the one with the same id), recording its name as a lookup key. */
  add(
    type: EntityType,
    name: string,
    options: { id?: string; confidence?: number; articleScoped?: boolean; organisationKind?: OrganisationKind } = {},
  ): EntityDraft {
    const id = options.id ?? entityId(type, name);
    let draft = this.entities.get(id);
    if (!draft) {
      draft = { id, type, name, aliases: new Set(), mentions: [], titles: [], confidence: options.confidence ?? 0.8 };
      if (options.articleScoped) draft.articleScoped = true;
      if (options.organisationKind) draft.organisationKind = options.organisationKind;
      if (type === 'Person') {
        const words = name.split(/\s+/);
        draft.surname = words[words.length - 1];
        if (words.length > 1) draft.firstName = words[0];
      }
      this.entities.set(id, draft);
      this.index(draft, name);
    } else if (options.confidence !== undefined) draft.confidence = Math.max(draft.confidence, options.confidence);
    return draft;
  }

  /** Records another name for an entity (shown as an alias, and used to resolve later mentions). */
  addAlias(draft: EntityDraft, alias: string): void {
    const clean = alias.trim();
    if (!clean || clean === draft.name) return;
    draft.aliases.add(clean);
    this.index(draft, clean);
  }

  /** Records that the text at [start, end) names the entity. */
  addMention(draft: EntityDraft, start: number, end: number, surface?: string): void {
    if ((this.byStart.get(start) ?? []).some((m) => m.entity === draft && m.end === end)) return;
    draft.mentions.push({ start, end });
    const mention = { start, end, entity: draft };
    this.mentions.push(mention);
    this.byStart.set(start, [...(this.byStart.get(start) ?? []), mention]);
    this.byEnd.set(end, [...(this.byEnd.get(end) ?? []), mention]);
    if (surface) this.addAlias(draft, surface);
  }

  /** Forgets one mention (it turned out to name another entity). */
  removeMention(mention: MentionRef): void {
    const index = this.mentions.indexOf(mention);
    if (index >= 0) this.mentions.splice(index, 1);
    mention.entity.mentions = mention.entity.mentions.filter((m) => m.start !== mention.start || m.end !== mention.end);
    this.byStart.set(
      mention.start,
      (this.byStart.get(mention.start) ?? []).filter((m) => m !== mention),
    );
    this.byEnd.set(
      mention.end,
      (this.byEnd.get(mention.end) ?? []).filter((m) => m !== mention),
    );
  }

  /** Forgets an entity and all its mentions. */
  remove(draft: EntityDraft): void {
    for (const mention of this.mentions.filter((m) => m.entity === draft)) this.removeMention(mention);
    this.entities.delete(draft.id);
  }

  private index(draft: EntityDraft, name: string): void {
    const key = nameKey(name);
    const list = this.byName.get(key) ?? [];
    if (!list.includes(draft)) list.push(draft);
    this.byName.set(key, list);
  }

  /** Entities whose name or alias normalises to the same key, optionally of one type. */
  find(name: string, type?: EntityType): EntityDraft[] {
    const list = this.byName.get(nameKey(name)) ?? [];
    return type ? list.filter((d) => d.type === type) : list;
  }

  /** Mentions overlapping [start, end), in text order. */
  mentionsIn(start: number, end: number): MentionRef[] {
    return this.mentions.filter((m) => m.start < end && m.end > start).sort((a, b) => a.start - b.start);
  }

  /** The mention that ends exactly at an offset (the words just before a verb), preferring the longest. */
  mentionEndingAt(end: number): MentionRef | undefined {
    return [...(this.byEnd.get(end) ?? [])].sort((a, b) => a.start - b.start)[0];
  }

  /** The mention that starts exactly at an offset, preferring the longest. */
  mentionStartingAt(start: number): MentionRef | undefined {
    return [...(this.byStart.get(start) ?? [])].sort((a, b) => b.end - a.end)[0];
  }

  /** Persons whose surname (or, with first = true, first name) is this word. */
  personsNamed(word: string, first = false): EntityDraft[] {
    const key = nameKey(word);
    return [...this.entities.values()].filter(
      (d) => d.type === 'Person' && !d.articleScoped && nameKey((first ? d.firstName : d.surname) ?? '') === key && d.name.includes(' '),
    );
  }
}
