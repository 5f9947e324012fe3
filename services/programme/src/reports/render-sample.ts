import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '@aeo/contracts';
import { reportHtml } from './report-html';
import { reportPdf } from './report-pdf';
import { SAMPLE_REPORT } from './report-sample';
import { reportView } from './report-view';

/**
 * `node -r ./tools/register.js services/programme/src/reports/render-sample.ts [directory]`:
 * the demo quarter's report as HTML and PDF in both languages, to look at (default /tmp/report-sample).
 */
async function main(directory = '/tmp/report-sample'): Promise<void> {
  mkdirSync(directory, { recursive: true });
  for (const language of LANGUAGES) {
    const view = reportView(SAMPLE_REPORT, language);
    const base = join(directory, `programme-report-${SAMPLE_REPORT.quarter}.${language}`);
    writeFileSync(`${base}.html`, reportHtml(view));
    writeFileSync(`${base}.pdf`, await reportPdf(view));
    console.log(`${base}.html, ${base}.pdf`);
  }
}

void main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
