import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function selectsIn(selectionSet: SelectionSetNode | undefined, field: string, info: GraphQLResolveInfo, seen: Set<string>): boolean {
  if (!selectionSet) return false;
  return selectionSet.selections.some((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return selection.name.value === field;
      case Kind.INLINE_FRAGMENT:
        return selectsIn(selection.selectionSet, field, info, seen);
      case Kind.FRAGMENT_SPREAD: {
        if (seen.has(selection.name.value)) return false;
        seen.add(selection.name.value);
        return selectsIn(info.fragments[selection.name.value]?.selectionSet, field, info, seen);
      }
      default: {
        const unexpected: never = selection;
        return unexpected;
      }
    }
  });
}

/**
 * True when the field being resolved selects `field` directly (through fragments too). Used to
 * compute a connection's totalCount only when a client asks for it.
 */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node: FieldNode) => selectsIn(node.selectionSet, field, info, new Set()));
}
