// Maps call_attempts rows to CallAttempt and back, in one place, so the SQL
// and the TypeScript shape cannot drift apart column by column.
import type { GuardianRelation } from '@hhc/common/domain';
import type { CallAttempt, CallEndReason, Feeling } from '@hhc/common/kiosk/callLog';
import type { ActivityKind } from '@hhc/common/activities/schema';

export interface CallAttemptRow {
  id: string;
  booking_id: string;
  child_id: string;
  guardian_relation: string;
  scheduled_start: number;
  scheduled_end: number;
  kiosk_joined_at: number | null;
  kiosk_left_at: number | null;
  parent_joined_at: number | null;
  parent_left_at: number | null;
  end_reason: string | null;
  quality_samples: number;
  avg_bitrate_kbps: number | null;
  worst_bitrate_kbps: number | null;
  avg_packet_loss_pct: number | null;
  worst_packet_loss_pct: number | null;
  audio_only_used: number;
  feeling: string | null;
  /** Comma-separated kinds ('' for none), held to a-z and commas by the table. */
  activities: string;
  version: number;
  created_at: number;
  updated_at: number;
}

export function toCallAttempt(row: CallAttemptRow): CallAttempt {
  return {
    id: row.id,
    bookingId: row.booking_id,
    childId: row.child_id,
    // The table's CHECK constraints hold these to the same lists as the types.
    guardianRelation: row.guardian_relation as GuardianRelation,
    scheduledStart: row.scheduled_start,
    scheduledEnd: row.scheduled_end,
    kioskJoinedAt: row.kiosk_joined_at,
    kioskLeftAt: row.kiosk_left_at,
    parentJoinedAt: row.parent_joined_at,
    parentLeftAt: row.parent_left_at,
    endReason: row.end_reason as CallEndReason | null,
    quality: {
      samples: row.quality_samples,
      avgBitrateKbps: row.avg_bitrate_kbps,
      worstBitrateKbps: row.worst_bitrate_kbps,
      avgPacketLossPct: row.avg_packet_loss_pct,
      worstPacketLossPct: row.worst_packet_loss_pct,
      audioOnlyUsed: row.audio_only_used === 1,
    },
    feeling: row.feeling as Feeling | null,
    activities: row.activities === '' ? [] : (row.activities.split(',') as ActivityKind[]),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns a change may write, as named parameters for an UPDATE. */
export function mutableColumns(attempt: CallAttempt) {
  return {
    kiosk_joined_at: attempt.kioskJoinedAt,
    kiosk_left_at: attempt.kioskLeftAt,
    parent_joined_at: attempt.parentJoinedAt,
    parent_left_at: attempt.parentLeftAt,
    end_reason: attempt.endReason,
    quality_samples: attempt.quality.samples,
    avg_bitrate_kbps: attempt.quality.avgBitrateKbps,
    worst_bitrate_kbps: attempt.quality.worstBitrateKbps,
    avg_packet_loss_pct: attempt.quality.avgPacketLossPct,
    worst_packet_loss_pct: attempt.quality.worstPacketLossPct,
    audio_only_used: attempt.quality.audioOnlyUsed ? 1 : 0,
    feeling: attempt.feeling,
    activities: (attempt.activities ?? []).join(','),
  };
}
