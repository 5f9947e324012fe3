import { sendSlices } from './transactional-processor';

const record = (bytes: number) => ({
  key: Buffer.alloc(10),
  value: Buffer.alloc(bytes),
  headers: new Map([[Buffer.from('ce_type'), Buffer.from('aeo.test.v1')]]),
});
const sizes = (slices: ReturnType<typeof sendSlices>) =>
  slices.map((slice) => slice.reduce((sum, r) => sum + r.key!.length + r.value!.length + 7 + 11, 0));

describe('sendSlices: a transaction’s records in sends the broker takes', () => {
  it('keeps each send under 512 KB: the client writes a send’s records of a partition as one batch', () => {
    // Eight changelog records of 300 KB for one partition: one 2.4 MB batch was refused (max.message.bytes 1 MB).
    const slices = sendSlices(Array.from({ length: 8 }, () => record(300_000)));
    expect(slices.map((slice) => slice.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    const mixed = sendSlices([record(200_000), record(200_000), record(200_000), record(10)]);
    expect(mixed.map((slice) => slice.length)).toEqual([2, 2]);
    for (const size of sizes(mixed)) expect(size).toBeLessThanOrEqual(512 * 1024);
  });

  it('sends at most 500 records at once, and a record larger than the limit alone', () => {
    expect(sendSlices(Array.from({ length: 1100 }, () => record(100))).map((slice) => slice.length)).toEqual([
      500, 500, 100,
    ]);
    expect(sendSlices([record(10), record(2_000_000), record(10)]).map((slice) => slice.length)).toEqual([1, 1, 1]);
    expect(sendSlices([])).toEqual([]);
  });
});
