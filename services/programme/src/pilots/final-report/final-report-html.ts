import Handlebars from 'handlebars';
import type { FinalReportView } from './final-report-view';

/**
 * The final report as one self-contained HTML page (Handlebars escapes every text; only the charts,
 * SVG made by the chart library from our numbers, are inserted raw), styled as the quarterly report.
 */
const TEMPLATE = `<!doctype html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<title>{{title}}</title>
<style>
  body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #1f2328; margin: 2rem auto; max-width: 64rem; padding: 0 1rem; line-height: 1.4; }
  h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
  h2 { font-size: 1.2rem; border-bottom: 2px solid #0b5394; padding-bottom: 0.2rem; margin-top: 2rem; }
  h3 { font-size: 1rem; margin-top: 1.2rem; }
  .meta { color: #57606a; margin: 0.1rem 0; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin-top: 0.5rem; }
  th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
  th { background: #f0f4f8; }
  .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(30rem, 1fr)); gap: 1rem; margin-top: 1rem; }
  figure { margin: 0; } figcaption { font-weight: bold; } figcaption span { font-weight: normal; color: #57606a; }
  svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<header>
  <h1>{{title}}</h1>
  <p class="meta">{{audience}}</p>
  <p class="meta">{{period}}</p>
</header>
{{#each sections}}
<section id="{{id}}">
  <h2>{{title}}</h2>
  {{#if intro}}<p>{{intro}}</p>{{/if}}
  {{#each lines}}<p>{{this}}</p>{{/each}}
  {{#if note}}<p>{{note}}</p>{{/if}}
  {{#each tables}}
    {{#if title}}<h3>{{title}}</h3>{{/if}}
    <table><thead><tr>{{#each columns}}<th>{{this}}</th>{{/each}}</tr></thead><tbody>{{#each rows}}<tr>{{#each this}}<td>{{this}}</td>{{/each}}</tr>{{/each}}</tbody></table>
  {{/each}}
  {{#if charts.length}}<div class="charts">{{#each charts}}<figure><figcaption>{{name}} <span>({{target}})</span></figcaption>{{{svg}}}</figure>{{/each}}</div>{{/if}}
</section>
{{/each}}
</body>
</html>
`;

const page = Handlebars.create().compile(TEMPLATE, { strict: false, noEscape: false });

export function finalReportHtml(view: FinalReportView): string {
  return page(view);
}
