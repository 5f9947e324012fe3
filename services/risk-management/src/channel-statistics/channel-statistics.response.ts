import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const rate = z.number().nullable().describe('Share of the declarations (0 to 1); null when there were none');
const channelCountsSchema = z.object({
  declarations: z.number().int(),
  channels: z.object({ green: z.number().int(), yellow: z.number().int(), red: z.number().int() }),
  /** Shares of the declarations: documentary (yellow), physical (red), and either ("controlled"). */
  rates: z.object({ green: rate, documentary: rate, physical: rate, controlled: rate }),
});
export type ChannelCounts = z.infer<typeof channelCountsSchema>;

export const channelStatisticsSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  region: z.string().nullable(),
  all: channelCountsSchema,
  byAeoStatus: z.array(
    z.object({ aeoStatus: z.enum(['AEOC', 'AEOS', 'AEOF', 'none']) }).extend(channelCountsSchema.shape),
  ),
  /**
   * The programme's headline: how often declarations of AEOs were controlled against everybody
   * else's, and the relative figure (AEO rate / other rate; below 1 means fewer controls).
   */
  aeoBenefit: z.object({
    aeoControlledRate: rate,
    otherControlledRate: rate,
    relativeControlledRate: z.number().nullable().describe('AEO rate / other rate; below 1 means fewer controls'),
    aeoPhysicalRate: rate,
    otherPhysicalRate: rate,
    relativePhysicalRate: z.number().nullable(),
  }),
  notRecorded: z
    .number()
    .int()
    .describe(
      'Decisions of the period made before the AEO status, region and lodgement time were recorded with them (not counted above)',
    ),
});
export type ChannelStatistics = z.infer<typeof channelStatisticsSchema>;
export class ChannelStatisticsDto extends createZodDto(channelStatisticsSchema) {}
