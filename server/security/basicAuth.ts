// HTTP Basic authentication for the operator pages (/monitor, /playground), compared in
// constant time so the answer's timing does not leak how much of a guess was right.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Whether an Authorization header carries exactly these credentials. */
export function basicAuthMatches(header: string | undefined, user: string, password: string): boolean {
  const match = /^Basic +([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  // Hashing first gives equal-length buffers whatever was sent.
  return timingSafeEqual(digest(decoded), digest(`${user}:${password}`));
}

export function requireBasicAuth(user: string, password: string, realm = 'Nines operator') {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (basicAuthMatches(req.headers.authorization, user, password)) {
      next();
      return;
    }
    res.set('WWW-Authenticate', `Basic realm="${realm}", charset="UTF-8"`).status(401).type('text').send('authentication required');
  };
}
