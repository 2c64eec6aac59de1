export type OdsCell =
  | string
  | null
  | { number: number; shown?: string }
  | { date: string; shown?: string }
  | { percent: number }
  | { boolean: boolean }
  | { text: string; comment: string };
export function odsContent(sheets: Array<{ name: string; rows: OdsCell[][] }>): string;
export function odsBytes(sheets: Array<{ name: string; rows: OdsCell[][] }>, content?: string): Uint8Array<ArrayBuffer>;
