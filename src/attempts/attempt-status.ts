export enum AttemptStatus {
  InProgress = 'in_progress',
  Submitted = 'submitted',
  /** Submitted after the time limit (or never): refused, scored zero. */
  Expired = 'expired',
}
