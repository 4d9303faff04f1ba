import { z } from 'zod';

/** An opinion item as the triage commands read it. */
export const itemLine = z.object({
  id: z.union([z.string(), z.number()]),
  title: z.string().optional(),
  body: z.string(),
});
