/**
 * The budgets the bench checks, each with the figure it is judged on.
 */
import { percentile } from './hover';
import { kilobytes, ms, within, type Budget } from './report';
import { duplicates, isTitleRequest, titlesAsked } from './requests';
import type { PageCostResult } from './scenarios';
import { INJECTED_JS_BUDGET } from './size';
import type { BenchResults } from './summary';

/** Requests per unique title while loading and scrolling the page (badges only: no hovers). */
function perTitle(result: PageCostResult | null): number | null {
  if (!result) return null;
  const titles = titlesAsked(result.requests).size;
  return titles > 0 ? result.requests.filter(isTitleRequest).length / titles : null;
}

export function budgetsOf(results: BenchResults): Budget[] {
  const { pageCost, visit } = results;
  const longest = pageCost?.with.longestExtensionTaskMs ?? null;
  const warmHover = visit
    ? percentile(
        visit.hoverWarm.map((s) => s.shownMs),
        50,
      )
    : null;
  const requestsPerTitle = perTitle(pageCost);
  return [
    {
      name: 'longest extension task',
      measured: ms(longest),
      limit: '≤ 50 ms',
      pass: within(longest, 50),
    },
    {
      name: 'warm badges (95% of viewport)',
      measured: ms(visit?.warm.ms),
      limit: '≤ 300 ms',
      pass: within(visit?.warm.ms, 300),
    },
    {
      name: 'warm hover to card (median)',
      measured: ms(warmHover),
      limit: '≤ 16 ms',
      pass: within(warmHover, 16),
    },
    {
      name: 'requests per unique title',
      measured: requestsPerTitle === null ? 'n/a' : requestsPerTitle.toFixed(3),
      limit: '≤ 1',
      pass: within(requestsPerTitle, 1),
    },
    {
      name: 'duplicate requests',
      measured: pageCost ? String(duplicates(pageCost.requests).length) : 'n/a',
      limit: '0',
      pass: pageCost ? duplicates(pageCost.requests).length === 0 : null,
    },
    {
      name: 'requests on a warm revisit',
      measured: visit ? String(visit.warmRequests.length) : 'n/a',
      limit: '0',
      pass: visit ? visit.warmRequests.length === 0 : null,
    },
    {
      name: 'injected JS (gzipped)',
      measured: kilobytes(results.sizes.injectedJs),
      limit: '≤ 30 kB',
      pass: results.sizes.injectedJs <= INJECTED_JS_BUDGET,
    },
  ];
}
