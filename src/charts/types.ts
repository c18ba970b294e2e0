export interface TableCell {
  text: string;
  numeric?: boolean;
  links?: { text: string; href: string }[];
}

/** A chart's data as a reader can open it under the figure. */
export interface DataTable {
  columns: string[];
  rows: TableCell[][];
}
