import type { Browser, Page } from 'playwright-core';
import type { TestDatabase } from '../database';
import type { RunningProcess } from '../processes';
import { checkAccessibility } from './accessibility';
import { endBrowserTest, launchBrowser, newPage, screenshot } from './browser';
import { registerCompanyInPortal } from './portal-company';
import { type SignUpAccount, signUpThroughIdentityProvider } from './sign-in';
import { startWebAppProcess } from './web-app-server';

/** The portal's languages: Mongolian by default, English by the header's switch. */
export type PortalLanguage = 'mn' | 'en';

/** What the trader portal's browser tests share: the page's look (screenshot and axe) in both languages. */
export async function lookAtPortal(page: Page, name: string): Promise<void> {
  await screenshot(page, name, 'portal');
  const report = await checkAccessibility(page, name);
  if (report.violations.length) throw new Error(report.message);
}

/** The header's language switch, waiting until the page says it is in `language`. */
export async function switchPortalLanguage(page: Page, language: PortalLanguage): Promise<void> {
  await page
    .locator('header')
    .getByText(language === 'mn' ? 'Монгол' : 'English', { exact: true })
    .click();
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
}

/**
 * A step's screenshots and axe check, `<name>-mn.png` then `<name>-en.png` (`ready(language)`
 * waits for what the step shows in that language); the page is back in Mongolian after.
 */
export async function inBothPortalLanguages(
  page: Page,
  name: string,
  ready: (language: PortalLanguage) => Promise<unknown>,
): Promise<void> {
  await ready('mn');
  await lookAtPortal(page, `${name}-mn`);
  await switchPortalLanguage(page, 'en');
  await ready('en');
  await lookAtPortal(page, `${name}-en`);
  await switchPortalLanguage(page, 'mn');
}

/** The portal's own token of the signed-in trader (oidc-client-ts keeps the user in sessionStorage), as a header. */
export async function portalBearer(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'));
    return key ? (JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }).access_token : undefined;
  });
  if (!token) throw new Error(`no signed-in user in the portal's session storage at ${page.url()}`);
  return `Bearer ${token}`;
}

/**
 * A trader portal browser test's set-up and end: what it started (`processes`, `databases`, for
 * endBrowserTest, even when a start failed), the portal's server against `services`, one Chromium,
 * and its pages (a trader in Ulaanbaatar, Mongolian unless `locale` says otherwise).
 */
export class PortalE2e {
  readonly processes: RunningProcess[] = [];
  readonly databases: TestDatabase[] = [];
  readonly pages: Page[] = [];
  portal!: RunningProcess;
  browser!: Browser;

  /** The portal's server (services: `{ applications: url, ... }`) and the browser. */
  async start(services: Record<string, string>): Promise<void> {
    this.portal = await startWebAppProcess('portal', { services, env: { AEO_CONSOLE_URL: 'http://127.0.0.1:3000' } });
    this.processes.push(this.portal);
    this.browser = await launchBrowser();
  }

  /** A page of its own (fresh context) at `path` of the portal. */
  async open(path = '/', locale = 'mn-MN'): Promise<Page> {
    const page = await newPage(this.browser, { locale, timezoneId: 'Asia/Ulaanbaatar', reducedMotion: 'reduce' });
    this.pages.push(page);
    await page.goto(new URL(path, this.portal.url).toString());
    return page;
  }

  /**
   * A new trader signed up at the identity provider from the portal and its company registered
   * there (`importer`: the supply-chain role's label in Mongolian); the page at the company's home.
   */
  async signUpWithCompany(
    account: SignUpAccount,
    company: { region: string; office: string; importer: string },
  ): Promise<Page> {
    const page = await this.open();
    await page.getByTestId('sign-in').click();
    await signUpThroughIdentityProvider(page, account);
    await page.locator('input[name="taxpayerId"]').waitFor();
    await registerCompanyInPortal(page, {
      name: `Khan Cargo ${account.taxpayerId} LLC`,
      contactName: account.name,
      email: account.email,
      ...company,
    });
    return page;
  }

  /** afterAll: pages, browser, processes, databases (and the Temporal namespace's workflows, when given). */
  end(temporal?: Parameters<typeof endBrowserTest>[0]['temporal']): Promise<void> {
    return endBrowserTest({
      temporal,
      pages: this.pages,
      browser: this.browser,
      processes: this.processes,
      databases: this.databases,
    });
  }
}
