import { NotFoundException } from '@nestjs/common';
import { foundOr404 } from './found-or-404';

describe('foundOr404', () => {
  it('answers the row found', async () => {
    expect(await foundOr404(Promise.resolve({ id: 'op-1' }), 'Operator op-1')).toEqual({ id: 'op-1' });
  });

  it('answers 404 naming what is missing when nothing was found', async () => {
    const missing = foundOr404(Promise.resolve(undefined), 'Operator op-2');
    await expect(missing).rejects.toBeInstanceOf(NotFoundException);
    await expect(missing).rejects.toMatchObject({
      response: { statusCode: 404, message: 'Operator op-2 not found', error: 'Not Found' },
    });
  });
});
