import { execFile } from 'node:child_process';

/**
 * The text pdf.js (through pdf-parse) extracts from a PDF. In a plain Node process: pdf.js loads
 * its worker with a dynamic import(), which Jest's module runtime cannot do.
 */
const EXTRACT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk)).on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  process.stdout.write((await parser.getText()).text);
  await parser.destroy();
});`;
/** For tests. */
export const pdfText = (bytes: Buffer) =>
  new Promise<string>((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', EXTRACT], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    child.stdin!.end(bytes);
  });
