/** What the exports call themselves, in the PDF heading and the workbook properties alike. */
export const COMPLIANCE_REPORT_TITLE = 'Tình hình hoàn thành bồi dưỡng an toàn thông tin';
export const PEOPLE_REPORT_TITLE = 'Danh sách cán bộ theo tình hình bồi dưỡng an toàn thông tin';
