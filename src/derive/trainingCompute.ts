/** The usual estimate of dense-transformer training compute: 6 FLOP per parameter per token. */
function trainingFlopFromParams(params: number, tokens: number): number {
  return 6 * params * tokens;
}

export function trainingFlop(model: { training_flop?: number | undefined; params?: number | undefined; tokens?: number | undefined }): number {
  if (model.training_flop !== undefined) return model.training_flop;
  if (model.params !== undefined && model.tokens !== undefined) return trainingFlopFromParams(model.params, model.tokens);
  throw new Error('a model needs training_flop, or params and tokens');
}
