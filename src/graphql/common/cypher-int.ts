import { int, type Integer } from 'neo4j-driver';

/**
 * A whole number as a Cypher INTEGER parameter. JavaScript numbers travel as floats, which LIMIT
 * and list slices refuse ("'21.0' is not a valid value").
 */
export function cypherInt(value: number): Integer {
  if (!Number.isSafeInteger(value)) throw new Error(`${value} is not a whole number`);
  return int(value);
}
