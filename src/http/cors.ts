/**
 * Cross-origin access to the API, decided from KG_CORS_ORIGINS. With no origins configured the
 * server sends no CORS header at all, so browsers keep the same-origin policy. The API key travels
 * in a header, never in a cookie, so `Access-Control-Allow-Credentials` is never sent: with `*` it
 * would be refused by browsers anyway, and with a list it would only invite cookie-based designs.
 */

/** Request headers a browser may send cross-origin. */
const ALLOWED_HEADERS = 'content-type, x-api-key, apollo-require-preflight, x-apollo-operation-name';
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** How long a browser may cache a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/** The value of Access-Control-Allow-Origin for this request's Origin, or undefined when it is not allowed. */
export function allowedOrigin(origin: string | undefined, allowed: readonly string[]): string | undefined {
  if (!origin || allowed.length === 0) return undefined;
  if (allowed[0] === '*') return '*';
  return allowed.includes(origin.toLowerCase()) ? origin : undefined;
}

/** Headers for an actual (non-preflight) response; empty when CORS does not apply. */
export function corsResponseHeaders(origin: string | undefined, allowed: readonly string[]): Record<string, string> {
  const value = allowedOrigin(origin, allowed);
  if (!value) return allowed.length > 0 && allowed[0] !== '*' ? { vary: 'Origin' } : {};
  return value === '*'
    ? { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'retry-after' }
    : { 'access-control-allow-origin': value, vary: 'Origin', 'access-control-expose-headers': 'retry-after' };
}

/** Headers answering a preflight (OPTIONS) from an allowed origin; undefined when the origin is not allowed. */
export function preflightHeaders(origin: string | undefined, allowed: readonly string[]): Record<string, string> | undefined {
  const value = allowedOrigin(origin, allowed);
  if (!value) return undefined;
  return {
    ...corsResponseHeaders(origin, allowed),
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': PREFLIGHT_MAX_AGE_SECONDS,
  };
}
