import { createHash } from 'node:crypto';
import type { EntityType } from '../document/article-graph';
import { normaliseName } from '../loading/normalise';

/** Lower-case words joined by hyphens, ASCII only: the readable part of an id. */
export function slugify(value: string, maxLength = 80): string {
  const key = `${maxLength}|${value}`;
  const known = slugs.get(key);
  if (known !== undefined) return known;
  const slug =
    normaliseName(value)
      .replace(/[^a-z0-9 ]+/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, maxLength)
      .replace(/-+$/, '') || 'x';
  if (slugs.size > 50_000) slugs.clear();
  slugs.set(key, slug);
  return slug;
}

/** Slugs already made: the same names come back in every article. */
const slugs = new Map<string, string>();

const TYPE_PREFIX: Record<EntityType, string> = {
  Person: 'person',
  Organisation: 'org',
  Place: 'place',
  Event: 'event',
  Programme: 'programme',
  Group: 'group',
  Role: 'role',
};

/** The id of an entity from its type and full name: the same name gives the same id in every article. */
export function entityId(type: EntityType, name: string): string {
  return `${TYPE_PREFIX[type]}:${slugify(name)}`;
}

/** Short hex hash of a text (SHA-256), for ids derived from content. */
export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * The article id for a text: slug of the title plus a hash of the text, so ingesting the same text
 * twice finds the same article and two different texts with one title stay apart.
 */
export function articleIdFor(title: string, text: string): string {
  return `${slugify(title, 60)}-${shortHash(text.replace(/\r\n/g, '\n').trim())}`;
}
