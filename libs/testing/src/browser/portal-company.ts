import { randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { SignUpAccount } from './sign-in';

/**
 * Fills the trader portal's company registration (its fields found by their names) and sends it;
 * waits for the company's home. `importer` is the supply-chain role's label in the page's language.
 */
export async function registerCompanyInPortal(
  page: Page,
  company: { name: string; region: string; office: string; contactName: string; email: string; importer: string },
): Promise<void> {
  const fill = (name: string, value: string) => page.locator(`input[name="${name}"]`).fill(value);
  await fill('name', company.name);
  await fill('legalForm', 'LLC');
  await fill('region', company.region);
  await fill('customsOffice', company.office);
  await page.getByLabel(company.importer).check({ force: true });
  await fill('address.street', 'Sukhbaatar Street 3');
  await fill('address.city', 'Darkhan');
  await fill('contact.name', company.contactName);
  await fill('contact.email', company.email);
  await page.getByTestId('register-company').click();
  await page.getByTestId('company-name').waitFor();
}

/** A new trader's account for signUpThroughIdentityProvider: a random taxpayer id, its login `<prefix>-<id>`, Mongolian. */
export function newTraderAccount(prefix: string): SignUpAccount {
  const taxpayerId = String(randomInt(1_000_000, 9_999_999));
  return {
    login: `${prefix}-${taxpayerId}`,
    name: 'Oyunchimeg Bat',
    email: `customs+${taxpayerId}@khancargo.example`,
    password: `Trader-${taxpayerId}-secret`,
    taxpayerId,
    language: 'mn',
  };
}
