import { attendanceSchema, materialSchema, newSessionSchema, registrationSchema } from './training.schemas';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('training inputs', () => {
  const session = {
    topic: 'AEO security criteria',
    startsAt: '2027-02-15T01:00:00Z',
    endsAt: '2027-02-15T04:00:00Z',
    place: 'Room 301',
    audience: 'company-staff',
    capacity: 20,
  };

  it('takes a session at a place or online, required unless said otherwise', () => {
    expect(newSessionSchema.parse(session).required).toBe(true);
    const online = { ...session, place: undefined, link: 'https://meet.customs.example/a', required: false };
    expect(newSessionSchema.parse(online)).toMatchObject({ link: 'https://meet.customs.example/a', required: false });
  });

  it.each([
    [{ place: undefined }, 'place: a place or a link (or both) is required'],
    [{ endsAt: '2027-02-15T01:00:00Z' }, 'endsAt: must be after startsAt'],
    [{ link: 'ftp://files.example/a' }, 'link: must be an http(s) URL'],
    [{ audience: 'everyone' }, 'audience: '],
    [{ capacity: 0 }, 'capacity: '],
    [{ capacity: 1001 }, 'capacity: '],
    [{ extra: true }, ': Unrecognized key: "extra"'],
  ])('refuses a session with %j, naming the field', (change, issue) => {
    expect(issuesOf(newSessionSchema.safeParse({ ...session, ...change }))).toEqual([expect.stringContaining(issue)]);
  });

  it('takes a person by name and role, for a company or as customs staff', () => {
    expect(registrationSchema.safeParse({ personName: 'Enkhjargal', personRole: 'Manager' }).success).toBe(true);
    expect(issuesOf(registrationSchema.safeParse({ personName: ' ', personRole: 'Manager' }))).toEqual([
      expect.stringMatching(/^personName: /),
    ]);
  });

  it('refuses an attendance list naming a registration twice, or none', () => {
    const id = '1a2b3c4d-5e6f-4081-9293-a4b5c6d7e8f9';
    const twice = {
      attendance: [
        { registrationId: id, attended: true },
        { registrationId: id, attended: false },
      ],
    };
    expect(issuesOf(attendanceSchema.safeParse(twice))).toEqual(['attendance.1.registrationId: is listed twice']);
    expect(issuesOf(attendanceSchema.safeParse({ attendance: [] }))).toEqual([expect.stringMatching(/^attendance: /)]);
  });

  it('takes a material with a link or a document reference, not both or neither', () => {
    expect(materialSchema.safeParse({ title: 'Slides', documentRef: 'DOC-1' }).success).toBe(true);
    expect(materialSchema.safeParse({ title: 'Slides', link: 'https://x.example/s' }).success).toBe(true);
    for (const material of [
      { title: 'Slides' },
      { title: 'Slides', link: 'https://x.example/s', documentRef: 'DOC-1' },
    ])
      expect(issuesOf(materialSchema.safeParse(material))).toEqual(['link: give either a link or a documentRef']);
  });
});
