import Handlebars from 'handlebars';
import type { ReportView } from './report-view';

/**
 * The report as one self-contained HTML page (Handlebars: `{{…}}` escapes every text; only the
 * charts, SVG made by the chart library from our numbers, are inserted raw with `{{{…}}}`).
 */
const TEMPLATE = `<!doctype html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<title>{{title}}</title>
<style>
  body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #1f2328; margin: 2rem auto; max-width: 64rem; padding: 0 1rem; line-height: 1.4; }
  h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
  h3 { font-size: 1rem; margin-top: 1.2rem; }
  h2 { font-size: 1.2rem; border-bottom: 2px solid #0b5394; padding-bottom: 0.2rem; margin-top: 2rem; }
  .meta { color: #57606a; margin: 0.1rem 0; }
  .provisional { color: #9a6700; font-weight: bold; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
  th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
  th { background: #f0f4f8; }
  td.figure { text-align: right; white-space: nowrap; }
  .on { color: #1a7f37; } .off { color: #cf222e; }
  .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(30rem, 1fr)); gap: 1rem; }
  figure { margin: 0; } figcaption { font-weight: bold; } figcaption span { font-weight: normal; color: #57606a; }
  svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<header>
  <h1>{{title}}</h1>
  <p class="meta">{{audience}}</p>
  <p class="meta">{{period}}</p>
  {{#if provisional}}<p class="provisional">{{provisional}}</p>{{/if}}
</header>
<section id="summary">
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
  <div class="charts">
  {{#each trends.charts}}
    <figure><figcaption>{{name}} <span>({{target}})</span></figcaption>{{{svg}}}</figure>
  {{/each}}
  </div>
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
</section>
</body>
</html>
`;

const handlebars = Handlebars.create();
handlebars.registerPartial(
  'figure',
  '<td class="figure{{#if onTarget}} on{{/if}}{{#if (isFalse onTarget)}} off{{/if}}">{{text}}{{#if mark}} {{mark}}{{/if}}</td>',
);
handlebars.registerPartial(
  'rows',
  '<table><thead><tr>{{#each columns}}<th>{{this}}</th>{{/each}}</tr></thead><tbody>{{#each rows}}<tr>{{#each this}}<td>{{this}}</td>{{/each}}</tr>{{/each}}</tbody></table>',
);
handlebars.registerHelper('isFalse', (value: unknown) => value === false);
const page = handlebars.compile(TEMPLATE, { strict: true, noEscape: false });

export function reportHtml(view: ReportView): string {
  return page(view);
}
