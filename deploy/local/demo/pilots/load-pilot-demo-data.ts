/**
 * The pilot demo (issue 17) through the programme service's public REST API, with the demo's own
 * companies: one pilot in progress with five companies at different stages (one invited, one
 * declined and replaced by it, one accepted with its contact officer and training in progress, one
 * trained whose certification is in validation, one certified), milestones done, open and one
 * late; and one pilot whose dates are past, ended by its workflow, whose final report (made by the
 * workflow, then again with the policy unit's recommendations) an executive approved. The risk
 * engine's ranking needs declarations: the companies' are sent as the declaration processing
 * system sends them (Kafka, fixed event ids, so a second run adds nothing). Idempotent: a pilot is
 * found by its code and only the steps it still lacks are taken. */
import { DeclarationLodged, toKafkaRecord } from '@aeo/contracts';
import { ROLES, type AuthenticatedUser } from '@aeo/auth';
import {
  CLOSED_PILOT,
  RUNNING_PILOT,
  draftProgramme,
  type DemoPilot,
  type PilotCompanyPlan,
  type PilotDemoCompany,
} from './pilot-plans';
import { fixedUuid, sendDemoRecords } from '../demo-kafka';

const PROGRAMME = process.env['PROGRAMME_URL'] ?? 'http://127.0.0.1:3008';
const RISK = process.env['RISK_MANAGEMENT_URL'] ?? 'http://127.0.0.1:3003';
const DAY_MS = 86_400_000;
/** A session held by the demo starts this long after it is scheduled: its registrations come first. */
const SESSION_LEAD_MS = 45_000;
const HELD_SESSIONS = [
  { topic: 'AEO criteria and the self-assessment', all: true },
  { topic: 'Security and safety standards of the supply chain', all: false },
];
const FINAL_RECOMMENDATIONS =
  'Open the programme to every importer with a clean record of three years; keep the contact officers; ' +
  'train company staff before their self-assessment; start the benefits test from the first declarations.';
const REPEAT_SESSION = 'Security and safety standards of the supply chain (repeat)';

/** A bearer token for the claims (the main loader's development tokens). */
export type Tokens = (claims: AuthenticatedUser) => string;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The demo's shortlist: by customs value and duties (the demo companies' declarations are large, so they lead the ranking). */
const DEMO_SHORTLIST = { limit: 20, windowDays: 365, exclusionYears: 3, weights: { volume: 0, value: 1, revenue: 1 } };

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are read field by field
  body: any;
}

/** One request; a 503 (a service busy, e.g. catching up with the topics after its start) is asked again. */
async function call(method: string, url: string, auth: string, body?: unknown): Promise<Answer> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, {
      method,
      headers: {
        authorization: auth,
        'content-type': 'application/json',
        'x-correlation-id': `demo-pilot-${Date.now()}`,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status === 503 && attempt < 60) {
      await sleep(1000);
      continue;
    }
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }
}

const must = (answer: Answer, what: string): Answer => {
  if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer;
};

/** Asks `read` every half second until it answers something (at most `seconds`). */
async function until<T>(what: string, read: () => Promise<T | undefined>, seconds = 60): Promise<T> {
  for (let attempt = 0; attempt < seconds * 2; attempt++) {
    const value = await read();
    if (value !== undefined) return value;
    await sleep(500);
  }
  throw new Error(`${what}: not within ${seconds} s`);
}

const dateIn = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Sends each company's declarations of the last months, as the declaration processing system does:
 * large consignments (by customs value and duties they lead the ranking, even after `npm run traffic`).
 */
async function sendDeclarations(companies: PilotDemoCompany[]): Promise<void> {
  const batches = companies.map((company, index) => {
    const count = 12 - index;
    const messages = Array.from({ length: count }, (_, n) => {
      const declarationId = `DEMO-${company.taxpayerId}-${n + 1}`;
      const data = DeclarationLodged.schema.parse({
        declarationId,
        lodgedAt: new Date(Date.now() - (5 + n * 7) * DAY_MS).toISOString(),
        regime: n % 3 === 0 ? 'export' : 'import',
        customsOffice: `${company.region}-01`,
        region: company.region,
        declarantTaxpayerId: company.taxpayerId,
        traderTaxpayerId: company.taxpayerId,
        traderRole: n % 3 === 0 ? 'exporter' : 'importer',
        foreignPartnerAeoIds: [],
        customsValue: (count - n) * 400_000_000_000,
        duties: (count - n) * 20_000_000_000,
        currency: 'MNT',
        goodsLines: 1 + (n % 4),
        commodityChapters: ['84'],
        originCountry: n % 3 === 0 ? 'MN' : 'CN',
        destinationCountry: n % 3 === 0 ? 'CN' : 'MN',
      });
      return toKafkaRecord(
        {
          id: fixedUuid(`demo-declaration:${declarationId}`),
          type: DeclarationLodged.type,
          source: '/external/declaration-processing',
          subject: declarationId,
          time: data.lodgedAt,
          data,
        },
        company.taxpayerId,
      );
    });
    return { topic: DeclarationLodged.topic, messages };
  });
  await sendDemoRecords('aeo-demo-pilots', batches);
}

