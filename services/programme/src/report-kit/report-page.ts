import Handlebars from 'handlebars';

/** The rules every report page shares: type, headings, tables, the chart grid. */
const BASE_CSS = `  body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #1f2328; margin: 2rem auto; max-width: 64rem; padding: 0 1rem; line-height: 1.4; }
  h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
  h2 { font-size: 1.2rem; border-bottom: 2px solid #0b5394; padding-bottom: 0.2rem; margin-top: 2rem; }
  h3 { font-size: 1rem; margin-top: 1.2rem; }
  .meta { color: #57606a; margin: 0.1rem 0; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
  th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
  th { background: #f0f4f8; }
  .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(30rem, 1fr)); gap: 1rem; }
  figure { margin: 0; } figcaption { font-weight: bold; } figcaption span { font-weight: normal; color: #57606a; }
  svg { max-width: 100%; height: auto; }`;

/**
 * A report's page template: one self-contained HTML page with the shared style (plus the report's
 * own `css` rules), a header of the view's `title`, `audience` and `period` (then `header`), and
 * the report's `body`. Handlebars: `{{…}}` escapes every text; only the charts, SVG made by the
 * chart library from our numbers, are inserted raw with `{{{…}}}` (partial `charts`).
 */
export function reportPageTemplate(parts: { body: string; css?: string; header?: string }): string {
  return `<!doctype html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<title>{{title}}</title>
<style>
${BASE_CSS}
${parts.css ?? ''}
</style>
</head>
<body>
<header>
  <h1>{{title}}</h1>
  <p class="meta">{{audience}}</p>
  <p class="meta">{{period}}</p>
  ${parts.header ?? ''}
</header>
${parts.body}
</body>
</html>
`;
}

/**
 * A Handlebars environment of its own with the report partials: `rows` (a table of `columns` and
 * text `rows`) and `charts` (a grid of `{ name, target, svg }`).
 */
export function reportHandlebars(): typeof Handlebars {
  const handlebars = Handlebars.create();
  handlebars.registerPartial(
    'rows',
    '<table><thead><tr>{{#each columns}}<th>{{this}}</th>{{/each}}</tr></thead><tbody>{{#each rows}}<tr>{{#each this}}<td>{{this}}</td>{{/each}}</tr>{{/each}}</tbody></table>',
  );
  handlebars.registerPartial(
    'charts',
    '<div class="charts">{{#each this}}<figure><figcaption>{{name}} <span>({{target}})</span></figcaption>{{{svg}}}</figure>{{/each}}</div>',
  );
  return handlebars;
}
