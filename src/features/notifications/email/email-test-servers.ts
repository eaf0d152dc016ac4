import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** Test servers: a real SMTP server, and a stand-in for GOV.UK Notify's HTTP API. */

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export async function startSmtpServer(
  options: { refuseWith?: () => { code: number; message: string } | null } = {},
) {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = options.refuseWith?.();
      if (refusal) {
        refusals += 1;
        const error = Object.assign(new Error(`${refusal.message} <${address.address}>`), {
          responseCode: refusal.code,
        });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    refusals: () => refusals,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const NOTIFY_SERVICE_ID = '26785a09-ab16-4eb0-8407-a37497a57506';
export const NOTIFY_SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
export const NOTIFY_KEY = `kindred_test-${NOTIFY_SERVICE_ID}-${NOTIFY_SECRET}`;

export interface NotifyRequest {
  path: string;
  body: Record<string, unknown>;
  /** What the server found wrong with the request's JWT, or null when it is right. */
  tokenProblem: string | null;
}

function base64url(text: string): Buffer {
  return Buffer.from(text, 'base64url');
}

/** Checks Notify's token as Notify does: HS256 with the key's secret, iss, and a recent iat. */
export function notifyTokenProblem(header: string | undefined): string | null {
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  if (!token) return 'no bearer token';
  const [head, claims, signature] = token.split('.');
  if (!head || !claims || !signature) return 'not a JWT';
  const algorithm = JSON.parse(base64url(head).toString('utf8')) as { alg?: string };
  if (algorithm.alg !== 'HS256') return `alg ${algorithm.alg}`;
  const expected = createHmac('sha256', NOTIFY_SECRET).update(`${head}.${claims}`).digest();
  const given = base64url(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return 'bad signature';
  }
  const payload = JSON.parse(base64url(claims).toString('utf8')) as { iss?: string; iat?: number };
  if (payload.iss !== NOTIFY_SERVICE_ID) return `iss ${payload.iss}`;
  // Notify allows 30 seconds either way; the client rounds, so iat can be a little ahead.
  if (typeof payload.iat !== 'number' || Math.abs(payload.iat - Date.now() / 1000) > 30) {
    return 'iat out of range';
  }
  return null;
}

async function bodyOf(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
}

/** Answers each email request with the next status in `statuses` (the last one repeats). */
export async function startNotifyStub(statuses: number[] = [201]) {
  const requests: NotifyRequest[] = [];
  const server: Server = createServer(async (request, response) => {
    const body = await bodyOf(request);
    requests.push({
      path: request.url ?? '',
      body,
      tokenProblem: notifyTokenProblem(request.headers.authorization),
    });
    const status = statuses[Math.min(requests.length - 1, statuses.length - 1)] ?? 201;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify(
        status === 201
          ? { id: `notify-${requests.length}`, reference: body.reference, content: {} }
          : {
              status_code: status,
              errors: [{ error: 'Exception', message: 'Internal server error' }],
            },
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
