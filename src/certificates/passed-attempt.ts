/** What issuing needs from a passed attempt (an Attempt row fits; a re-issue copies these from the certificate it replaces). */
export interface PassedAttempt {
  id: number;
  userId: number;
  courseVersionId: number;
  scorePercent: number | null;
}
