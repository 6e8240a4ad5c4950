// A small school's roster and schedule as the server sends them, for tests.
import { T0 } from '../testing';
import type { RosterAnswer, ScheduleAnswer } from '@hhc/common/kiosk/cache';

export const schoolId = '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
export const childId = '0b7e1f0a-2c3d-4e5f-8a9b-0c1d2e3f4a5b';

export const roster: RosterAnswer = {
  school: { id: schoolId, name: '希望小学', timeZone: 'Asia/Shanghai' },
  children: [{ id: childId, displayName: '小明', className: '三年级一班', avatar: 'panda' }],
};

export const schedule: ScheduleAnswer = {
  windows: [
    {
      id: '7d6c5b4a-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
      schoolId,
      weekday: 6,
      startMinute: 540,
      endMinute: 720,
      slotMinutes: 15,
      capacity: 2,
      validFrom: '2026-01-01',
      validUntil: null,
    },
  ],
  closedDates: [{ schoolId, date: '2026-05-01', reason: '劳动节' }],
  bookings: [
    {
      id: '5f0c3f5e-8a4b-4c1e-9a7d-1b2c3d4e5f60',
      childId,
      guardianId: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
      guardianRelation: 'mother',
      guardianName: '王丽',
      startAt: T0,
      endAt: T0 + 900_000,
      status: 'confirmed',
      children: [{ id: childId, displayName: '小明', avatar: 'panda' }],
      guardians: [{ id: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d', relation: 'mother', displayName: '王丽' }],
    },
  ],
  generatedAt: T0 - 60_000,
};
