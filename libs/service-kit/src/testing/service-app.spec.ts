import { overrideEnv } from './service-app';

describe('overrideEnv (the env of services under test)', () => {
  const X = 'SERVICE_APP_SPEC_X';
  const Y = 'SERVICE_APP_SPEC_Y';

  afterEach(() => {
    delete process.env[X];
    delete process.env[Y];
  });

  it('A then B set X, A closes then B: X is B’s while B runs, then the original', () => {
    process.env[X] = 'original';
    const closeA = overrideEnv({ [X]: 'a' });
    const closeB = overrideEnv({ [X]: 'b' });
    closeA();
    expect(process.env[X]).toBe('b');
    closeB();
    expect(process.env[X]).toBe('original');
  });

  it('A then B set X, B closes then A: X is A’s again, then unset as it was', () => {
    const closeA = overrideEnv({ [X]: 'a' });
    const closeB = overrideEnv({ [X]: 'b' });
    closeB();
    expect(process.env[X]).toBe('a');
    closeA();
    expect(X in process.env).toBe(false);
  });

  it('takes back only its own variables, and leaves one changed by someone else since as they set it', () => {
    const closeA = overrideEnv({ [X]: 'a', [Y]: 'a' });
    const closeB = overrideEnv({ [X]: 'b' });
    process.env[X] = 'set by the test';
    closeA();
    expect(process.env[X]).toBe('set by the test');
    expect(Y in process.env).toBe(false);
    closeB();
    expect(process.env[X]).toBe('set by the test');
  });

  it('equal values of two overrides: each close takes back its own', () => {
    process.env[X] = 'original';
    const closeA = overrideEnv({ [X]: 'same' });
    const closeB = overrideEnv({ [X]: 'same' });
    closeB();
    expect(process.env[X]).toBe('same');
    closeA();
    expect(process.env[X]).toBe('original');
  });
});
