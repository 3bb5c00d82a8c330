import { GraphQLError } from 'graphql';

/** Error codes a client can branch on; the literal values are the GraphQL `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE' | 'UNAUTHENTICATED' | 'CONFLICT';

/** Base of the service's typed errors: a message for people and a code for programs. */
export class KgError extends GraphQLError {
  constructor(
    message: string,
    readonly code: ErrorCode,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
    this.name = new.target.name;
  }
}

/** The caller sent something invalid; `where` names the field or path. */
export class BadInputError extends KgError {
  constructor(
    message: string,
    readonly where?: string,
  ) {
    super(where ? `${where}: ${message}` : message, 'BAD_USER_INPUT', where ? { where } : {});
  }
}

/** No node with that id; `argument` names the argument that gave it, when there is one. */
export class NotFoundError extends KgError {
  constructor(kind: string, id: string, argument?: string) {
    super(argument ? `${argument}: no ${kind} with id "${id}"` : `No ${kind} with id "${id}"`, 'NOT_FOUND', argument ? { kind, id, argument } : { kind, id });
  }
}

/** Neo4j cannot be reached (stopped, restarting, network): the request may be retried. */
export class ServiceUnavailableError extends KgError {
  constructor(message = 'The graph database is unavailable; try again shortly') {
    super(message, 'SERVICE_UNAVAILABLE');
  }
}

/** A write without the API key, or with a wrong one. */
export class UnauthenticatedError extends KgError {
  constructor(message = 'This operation needs a valid API key in the x-api-key header') {
    super(message, 'UNAUTHENTICATED');
  }
}

/** A write kept losing races with concurrent writes of the same ids; retrying later is safe. */
export class ConflictError extends KgError {
  constructor(attempts: number, reason: string) {
    super(`The write collided with concurrent writes of the same ids ${attempts} times (${reason}); nothing was written, try again`, 'CONFLICT', {
      attempts,
      reason,
    });
  }
}
