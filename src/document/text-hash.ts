import { createHash } from 'node:crypto';

/**
 * The identity of an article's text: SHA-256 of the text without leading and trailing white
 * space. Stored on every Article as `textHash` (indexed), so "is this text already in the graph?"
 * is one index look-up instead of a comparison with every article's text.
 */
export function articleTextHash(text: string): string {
  return createHash('sha256').update(text.trim()).digest('hex');
}
