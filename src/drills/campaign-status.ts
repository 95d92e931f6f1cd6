/** Draft → scheduled → sending → finished, or stopped from any of the first three. */
export enum CampaignStatus {
  Draft = 'draft',
  Scheduled = 'scheduled',
  Sending = 'sending',
  Finished = 'finished',
  Stopped = 'stopped',
}

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  [CampaignStatus.Draft]: 'Bản nháp',
  [CampaignStatus.Scheduled]: 'Đã lên lịch',
  [CampaignStatus.Sending]: 'Đang gửi',
  [CampaignStatus.Finished]: 'Đã gửi xong',
  [CampaignStatus.Stopped]: 'Đã dừng',
};

/** A campaign may be stopped until it has finished. */
export const STOPPABLE: readonly CampaignStatus[] = [CampaignStatus.Draft, CampaignStatus.Scheduled, CampaignStatus.Sending];
