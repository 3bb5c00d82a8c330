import { ENTITY_TYPES } from '../../document/article-graph';
import { isEntityKind, type EntityKind, type NodeLabel } from '../common/enums';
import { LIMITS } from '../common/limits';
import { luceneQuery } from '../common/lucene';
import { checkedInt } from '../common/pagination';
import { toGraphNode, type RawMap } from '../common/records';
import type { GraphQLContext } from '../context';
import { searchQuery } from './search.cypher';
import type { SearchHit } from './search.type';

/** search(query, kinds, first): entities by name/alias and statements by text, best first. */
export async function search(ctx: GraphQLContext, args: { query: string; kinds?: NodeLabel[] | null; first?: number | null }): Promise<SearchHit[]> {
  const lucene = luceneQuery(args.query, 'query');
  const first = checkedInt(args.first, LIMITS.defaultPageSize, 1, LIMITS.maxPageSize, 'first');
  const kinds = args.kinds && args.kinds.length > 0 ? new Set(args.kinds) : null;
  const entityKinds: EntityKind[] = kinds ? [...kinds].filter(isEntityKind) : [...ENTITY_TYPES];
  const statements = kinds ? kinds.has('Statement') : true;
  const rows = await ctx.gateway.read<{ score: number; node: RawMap }>(searchQuery({ search: lucene, entityKinds, statements, limit: first }));
  const hits = rows.map((row) => ({ score: row.score, node: toGraphNode(row.node) }));
  ctx.loaders.primeEntities(hits.map((hit) => hit.node.entity));
  return hits;
}
