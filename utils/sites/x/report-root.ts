import type { ReportRoot } from '../page-report';
import { PRIMARY_COLUMN, USER_NAME } from './selectors';

/** X's "Copy a report" starts at the primary column when there is one (page-report.ts). */
export const xReportRoot: ReportRoot = (doc) => {
  const column = doc.querySelector(PRIMARY_COLUMN);
  return column ? { root: column, found: column.querySelector(USER_NAME) ? 'primary column with UserName' : 'primary column without UserName' } : null;
};
