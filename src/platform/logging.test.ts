import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logging.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines };
}

describe('the logs', () => {
  it('are readable lines in development, without personal data', () => {
    const { stream, lines } = capture();
    const logger = createLogger({ environment: 'development', logLevel: 'info' }, stream);
    logger.info(
      { req: { method: 'GET', url: '/children?q=Jayden' }, user: { email: 'someone@example.org' } },
      'incoming request',
    );
    logger.info({ res: { statusCode: 200 }, responseTime: 12.4 }, 'request completed');
    expect(lines).toContainEqual(
      expect.stringMatching(/^\[\d\d:\d\d:\d\d\] INFO: incoming request GET \/children$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^\[\d\d:\d\d:\d\d\] INFO: request completed 200 \(12 ms\)$/),
    );
    expect(lines.join('\n')).not.toMatch(/someone@example.org|Jayden/);
  });

  it('are one JSON object a line in production', () => {
    const { stream, lines } = capture();
    const logger = createLogger({ environment: 'production', logLevel: 'info' }, stream);
    logger.info({ email: 'someone@example.org' }, 'Kindred is running');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '');
    expect(line).toMatchObject({ level: 30, msg: 'Kindred is running', email: '[redacted]' });
  });
});
