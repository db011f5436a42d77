import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  AudienceCertification,
  checkDataAct,
  utcDay,
  VendorEntity,
} from '@maas/plugin-maas-common';
import { Entity } from '@backstage/catalog-model';
import { CERTIFICATION_WARNING_DAYS } from './certificationFindings';
import { decisionDeadline } from './deadlines';
import { Platform, refOf } from './platform';

/** What a reminder is about. */
export const reminderKinds = [
  'decision-deadline',
  'data-act',
  'certification-expiry',
] as const;

export type ReminderKind = (typeof reminderKinds)[number];

/**
 * A reminder is sent once per subject, term and offset: `term` is what a new occurrence changes
 * (a contract's term end, a Data Act rule and the day it starts failing, a certification's
 * expiry), `offsetDays` the step of the schedule reached.
 */
export interface ReminderKey {
  kind: ReminderKind;
  subjectRef: string;
  term: string;
  offsetDays: number;
}

/** A reminder due now, with its recipients and what it says. */
export interface Reminder extends ReminderKey {
  /** The day it points at: the decision deadline, the day the check fails, the expiry. */
  dueOn: string;
  daysLeft: number;
  /** The subject's owner and technical owner, as entity refs (groups or users). */
  recipients: string[];
  title: string;
  description: string;
  severity: 'critical' | 'high' | 'normal';
}

export interface ReminderSettings {
  /** Days before the day a reminder points at, largest first, e.g. 120, 90, 60, 30, 7. */
  offsetsDays: number[];
  /** Days ahead in which a Data Act check that will fail is reminded of (`maas.audit.horizonDays`). */
  horizonDays: number;
}

export interface ReminderInputs {
  platform: Platform;
  today: string;
  now: Date;
  settings: ReminderSettings;
  /** The term ends each vendor has a decision recorded for. */
  decidedTerms: Map<string, Set<string>>;
  /** Each audience's certification by ref. */
  certifications: Map<string, Omit<AudienceCertification, 'canCertify'>>;
}

const DAY = 86_400_000;

/**
 * The step of the schedule `daysLeft` has reached: the smallest offset at least as large, none
 * before the first offset or once the day has passed. A run that missed a step sends the step it
 * is in, not the ones it missed.
 */
export function offsetReached(
  daysLeft: number,
  offsets: readonly number[],
): number | undefined {
  if (daysLeft < 0) return undefined;
  const reached = offsets.filter(o => o >= daysLeft);
  return reached.length ? Math.min(...reached) : undefined;
}

function severityOf(daysLeft: number): Reminder['severity'] {
  if (daysLeft <= 7) return 'critical';
  if (daysLeft <= 30) return 'high';
  return 'normal';
}

function titleOf(entity: Entity): string {
  return entity.metadata.title ?? entity.metadata.name;
}

/** Who a subject's reminders go to: its owner and technical owner. */
function ownersOf(platform: Platform, entity: Entity): string[] {
  return [
    ...new Set(
      platform
        .references(entity)
        .filter(
          r => r.field.field === 'owner' || r.field.field === 'technicalOwner',
        )
        .map(r => stringifyEntityRef(r.target)),
    ),
  ];
}

function inDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

function deadlineReminder(
  inputs: ReminderInputs,
  vendor: VendorEntity,
): Reminder[] {
  const { today, settings, decidedTerms } = inputs;
  const deadline = decisionDeadline(vendor, today);
  if (!deadline || utcDay(deadline.termEnd) < utcDay(today)) return [];
  const ref = refOf(vendor);
  if (decidedTerms.get(ref)?.has(deadline.termEnd)) return [];
  const offsetDays = offsetReached(deadline.daysLeft, settings.offsetsDays);
  if (offsetDays === undefined) return [];
  const title = titleOf(vendor);
  return [
    {
      kind: 'decision-deadline',
      subjectRef: ref,
      term: deadline.termEnd,
      offsetDays,
      dueOn: deadline.deadline,
      daysLeft: deadline.daysLeft,
      recipients: ownersOf(inputs.platform, vendor),
      title: `Decision due ${inDays(deadline.daysLeft)} for ${title}`,
      description: `${title}'s contract term ends on ${deadline.termEnd} with ${
        deadline.noticeDays
      } days' notice: record renew, renegotiate or exit by ${
        deadline.deadline
      }${
        deadline.renewal === 'auto'
          ? '; without notice the contract renews automatically'
          : ''
      }.`,
      severity: severityOf(deadline.daysLeft),
    },
  ];
}

function dataActReminders(
  inputs: ReminderInputs,
  vendor: VendorEntity,
): Reminder[] {
  const { today, settings } = inputs;
  const reminders: Reminder[] = [];
  for (const check of checkDataAct(vendor, today)) {
    if (check.status === 'fail' || !check.failsOn) continue;
    const daysLeft = Math.round(
      utcDay(check.failsOn.date).diff(utcDay(today), 'days').days,
    );
    if (daysLeft > settings.horizonDays) continue;
    const offsetDays = offsetReached(daysLeft, settings.offsetsDays);
    if (offsetDays === undefined) continue;
    const title = titleOf(vendor);
    reminders.push({
      kind: 'data-act',
      subjectRef: refOf(vendor),
      term: `${check.ruleId}@${check.failsOn.date}`,
      offsetDays,
      dueOn: check.failsOn.date,
      daysLeft,
      recipients: ownersOf(inputs.platform, vendor),
      title: `${title} fails the EU Data Act's "${check.title}" ${inDays(
        daysLeft,
      )}`,
      description: `From ${check.failsOn.date}, ${check.article} requires ${check.failsOn.requirement}; ${title}'s contract declares ${check.failsOn.detail}.`,
      severity: severityOf(daysLeft),
    });
  }
  return reminders;
}

function certificationReminders(inputs: ReminderInputs): Reminder[] {
  const reminders: Reminder[] = [];
  for (const audience of inputs.platform.audiences) {
    const ref = refOf(audience);
    const certification = inputs.certifications.get(ref);
    if (certification?.state !== 'certified' || !certification.expiresAt) {
      continue;
    }
    const daysLeft = Math.ceil(
      (new Date(certification.expiresAt).getTime() - inputs.now.getTime()) /
        DAY,
    );
    if (daysLeft < 0 || daysLeft > CERTIFICATION_WARNING_DAYS) continue;
    const title = titleOf(audience);
    const expiresOn = certification.expiresAt.slice(0, 10);
    reminders.push({
      kind: 'certification-expiry',
      subjectRef: ref,
      term: certification.expiresAt,
      offsetDays: CERTIFICATION_WARNING_DAYS,
      dueOn: expiresOn,
      daysLeft,
      recipients: ownersOf(inputs.platform, audience),
      title: `Certification of ${title} expires ${inDays(daysLeft)}`,
      description: `${title}'s two-key certification lapses on ${expiresOn}: a member of its owner group and one of its technical owner group must each certify it again, or templates requiring a certified audience refuse it.`,
      severity: severityOf(daysLeft),
    });
  }
  return reminders;
}

/**
 * The reminders due on `today`: decision deadlines at the configured offsets while no decision
 * is recorded for the term, Data Act checks that will fail within the horizon, and
 * certifications expiring within {@link CERTIFICATION_WARNING_DAYS} days. Whether one was sent
 * already is the store's to say.
 */
export function dueReminders(inputs: ReminderInputs): Reminder[] {
  return [
    ...inputs.platform.vendors.flatMap(v => [
      ...deadlineReminder(inputs, v),
      ...dataActReminders(inputs, v),
    ]),
    ...certificationReminders(inputs),
  ].filter(r => r.recipients.length > 0);
}
