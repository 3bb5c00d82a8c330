import { registerEnumType } from 'type-graphql';
import {
  DATE_CERTAINTIES,
  DATE_PRECISIONS,
  ENTITY_TYPES,
  PROVENANCES,
  RELATION_TYPES,
  STANCES,
  STATEMENT_KINDS,
  type DateCertainty as DocumentDateCertainty,
  type DatePrecision as DocumentDatePrecision,
  type EntityType,
  type Provenance as DocumentProvenance,
  type RelationType,
  type Stance as DocumentStance,
  type StatementKind as DocumentStatementKind,
} from '../../document/article-graph';

/*
 * GraphQL enums derived from the document model's allow-lists, so the model is defined once.
 * GraphQL names are UPPER_SNAKE (the convention clients expect); their internal values are the
 * strings stored in Neo4j, so a resolver argument arrives already in the stored form.
 */

type UpperSnake<S extends string> = Uppercase<S extends `${infer A}-${infer B}` ? `${A}_${UpperSnake<B>}` : S>;

function upperSnake<S extends string>(value: S): UpperSnake<S> {
  return value.replace(/-/g, '_').toUpperCase() as UpperSnake<S>;
}

function enumOf<const T extends readonly string[]>(values: T): { [K in T[number] as UpperSnake<K>]: K } {
  return Object.fromEntries(values.map((value) => [upperSnake(value), value])) as { [K in T[number] as UpperSnake<K>]: K };
}

/** Kinds of entity: each is also a Neo4j label under `Entity`. */
export const EntityKind = enumOf(ENTITY_TYPES);
export type EntityKind = EntityType;

/** How a statement renders the speaker's words. */
export const StatementKind = enumOf(STATEMENT_KINDS);
export type StatementKind = DocumentStatementKind;

/** The speaker's position towards what the statement is about. */
export const Stance = enumOf(STANCES);
export type Stance = DocumentStance;

/** Who produced a fact. */
export const Provenance = enumOf(PROVENANCES);
export type Provenance = DocumentProvenance;

/** How much of a date an article gives. */
export const DatePrecision = enumOf(DATE_PRECISIONS);
export type DatePrecision = DocumentDatePrecision;

/** Whether a date is stated, resolved from context, or approximate. */
export const DateCertainty = enumOf(DATE_CERTAINTIES);
export type DateCertainty = DocumentDateCertainty;

/** Relationship types that join a statement to entities (the rest join entities to entities). */
export const STATEMENT_RELATIONSHIP_TYPES = ['SAID', 'ABOUT', 'SAID_TO'] as const;

/**
 * Every relationship type that connects entities and statements: the allow-list for anything that
 * puts a relationship type into query text. MENTIONED_IN and REPORTED_IN lead to articles and are
 * reached through `mentions` and `article` instead.
 */
export const GRAPH_RELATIONSHIP_TYPES = [...RELATION_TYPES, ...STATEMENT_RELATIONSHIP_TYPES] as const;
export type GraphRelationshipType = RelationType | (typeof STATEMENT_RELATIONSHIP_TYPES)[number];
/** The GraphQL enum of GRAPH_RELATIONSHIP_TYPES. */
export const RelationshipType = enumOf(GRAPH_RELATIONSHIP_TYPES);
export type RelationshipType = GraphRelationshipType;

/** What a node of a path, neighbourhood or search hit is: an entity kind or a statement. */
export const NODE_LABELS = [...ENTITY_TYPES, 'Statement'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
/** The GraphQL enum of NODE_LABELS. */
export const NodeLabel = enumOf(NODE_LABELS);

/** Which way a relationship points, seen from the entity asked about. */
export enum Direction {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
  BOTH = 'BOTH',
}

/** What loading a document did. */
export enum LoadStatus {
  CREATED = 'created',
  REPLACED = 'replaced',
  UNCHANGED = 'unchanged',
}

/** What a timeline entry is. */
export enum TimelineEntryKind {
  EVENT = 'EVENT',
  STATEMENT = 'STATEMENT',
}

/** True when `value` is one of the allow-listed relationship types (guards query text). */
export function isGraphRelationshipType(value: string): value is GraphRelationshipType {
  return (GRAPH_RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

/** True when `value` is an entity kind (guards labels in query text). */
export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

registerEnumType(EntityKind, { name: 'EntityKind', description: 'Kinds of entity; each is a Neo4j label under Entity' });
registerEnumType(StatementKind, { name: 'StatementKind', description: 'direct quote, indirect (reported) speech, or a mix' });
registerEnumType(Stance, { name: 'Stance', description: "The speaker's position towards what the statement is about" });
registerEnumType(Provenance, { name: 'Provenance', description: 'Whether a person reviewed the fact or a machine extracted it' });
registerEnumType(DatePrecision, { name: 'DatePrecision', description: 'How much of a date the article gives' });
registerEnumType(DateCertainty, { name: 'DateCertainty', description: 'stated in the text, resolved from context (e.g. "Tuesday"), or approximate' });
registerEnumType(RelationshipType, { name: 'RelationshipType', description: 'Relationship types between entities and statements' });
registerEnumType(NodeLabel, { name: 'NodeLabel', description: 'What a graph node is: an entity kind or a statement' });
registerEnumType(Direction, { name: 'Direction', description: 'Direction of a relationship, seen from the entity asked about' });
registerEnumType(LoadStatus, { name: 'LoadStatus', description: 'What loading a document did' });
registerEnumType(TimelineEntryKind, { name: 'TimelineEntryKind', description: 'An event, or a statement the article dates' });
