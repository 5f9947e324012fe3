/**
 * The part of pdfmake 0.3 (server build) the report uses. Not @types/pdfmake: it pulls the DOM
 * library into the whole program's types (`/// <reference lib="dom" />`).
 */
declare module 'pdfmake' {
  type Margins = [number, number, number, number];
  export type Content = string | ContentObject | Content[];
  export interface ContentObject {
    text?: string | Content[];
    stack?: Content[];
    columns?: Content[];
    columnGap?: number;
    ul?: Content[];
    svg?: string;
    width?: number;
    height?: number;
    table?: { headerRows?: number; keepWithHeaderRows?: number; widths?: (number | string)[]; body: Content[][] };
    layout?: string;
    style?: string;
    bold?: boolean;
    color?: string;
    fillColor?: string;
    fontSize?: number;
    alignment?: 'left' | 'right' | 'center';
    noWrap?: boolean;
    margin?: Margins;
    pageBreak?: 'before' | 'after';
    unbreakable?: boolean;
  }
  export interface DocumentDefinition {
    pageSize?: string;
    pageMargins?: Margins;
    info?: { title?: string; subject?: string; creator?: string };
    language?: string;
    defaultStyle?: ContentObject & { font?: string; lineHeight?: number };
    styles?: Record<string, ContentObject>;
    footer?: (currentPage: number, pageCount: number) => Content;
    content: Content[];
  }
  interface FontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  const pdfmake: {
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(allowed: (url: string) => boolean): void;
    setLocalAccessPolicy(allowed: (path: string) => boolean): void;
    createPdf(definition: DocumentDefinition): { getBuffer(): Promise<Buffer> };
  };
  export default pdfmake;
}
