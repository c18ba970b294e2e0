/** A problem in a file under data/, located precisely enough to fix it by hand. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly expected: string,
  ) {
    super(`${file} line ${line}, field "${field}": ${expected}`);
    this.name = 'DataError';
  }
}
