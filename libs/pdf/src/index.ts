export * from './pdf-document';
export * from './pdf-text';
export type { CanvasShape, Content, ContentObject, DocumentDefinition } from 'pdfmake';
