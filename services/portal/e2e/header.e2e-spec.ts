/** @jest-environment node */
import { randomBytes, randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import {
  createTestDatabase,
  ensureTemporalNamespace,
  lookAtPortal,
  PortalE2e,
  screenshot,
  signUpThroughIdentityProvider,
  startServiceProcess,
  uniqueName,
} from '@aeo/testing';
import { textOf } from '@aeo/web/words';
import { WORDS } from '../src/i18n/resources';

jest.setTimeout(120_000);

type Language = 'mn' | 'en';
const say = (language: Language, key: string) => textOf(WORDS[language], key, {});

/** What of the header is cut: the title not shown whole, or anything of it past the window's right edge. */
async function cutInHeader(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): any; documentElement: any } })
      .document;
    const cut: string[] = [];
    const title = doc.querySelector('[data-testid="brand-title"]');
    if (title.scrollWidth > title.clientWidth || title.scrollHeight > title.clientHeight + 1)
      cut.push(`title ${title.scrollWidth}x${title.scrollHeight} in ${title.clientWidth}x${title.clientHeight}`);
    const width = doc.documentElement.clientWidth;
    for (const element of doc.querySelector('header').querySelectorAll('a, button, h1, [data-testid]')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5))
        cut.push(`${element.textContent.trim()} at ${Math.round(box.left)}..${Math.round(box.right)} of ${width}`);
    }
    return cut;
  });
}

/**
 * The portal's header in a real Chromium, signed in as a trader (every place in it) in Mongolian,
 * the longest title: at 1280 px (two rows) and at a phone's 390 px (the title and the menu's
 * button; the places, the zone, the language and the sign-out in the menu), the title is whole and
 * nothing runs past the window. Screenshots header-<width>-<language>.png in .local/test-results/portal.
 */
describe('the portal header in Mongolian and English, wide and on a phone', () => {
  const namespace = `portal-header-${randomBytes(3).toString('hex')}`;
  const world = new PortalE2e();
  let page: Page;
  const taxpayerId = String(randomInt(1_000_000, 9_999_999));

  beforeAll(async () => {
    await ensureTemporalNamespace(namespace);
    const database = await createTestDatabase('portal_header');
    world.databases.push(database);
    const applications = await startServiceProcess('applications', {
      databaseUrl: database.url,
      groupSuffix: `.${uniqueName('portal-header')}`,
      env: { TEMPORAL_NAMESPACE: namespace },
      readyTimeoutMs: 150_000,
    });
    world.processes.push(applications);
    await world.start({ applications: applications.url });
    page = await world.open();
    await page.getByTestId('sign-in').click();
    await signUpThroughIdentityProvider(page, {
      login: `trader-${taxpayerId}`,
      name: 'Oyunchimeg Bat',
      email: `header+${taxpayerId}@khancargo.example`,
      password: `Portal-${taxpayerId}-secret`,
      taxpayerId,
      language: 'mn',
    });
    await page.getByTestId('caller-name').waitFor();
  }, 600_000);

  afterAll(() => world.end(), 60_000);

  async function inLanguage(language: Language) {
    if ((await page.locator('html').getAttribute('lang')) === language) return;
    await page
      .getByText(language === 'mn' ? 'Монгол' : 'English', { exact: true })
      .first()
      .click();
    await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  }

  it.each(['mn', 'en'] as const)(
    'at 1280 px in %s: the whole title, the places and the account in two rows',
    async (language) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await inLanguage(language);
      await page.getByTestId('webhooks-link').waitFor();
      expect(await page.getByTestId('brand-title').innerText()).toBe(say(language, 'app.title'));
      expect(await cutInHeader(page)).toEqual([]);
      expect(await page.getByTestId('menu-button').count()).toBe(0);
      await lookAtPortal(page, `header-1280-${language}`);
    },
  );

  it.each(['mn', 'en'] as const)(
    'at 390 px in %s: the whole title and the menu, which holds the rest',
    async (language) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('menu-button').waitFor();
      await page.getByTestId('menu-button').click();
      await inLanguage(language);
      expect(await page.getByTestId('brand-title').innerText()).toBe(say(language, 'app.title'));
      expect(await cutInHeader(page)).toEqual([]);
      await page.getByTestId('webhooks-link').waitFor();
      await page.getByTestId('caller-name').waitFor();
      await screenshot(page, `header-390-menu-${language}`, 'portal');
      await page.getByTestId('menu-button').click();
      await page.getByTestId('webhooks-link').waitFor({ state: 'detached' });
      await lookAtPortal(page, `header-390-${language}`);
    },
  );
});
