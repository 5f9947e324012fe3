/** @jest-environment node */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import type { Kafka } from 'kafkajs';
import { Client as Pg } from 'pg';
import { toKafkaRecord } from '@aeo/contracts';
import {
  bearer,
  checkAccessibility,
  createTestDatabase,
  createTopics,
  launchBrowser,
  newPage,
  type RunningProcess,
  screenshot,
  signInToConsole,
  startConsoleProcess,
  startServiceProcess,
  type TestDatabase,
  testKafka,
  uniqueName,
  waitFor,
} from '@aeo/testing';
import { ROLES } from '@aeo/web/claims';
import { getJson, json, type Language, LOCALES, PASSWORD, readJson, say } from './support';

jest.setTimeout(120_000);

/**
 * Operations' watchdog alerts and failed deliveries in a real Chromium (issue 19): the operations
 * service reads the watchdog alerts from a throwaway topic of this file's (WATCHDOG_ALERT_TOPIC),
 * where one alert is published as the applications service's watchdog publishes it; the
 * notifications service (SMTP on a closed port, one attempt per delivery) calls a webhook
 * subscription of this file's at a closed loopback port, so its delivery fails. As demo-operations
 * the alert is acknowledged and the delivery redelivered in the browser; screenshots of both pages
 * in mn and en (.local/test-results/console/operations-<screen>-<language>.png) with axe.
 */
