import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CHANNELS, STATUS_TYPES } from '@aeo/contracts';
import { countDecisionsByAeoAndChannel, countDecisionsWithoutFacts } from './channel-statistics.repository';
import { ChannelCounts, ChannelStatistics } from './channel-statistics.response';
import { ChannelStatisticsQuery, periodOf } from './channel-statistics.schemas';

type Channel = (typeof CHANNELS)[number];
/** How a decision is grouped: the AEO status type in force for the declaration, or none. */
export type AeoGroup = (typeof STATUS_TYPES)[number] | 'none';

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

function countsOf(channels: Record<Channel, number>): ChannelCounts {
  const declarations = channels.green + channels.yellow + channels.red;
  return {
    declarations,
    channels,
    rates: {
      green: ratio(channels.green, declarations),
      documentary: ratio(channels.yellow, declarations),
      physical: ratio(channels.red, declarations),
      controlled: ratio(channels.yellow + channels.red, declarations),
    },
  };
}

const zero = (): Record<Channel, number> => ({ green: 0, yellow: 0, red: 0 });
const add = (a: Record<Channel, number>, b: Record<Channel, number>) => ({
  green: a.green + b.green,
  yellow: a.yellow + b.yellow,
  red: a.red + b.red,
});
/** (aeoPart / aeoWhole) / (otherPart / otherWhole) from the counts; null when either rate is undefined or the other is 0. */
const relative = (aeoPart: number, aeoWhole: number, otherPart: number, otherWhole: number) =>
  aeoWhole === 0 || otherWhole === 0 || otherPart === 0
    ? null
    : Math.round(((aeoPart * otherWhole) / (aeoWhole * otherPart)) * 1000) / 1000;

/**
 * Channel statistics: how the declarations lodged in a period were controlled, by the AEO status
 * in force for their trader — the figures that show whether the programme's benefits reach the
 * traders. An AEOF whose security part is suspended counts as AEOC.
 */
@Injectable()
export class ChannelStatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async compute(query: ChannelStatisticsQuery, scopedRegion: string | undefined): Promise<ChannelStatistics> {
    const { from, to } = periodOf(query);
    const region = scopedRegion ?? query.region ?? null;
    const rows = await countDecisionsByAeoAndChannel(this.dataSource, from, to, region);
    // Decisions without the facts (made before migration 340) belong to no region and have no
    // lodgement time: those decided in the period are reported apart, whatever the region asked.
    const notRecorded = await countDecisionsWithoutFacts(this.dataSource, from, to);
    const groups = new Map<AeoGroup, Record<Channel, number>>(
      [...STATUS_TYPES, 'none' as const].map((group) => [group, zero()]),
    );
    for (const row of rows) groups.get(row.aeo ?? 'none')![row.channel] += row.n;
    const aeo = countsOf(STATUS_TYPES.reduce((sum, type) => add(sum, groups.get(type)!), zero()));
    const other = countsOf(groups.get('none')!);
    const all = countsOf(add(aeo.channels, other.channels));
    return {
      from,
      to,
      region,
      all,
      byAeoStatus: [...groups].map(([aeoStatus, channels]) => ({ aeoStatus, ...countsOf(channels) })),
      aeoBenefit: {
        aeoControlledRate: aeo.rates.controlled,
        otherControlledRate: other.rates.controlled,
        relativeControlledRate: relative(
          aeo.channels.yellow + aeo.channels.red,
          aeo.declarations,
          other.channels.yellow + other.channels.red,
          other.declarations,
        ),
        aeoPhysicalRate: aeo.rates.physical,
        otherPhysicalRate: other.rates.physical,
        relativePhysicalRate: relative(aeo.channels.red, aeo.declarations, other.channels.red, other.declarations),
      },
      notRecorded,
    };
  }
}
