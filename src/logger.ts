import pino from 'pino';

/** The one logger of the service: JSON lines on stderr, so stdout stays free for CLI results. */
export const logger = pino(
  { level: process.env.LOG_LEVEL ?? 'info', base: undefined, redact: ['apiKey', 'password', '*.password', 'headers["x-api-key"]'] },
  pino.destination(2),
);

export type Logger = typeof logger;
