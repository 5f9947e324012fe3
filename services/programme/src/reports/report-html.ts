import { reportHandlebars, reportPageTemplate } from '../report-kit/report-page';
import type { ReportView } from './report-view';

/** The quarterly report as one self-contained HTML page (the report kit's frame, partials and style). */
const TEMPLATE = reportPageTemplate({
  css: `  .provisional { color: #9a6700; font-weight: bold; }
  td.figure { text-align: right; white-space: nowrap; }
  .on { color: #1a7f37; } .off { color: #cf222e; }`,
  header: '{{#if provisional}}<p class="provisional">{{provisional}}</p>{{/if}}',
  body: `<section id="summary">
  <h2>{{summary.title}}</h2>
  <ul>{{#each summary.lines}}<li>{{this}}</li>{{/each}}</ul>
</section>
<section id="kpis">
  <h2>{{kpis.title}}</h2>
  <p>{{kpis.intro}}</p>
  <table>
    <thead><tr>{{#each kpis.columns}}<th>{{this}}</th>{{/each}}</tr></thead>
    <tbody>
    {{#each kpis.rows}}
      <tr><td>{{name}}</td><td>{{target}}</td>{{#each months}}{{> figure}}{{/each}}{{#with quarter}}{{> figure}}{{/with}}</tr>
    {{/each}}
    </tbody>
  </table>
</section>
<section id="trends">
  <h2>{{trends.title}}</h2>
  <p>{{trends.intro}}</p>
  {{> charts trends.charts}}
</section>
<section id="deviations">
  <h2>{{deviations.title}}</h2>
  <p>{{deviations.intro}}</p>
  {{#if deviations.note}}<p>{{deviations.note}}</p>{{else}}{{> rows deviations}}{{/if}}
</section>
<section id="scorecard">
  <h2>{{scorecard.title}}</h2>
  {{#if scorecard.note}}<p>{{scorecard.note}}</p>{{else}}{{> rows scorecard}}{{/if}}
  {{#if scorecard.tfa}}<h3>{{scorecard.tfa.title}}</h3>{{> rows scorecard.tfa}}{{/if}}
</section>`,
});

const handlebars = reportHandlebars();
handlebars.registerPartial(
  'figure',
  '<td class="figure{{#if onTarget}} on{{/if}}{{#if (isFalse onTarget)}} off{{/if}}">{{text}}{{#if mark}} {{mark}}{{/if}}</td>',
);
handlebars.registerHelper('isFalse', (value: unknown) => value === false);
const page = handlebars.compile(TEMPLATE, { strict: true, noEscape: false });

export function reportHtml(view: ReportView): string {
  return page(view);
}
