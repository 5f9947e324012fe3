import { randomInt, randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import request from 'supertest';
import { Client } from '@temporalio/client';
import { compactVerify, createLocalJWKSet, exportPKCS8, generateKeyPair, type JSONWebKeySet } from 'jose';
import { APP_CONFIG } from '@aeo/config';
import { ROLES } from '@aeo/auth';
import {
  ApplicationSubmitted,
  AuthorisationGranted,
  AuthorisationSuspended,
  type EventData,
  type EventDefinition,
  RevalidationCompleted,
} from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { bearer, publishEvent, testKafka, waitFor, startedForTests } from '@aeo/testing';
import { MRA_LIST_EXPORT_SCHEDULE_ID } from '@aeo/workflows';
import { seedDemoArrangements } from '../testing/arrangements-fixture';
import type { MraConfig } from '../config';
import { ExportSigningKey } from './export-signing-key';
import type { ListEntry } from './list-export-document';
import { ListExportsActivities } from './list-exports.activities';
import { ListExportsService } from './list-exports.service';
import { startMra } from '../testing/start-mra';

jest.setTimeout(120_000);

/** A holder of this run: its own taxpayer id and authorisation number. */
const holder = (label: string, statusType: 'AEOS' | 'AEOC' | 'AEOF', consent: boolean, withAddress = true) => {
  const taxpayerId = `LX${randomInt(1_000_000_000)}`;
  return {
    label,
    operatorId: randomUUID(),
    taxpayerId,
    authorisationNumber: `MN-${statusType}-${taxpayerId}`,
    statusType,
    consent,
    withAddress,
  };
};
type Holder = ReturnType<typeof holder>;

describe('mra service: our AEO list exported to partners (real PostgreSQL, Kafka, Temporal)', () => {
  const service = startedForTests(() => startMra({ ownTopics: true }));
  let http: ReturnType<typeof request>;
  let producer: Producer;
  const officer = bearer({ sub: 'mra-1', roles: [ROLES.mraOfficer] });
  const gacc = bearer({ sub: 'gacc-1', roles: [ROLES.partnerCustoms], partnerCountry: 'CN' });
  const kcs = bearer({ sub: 'kcs-1', roles: [ROLES.partnerCustoms], partnerCountry: 'KR' });
  let china: { id: string };
  let korea: { id: string };
  const shared = holder('consenting AEOS', 'AEOS', true);
  const notConsenting = holder('not consenting', 'AEOS', false);
  const notCovered = holder('AEOC, not covered', 'AEOC', true);
  const noAddress = holder('no address (older event)', 'AEOF', true, false);
  const ours = [shared, notConsenting, notCovered, noAddress];
  const grantId = randomUUID();

  /** Publishes an event as the applications service does, on the service's own copy of its topic. */
  const publish = (definition: EventDefinition, key: string, data: unknown, id?: string) =>
    publishEvent(producer, service(), '/aeo/test', { definition, key, data, id });

  const submitted = (h: Holder): EventData<typeof ApplicationSubmitted> => ({
    applicationId: randomUUID(),
    operatorId: h.operatorId,
    taxpayerId: h.taxpayerId,
    region: 'ULAANBAATAR',
    statusType: h.statusType,
    operatorName: `Holder ${h.label}`,
    ...(h.withAddress
      ? { operatorAddress: { street: 'Peace Avenue 1', city: 'Ulaanbaatar', postalCode: '14200', country: 'MN' } }
      : {}),
    contactEmail: 'aeo@example.mn',
    contactLanguage: 'en',
    consentToMraSharing: h.consent,
    submittedAt: '2026-01-05T08:00:00.000Z',
    acceptanceDeadline: '2026-02-04T08:00:00.000Z',
  });
  const ref = (h: Holder) => ({
    authorisationNumber: h.authorisationNumber,
    operatorId: h.operatorId,
    taxpayerId: h.taxpayerId,
    region: 'ULAANBAATAR',
    statusType: h.statusType,
    consentToMraSharing: h.consent,
  });
  const granted = (h: Holder): EventData<typeof AuthorisationGranted> => ({
    ...ref(h),
    decidedAt: '2026-04-01T09:00:00.000Z',
    effectiveFrom: '2026-04-02T00:00:00.000Z',
    revalidationDue: '2029-04-02T00:00:00.000Z',
  });

  const replicaStatus = (h: Holder) =>
    service()
      .dataSource.query('SELECT status FROM mra_register_authorisations WHERE authorisation_number = $1', [
        h.authorisationNumber,
      ])
      .then((rows: { status: string }[]) => rows[0]?.status);

  /** A new holder of this run: its application submitted and its authorisation granted, in the replica. */
  const onboard = async (h: Holder) => {
    await publish(ApplicationSubmitted, h.operatorId, submitted(h));
    await publish(AuthorisationGranted, h.operatorId, granted(h));
    await waitFor(`${h.label} in the replica`, async () => (await replicaStatus(h)) === 'active');
  };
  /** The holder's authorisation suspended (wholly or its security part) from that day, in the replica. */
  const suspend = async (h: Holder, scope: 'whole' | 'security', from: string, grounds: string) => {
    const suspension: EventData<typeof AuthorisationSuspended> = {
      ...ref(h),
      authorisationEffectiveFrom: '2026-04-02T00:00:00.000Z',
      scope,
      effectiveFrom: `${from}T00:00:00.000Z`,
      grounds,
    };
    await publish(AuthorisationSuspended, h.operatorId, suspension);
    await waitFor(`the suspension of ${h.label} in the replica`, async () => (await replicaStatus(h)) === 'suspended');
  };

  const jwks = async () =>
    createLocalJWKSet((await http.get('/v1/list-exports/signing-keys').expect(200)).body as JSONWebKeySet);
  const verified = async <T>(jws: string): Promise<T> => {
    const { payload, protectedHeader } = await compactVerify(jws, await jwks());
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', kid: expect.any(String) });
    return JSON.parse(new TextDecoder().decode(payload)) as T;
  };
  const exportNow = async () =>
    (await http.post(`/v1/arrangements/${china.id}/list-exports`).set('Authorization', officer).expect(200)).body;
  const exportedEntry = async (h: Holder) =>
    (await verified<{ entries: ListEntry[] }>((await exportNow()).jws)).entries.find(
      (entry) => entry.authorisationNumber === h.authorisationNumber,
    );
  const replicaRow = (h: Holder) =>
    service()
      .dataSource.query(
        `SELECT status, suspended_scope, to_char(revalidation_due AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS revalidation_due
         FROM mra_register_authorisations WHERE authorisation_number = $1`,
        [h.authorisationNumber],
      )
      .then((rows: { status: string; suspended_scope: string | null; revalidation_due: string }[]) => rows[0]);
  const ourEntries = (entries: ListEntry[]) =>
    entries.filter((entry) => ours.some((h) => h.authorisationNumber === entry.authorisationNumber));

  beforeAll(async () => {
    http = service().http;
    producer = testKafka('mra-list-exports-int').producer({ idempotent: true });
    await producer.connect();
    ({ china, korea } = await seedDemoArrangements(service().dataSource));
  });

  afterAll(async () => {
    await producer?.disconnect();
  });

  it('creates the daily export schedule at start', async () => {
    const schedule = await service().app.get(Client).schedule.getHandle(MRA_LIST_EXPORT_SCHEDULE_ID).describe();
    expect(schedule.spec.calendars?.length ?? schedule.spec.intervals?.length ?? 0).toBeGreaterThan(0);
    expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'mraListExportWorkflow' });
  });

  it('projects the register once per event and exports only consenting, covered holders with an address, signed', async () => {
    for (const h of ours) {
      await publish(ApplicationSubmitted, h.operatorId, submitted(h));
      await publish(AuthorisationGranted, h.operatorId, granted(h), h === shared ? grantId : undefined);
    }
    for (const h of ours) await waitFor(`${h.label} in the replica`, async () => (await replicaStatus(h)) === 'active');

    const first = await http
      .post(`/v1/arrangements/${china.id}/list-exports`)
      .set('Authorization', officer)
      .expect(200);
    expect(first.body).toMatchObject({ created: true, version: expect.any(Number), keyId: expect.any(String) });
    expect(first.body.withheld).toBeGreaterThanOrEqual(1);
    const document = await verified<{ entries: ListEntry[]; withheld: { count: number; reason: string } }>(
      first.body.jws,
    );
    expect(ourEntries(document.entries)).toEqual([
      {
        taxpayerId: shared.taxpayerId,
        authorisationNumber: shared.authorisationNumber,
        name: 'Holder consenting AEOS',
        address: { street: 'Peace Avenue 1', city: 'Ulaanbaatar', postalCode: '14200', country: 'MN' },
        statusType: 'AEOS',
        authorisationDate: '2026-04-02',
        revalidationDue: '2029-04-02',
        status: 'active',
        suspendedFrom: null,
        suspendedScope: null,
        endedOn: null,
      },
    ]);
    expect(document.withheld.reason).toMatch(/address/);

    // Nothing changed: the latest version answers.
    const again = await http
      .post(`/v1/arrangements/${china.id}/list-exports`)
      .set('Authorization', officer)
      .expect(200);
    expect(again.body).toMatchObject({ created: false, version: first.body.version, exportId: first.body.exportId });

    // A tampered document does not verify with the published keys.
    const [header, payload, signature] = (first.body.jws as string).split('.');
    const forged = Buffer.from(
      Buffer.from(payload!, 'base64url').toString().replace(shared.taxpayerId, 'LX000'),
    ).toString('base64url');
    await expect(compactVerify(`${header}.${forged}.${signature}`, await jwks())).rejects.toThrow(/signature/i);
  });

  it('takes a suspension to the next export and its delta; a redelivered grant changes nothing', async () => {
    const before = (
      await http.get(`/v1/arrangements/${china.id}/list-exports/latest`).set('Authorization', gacc).expect(200)
    ).body;
    await suspend(shared, 'whole', '2026-11-20', 'Security finding at the audit');
    // The grant delivered again (same event id): the inbox skips it, the holder stays suspended.
    await publish(AuthorisationGranted, shared.operatorId, granted(shared), grantId);
    const marker = holder('marker', 'AEOC', false);
    await publish(AuthorisationGranted, shared.operatorId, granted(marker));
    await waitFor('the event after the redelivery', async () => (await replicaStatus(marker)) === 'active');
    expect(await replicaStatus(shared)).toBe('suspended');

    const next = await http.post(`/v1/arrangements/${china.id}/list-exports`).set('Authorization', officer).expect(200);
    expect(next.body).toMatchObject({ created: true, version: before.version + 1 });
    expect(next.body.delta.changed).toBeGreaterThanOrEqual(1);

    const delta = await http
      .get(`/v1/arrangements/${china.id}/list-exports?since=${before.version}`)
      .set('Authorization', gacc)
      .expect(200);
    expect(delta.body).toMatchObject({ fromVersion: before.version, toVersion: before.version + 1 });
    const signed = await verified<{ added: ListEntry[]; changed: ListEntry[]; removed: unknown[] }>(delta.body.jws);
    expect(ourEntries(signed.changed)).toEqual([
      expect.objectContaining({
        authorisationNumber: shared.authorisationNumber,
        status: 'suspended',
        suspendedFrom: '2026-11-20',
        suspendedScope: 'whole',
      }),
    ]);
    expect(ourEntries(signed.added)).toEqual([]);

    const fetches: { action: string }[] = await service().dataSource.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND actor_sub = 'gacc-1' AND action = 'mra-list.fetched'`,
      [china.id],
    );
    expect(fetches.length).toBe(2);
  });

  it('carries a security-only suspension with its scope and takes a completed revalidation’s new validity and reinstatement', async () => {
    const aeof = holder('consenting AEOF', 'AEOF', true);
    await onboard(aeof);
    await suspend(aeof, 'security', '2026-11-25', 'Access control of the premises failed at the audit');
    expect(await replicaRow(aeof)).toMatchObject({ suspended_scope: 'security' });
    expect(await exportedEntry(aeof)).toMatchObject({
      statusType: 'AEOF',
      status: 'suspended',
      suspendedFrom: '2026-11-25',
      suspendedScope: 'security',
      revalidationDue: '2029-04-02',
    });

    const completed = (outcome: 'confirmed' | 'reinstated', due: string): EventData<typeof RevalidationCompleted> => ({
      ...ref(aeof),
      cycle: 1,
      outcome,
      decidedBy: 'executive-1',
      reasons: ['Remedial measures verified on site'],
      conditions: [],
      nextRevalidationDue: `${due}T00:00:00.000Z`,
      completedAt: '2026-12-01T10:00:00.000Z',
    });
    await publish(RevalidationCompleted, aeof.operatorId, completed('reinstated', '2029-12-01'));
    await waitFor('the revalidation in the replica', async () => (await replicaStatus(aeof)) === 'active');
    expect(await exportedEntry(aeof)).toMatchObject({
      status: 'active',
      suspendedFrom: null,
      suspendedScope: null,
      revalidationDue: '2029-12-01',
    });

    // A confirmation of an active authorisation moves its validity only.
    await publish(RevalidationCompleted, aeof.operatorId, completed('confirmed', '2030-06-01'));
    await waitFor(
      'the second revalidation in the replica',
      async () => (await replicaRow(aeof))?.revalidation_due === '2030-06-01',
    );
    expect(await exportedEntry(aeof)).toMatchObject({ status: 'active', revalidationDue: '2030-06-01' });
  });

  it('publishes every key that has signed, without a token, so that exports signed before a rotation still verify', async () => {
    const before = await exportNow();
    const published = await http.get('/v1/list-exports/signing-keys').expect(200);
    expect(published.body.keys.map((key: { kid: string }) => key.kid)).toContain(before.keyId);

    // A rotation: the service started again with a new configured key (another instance, the same database).
    const config = service().app.get<MraConfig>(APP_CONFIG);
    const rotatedKid = `mra-export-rotated-${randomUUID()}`;
    const pem = await exportPKCS8((await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })).privateKey);
    const rotated = new ExportSigningKey(service().dataSource, {
      ...config,
      MRA_EXPORT_SIGNING_KEY: pem,
      MRA_EXPORT_SIGNING_KEY_ID: rotatedKid,
    });
    await rotated.onModuleInit();
    const kids = (await http.get('/v1/list-exports/signing-keys').expect(200)).body.keys.map(
      (key: { kid: string }) => key.kid,
    );
    expect(kids).toEqual([rotatedKid, before.keyId]);
    // The version signed before the rotation and a document signed after it both verify with the published keys.
    expect(await verified<{ version: number }>(before.jws)).toMatchObject({ version: before.version });
    expect(await verified<{ signedBy: string }>(await rotated.sign({ signedBy: rotatedKid }))).toEqual({
      signedBy: rotatedKid,
    });

    // The same key id for another key would leave earlier exports unverifiable: refused at start.
    const reused = new ExportSigningKey(service().dataSource, {
      ...config,
      MRA_EXPORT_SIGNING_KEY: await exportPKCS8(
        (await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })).privateKey,
      ),
      MRA_EXPORT_SIGNING_KEY_ID: rotatedKid,
    });
    await expect(reused.onModuleInit()).rejects.toThrow(/used for another key/);

    // The API document says what the route does: no token, no 401/403.
    const docs = await http.get('/docs/openapi.json').expect(200);
    const operation = docs.body.paths['/v1/list-exports/signing-keys'].get;
    expect(operation.security).toEqual([]);
    expect(operation.description).toMatch(/No token needed\.$/);
    expect(Object.keys(operation.responses)).not.toEqual(expect.arrayContaining(['401']));
    expect(Object.keys(operation.responses)).not.toEqual(expect.arrayContaining(['403']));
  });

  /** Another instance (the same database) started with a newly configured key. */
  const instanceWithNewKey = async () => {
    const kid = `mra-export-${randomUUID()}`;
    const pem = await exportPKCS8((await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })).privateKey);
    const config = {
      ...service().app.get<MraConfig>(APP_CONFIG),
      MRA_EXPORT_SIGNING_KEY: pem,
      MRA_EXPORT_SIGNING_KEY_ID: kid,
    };
    const key = new ExportSigningKey(service().dataSource, config);
    await key.onModuleInit();
    const exports = new ListExportsService(service().dataSource, service().app.get(OutboxWriter), key);
    return { kid, config, exports };
  };
  const publishedKids = async () =>
    (await http.get('/v1/list-exports/signing-keys').expect(200)).body.keys.map((key: { kid: string }) => key.kid);
  const withdraw = (kid: string, token = officer, body: object = { reason: 'the private key leaked' }) =>
    http
      .post(`/v1/list-exports/signing-keys/${encodeURIComponent(kid)}/withdrawal`)
      .set('Authorization', token)
      .send(body);
  const officerUser = { sub: 'mra-1', roles: [ROLES.mraOfficer] };

  it('re-signs an unchanged list after a rotation, and a withdrawn key is unpublished for good, signs nothing and starts nothing', async () => {
    const before = await exportNow();
    // A rotation: the unchanged list becomes a new version (same entries, empty delta) signed with the new key.
    const rotated = await instanceWithNewKey();
    const resigned = await rotated.exports.exportNow(officerUser, china.id);
    expect(resigned).toMatchObject({
      version: before.version + 1,
      created: true,
      keyId: rotated.kid,
      sha256: before.sha256,
      delta: { added: 0, changed: 0, removed: 0 },
    });
    expect(await verified<{ previousVersion: number }>(resigned.jws)).toMatchObject({
      previousVersion: before.version,
    });

    // Withdrawn (an operations officer here): out of the JWKS, audited with the reason.
    const ops = bearer({ sub: 'ops-1', roles: [ROLES.operations] });
    const withdrawn = await withdraw(rotated.kid, ops).expect(200);
    expect(withdrawn.body).toMatchObject({
      kid: rotated.kid,
      withdrawnBy: 'ops-1',
      reason: 'the private key leaked',
      publicJwk: { kid: rotated.kid, crv: 'Ed25519' },
    });
    expect(await publishedKids()).not.toContain(rotated.kid);
    const audit = await service().dataSource.query(
      `SELECT actor_sub, entity_type, reason FROM audit_log WHERE action = 'mra-export-key.withdrawn' AND entity_id = $1`,
      [rotated.kid],
    );
    expect(audit).toEqual([{ actor_sub: 'ops-1', entity_type: 'mra-export-key', reason: 'the private key leaked' }]);

    // The instance still running with it refuses to sign; a restart with it refuses to start and publishes nothing.
    await expect(rotated.exports.exportNow(officerUser, china.id)).rejects.toMatchObject({
      status: 503,
      message: expect.stringMatching(new RegExp(`^The list export signing key ${rotated.kid} was withdrawn`)),
    });
    await expect(new ExportSigningKey(service().dataSource, rotated.config).onModuleInit()).rejects.toThrow(
      /was withdrawn on .*: configure a new key with a new key id/,
    );
    expect(await publishedKids()).not.toContain(rotated.kid);

    // The next export (the list unchanged) is signed with a valid key again, and verifies with the published keys.
    const next = await exportNow();
    expect(next).toMatchObject({
      version: before.version + 2,
      created: true,
      keyId: before.keyId,
      sha256: before.sha256,
    });
    const latest = await http
      .get(`/v1/arrangements/${china.id}/list-exports/latest`)
      .set('Authorization', gacc)
      .expect(200);
    expect(await verified<{ version: number }>(latest.body.jws)).toMatchObject({ version: before.version + 2 });
    expect((await exportNow()).created).toBe(false);

    // Refusals name the field; partners may not withdraw our keys.
    expect((await withdraw(rotated.kid).expect(409)).body.message).toMatch(/^kid: the key .* was withdrawn on /);
    expect((await withdraw('no-such-key').expect(404)).body.message).toMatch(/^kid: /);
    // A kid hiding a character is refused naming it, never echoed back in a 404.
    expect(JSON.stringify((await withdraw('no-such-key\u202e').expect(400)).body)).toMatch(/kid/);
    expect(JSON.stringify((await withdraw(before.keyId, officer, {}).expect(400)).body)).toMatch(/reason/);
    await withdraw(before.keyId, gacc).expect(403);
    await withdraw(before.keyId, bearer({ sub: 'exec-1', roles: [ROLES.executive] })).expect(403);
    expect(await publishedKids()).toContain(before.keyId);
  });

  it('answers 404 to another country’s partner, 400/422 naming since, 403 to a partner exporting, and 409 when the arrangement is not operational', async () => {
    await http.get(`/v1/arrangements/${china.id}/list-exports/latest`).set('Authorization', kcs).expect(404);
    await http.get(`/v1/arrangements/${china.id}/list-exports?since=1`).set('Authorization', kcs).expect(404);
    const bad = await http
      .get(`/v1/arrangements/${china.id}/list-exports?since=0`)
      .set('Authorization', gacc)
      .expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/since/);
    const unknown = await http
      .get(`/v1/arrangements/${china.id}/list-exports?since=999`)
      .set('Authorization', gacc)
      .expect(422);
    expect(unknown.body.message).toMatch(/^since: /);
    await http.post(`/v1/arrangements/${china.id}/list-exports`).set('Authorization', gacc).expect(403);
    await http.post(`/v1/arrangements/${korea.id}/list-exports`).set('Authorization', officer).expect(409);
  });

  it('refuses partners our list once the arrangement is suspended or terminated, and the daily run leaves it out', async () => {
    const latest = (await http.get(`/v1/arrangements/${china.id}/list-exports/latest`).set('Authorization', officer))
      .body;
    const runSchedule = () =>
      service().app.get(ListExportsActivities).asActivities().exportOperationalArrangements({
        now: new Date().toISOString(),
      });
    // A change the next run would export.
    await onboard(holder('granted after the suspension', 'AEOS', true));

    for (const phase of ['suspended', 'terminated']) {
      await service().dataSource.query('UPDATE mutual_recognition_arrangements SET phase = $2 WHERE id = $1', [
        china.id,
        phase,
      ]);
      const refused = await http
        .get(`/v1/arrangements/${china.id}/list-exports/latest`)
        .set('Authorization', gacc)
        .expect(409);
      expect(refused.body.message).toMatch(new RegExp(`^The arrangement is ${phase}`));
      await http.get(`/v1/arrangements/${china.id}/list-exports?since=1`).set('Authorization', gacc).expect(409);
      // Our staff still read what was shared.
      await http.get(`/v1/arrangements/${china.id}/list-exports/latest`).set('Authorization', officer).expect(200);

      const report = await runSchedule();
      expect(report.exported.map((outcome) => outcome.arrangementId)).not.toContain(china.id);
      expect(report.failed.map((outcome) => outcome.arrangementId)).not.toContain(china.id);
      await http.post(`/v1/arrangements/${china.id}/list-exports`).set('Authorization', officer).expect(409);
    }
    const after = (await http.get(`/v1/arrangements/${china.id}/list-exports/latest`).set('Authorization', officer))
      .body;
    expect(after.version).toBe(latest.version);
  });

  it('generates a new development key once the stored one is withdrawn (outside production, no configured key)', async () => {
    const config = service().app.get<MraConfig>(APP_CONFIG);
    expect(config.MRA_EXPORT_SIGNING_KEY).toBeUndefined();
    const current = service().app.get(ExportSigningKey).kid;
    await withdraw(current).expect(200);
    const restarted = new ExportSigningKey(service().dataSource, config);
    await restarted.onModuleInit();
    expect(restarted.kid).toMatch(/^mra-export-dev-/);
    expect(restarted.kid).not.toBe(current);
    const kids = await publishedKids();
    expect(kids).toContain(restarted.kid);
    expect(kids).not.toContain(current);
  });
});