export class PilotDemo {
  private readonly policy: string;
  private readonly executive: string;

  constructor(
    private readonly tokens: Tokens,
    private readonly companies: Map<string, PilotDemoCompany>,
  ) {
    this.policy = tokens({ sub: 'demo-policy-unit', name: 'AEO policy unit', roles: [ROLES.policyUnit] });
    this.executive = tokens({ sub: 'demo-executive', name: 'AEO programme executive', roles: [ROLES.executive] });
  }

  private company(taxpayerId: string): PilotDemoCompany {
    const company = this.companies.get(taxpayerId);
    if (!company) throw new Error(`the pilot demo names ${taxpayerId}, which the demo did not register`);
    return company;
  }

  private trader(company: PilotDemoCompany): string {
    return this.tokens({
      sub: `demo-trader-${company.taxpayerId}`,
      name: `${company.name} compliance officer`,
      roles: [ROLES.operatorUser],
      taxpayerId: company.taxpayerId,
    });
  }

  private pilotUrl(pilotId: string, path = ''): string {
    return `${PROGRAMME}/v1/pilots/${pilotId}${path}`;
  }

  /** The pilot with the plan's code, created (planned) and started when not yet. */
  async pilot(plan: DemoPilot) {
    const listed = must(await call('GET', `${PROGRAMME}/v1/pilots?limit=500`, this.policy), 'listing the pilots');
    let pilot = (listed.body as { id: string; code: string }[]).find((p) => p.code === plan.code);
    if (!pilot) pilot = must(await call('POST', `${PROGRAMME}/v1/pilots`, this.policy, plan.body), plan.code).body;
    return pilot!.id;
  }

  async view(pilotId: string) {
    return must(await call('GET', this.pilotUrl(pilotId), this.policy), 'reading the pilot').body;
  }

  async start(pilotId: string, stages: string[]) {
    if ((await this.view(pilotId)).stage === null)
      must(await call('POST', this.pilotUrl(pilotId, '/start'), this.policy, {}), 'starting the pilot');
    return until(`pilot ${pilotId} ${stages.join(' or ')}`, async () => {
      const view = await this.view(pilotId);
      return stages.includes(view.stage) ? view : undefined;
    });
  }

  private async participants(pilotId: string): Promise<{ taxpayerId: string; stage: string }[]> {
    return must(await call('GET', this.pilotUrl(pilotId, '/participants'), this.policy), 'participants').body
      .participants;
  }

