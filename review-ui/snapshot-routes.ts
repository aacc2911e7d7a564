// The preserved evidence of a snapshot: its raw body shown as plain text (never rendered as a
// page) and its screenshot.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { EvidenceStore, Store } from '../storage/ports.ts';
import type { Snapshot } from '../storage/records.ts';
import { EvidenceIntegrityError } from '../storage/store-errors.ts';
import { sendErrorPage } from './error-page.ts';
import { REVIEW_ROLES } from './roles.ts';
import { CONTENT_SECURITY_POLICY } from './security-headers.ts';

const SHA256 = /^[0-9a-f]{64}$/;

type SnapshotRequest = FastifyRequest<{ Params: { sha256: string } }>;

export function registerSnapshotRoutes(app: FastifyInstance, store: Store, evidence: EvidenceStore): void {
  const config = { roles: REVIEW_ROLES };

  app.get('/snapshots/:sha256/raw', { config }, async (request: SnapshotRequest, reply) => {
    const snapshot = await findSnapshot(store, request.params.sha256);
    const body = snapshot && (await readEvidence(evidence, snapshot.storageKey));
    if (body instanceof EvidenceIntegrityError) return integrityFailure(request, reply, body);
    if (!body) return notFound(request, reply, snapshot ? 'body' : 'snapshot');
    // Shown as text even if the page was HTML; the sandbox stops a browser that ignores
    // nosniff from running anything in it.
    reply
      .type('text/plain; charset=utf-8')
      .header('Content-Disposition', 'inline')
      .header('Content-Security-Policy', `sandbox; ${CONTENT_SECURITY_POLICY}`);
    return reply.send(body);
  });

  app.get('/snapshots/:sha256/screenshot', { config }, async (request: SnapshotRequest, reply) => {
    const snapshot = await findSnapshot(store, request.params.sha256);
    const png = snapshot?.screenshotKey ? await readEvidence(evidence, snapshot.screenshotKey) : undefined;
    if (png instanceof EvidenceIntegrityError) return integrityFailure(request, reply, png);
    if (!png) return notFound(request, reply, snapshot ? 'screenshot' : 'snapshot');
    reply.type('image/png').header('Content-Disposition', 'inline');
    return reply.send(png);
  });
}

async function findSnapshot(store: Store, sha256: string): Promise<Snapshot | undefined> {
  return SHA256.test(sha256) ? store.getSnapshot(sha256) : undefined;
}

/** The stored bytes; an altered file is an expected finding to show, not a crash. */
async function readEvidence(
  evidence: EvidenceStore,
  key: string,
): Promise<Buffer | undefined | EvidenceIntegrityError> {
  try {
    return await evidence.get(key);
  } catch (err) {
    if (err instanceof EvidenceIntegrityError) return err;
    throw err;
  }
}

function integrityFailure(request: FastifyRequest, reply: FastifyReply, err: EvidenceIntegrityError) {
  return sendErrorPage(request, reply, { status: 500, title: 'Evidence damaged', message: err.message });
}

function notFound(request: FastifyRequest, reply: FastifyReply, what: 'snapshot' | 'body' | 'screenshot') {
  const message = {
    snapshot: 'There is no snapshot with this SHA-256.',
    body: 'The snapshot is recorded but its body is not in the evidence store.',
    screenshot: 'This snapshot has no screenshot (only pages rendered in a browser have one).',
  }[what];
  return sendErrorPage(request, reply, { status: 404, title: 'Evidence not found', message });
}
