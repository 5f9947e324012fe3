import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CHANNELS, STATUS_TYPES } from '@aeo/contracts';
import { ChannelStatisticsQuery, periodOf } from './channel-statistics.schemas';

type Channel = (typeof CHANNELS)[number];
/** How a decision is grouped: the AEO status type in force for the declaration, or none. */
export type AeoGroup = (typeof STATUS_TYPES)[number] | 'none';

export interface ChannelCounts {
  declarations: number;
  channels: Record<Channel, number>;
  /** Shares of the declarations: documentary (yellow), physical (red), and either ("controlled"). */
  rates: { green: number | null; documentary: number | null; physical: number | null; controlled: number | null };
}

export interface ChannelStatistics {
  from: string;
  to: string;
  region: string | null;
  all: ChannelCounts;
  byAeoStatus: ({ aeoStatus: AeoGroup } & ChannelCounts)[];
  /**
   * The programme's headline: how often declarations of AEOs were controlled against everybody
   * else's, and the relative figure (AEO rate / other rate; below 1 means fewer controls).
   */
  aeoBenefit: { aeoControlledRate: number | null; otherControlledRate: number | null; relativeControlledRate: number | null; aeoPhysicalRate: number | null; otherPhysicalRate: number | null; relativePhysicalRate: number | null };
  /** Decisions of the period made before the AEO status and region were recorded with them (not counted above). */
  notRecorded: number;
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

function countsOf(channels: Record<Channel, number>): ChannelCounts {
  const declarations = channels.green + channels.yellow + channels.red;
  return {
    declarations,
    channels,
    rates: { green: ratio(channels.green, declarations), documentary: ratio(channels.yellow, declarations), physical: ratio(channels.red, declarations), controlled: ratio(channels.yellow + channels.red, declarations) },
  };
}

const zero = (): Record<Channel, number> => ({ green: 0, yellow: 0, red: 0 });
const add = (a: Record<Channel, number>, b: Record<Channel, number>) => ({ green: a.green + b.green, yellow: a.yellow + b.yellow, red: a.red + b.red });
const relative = (aeo: number | null, other: number | null) => (aeo === null || other === null || other === 0 ? null : Math.round((aeo / other) * 1000) / 1000);

/**
 * Channel statistics: how declarations were controlled, by the AEO status of their trader, over
 * a period — the figures that show whether the programme's benefits reach the traders.
 */
@Injectable()
export class ChannelStatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async compute(query: ChannelStatisticsQuery, scopedRegion: string | undefined): Promise<ChannelStatistics> {
    const { from, to } = periodOf(query);
    const region = scopedRegion ?? query.region ?? null;
    const rows: { aeo: string | null; recorded: boolean; channel: Channel; n: number }[] = await this.dataSource.query(
      `SELECT aeo_status_type AS aeo, region IS NOT NULL AS recorded, channel, count(*)::int AS n
         FROM channel_decisions
        WHERE decided_at >= $1::date AND decided_at < $2::date + 1 AND ($3::text IS NULL OR region = $3)
        GROUP BY 1, 2, 3`,
      [from, to, region],
    );
    const groups = new Map<AeoGroup, Record<Channel, number>>([...STATUS_TYPES, 'none' as const].map((group) => [group, zero()]));
    let notRecorded = 0;
    for (const row of rows) {
      if (!row.recorded) {
        notRecorded += row.n;
        continue;
      }
      groups.get((row.aeo ?? 'none') as AeoGroup)![row.channel] += row.n;
    }
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
        relativeControlledRate: relative(aeo.rates.controlled, other.rates.controlled),
        aeoPhysicalRate: aeo.rates.physical,
        otherPhysicalRate: other.rates.physical,
        relativePhysicalRate: relative(aeo.rates.physical, other.rates.physical),
      },
      notRecorded,
    };
  }
}
