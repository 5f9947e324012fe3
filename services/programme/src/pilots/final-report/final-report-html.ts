import { reportHandlebars, reportPageTemplate } from '../../report-kit/report-page';
import type { FinalReportView } from './final-report-view';

/** The final report as one self-contained HTML page, in the report kit's frame and style (the quarterly report's). */
const TEMPLATE = reportPageTemplate({
  css: `  table { margin-top: 0.5rem; }
  .charts { margin-top: 1rem; }`,
  body: `{{#each sections}}
<section id="{{id}}">
  <h2>{{title}}</h2>
  {{#if intro}}<p>{{intro}}</p>{{/if}}
  {{#each lines}}<p>{{this}}</p>{{/each}}
  {{#if note}}<p>{{note}}</p>{{/if}}
  {{#each tables}}
    {{#if title}}<h3>{{title}}</h3>{{/if}}
    {{> rows}}
  {{/each}}
  {{#if charts.length}}{{> charts charts}}{{/if}}
</section>
{{/each}}`,
});

const page = reportHandlebars().compile(TEMPLATE, { strict: false, noEscape: false });

export function finalReportHtml(view: FinalReportView): string {
  return page(view);
}
