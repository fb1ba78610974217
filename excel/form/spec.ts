// One way to declare an upward-reporting form; excel/form/render.ts lays every form out
// the way the street office expects (shared/DOMAIN.md, "Excel forms for upward reporting").

export type CellKind =
  | 'text'
  /** 身份证号 and other long digit strings: always text, never 1.1E+17. */
  | 'id'
  | 'phone'
  /** An ISO date string, written as a real Excel date shown yyyy-mm-dd. */
  | 'date'
  | 'number'
  /** 序号 and other whole numbers, centred. */
  | 'index'
  /** Money given in integer 分, written as a number of 元 shown '0.00'; a string (—, 未交) is written as text. */
  | 'money';

export type CellValue = string | number | null;

export interface FormColumn<Row> {
  header: string;
  /** Excel character widths. */
  width: number;
  kind: CellKind;
  value: (row: Row, index: number) => CellValue;
}

export interface FormFooter {
  preparer: string | null;
  reviewer: string | null;
  phone: string | null;
}

export interface FormSpec<Row> {
  sheetName: string;
  title: string;
  /** 填报单位（盖章）. */
  unitName: string;
  /** 填报日期, ISO. */
  reportDate: string;
  columns: FormColumn<Row>[];
  rows: Row[];
  footer: FormFooter;
  /** Lines printed under the table, before the signatures (e.g. 说明). */
  notes?: string[];
  /** Signature and seal lines instead of the 填报人 / 审核人 line (a 证明 is signed by its issuer). */
  signature?: string[];
  /** Rows printed bold (合计). */
  isTotal?: (row: Row) => boolean;
}
