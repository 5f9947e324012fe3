import { readFile } from 'node:fs/promises';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** One rule axe-core found broken, with the elements that break it. */
export interface AccessibilityViolation {
  rule: string;
  impact: 'serious' | 'critical';
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements, with axe's summary of what is wrong with each. */
  targets: { selector: string; summary: string }[];
}

export interface AccessibilityReport {
  /** What was checked (`login page, mn`), named in the message. */
  context: string;
  violations: AccessibilityViolation[];
  /** One paragraph per violation (rule, help, selectors), or "no serious or critical ... on <context>". */
  message: string;
}

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** The page's global scope once axe-core's script ran in it. */
interface PageWithAxe {
  axe: { run(options: object): Promise<unknown> };
}

let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core (its default rules: WCAG 2 A and AA, best practices) on the page as it is now and
 * returns the violations of impact serious or critical. axe's script is evaluated in the page
 * rather than added as a script tag, so a page's Content-Security-Policy (the login page allows no
 * script) need not be weakened for the check.
 */
export async function checkAccessibility(page: Page, context: string): Promise<AccessibilityReport> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const source = await axeSource;
  // A string is evaluated by the debugging protocol as a script, which a page's CSP does not govern.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(source);
  const results = await page.evaluate(
    async (options) => JSON.stringify(await (globalThis as unknown as PageWithAxe).axe.run(options)),
    { resultTypes: ['violations'] },
  );
  const violations = (JSON.parse(results) as AxeResults).violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation): AccessibilityViolation => ({
      rule: violation.id,
      impact: violation.impact as AccessibilityViolation['impact'],
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => ({
        selector: node.target.map(String).join(' '),
        summary: node.failureSummary ?? '',
      })),
    }));
  return { context, violations, message: describeViolations(context, violations) };
}

function describeViolations(context: string, violations: AccessibilityViolation[]): string {
  if (violations.length === 0) return `no serious or critical accessibility violations on ${context}`;
  return [
    `${violations.length} serious or critical accessibility violation(s) on ${context}:`,
    ...violations.map(
      (violation) =>
        `- ${violation.rule} (${violation.impact}): ${violation.help} <${violation.helpUrl}>\n` +
        violation.targets.map((target) => `    ${target.selector}: ${target.summary.replace(/\s+/g, ' ')}`).join('\n'),
    ),
  ].join('\n');
}
