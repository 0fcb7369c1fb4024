// Structural checks of create and join options (validation layer 1). A bad option is a
// clear matchmaking error for that client; nothing is created.
import { z } from 'zod';

const lang = z.enum(['en', 'ko']);

export const createOptionsSchema = z.object({
  mode: z.enum(['solo', 'team']),
  scenario: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a scenario id such as "sandbox" or "level-01"'),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  name: z.string().max(64).optional(),
  lang: lang.optional(),
  profile: z.string().max(128).optional(),
  resume: z.string().max(64).optional(),
  manualTicks: z.boolean().optional(),
});

export const joinOptionsSchema = z.object({
  code: z.string().max(32),
  name: z.string().max(64).optional(),
  role: z.string().max(32).optional(),
  lang: lang.optional(),
  profile: z.string().max(128).optional(),
});

export type ParsedCreateOptions = z.infer<typeof createOptionsSchema>;
export type ParsedJoinOptions = z.infer<typeof joinOptionsSchema>;

/** `field: problem; …` for an error message a client developer can act on. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ');
}