describe('operations: watchdog alerts and failed deliveries in a real browser', () => {
  const groupSuffix = `.${uniqueName('operations-e2e')}`;
  const alertTopic = uniqueName('operations-e2e-alerts');
  const databases: TestDatabase[] = [];
  const processes: RunningProcess[] = [];
  const pages: Page[] = [];
  let operations: RunningProcess;
  let notifications: RunningProcess;
  let consoleServer: RunningProcess;
  let browser: Browser;
  let kafka: Kafka;
  const operationsToken = bearer({ sub: 'operations-e2e', roles: [ROLES.operations] });
  const authorisationNumber = `MN-AEO-E2E-${randomUUID().slice(0, 6).toUpperCase()}`;
  const alertEventId = randomUUID();
  /** The event whose webhook call fails (the subscription also gets calls for the topic's older events of its type). */
  const dueEventId = randomUUID();
  let subscriptionId: string;

  /** Publishes one event of the contracts (CloudEvents binary mode) with id `id` to `topic`. */
  async function publish(topic: string, id: string, type: string, data: object) {
    const producer = kafka.producer();
    await producer.connect();
    try {
      const envelope = {
        id,
        type,
        source: '/aeo/applications',
        subject: 'operations-e2e',
        time: new Date().toISOString(),
        data,
      };
      await producer.send({ topic, acks: -1, messages: [toKafkaRecord(envelope, 'operations-e2e')] });
    } finally {
      await producer.disconnect();
    }
  }
  const authorisation = {
    authorisationNumber,
    operatorId: randomUUID(),
    taxpayerId: '5034567',
    region: 'DARKHAN',
    statusType: 'AEOS',
    consentToMraSharing: false,
  };

  beforeAll(async () => {
    kafka = testKafka('operations-e2e');
    const created = await Promise.allSettled([
      createTestDatabase('ops_e2e'),
      createTestDatabase('notif_e2e'),
      createTopics(kafka, [alertTopic, `${alertTopic}.dlq`], 1),
    ]);
    for (const result of created.slice(0, 2))
      if (result.status === 'fulfilled' && result.value) databases.push(result.value);
    for (const result of created) if (result.status === 'rejected') throw result.reason;
    const [opsDb, notifDb] = databases;
    const readyTimeoutMs = 150_000;
    const started = await Promise.allSettled([
      startServiceProcess('operations', {
        databaseUrl: opsDb!.url,
        groupSuffix,
        env: { WATCHDOG_ALERT_TOPIC: alertTopic, DEAD_LETTER_TOPICS: '^$' },
        readyTimeoutMs,
      }),
      startServiceProcess('notifications', {
        databaseUrl: notifDb!.url,
        groupSuffix,
        // Nothing reaches a mailbox (the shared topics' older events are planned too), and a failure is final at once.
        env: {
          SMTP_URL: 'smtp://127.0.0.1:9',
          SMTP_TIMEOUT_MS: '1000',
          DELIVERY_MAX_ATTEMPTS: '1',
          DELIVERY_POLL_INTERVAL_MS: '200',
          WEBHOOK_TIMEOUT_MS: '2000',
        },
        readyTimeoutMs,
      }),
    ]);
    for (const result of started) if (result.status === 'fulfilled') processes.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    [operations, notifications] = processes as [RunningProcess, RunningProcess];
    consoleServer = await startConsoleProcess({
      services: { operations: operations.url, notifications: notifications.url },
    });
    processes.push(consoleServer);
    browser = await launchBrowser();

    // The watchdog's alert, on the topic the operations service reads.
    await publish(alertTopic, alertEventId, 'aeo.revalidation.watchdog-alert.v1', {
      ...authorisation,
      problem: 'stuck',
      detail: 'The revalidation workflow has waited 3 days on an activity no worker takes.',
      checkedAt: new Date().toISOString(),
    });
    // A platform's webhook at a closed port, and an event it subscribed to: the call fails.
    const subscribed = await fetch(`${notifications.url}/v1/webhook-subscriptions`, {
      method: 'POST',
      headers: { ...json(operationsToken), 'idempotency-key': randomUUID() },
      body: JSON.stringify({
        platform: 'declarations',
        url: 'http://127.0.0.1:9/hooks',
        eventTypes: ['aeo.revalidation.due.v1'],
      }),
    });
    if (subscribed.status !== 201) throw new Error(`subscribing: ${subscribed.status} ${await subscribed.text()}`);
    subscriptionId = (await readJson(subscribed)).id;
    await publish('aeo.certification.events.v1', dueEventId, 'aeo.revalidation.due.v1', {
      ...authorisation,
      revalidationDue: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      daysAhead: 30,
    });
  }, 300_000);

  afterAll(async () => {
    await Promise.all(
      pages.map((page) =>
        page
          .context()
          .close()
          .catch(() => undefined),
      ),
    );
    await browser?.close();
    await Promise.all(processes.map((running) => running.stop()));
    await Promise.all(databases.map((database) => database.drop()));
  }, 60_000);

  async function signedIn(language: Language, path: string): Promise<Page> {
    const page = await newPage(browser, { locale: LOCALES[language] });
    pages.push(page);
    return signInToConsole(page, consoleServer.url, { username: 'demo-operations', password: PASSWORD }, path);
  }
  async function lookAt(page: Page, name: string, context: string) {
    await screenshot(page, name);
    const report = await checkAccessibility(page, context);
    expect(report.message).toBe(`no serious or critical accessibility violations on ${context}`);
  }
  const main = (page: Page) => page.locator('#main');

  it('lets operations acknowledge a watchdog alert with a note, once', async () => {
    const stored = await waitFor(
      'the alert stored by the operations service',
      async () =>
        (await getJson(`${operations.url}/v1/watchdog-alerts`, operationsToken)).items?.find(
          (item: { eventId: string }) => item.eventId === alertEventId,
        ),
      60_000,
      500,
    );
    const page = await signedIn('mn', '/');
    await page
      .getByRole('navigation')
      .getByRole('link', { name: say('mn', 'alerts.nav') })
      .click();
    await page.waitForURL((url) => url.pathname === '/operations/alerts');
    const acknowledge = page.getByTestId(`acknowledge-${stored.id}`);
    const row = main(page).getByRole('row').filter({ has: acknowledge });
    await row.waitFor();
    const rowText = await row.textContent();
    expect(rowText).toContain(authorisationNumber);
    expect(rowText).toContain(say('mn', 'alerts.problems.stuck'));
    expect(rowText).toContain('an activity no worker takes');
    await lookAt(page, 'operations-alerts-mn', 'the watchdog alerts, mn');

    await acknowledge.click();
    await page.getByRole('dialog').waitFor();
    const note = 'Ажилчин процессыг дахин эхлүүлсэн; урсгал үргэлжилж байна.';
    await page.getByTestId('acknowledgement-note').fill(note);
    await page.getByTestId('action-submit').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    // No longer open: the empty list says so.
    await main(page).getByText(say('mn', 'alerts.emptyOpen')).waitFor();

    const acknowledged = await getJson(`${operations.url}/v1/watchdog-alerts?acknowledged=true`, operationsToken);
    expect(acknowledged.items).toEqual([
      expect.objectContaining({ id: stored.id, acknowledgedBy: 'demo-operations', acknowledgementNote: note }),
    ]);

    const english = await signedIn('en', '/operations/alerts?state=acknowledged');
    const done = main(english).getByTestId(`acknowledged-${stored.id}`);
    await done.waitFor();
    expect(await done.textContent()).toContain(note);
    await lookAt(english, 'operations-alerts-en', 'the watchdog alerts, en');
  });

  it('lets operations find the failed webhook call with its error and deliver it again, with a reason', async () => {
    const recipient = `webhook:${subscriptionId}`;
    const failed = await waitFor(
      'the failed webhook call',
      async () =>
        (
          await getJson(
            `${notifications.url}/v1/delivery-log?status=failed&sourceEventId=${dueEventId}&recipient=${encodeURIComponent(recipient)}`,
            operationsToken,
          )
        ).items?.[0],
      90_000,
      500,
    );
    expect(failed).toMatchObject({ channel: 'webhook', attempts: 1, deadLetterAfter: 1 });
    const page = await signedIn('en', '/');
    await page
      .getByRole('navigation')
      .getByRole('link', { name: say('en', 'deliveries.nav') })
      .click();
    await page.waitForURL((url) => url.pathname === '/operations/deliveries');
    // Failed ones by default; narrowed to this subscription's by the recipient filter.
    const filter = main(page).getByLabel(say('en', 'deliveries.recipient'));
    await filter.fill(recipient);
    await filter.blur();
    await page.waitForURL((url) => url.searchParams.get('recipient') === recipient);
    const redeliver = page.getByTestId(`redeliver-${failed.id}`);
    const row = main(page).getByRole('row').filter({ has: redeliver });
    await row.waitFor();
    expect(await row.getByTestId('delivery-error').innerText()).toBe(failed.lastError);
    expect(await row.textContent()).toContain(say('en', 'deliveries.attemptsOf', { attempts: 1, max: 1 }));
    await lookAt(page, 'operations-deliveries-en', 'the failed deliveries, en');

    await redeliver.click();
    await page.getByRole('dialog').waitFor();
    const reason = 'The platform says its endpoint is back.';
    await page.getByTestId('reason').fill(reason);
    await page.getByTestId('action-submit').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    // Sent again with a fresh attempt (the port is still closed: it fails again, a second attempt).
    const detail = await waitFor(
      'the second attempt',
      async () => {
        const delivery = await getJson(`${notifications.url}/v1/deliveries/${failed.id}`, operationsToken);
        return delivery.attemptLog?.length === 2 && delivery.status === 'failed' ? delivery : undefined;
      },
      60_000,
      500,
    );
    expect(detail).toMatchObject({ attempts: 2, deadLetterAfter: 2 });
    const db = new Pg({ connectionString: databases[1]!.url });
    await db.connect();
    try {
      const audit = await db.query(
        `SELECT actor_sub, reason FROM audit_log WHERE action = 'notifications.redelivered' AND entity_id = $1`,
        [failed.id],
      );
      expect(audit.rows).toEqual([{ actor_sub: 'demo-operations', reason }]);
    } finally {
      await db.end();
    }

    const mongolian = await signedIn('mn', `/operations/deliveries?recipient=${encodeURIComponent(recipient)}`);
    const again = mongolian.getByTestId(`redeliver-${failed.id}`);
    await again.waitFor();
    expect(await main(mongolian).getByRole('row').filter({ has: again }).textContent()).toContain(
      say('mn', 'deliveries.attemptsOf', { attempts: 2, max: 2 }),
    );
    await lookAt(mongolian, 'operations-deliveries-mn', 'the failed deliveries, mn');
  });
});
