import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Does `selectionSet` select `field` directly (through fragments too)? */
function selectsIn(selectionSet: SelectionSetNode | undefined, field: string, info: GraphQLResolveInfo, seen: Set<string>): boolean {
  return fieldNodesIn(selectionSet, field, info, seen).length > 0;
}

/**
 * True when the field being resolved selects `field` directly (through fragments too). Used to
 * compute a connection's totalCount only when a client asks for it.
 */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node: FieldNode) => selectsIn(node.selectionSet, field, info, new Set()));
}

/** The selection sets of the fields called `field` directly inside `selectionSet` (through fragments too). */
function fieldSelections(selectionSet: SelectionSetNode | undefined, field: string, info: GraphQLResolveInfo, seen: Set<string>): SelectionSetNode[] {
  return fieldNodesIn(selectionSet, field, info, seen).flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

/**
 * True when the field being resolved selects the nested path, e.g. `['nodes', 'statement']` for
 * `neighbourhood { nodes { statement { ... } } }` (through fragments, under any alias). A field
 * under @skip or @include counts as selected, so this errs towards fetching more.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const [index, field] of path.entries()) {
    if (index === path.length - 1) return level.some((set) => selectsIn(set, field, info, new Set()));
    level = level.flatMap((set) => fieldSelections(set, field, info, new Set()));
    if (level.length === 0) return false;
  }
  return level.length > 0;
}

/** The nodes of the fields called `field` directly inside `selectionSet`, through inline fragments and fragment spreads. */
function fieldNodesIn(selectionSet: SelectionSetNode | undefined, field: string, info: GraphQLResolveInfo, seen: Set<string>): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection): FieldNode[] => {
    switch (selection.kind) {
      case Kind.FIELD:
        return selection.name.value === field ? [selection] : [];
      case Kind.INLINE_FRAGMENT:
        return fieldNodesIn(selection.selectionSet, field, info, seen);
      case Kind.FRAGMENT_SPREAD: {
        if (seen.has(selection.name.value)) return [];
        seen.add(selection.name.value);
        return fieldNodesIn(info.fragments[selection.name.value]?.selectionSet, field, info, seen);
      }
      default: {
        const unexpected: never = selection;
        return unexpected;
      }
    }
  });
}

/**
 * The nodes of `field` selected directly by the field being resolved (through fragments, under
 * any alias): a root resolver reads a nested field's arguments and selection from them to fetch
 * it in its own statement.
 */
export function selectedFieldNodes(info: GraphQLResolveInfo, field: string): FieldNode[] {
  return info.fieldNodes.flatMap((node) => fieldNodesIn(node.selectionSet, field, info, new Set()));
}

/** True when a field node selects `field` directly (through fragments too), as selectsField for the field being resolved. */
export function nodeSelectsField(node: FieldNode, field: string, info: GraphQLResolveInfo): boolean {
  return selectsIn(node.selectionSet, field, info, new Set());
}

/** selectsPath for a given field node (a nested field a root resolver folds in) instead of the field being resolved. */
export function nodeSelectsPath(node: FieldNode, path: readonly string[], info: GraphQLResolveInfo): boolean {
  return selectsPath({ ...info, fieldNodes: [node] }, path);
}

/** Which of a statement's entity lists (about, audience) the statements under `edges.node` of a connection field select. */
export function selectedStatementParts(info: GraphQLResolveInfo, node?: FieldNode): { about: boolean; audience: boolean } {
  const selects = (path: string[]): boolean => (node ? nodeSelectsPath(node, path, info) : selectsPath(info, path));
  return { about: selects(['edges', 'node', 'about']), audience: selects(['edges', 'node', 'audience']) };
}
