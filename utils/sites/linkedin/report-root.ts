import type { ReportRoot } from '../page-report';
import { findTopCard } from './extract';

/** LinkedIn's "Copy a report" starts at the top card when one is found (page-report.ts). */
export const linkedinReportRoot: ReportRoot = (doc) => {
  const card = findTopCard(doc);
  return card ? { root: card.root, found: `top card (${card.variant})` } : null;
};