  /**
   * The terms, and a shortlist holding every company of the plan not chosen yet. The shortlist is
   * taken once the risk engine's ranking with the shortlist's own request holds them all (their
   * declarations folded far enough to rank them: a ranking taken as soon as they merely appear can
   * leave some out), and taken again while the latest one leaves one out, so that a run stopped
   * half-way, or one that took a shortlist too early, is repaired by the next.
   */
  async shortlist(pilotId: string, plan: PilotCompanyPlan[]) {
    must(
      await call('PUT', this.pilotUrl(pilotId, '/selection-terms'), this.policy, {
        draftProgramme,
        answerDays: 14,
        replacement: 'confirm',
      }),
      'selection terms',
    );
    const chosen = new Set((await this.participants(pilotId)).map((p) => p.taxpayerId));
    const wanted = plan.map((p) => p.taxpayerId).filter((taxpayerId) => !chosen.has(taxpayerId));
    const missing = (candidates: { taxpayerId: string }[] | undefined) => {
      const listed = new Set((candidates ?? []).map((c) => c.taxpayerId));
      return wanted.filter((taxpayerId) => !listed.has(taxpayerId));
    };
    const latest = async () =>
      must(await call('GET', this.pilotUrl(pilotId, '/shortlists?limit=1'), this.policy), 'shortlists').body?.[0] as
        { sequence: number; candidates: { taxpayerId: string }[] } | undefined;
    const { limit, windowDays, exclusionYears, weights } = DEMO_SHORTLIST;
    const rankingUrl = `${RISK}/v1/pilot-candidates?limit=${limit}&windowDays=${windowDays}&exclusionYears=${exclusionYears}&weightVolume=${weights.volume}&weightValue=${weights.value}&weightRevenue=${weights.revenue}`;
    let left = missing((await latest())?.candidates);
    for (let attempt = 1; left.length > 0; attempt++) {
      await until(
        `the risk engine ranking ${left.join(', ')} among the shortlist's ${limit} (their declarations folded)`,
        async () => {
          const ranking = must(await call('GET', rankingUrl, this.policy), 'the ranking of the demo companies');
          return missing(ranking.body?.candidates).length === 0 ? true : undefined;
        },
        120,
      );
      must(
        await call('POST', this.pilotUrl(pilotId, '/shortlists'), this.policy, DEMO_SHORTLIST),
        'taking a shortlist',
      );
      const taken = await latest();
      left = missing(taken?.candidates);
      if (left.length > 0 && attempt >= 3)
        throw new Error(
          `taking a shortlist: number ${taken?.sequence} still leaves out ${left.join(', ')} after ${attempt} attempts`,
        );
      if (left.length > 0) await sleep(2000);
    }
  }

  /** Chooses each company of the plan not chosen yet (in order), and answers its invitation as planned. */
  async select(pilotId: string, plan: PilotCompanyPlan[]) {
    for (const step of plan) {
      const company = this.company(step.taxpayerId);
      let current = (await this.participants(pilotId)).find((p) => p.taxpayerId === company.taxpayerId);
      if (!current) {
        must(
          await call('POST', this.pilotUrl(pilotId, '/participants'), this.policy, {
            taxpayerId: company.taxpayerId,
            reason: step.reason,
            region: company.region,
            operatorId: company.operatorId,
            ...(step.replacing && { replacing: step.replacing }),
          }),
          `choosing ${company.name}`,
        );
      }
      current = await until(`the invitation of ${company.name} sent`, async () =>
        (await this.participants(pilotId)).find((p) => p.taxpayerId === company.taxpayerId && p.stage !== 'chosen'),
      );
      if (current.stage !== 'invited' || step.answer === 'none') continue;
      const invitation = this.pilotUrl(pilotId, `/invitations/${company.taxpayerId}`);
      const trader = this.trader(company);
      // The programme answers a company's user once it has folded the user's link (aeo.operator.user-linked.v1).
      await until(`${company.name}'s user known to the programme`, async () =>
        (await call('GET', invitation, trader)).status === 200 ? true : undefined,
      );
      if (step.comment)
        must(await call('POST', `${invitation}/comments`, trader, { comment: step.comment }), 'commenting');
      if (step.answer === 'accept') must(await call('POST', `${invitation}/acceptance`, trader, {}), 'accepting');
      else must(await call('POST', `${invitation}/decline`, trader, { reason: step.declineReason }), 'declining');
      await until(`the answer of ${company.name} recorded`, async () =>
        (await this.participants(pilotId)).find((p) => p.taxpayerId === company.taxpayerId && p.stage !== 'invited'),
      );
    }
  }

  /** The region's demo contact officer for each accepted company that has none yet. */
  async contactOfficers(pilotId: string, plan: PilotCompanyPlan[]) {
    for (const step of plan.filter((p) => p.contactOfficer)) {
      const company = this.company(step.taxpayerId);
      const url = this.pilotUrl(pilotId, `/companies/${company.taxpayerId}/contact-officer`);
      if ((await call('GET', url, this.policy)).status === 200) continue;
      must(
        await call('PUT', url, this.policy, {
          officerSub: `demo-officer-${company.region.toLowerCase()}`,
          officerName: `${company.region} contact officer`,
          officerRegion: company.region,
          companyName: company.name,
          reason: `The contact officer of ${company.region} follows the region's pilot companies.`,
        }),
        `contact officer of ${company.name}`,
      );
    }
  }

