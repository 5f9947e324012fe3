// The kafkajs fix in patches/kafkajs+2.2.4.patch (applied by `npm ci`: postinstall, patch-package).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RequestQueue = require('kafkajs/src/network/requestQueue') as new (options: object) => {
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  fulfillRequest(response: { correlationId: number; payload: Buffer | null; size: number }): void;
  push(request: { entry: { correlationId: number }; expectResponse: boolean; sendRequest(): void }): void;
  maybeThrottle(ms: number): void;
  destroy(): void;
};

const silent = { debug: () => undefined, warn: () => undefined, info: () => undefined, error: () => undefined };

describe('kafkajs request queue (patched): the check of pending requests', () => {
  let queue: InstanceType<typeof RequestQueue>;
  let delays: number[];
  let setTimeoutSpy: jest.SpyInstance;

  beforeEach(() => {
    queue = new RequestQueue({
      maxInFlightRequests: null,
      requestTimeout: 30_000,
      enforceRequestTimeout: false,
      clientId: 'spec',
      broker: '127.0.0.1:9092',
      logger: silent,
    });
    delays = [];
    const realSetTimeout = global.setTimeout;
    setTimeoutSpy = jest.spyOn(global, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
      delays.push(ms ?? 0);
      return realSetTimeout(() => undefined, 0);
    }) as typeof setTimeout);
  });

  afterEach(() => {
    setTimeoutSpy.mockRestore();
    queue.destroy();
  });

  it('sets no timer, negative or other, when nothing is pending and nothing throttles (an answer, at every connection start)', () => {
    // The broker's answers come with nothing pending: `throttledUntil` is -1 (never throttled), so
    // the delay computed was `-1 - Date.now()` (Node 24: TimeoutNegativeWarning at every service
    // start, and a check every millisecond from then on).
    queue.fulfillRequest({ correlationId: 1, payload: null, size: 0 });
    expect(delays).toEqual([]);
    expect(queue.throttleCheckTimeoutId).toBeNull();
  });

  it('still checks the queue when a request waits for a throttle to end (a delay not below 0)', () => {
    queue.maybeThrottle(5000);
    queue.push({ entry: { correlationId: 2 }, expectResponse: true, sendRequest: () => undefined });
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThan(0);
    expect(queue.throttleCheckTimeoutId).not.toBeNull();
  });
});
