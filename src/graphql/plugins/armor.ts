import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { LIMITS } from '../common/limits';

/**
 * Reports a refused query with a message a client can act on. graphql-armor's own messages start
 * with "Syntax Error:", which they are not; this keeps its numbers and adds what to do.
 */
function reporter(what: string, hint: string): (context: ValidationContext | null, error: GraphQLError) => void {
  return (context, error) => {
    const detail = error.message.replace(/^Syntax Error:\s*/, '');
    context?.reportError(new GraphQLError(`Query refused, ${what}: ${detail} ${hint}`, { extensions: { code: 'BAD_USER_INPUT' } }));
  };
}

/**
 * Shape limits checked before a query runs: depth, aliases and directives (graphql-armor); tokens
 * are counted by the parser (apollo.ts).
 * Cost is checked separately (complexity.ts) because it needs the variables, which validation
 * rules do not see. Field suggestions ("Did you mean ...") are masked in production, where they
 * would let anyone map the schema without introspection.
 */
export function armorProtection(options: { production: boolean }): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: {
      n: LIMITS.maxQueryDepth,
      propagateOnRejection: false,
      onReject: [reporter('too deep', 'Split it into several queries, or start from a root field nearer to what you need.')],
    },
    maxAliases: {
      n: LIMITS.maxAliases,
      propagateOnRejection: false,
      onReject: [reporter('too many aliases', 'Send several smaller queries instead.')],
    },
    maxDirectives: {
      n: LIMITS.maxDirectives,
      propagateOnRejection: false,
      onReject: [reporter('too many directives', 'Remove repeated directives.')],
    },
    // Tokens are limited by the GraphQL parser itself (parseOptions.maxTokens in apollo.ts).
    // armor's version re-parses the query in a hook where a refusal without propagation is lost
    // (no validation context to report to), so it parsed every token anyway: a query nested
    // 20,000 levels deep overflowed the stack there and came back as a 500.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: options.production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules };
}
