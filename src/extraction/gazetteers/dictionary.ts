/**
 * A lookup table without a prototype, so a word such as "constructor" or "toString" in an article
 * is never mistaken for an entry (plain object literals inherit those keys).
 */
export function dictionary<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
