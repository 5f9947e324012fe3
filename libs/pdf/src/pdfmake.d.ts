/**
 * The part of pdfmake 0.3 (server build) the platform's documents use. Not @types/pdfmake: it pulls the DOM
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
    /** A QR code of this text (pdfmake draws it as vectors). */
    qr?: string;
    /** A QR code's side (points). */
    fit?: number;
    eccLevel?: 'L' | 'M' | 'Q' | 'H';
    /** Vector shapes (a rectangle's frame, a rule). */
    canvas?: CanvasShape[];
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
  export interface CanvasShape {
    type: 'rect' | 'line';
    x?: number;
    y?: number;
    w?: number;
    h?: number;
    r?: number;
    x1?: number;
    y1?: number;
    x2?: number;
    y2?: number;
    lineWidth?: number;
    lineColor?: string;
  }
  export interface DocumentDefinition {
    pageSize?: string;
    pageMargins?: Margins;
    /** creationDate also seeds the file's /ID: fixed, the same document gives the same bytes. */
    info?: {
      title?: string;
      subject?: string;
      author?: string;
      creator?: string;
      producer?: string;
      creationDate?: Date;
    };
    language?: string;
    defaultStyle?: ContentObject & { font?: string; lineHeight?: number };
    styles?: Record<string, ContentObject>;
    footer?: (currentPage: number, pageCount: number) => Content;
    background?: (currentPage: number, pageSize: { width: number; height: number }) => Content;
    /** Text drawn across every page, under the content. */
    watermark?: { text: string; color?: string; opacity?: number; bold?: boolean; fontSize?: number; angle?: number };
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
