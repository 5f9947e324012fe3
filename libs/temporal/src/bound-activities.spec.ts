import { boundActivities } from './bound-activities';

class Greeter {
  constructor(private readonly greeting: string) {}

  async greet(name: string): Promise<string> {
    return `${this.greeting}, ${name}`;
  }

  async part(name: string): Promise<string> {
    return `${this.greeting} again, ${name}`;
  }

  helper(): string {
    return 'not an activity';
  }
}

describe('boundActivities', () => {
  it('answers the named methods only, each working when called on its own', async () => {
    const activities = boundActivities(new Greeter('Hello'), ['greet', 'part']);
    expect(Object.keys(activities)).toEqual(['greet', 'part']);
    const { greet } = activities;
    await expect(greet('Bat')).resolves.toBe('Hello, Bat');
    await expect(activities.part.call(undefined, 'Bat')).resolves.toBe('Hello again, Bat');
  });
});
