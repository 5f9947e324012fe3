import { EVENT_DEFINITIONS } from './registry';

describe('programme deviation events', () => {
  it('name their case’s region in scope, which consumers told the customs regions check (regionFields)', () => {
    const deviationEvents = EVENT_DEFINITIONS.filter(
      (definition) => definition.aggregateType === 'programme-deviation',
    );
    expect(deviationEvents.length).toBeGreaterThanOrEqual(7);
    for (const definition of deviationEvents)
      expect([definition.type, definition.regionFields]).toEqual([definition.type, ['scope']]);
  });
});
