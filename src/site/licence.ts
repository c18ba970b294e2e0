/** The terms of the charts and the compiled data; each cited source keeps its own. */
export const licence = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
