/** The illustration the story uses: what a billion tokens of a teacher's answers cost through its API. */
export const distillationTokens = 1_000_000_000;

/** Cost in USD of `tokens` output tokens at a price per 1,000 tokens. */
export function distillationCost(pricePer1kTokens: number, tokens: number = distillationTokens): number {
  if (pricePer1kTokens < 0 || tokens < 0) throw new RangeError('price and tokens must not be negative');
  return (tokens / 1000) * pricePer1kTokens;
}
