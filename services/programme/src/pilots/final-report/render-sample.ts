import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '@aeo/contracts';
import { finalReportHtml } from './final-report-html';
import { finalReportPdf } from './final-report-pdf';
import { SAMPLE_FINAL_REPORT } from './final-report-sample';
import { finalReportView } from './final-report-view';

/**
 * `node -r ./tools/register.js services/programme/src/pilots/final-report/render-sample.ts [directory]`:
 * the demo pilot's final report as HTML and PDF in both languages, to look at (default /tmp/pilot-report-sample).
 */
async function main(directory = '/tmp/pilot-report-sample'): Promise<void> {
  mkdirSync(directory, { recursive: true });
  for (const language of LANGUAGES) {
    const view = finalReportView(SAMPLE_FINAL_REPORT, language);
    const base = join(directory, `pilot-final-report-${SAMPLE_FINAL_REPORT.pilot.code}.${language}`);
    writeFileSync(`${base}.html`, finalReportHtml(view));
    writeFileSync(`${base}.pdf`, await finalReportPdf(view));
    console.log(`${base}.html, ${base}.pdf`);
  }
}

void main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
