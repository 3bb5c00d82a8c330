/** The API's bounds, in one place: the schema's descriptions, the validation and the docs quote these. */
export const LIMITS = {
  /** Page size when `first` is not given. */
  defaultPageSize: 20,
  /** Largest `first` of any list. */
  maxPageSize: 100,
  /** Relationships a path may have (`paths(maxHops:)`); one statement link (SAID, ABOUT) is one hop. */
  defaultPathHops: 4,
  maxPathHops: 6,
  defaultPaths: 10,
  /** `neighbourhood(depth:)`. */
  defaultNeighbourhoodDepth: 1,
  maxNeighbourhoodDepth: 3,
  /** Nodes a neighbourhood returns at most (it is marked truncated beyond). */
  maxNeighbourhoodNodes: 200,
  maxNeighbourhoodEdges: 1000,
  /** `timeline(hops:)`: how far from the entity events are looked for. */
  defaultTimelineHops: 3,
  maxTimelineHops: 3,
  maxTimelineEntries: 200,
  /** Items of an unpaginated nested list (roles, affiliations, participants). */
  maxNestedList: 100,
  /** Search and name filters. */
  maxSearchQueryLength: 200,
  maxSearchTerms: 12,
  /** Query shape (enforced before execution). */
  maxQueryDepth: 14,
  maxAliases: 15,
  maxCost: 25_000,
  maxTokens: 2_000,
  maxDirectives: 20,
} as const;
