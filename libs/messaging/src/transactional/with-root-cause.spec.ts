import { withRootCause } from './transactional-processor';

/** @platformatic/kafka's failures as it nests them (MultipleErrors with `errors`, NetworkError with `cause`). */
function nested(summary: string, root: string): Error {
  const network = new Error('Connection to 127.0.0.1:9094 failed.', { cause: new Error(root) });
  const brokers = Object.assign(new Error('Cannot connect to any broker.'), { errors: [network] });
  return Object.assign(new Error(summary), { errors: [brokers, brokers] });
}

describe('withRootCause', () => {
  it('names what went wrong after the summary, once', () => {
    const error = withRootCause(nested('findCoordinator failed 31 times.', 'SASL authentication failed.'));
    expect(error.message).toBe('findCoordinator failed 31 times: SASL authentication failed');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('leaves an error without nested causes as it is', () => {
    const plain = new Error('the handler refused');
    expect(withRootCause(plain)).toBe(plain);
  });
});
