import type { CypherQuery } from '../../db/gateway';
import { Direction, type GraphRelationshipType } from '../common/enums';
import { entityProjection, statementProjection } from '../common/projections';
import { relationshipPattern } from '../entity/entity.cypher';
import { cypherInt } from '../common/cypher-int';

/*
 * A date of any precision overlaps [from, to] when it ends on or after `from` and starts on or
 * before `to`. Dates are ISO prefixes, so comparing each with the other cut to the same length
 * does it: "2017" overlaps from "2017-05" (left("2017-05", 4) <= "2017"), and "2017-08-08T10:00"
 * is within to "2017" (left(it, 4) <= "2017").
 */
const inRange = (date: string): string => `($from IS NULL OR left($from, size(${date})) <= ${date}) AND ($to IS NULL OR left(${date}, size($to)) <= $to)`;

/**
 * Dated events within `hops` relationships of an entity (through statements too: a person's
 * interview is one hop, the events a programme involves are one hop from it), and the dated
 * statements the entity made or is the topic of. At most `limit` of each.
 */
export function timelineQuery(options: {
  entityId: string;
  hops: number;
  maxHops: number;
  types: readonly GraphRelationshipType[];
  from: string | null;
  to: string | null;
  limit: number;
}): CypherQuery {
  if (!Number.isInteger(options.hops) || options.hops < 0 || options.hops > options.maxHops)
    throw new Error(`Hop bound ${options.hops} is outside 0..${options.maxHops}`);
  const reach = relationshipPattern('', options.types, Direction.BOTH, `*0..${options.hops}`);
  return {
    cypher: `
MATCH (e:Entity {id: $entityId})
CALL {
  WITH e
  MATCH (e)${reach}(event:Event)
  WITH DISTINCT event
  WHERE event.date IS NOT NULL AND ${inRange('event.date')}
  WITH event ORDER BY event.date, event.id LIMIT $limit
  RETURN collect(${entityProjection('event')}) AS events
}
CALL {
  WITH e
  MATCH (e)-[:SAID|ABOUT]-(s:Statement)
  WITH DISTINCT s
  WHERE s.date IS NOT NULL AND ${inRange('s.date')}
  WITH s ORDER BY s.date, s.id LIMIT $limit
  RETURN collect(${statementProjection('s')}) AS statements
}
RETURN ${entityProjection('e')} AS entity, events, statements`,
    params: { entityId: options.entityId, from: options.from, to: options.to, limit: cypherInt(options.limit) },
  };
}