  /**
   * Two required company-staff sessions held now (registration closes at their start, so each
   * starts `SESSION_LEAD_MS` after it is scheduled; attendance is recorded after it) and a repeat
   * session in ten days: the companies planned `trained` attended both, the one `in-training` the
   * first only and is registered for the repeat. Sessions are found by topic.
   */
  async training(pilotId: string, plan: PilotCompanyPlan[]) {
    const sessionsUrl = this.pilotUrl(pilotId, '/training-sessions');
    const trainees = plan.filter((p) => p.training);
    const listed = must(await call('GET', sessionsUrl, this.policy), 'training sessions').body as {
      id: string;
      topic: string;
      startsAt: string;
      attendanceRecordedAt: string | null;
    }[];
    const register = async (sessionId: string, steps: PilotCompanyPlan[]) => {
      for (const step of steps) {
        const company = this.company(step.taxpayerId);
        must(
          await call('POST', `${sessionsUrl}/${sessionId}/registrations`, this.trader(company), {
            personName: `${company.name} customs manager`,
            personRole: 'Customs manager',
          }),
          `registering ${company.name}`,
        );
      }
    };
    const held: { id: string; startsAt: number; all: boolean; recorded: boolean }[] = [];
    for (const [index, session] of HELD_SESSIONS.entries()) {
      const existing = listed.find((s) => s.topic === session.topic);
      if (existing) {
        held.push({
          id: existing.id,
          startsAt: Date.parse(existing.startsAt),
          all: session.all,
          recorded: existing.attendanceRecordedAt !== null,
        });
        continue;
      }
      const startsAt = Date.now() + SESSION_LEAD_MS;
      const created = must(
        await call('POST', sessionsUrl, this.policy, {
          topic: session.topic,
          required: true,
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + 3 * 3_600_000).toISOString(),
          place: 'Customs General Administration, training hall, Ulaanbaatar',
          link: 'https://training.customs.demo.mn/pilot',
          audience: 'company-staff',
          capacity: 30,
        }),
        `session ${session.topic}`,
      ).body;
      await register(created.id, trainees);
      must(
        await call('POST', `${sessionsUrl}/${created.id}/materials`, this.policy, {
          title: `${session.topic} (slides)`,
          documentRef: `DEMO-TRAINING-${index + 1}`,
        }),
        'material',
      );
      held.push({ id: created.id, startsAt, all: session.all, recorded: false });
    }
    const pending = held.filter((session) => !session.recorded);
    if (pending.length > 0) await sleep(Math.max(0, Math.max(...pending.map((s) => s.startsAt)) + 1000 - Date.now()));
    for (const session of pending) {
      const detail = must(await call('GET', `${sessionsUrl}/${session.id}`, this.policy), 'session').body as {
        registrations: { id: string; taxpayerId: string | null }[];
      };
      if (detail.registrations.length === 0) continue;
      must(
        await call('POST', `${sessionsUrl}/${session.id}/attendance`, this.policy, {
          attendance: detail.registrations.map((r) => ({
            registrationId: r.id,
            attended: session.all || plan.find((p) => p.taxpayerId === r.taxpayerId)?.training === 'trained',
          })),
        }),
        'attendance',
      );
    }
    if (!listed.some((s) => s.topic === REPEAT_SESSION)) {
      const repeat = must(
        await call('POST', sessionsUrl, this.policy, {
          topic: REPEAT_SESSION,
          required: true,
          startsAt: `${dateIn(10)}T02:00:00.000Z`,
          endsAt: `${dateIn(10)}T06:00:00.000Z`,
          link: 'https://training.customs.demo.mn/pilot-repeat',
          audience: 'company-staff',
          capacity: 20,
        }),
        'repeat session',
      ).body;
      await register(
        repeat.id,
        trainees.filter((p) => p.training === 'in-training'),
      );
    }
  }

  /** Reports done, with evidence, the milestones the plan has done (by title) that are not done yet. */
  async milestonesDone(pilotId: string, titles: string[]) {
    const view = await this.view(pilotId);
    for (const milestone of view.milestones as { id: string; title: string; status: string }[]) {
      if (!titles.includes(milestone.title) || milestone.status === 'done') continue;
      must(
        await call('POST', this.pilotUrl(pilotId, `/milestones/${milestone.id}/completion`), this.policy, {
          evidence: [
            { title: `${milestone.title}: minutes`, reference: `https://docs.customs.demo.mn/pilot/${milestone.id}` },
          ],
          note: 'Recorded by the demo data.',
        }),
        `milestone ${milestone.title}`,
      );
    }
  }

  /**
   * The ended pilot's final report: the workflow makes it at the end; the policy unit makes it again
   * with its recommendations for full operation, and an executive approves it (the pilot closes).
   */
  async finalReport(pilotId: string) {
    if ((await this.view(pilotId)).stage === 'closed') return;
    const reports = () => call('GET', this.pilotUrl(pilotId, '/final-reports'), this.policy);
    const made = await until(
      'the final report made by the pilot workflow',
      async () => {
        const listed = await reports();
        return listed.status === 200 && listed.body.length > 0
          ? (listed.body as { recommendations: string | null }[])
          : undefined;
      },
      180,
    );
    if (made[0]!.recommendations === null)
      must(
        await call('POST', this.pilotUrl(pilotId, '/final-reports'), this.policy, {
          recommendations: FINAL_RECOMMENDATIONS,
        }),
        'making the final report again with the recommendations',
      );
    must(
      await call('POST', this.pilotUrl(pilotId, '/final-report/approval'), this.executive, {
        note: 'Approved for the customs management board.',
      }),
      'approving the final report',
    );
    await this.start(pilotId, ['closed']);
  }

  async summary(pilotId: string): Promise<string[]> {
    const view = await this.view(pilotId);
    const participants = await this.participants(pilotId);
    const milestones = (view.milestones as { status: string }[]).reduce<Record<string, number>>(
      (counts, m) => ({ ...counts, [m.status]: (counts[m.status] ?? 0) + 1 }),
      {},
    );
    const awaiting = view.stage === 'awaiting-final-report' ? ' (ended, awaiting its final report)' : '';
    const reports = await call('GET', this.pilotUrl(pilotId, '/final-reports'), this.policy);
    const report = reports.status === 200 ? reports.body[0] : undefined;
    return [
      `  Pilot ${view.code.padEnd(20)} ${view.status}${awaiting}  ${view.startsOn} to ${view.endsOn}  pilot ${pilotId}  (workflow pilot-${pilotId})`,
      ...(report
        ? [
            `    final report ${report.sequence}${report.approvedBy ? ` approved by ${report.approvedBy}` : ', not approved yet'}: ${PROGRAMME}/v1/pilots/${pilotId}/final-report?language=en&format=html (or pdf, mn)`,
          ]
        : []),
      `    milestones: ${
        Object.entries(milestones)
          .map(([status, n]) => `${n} ${status}`)
          .join(', ') || 'none'
      }`,
      ...participants.map((p) => {
        const company = this.companies.get(p.taxpayerId);
        return `    ${(company?.name ?? p.taxpayerId).padEnd(32)} ${p.taxpayerId}  ${p.stage.padEnd(9)} (its application: ${company?.stage ?? 'none'})`;
      }),
    ];
  }
}

