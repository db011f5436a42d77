import { StoredCertificationEvent } from '../domain/certification';

export type { StoredCertificationEvent };

/** The history of audience certifications: keys are recorded, never changed. */
export interface CertificationStore {
  record(
    event: Omit<StoredCertificationEvent, 'at'>,
  ): Promise<StoredCertificationEvent>;
  /** One audience's events, oldest first. */
  history(audienceRef: string): Promise<StoredCertificationEvent[]>;
  /** Every audience's events, oldest first, by audience ref. */
  all(): Promise<Map<string, StoredCertificationEvent[]>>;
}
