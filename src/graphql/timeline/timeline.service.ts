import { BadInputError, NotFoundError } from '../../errors';
import { TimelineEntryKind, type GraphRelationshipType } from '../common/enums';
import { LIMITS } from '../common/limits';
import { checkedInt } from '../common/pagination';
import { toEntity, toStatement, type RawMap } from '../common/records';
import type { GraphQLContext } from '../context';
import { traversalTypes } from '../graph/graph.service';
import { timelineQuery } from './timeline.cypher';
import type { Timeline, TimelineEntry } from './timeline.type';

const ISO_PREFIX = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?)?)?$/;

/** A from/to bound: an ISO date prefix (2017, 2017-05, 2017-08-08 or 2017-08-08T10:00). */
export function checkedDate(value: string | null | undefined, argument: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (!ISO_PREFIX.test(value)) throw new BadInputError(`must be a date like 2017, 2017-05, 2017-08-08 or 2017-08-08T10:00 (got "${value}")`, argument);
  return value;
}

/** timeline(entityId, from, to, hops): dated events near the entity and its dated statements, in date order. */
export async function findTimeline(
  ctx: GraphQLContext,
  args: { entityId: string; from?: string | null; to?: string | null; hops?: number | null; types?: GraphRelationshipType[] | null },
): Promise<Timeline> {
  const from = checkedDate(args.from, 'from');
  const to = checkedDate(args.to, 'to');
  if (from !== null && to !== null && from.slice(0, Math.min(from.length, to.length)) > to.slice(0, Math.min(from.length, to.length))) {
    throw new BadInputError(`must not be after to (${to})`, 'from');
  }
  const hops = checkedInt(args.hops, LIMITS.defaultTimelineHops, 0, LIMITS.maxTimelineHops, 'hops');
  const rows = await ctx.gateway.read<{ entity: RawMap; events: RawMap[]; statements: RawMap[] }>(
    timelineQuery({
      entityId: args.entityId,
      hops,
      maxHops: LIMITS.maxTimelineHops,
      types: traversalTypes(args.types),
      from,
      to,
      limit: LIMITS.maxTimelineEntries + 1,
    }),
  );
  const row = rows[0];
  if (!row) throw new NotFoundError('entity', args.entityId, 'entityId');
  const entries: TimelineEntry[] = [
    ...row.events.map(toEntity).map((event) => ({ date: event.date!, kind: TimelineEntryKind.EVENT, title: event.name, event, statement: null })),
    ...row.statements.map(toStatement).map((statement) => ({
      date: statement.date!,
      kind: TimelineEntryKind.STATEMENT,
      title: `${statement.speaker?.name ?? 'Someone'}: ${statement.text}`,
      event: null,
      statement,
    })),
  ];
  // ISO prefixes sort by time, a less precise date before the more precise ones inside it.
  entries.sort((a, b) => a.date.value.localeCompare(b.date.value) || a.title.localeCompare(b.title));
  return { entity: toEntity(row.entity), entries: entries.slice(0, LIMITS.maxTimelineEntries), truncated: entries.length > LIMITS.maxTimelineEntries };
}