/**
 * Loads the pilot demo with the demo's companies (registered operators with their applications);
 * answers the lines of the demo's summary.
 */
export async function loadPilotDemoData(tokens: Tokens, demoCompanies: PilotDemoCompany[]): Promise<string[]> {
  const companies = new Map(demoCompanies.map((c) => [c.taxpayerId, c]));
  const demo = new PilotDemo(tokens, companies);
  const named = [...RUNNING_PILOT.companies, ...CLOSED_PILOT.companies].map((p) => p.taxpayerId);
  await sendDeclarations(demoCompanies.filter((c) => named.includes(c.taxpayerId)));
  const rows: string[] = [];
  for (const plan of [RUNNING_PILOT, CLOSED_PILOT]) {
    const pilotId = await demo.pilot(plan);
    const view = await demo.view(pilotId);
    // The closed pilot's companies are chosen while it is planned; the running pilot's once it runs.
    if (plan.selectBeforeStart && view.stage === null) {
      await demo.shortlist(pilotId, plan.companies);
      await demo.select(pilotId, plan.companies);
    }
    await demo.start(pilotId, plan.selectBeforeStart ? ['awaiting-final-report', 'closed'] : ['running']);
    if (plan.selectBeforeStart) await demo.finalReport(pilotId);
    if (!plan.selectBeforeStart) {
      await demo.shortlist(pilotId, plan.companies);
      await demo.select(pilotId, plan.companies);
      await demo.contactOfficers(pilotId, plan.companies);
      await demo.training(pilotId, plan.companies);
      await demo.milestonesDone(pilotId, plan.milestonesDone);
    }
    rows.push(...(await demo.summary(pilotId)));
  }
  rows.push(
    `    (the policy unit's view: GET ${PROGRAMME}/v1/pilots, …/{id}/participants, …/{id}/training-sessions; Temporal: workflows pilot-<id>, certifications by AeoPilotId)`,
  );
  return rows;
}
