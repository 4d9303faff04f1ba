/** MongoDB's answer to an insert whose unique key is taken. */
export const isDuplicateKey = (error: unknown) =>
  (error as { code?: number } | null)?.code === 11000;
