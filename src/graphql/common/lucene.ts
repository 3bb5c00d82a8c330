import { BadInputError } from '../../errors';
import { LIMITS } from './limits';

// Every character the Lucene classic query parser treats as syntax.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Escapes Lucene syntax so the text is searched for literally. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/**
 * Turns what a user typed into a safe Lucene query: every word must match (AND), as a whole word
 * or as a word prefix ("hayd" finds Haydon). Words are lower-cased, which also disarms the
 * operators AND/OR/NOT, and escaped, so no input can change the query's structure.
 */
export function luceneQuery(input: string, argument: string): string {
  const trimmed = input.trim();
  if (trimmed.length > LIMITS.maxSearchQueryLength) {
    throw new BadInputError(`must be at most ${LIMITS.maxSearchQueryLength} characters (got ${trimmed.length})`, argument);
  }
  const words = trimmed
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) throw new BadInputError('must contain at least one letter or digit', argument);
  if (words.length > LIMITS.maxSearchTerms) {
    throw new BadInputError(`must have at most ${LIMITS.maxSearchTerms} words (got ${words.length})`, argument);
  }
  return words
    .map((word) => {
      const escaped = escapeLucene(word);
      // A prefix wildcard is only safe on plain words: wildcard terms skip the analyzer.
      return /^[\p{L}\p{N}']+$/u.test(word) ? `(${escaped} OR ${escaped}*)` : `(${escaped})`;
    })
    .join(' AND ');
}
