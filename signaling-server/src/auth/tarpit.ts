// A wrong guess past its limit is answered late: a guesser that waits for each
// answer is slowed down, while a right secret is never delayed or refused.
export const OVER_LIMIT_DELAY_MS = 1000;

export const tarpit = (ms = OVER_LIMIT_DELAY_MS): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
