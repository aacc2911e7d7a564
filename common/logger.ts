// Structured JSON logs (winston) to stderr, so stdout stays free for command output.
// Never log personal data (phones, emails, names): log ids and counts instead.
import winston from 'winston';

export type Logger = winston.Logger;

const level = process.env.RECRUITWATCH_LOG_LEVEL ?? (process.env.VITEST ? 'error' : 'info');

/** The root logger. Make a child per source or job: `logger.child({ sourceId })`. */
export const logger: Logger = winston.createLogger({
  level,
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  transports: [new winston.transports.Console({ stderrLevels: Object.keys(winston.config.npm.levels) })],
});
